import { countryOf, foldText } from '../text/index.ts'
import { capitalise, termsOf, type ExtractionContext } from './context.ts'
import { conceptMatch } from '../search/index.ts'
import type { Found } from './choose.ts'
import { questionActor } from './actors.ts'

/**
 * Whose a figure is, for "how many" questions that name a country or a
 * people: a total of several nations ("2,000 troops, most of them Russian")
 * or another nation's figure ("Armenia sent 100 soldiers and Kyrgyzstan 150").
 */

// "2,000 troops, most of them Russian", "1,800 troops, including 300 marines": a total of several kinds.
const MIXED = /^,?\s*(?:(?:most|many|some|half|the bulk|the majority)\s+of\s+(?:them|whom)|mostly|mainly|largely|chiefly|predominantly|including|among them)\b/i

/** The word before what "how many" counts ("ostrian" in "how many ostrian soldiers"), if any. */
function focusModifier(ctx: ExtractionContext): string | undefined {
  const { focus, normalized } = ctx.question
  if (!focus) return undefined
  const words = normalized.split(' ')
  const word = words[words.indexOf(focus) - 1]
  return word === 'many' || word === 'much' ? undefined : word
}

/** The first word of the question that names a country ("ostria" in "how many troops did ostria send"), if any. */
const countryWordAsked = (ctx: ExtractionContext) => ctx.question.normalized.split(' ').find((w) => countryOf(capitalise(w)) !== null)

/**
 * True when "how many Ostrian soldiers" meets a total that the words after it
 * say is made of several kinds, Ostrians among them ("1,800 troops, most of
 * them Ostrian"): the figure counts more than what is asked about. `after` is
 * the sentence after the figure.
 *
 * @example
 * ```ts
 * mixedTotal(ctx, ', most of them Ostrian marines.', 'troops') // => true for "how many ostrian soldiers"
 * ```
 */
export function mixedTotal(ctx: ExtractionContext, after: string, unit: string | null): boolean {
  const mix = MIXED.exec(after)
  // "how many ostrian soldiers", or "how many troops did ostria send": the kind, or the country, asked about.
  const kind = focusModifier(ctx) ?? countryWordAsked(ctx)
  if (!mix || !kind) return false
  const country = countryOf(capitalise(kind))
  const named = (text: string) =>
    foldText(text)
      .split(/[^\p{L}\d-]+/u)
      .some((w) => w === kind || (country !== null && countryOf(capitalise(w)) === country))
  return named(after.slice(mix[0].length).split(/[,.;]/)[0]!) && !named(unit ?? '')
}

// "ARMENIA - about 100 troops": a country's name in capitals is the country.
const countryIn = (word: string) => countryOf(word) ?? countryOf(capitalise(word.toLowerCase()))

/**
 * True when "how many Kyrgyz troops" meets a figure the sentence gives another
 * country ("Armenia sent 100 soldiers and Kyrgyzstan 150": the 100); or "how
 * many did Kyrgyzstan send" one in brackets after another ("Armenia (100)").
 */
export function otherNation(ctx: ExtractionContext, text: string, q: { start: number; end: number; unit: string | null }): boolean {
  // "Belarus, Armenia (100), Tajikistan": a figure in brackets is the name's before it, whoever the question names.
  // Only an item of a list: "troops sent to Peru (about 450 in all)" are no figure of Peru's.
  const owner = countryIn(/(?:^|[,:;]\s*|\band\s+)(\p{Lu}[\p{L}-]+)\s*\(\s*(?:about\s+|some\s+|around\s+)?$/u.exec(text.slice(0, q.start))?.[1] ?? '')
  const questionCountry = countryWordAsked(ctx)
  if (owner && questionCountry) return owner !== countryOf(capitalise(questionCountry))
  const kind = focusModifier(ctx)
  // "how many troops did tajikistan send": the country that did it, where the question names no kind of troops.
  const actor = kind ? null : questionActor(ctx)
  const doer = actor?.concepts.map((i) => countryOf(capitalise(ctx.concepts[i]?.asked ?? ''))).find((c) => c !== null) ?? null
  const asked = kind ? countryOf(capitalise(kind)) : doer
  if (!asked) return false
  // "40 engineers whereas Latvia …": the unit ends where another clause begins.
  const own = (q.unit ?? '')
    .split(/\s+(?:whereas|while|but|and|as)\s+/)[0]!
    .split(' ')
    .map((w) => countryOf(w))
    .find((c) => c !== null)
  if (own) return own !== asked
  // "the 500 sent by Poland", "500 from Poland": the doer named after the figure, in its clause.
  const after = /^[^,;:]{0,40}?\b(?:by|from)\s+(?:the\s+)?(\p{Lu}[\p{L}-]+)/u.exec(text.slice(q.end))
  const afterOwner = after ? countryIn(after[1]!) : null
  if (doer && afterOwner) return afterOwner !== asked
  // The country written last before the figure, in its clause: "Armenia sent 100".
  const clause =
    text
      .slice(0, q.start)
      .split(/[,;:]|\band\b/)
      .at(-1) ?? ''
  // "after talks with Germany, 150 soldiers": a country after a preposition is no doer.
  const named = [...clause.matchAll(/\p{Lu}[\p{L}-]+/gu)]
    .filter(
      (m) => !/\b(?:with|from|to|in|into|of|against|between|after|before|for|on|at|by|near|toward|towards)\s+(?:the\s+)?$/i.test(clause.slice(0, m.index)),
    )
    .map((m) => countryIn(m[0]))
    .filter((c) => c !== null)
  // "Portugal and Spain will each send 40": the figure is each one's.
  const joint = text.slice(0, q.start).split(/[,;:]/).at(-1) ?? ''
  if (doer && /\beach\b/i.test(joint) && [...joint.matchAll(/\p{Lu}[\p{L}-]+/gu)].some((m) => countryIn(m[0]) === asked)) return false
  if (named.length > 0) return named.at(-1) !== asked
  // A doer's figure may come after its name ("including 500 from Belarus"): only a kind the question names is
  // looked for elsewhere.
  if (doer) return false
  // "about 2,000 troops, mostly Russian, with contingents from Belarus": the sentence gives the asked nation its
  // place elsewhere, so the figure is not shown to be that nation's.
  return [...text.matchAll(/\p{Lu}[\p{L}-]+/gu)].some((m) => (m.index < q.start - clause.length || m.index >= q.end) && countryIn(m[0]) === asked)
}

/**
 * The countries of a list of peoples that qualifies what the question counts or
 * asks about: "the Armenian, Belarusian and Tajik soldiers" for "which
 * countries' soldiers ...". A people alone ("Russian troops") is left to the
 * country names: a list says it is several.
 *
 * @example
 * ```ts
 * peoplesListed(ctx, 'planes would fly the Armenian, Belarusian and Tajik soldiers home').map((f) => f.text)
 * // => ['Armenia', 'Belarus', 'Tajikistan'] for a question about soldiers
 * ```
 */
export function peoplesListed(ctx: ExtractionContext, text: string): Found[] {
  const found: Found[] = []
  for (const m of text.matchAll(PEOPLES_LIST)) {
    const noun = termsOf(ctx, m[2]!)
    if (!ctx.concepts.some((c) => !c.named && conceptMatch(c, noun) > 0)) continue
    for (const w of m[1]!.matchAll(/\p{Lu}[\p{L}-]+/gu)) {
      const country = countryOf(w[0])
      if (country === null || country === w[0]) continue
      const start = m.index + w.index
      found.push({ text: country, start, end: start + w[0].length, key: foldText(country) })
    }
  }
  return found
}
// Two peoples or more, then the plural noun they qualify: "Armenian, Belarusian and Tajik soldiers".
const PEOPLES_LIST = /\b((?:\p{Lu}[\p{L}-]+,\s+)*\p{Lu}[\p{L}-]+,?\s+and\s+\p{Lu}[\p{L}-]+)\s+(\p{Ll}+s)\b/gu
