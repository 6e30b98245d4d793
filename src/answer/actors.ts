import { LIGHT_VERBS, STOP_WORDS, canonicalTerm, countryOf, isVerbLemma, isVerbOnly, lemmaOf, tokenize } from '../text/index.ts'
import { analyzeText, conceptMatch, type Concept } from '../search/index.ts'
import { capitalise, conceptOfWord, termsOf, type ExtractionContext } from './context.ts'
import { findMentions } from './entities.ts'

/**
 * Who does the deed a question asks about: "how many troops did the league send"
 * asks what the league sent, and "Norland sent 100 soldiers" tells what
 * Norland did, however well its words match.
 */

/** The doer a question names and the verb it does, as the question's concepts. */
export interface Actor {
  /** Indexes into the concepts of the words naming the doer. */
  concepts: number[]
  /** The verb as asked ("send"). */
  verb: string
}

// Kinds whose answer is a circumstance of the deed, so the doer is given by the question.
const ACTOR_KINDS = new Set(['number', 'date'])
// The auxiliary before the doer: "did the league send", "will Norland withdraw".
const AUXILIARY = /\b(?:did|does|do|will|would|has|have|had|could|can)\s+(?:the\s+)?/g
// How many words may name the doer ("the norland defence ministry").
const MAX_DOER = 3

/**
 * The doer and verb of a question such as "how many troops did the league
 * send", or `null` when the question names none (or its verb is a light one,
 * which says too little to hold anyone to).
 *
 * @example
 * ```ts
 * questionActor(ctx) // for "how many troops did the league send" => { concepts: [1], verb: 'send' }
 * ```
 */
export function questionActor(ctx: ExtractionContext): Actor | null {
  if (!ACTOR_KINDS.has(ctx.question.kind)) return null
  const content = ctx.question.content
  for (const m of content.matchAll(AUXILIARY)) {
    const words = content.slice(m.index + m[0].length).split(' ')
    for (let n = 1; n <= MAX_DOER && n < words.length; n++) {
      const verb = words[n]!
      if (STOP_WORDS.has(verb) || LIGHT_VERBS.has(verb) || !isVerbLemma(verb)) continue
      // "did Nazarbayev get removed": a passive ("get" or "be" and a participle), whose subject had the deed done to it, names no doer.
      if (GET_OR_BE.has(words[n - 1]!) && /(?:ed|en|wn)$/.test(verb)) return null
      // "did the marine brigade sail home": a noun that is also a verb, before a verb, ends the doer's name.
      const next = words[n + 1]
      if (n < MAX_DOER && next !== undefined && !isVerbOnly(verb) && !STOP_WORDS.has(next) && isVerbLemma(next)) continue
      const concepts = words
        .slice(0, n)
        .map((w) => conceptOf(ctx, w))
        .filter((i) => i >= 0)
      return concepts.length > 0 ? { concepts, verb } : null
    }
  }
  return null
}

/**
 * The nation a "how many" question counts the people of where no doer does a deed ("how big was armenia's
 * contingent", "how many armenian troops were there"), as the doer {@link jointFigure} tests a list for: a figure of
 * the force from several nations at once is none of one nation's. `null` where the question names no country, or
 * several.
 *
 * @example
 * ```ts
 * nationCounted(ctx) // => { concepts: [0], verb: '' } for "how big was armenias contingent"
 * ```
 */
export function nationCounted(ctx: ExtractionContext): Actor | null {
  if (ctx.question.kind !== 'number') return null
  const country = (word: string) => countryOf(capitalise(word)) ?? countryOf(capitalise(word.replace(/['’]?s$/, '')))
  const concepts = ctx.concepts.flatMap((c, i) => (c.named && country(c.asked ?? c.word) !== null ? [i] : []))
  // A question that itself names several ("the armenian, belarusian and tajik guys") asks for what they had together.
  return concepts.length === 1 ? { concepts, verb: '' } : null
}

/** The concept of the question's verb ("send", or a multiword one as "pull_out"), if the question's concepts hold it. */
export function actorVerb(ctx: ExtractionContext, actor: Actor): Concept | undefined {
  return ctx.concepts.find((c) => c.asked === actor.verb || c.word.startsWith(`${actor.verb}_`))
}

const GET_OR_BE = new Set(['get', 'got', 'gets', 'getting', 'gotten', 'be', 'been', 'being'])

// "when was the curfew lifted", "when were the troops withdrawn", "when did the price cap get lifted": the deed of a
// passive question, its participle.
const PASSIVE_QUESTION =
  /^when\s+(?:(?:was|were|is|are|has been|have been|had been|will be)\s+(?:[\w'’-]+\s+){1,7}?|(?:did|does|do|will)\s+(?:[\w'’-]+\s+){1,7}?(?:get|gets|got)\s+)([a-z]+(?:ed|en|wn))\b/

/**
 * The verb of a passive "when" question ("lifted" in "when was the curfew
 * lifted"), as the question's concept, or `undefined`: the day that answers it
 * is the day of a sentence that says that deed.
 *
 * @example
 * ```ts
 * passiveVerb(ctx) // for "when was the almaty curfew lifted" => the concept of "lifted"
 * ```
 */
export function passiveVerb(ctx: ExtractionContext): Concept | undefined {
  if (ctx.question.kind !== 'date') return undefined
  const m = PASSIVE_QUESTION.exec(ctx.question.normalized)
  if (!m || !isVerbLemma(lemmaOf(m[1]!))) return undefined
  return ctx.concepts.find((c) => c.asked === m[1])
}

/**
 * The words naming whom a passive "when" question asks about ("nazarbayev" in
 * "when did nazarbayev get removed", "masimov" in "when was masimov
 * detained"), whom the deed was done to; none for any other question.
 *
 * @example
 * ```ts
 * passiveSubject(ctx) // for "when did lind get sacked" => ['lind']
 * ```
 */
export function passiveSubject(ctx: ExtractionContext): string[] {
  if (ctx.question.kind !== 'date') return []
  const m = PASSIVE_QUESTION.exec(ctx.question.normalized)
  return (m?.[0].split(/\s+/).slice(2, -1) ?? []).filter((w) => !STOP_WORDS.has(w) && !LIGHT_VERBS.has(w))
}

function conceptOf(ctx: ExtractionContext, word: string): number {
  const concept = conceptOfWord(ctx, word)
  return concept === undefined ? -1 : ctx.concepts.indexOf(concept)
}

// A name written right before a verb in the past, or before an auxiliary and the verb: "Norland sent", "the League had deployed".
const DOER_BEFORE = /((?:\p{Lu}[\p{L}'’.-]*\s+){1,5})(?:(?:has|had|have|will|would|also|then)\s+)?$/u

const IN_PHRASE = /\b(?:in|of|from|at|on|by|for|with|to|near|across|into|over|under|against|between|among|and|or)\s+(?:the\s+)?$/i

/**
 * For one sentence, a test of where a find stands (`at`): true when the
 * mention of the question's verb nearest to it is said of a doer the sentence
 * names who is not the question's. In "Norland sent 100 troops and the League
 * sent 900", the 100 against "how many troops did the league send". The
 * sentence is read once, however many finds it holds.
 *
 * @example
 * ```ts
 * otherActor(ctx, 'Norland sent 100 troops and the League sent 900.', actor)(13) // => true (the 100)
 * ```
 */
export function otherActor(ctx: ExtractionContext, text: string, actor: Actor): (at: number) => boolean {
  const verb = actorVerb(ctx, actor)
  if (!verb) return () => false
  const verbs: { start: number; other: boolean }[] = []
  for (const token of tokenize(text)) {
    const term = canonicalTerm(ctx.lexicon, token.word)
    if (term === null || conceptMatch(verb, new Set([term])) === 0 || !pastOrAfterAuxiliary(token.word, text.slice(0, token.start))) continue
    verbs.push({ start: token.start, other: doneByAnother(ctx, text, token) })
  }
  if (!verbs.some((v) => v.other)) return () => false
  return (at) => verbs.reduce((a, v) => (Math.abs(v.start - at) < Math.abs(a.start - at) ? v : a)).other
}

function doneByAnother(ctx: ExtractionContext, text: string, token: { start: number; end: number }): boolean {
  // "troops sent by the League": the doer comes after, as the agent.
  if (/^\s+by\b/i.test(text.slice(token.end))) return false
  const before = DOER_BEFORE.exec(text.slice(0, token.start)) ?? BODY_BEFORE.exec(text.slice(0, token.start))
  // "protests in Norland started": a name after a preposition ends another noun phrase; it does nothing.
  if (!before || IN_PHRASE.test(text.slice(0, before.index))) return false
  // The doer's terms, with the acronym of a name written out ("Collective Security Treaty Organization"); "the
  // Norland-led League" is the League, whoever leads it.
  const found = new Set(analyzeText(ctx.lexicon, before[1]!.replace(LED_BY, ' ')))
  // "Troops arrived ...": a word of the question at the head of the sentence is what is done, not another doer. A
  // distant relative of a question word ("organisation" for "troops") does not make the doer the question's.
  return found.size > 0 && !ctx.concepts.some((c) => conceptMatch(c, found) >= OWN_WORD)
}

/**
 * True when the passive verb a find is the agent of was done to a name the
 * question does not give: "Marovia was represented by Oskar Rudd" says who
 * represented Marovia, not who represented Velta.
 *
 * @example
 * ```ts
 * doneToAnother(ctx, 'Marovia was represented by Oskar Rudd.', verb) // => true, for "who represented velta"
 * ```
 */
export function doneToAnother(ctx: ExtractionContext, text: string, verb: { start: number }): boolean {
  const before = PATIENT_BEFORE.exec(text.slice(0, verb.start))
  // "the force in Veloria will be led by": a name after a preposition ends another noun phrase; it is not what was led.
  if (!before || IN_PHRASE.test(text.slice(0, before.index))) return false
  const named = new Set(analyzeText(ctx.lexicon, before[1]!))
  return named.size > 0 && !ctx.concepts.some((c) => conceptMatch(c, named) >= OWN_WORD)
}

// Capitalised words right before a passive verb: "Marovia was represented", "Velta's Navy had been led". A sentence's
// first word is capitalised too ("Peacekeepers were commanded by"): a word the question does not give there makes the
// sentence about something else, and so no answer; it is never a wrong one.
const PATIENT_BEFORE = /((?:\p{Lu}[\p{L}'’.-]*\s+){1,5})(?:was|were|is|are|has\s+been|had\s+been|will\s+be)\s+(?:\p{L}+ly\s+)?$/u

// "the bloc sent", "the alliance has deployed": a body named by its kind, in lower case.
const BODY_BEFORE =
  /\b[Tt]he\s+((?:[a-z-]+\s+)?(?:alliance|bloc|organi[sz]ation|pact|coalition|league|union|government|ministry|command|mission))\s+(?:(?:has|had|have|will|would|also|then)\s+)?$/
// "Russian-led", "Moscow-backed": who leads a body does not do what the body does.
const LED_BY = /\b[\p{L}]+-(?:led|backed|based|dominated|sponsored)\b/gu
// A match on a doer's words this strong makes the doer the question's own.
const OWN_WORD = 0.5

/** "sent", "deployed", or a bare form after an auxiliary ("had deploy" never, "will send"): the verb, not a noun of the same stem. */
function pastOrAfterAuxiliary(word: string, before: string): boolean {
  if (/\b(?:has|had|have|will|would)\s+$/.test(before)) return true
  return /ed$/.test(word) || (lemmaOf(word) !== word && !/s$/.test(word))
}

// A figure said of several doers at once: "... contributed 500 soldiers between them".
const EACH = /\beach\b/i
// Between two names of a list: a comma, "and", and "the" before a formal name.
const LIST_GAP = /^,?\s*(?:and\s+)?(?:the\s+)?$/
const JOINT = /\b(?:between them|among them|together|combined|jointly|in all)\b/i
// Names listed: "Norland, Ostria and Velta".
const LISTED = /\p{Lu}[\p{L}-]+(?:,\s+\p{Lu}[\p{L}-]+)*,?\s+and\s+\p{Lu}[\p{L}-]+/gu

/**
 * True when the sentence gives one figure for several doers together, the
 * question's among them: "Norland, Ostria and Velta sent 900 troops between
 * them" does not say what Norland sent.
 *
 * @example
 * ```ts
 * jointFigure(ctx, 'Norland, Ostria and Velta sent 900 troops between them.', actor) // => true
 * ```
 */
export function jointFigure(ctx: ExtractionContext, text: string, actor: Actor): boolean {
  const joint = JOINT.test(text)
  // "from the Russian Federation, the Republic of Belarus, the Republic of Armenia and …": states listed by their
  // formal names, one after another, not each with a figure of its own ("Armenia sent 100, Kyrgyzstan 150, …").
  // "… the Republic of Armenia each sent 200": a figure for every one of them, the member's own too.
  const states = EACH.test(text) ? [] : findMentions(text).filter((m) => m.type === 'country')
  let run: typeof states = []
  for (const m of states) {
    const previous = run.at(-1)
    run = previous && LIST_GAP.test(text.slice(previous.end, m.start)) ? [...run, m] : [m]
    if (run.length >= 3 && actor.concepts.some((k) => conceptMatch(ctx.concepts[k]!, termsOf(ctx, run.map((r) => r.canonical).join(' '))) > 0)) return true
  }
  for (const m of text.matchAll(LISTED)) {
    // "2,030 troops from Russia, Belarus, Armenia and Tajikistan were sent": a figure beside a list of three or more is theirs together.
    if (!joint && m[0].split(/,\s*|\s+and\s+/).length < 3) continue
    const terms = termsOf(ctx, m[0])
    if (actor.concepts.some((k) => conceptMatch(ctx.concepts[k]!, terms) > 0)) return true
  }
  return false
}
