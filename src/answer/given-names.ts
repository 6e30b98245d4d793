import { canonicalTerm, foldText } from '../text/index.ts'
import { absolute, termsOfSentence, type Candidate, type Extraction, type ExtractionContext } from './context.ts'
import { conceptMatch } from '../search/index.ts'
import { givenNamesIn } from './labeller.ts'
import type { QuestionAnalysis } from './question.ts'

/**
 * "What's the name of the fund …?", "what fund did Lask set up?", "what is
 * the new fund called?": a question that asks for the name a thing was given,
 * which a story writes in quotation marks after the thing ("a new fund, "For
 * the People of Velta", …"). The answer is that name, where every passage
 * that names the thing so agrees on it.
 */

// "the name of the (new) fund", "what is the (new) fund … called", "what fund did / does / is …".
const NAME_OF = /\bname of (?:the |this |that |a |an |his |her |its |their )?(?:new |proposed |planned )?([a-z][a-z-]+)\b/
const CALLED = /^what (?:is|was|are|were) (?:the |this |that |a |an |his |her |its |their )?(?:new |proposed |planned )?([a-z][a-z-]+)\b.*\b(?:called|named)$/
const WHAT_NOUN = /^(?:what|which) ([a-z][a-z-]+) (?:did|does|do|is|was|will|would|has|had)\b/

// Nouns whose name is no quotation: a person, a place, a day or a count is asked otherwise.
const NOT_NAMED = new Set(['day', 'date', 'time', 'year', 'month', 'town', 'city', 'country', 'countries', 'place', 'number', 'percent', 'person', 'people'])

/**
 * The noun whose given name the question asks for, or `null`; `explicit` when
 * it asks for the name in so many words ("the name of", "called"), so that
 * nothing but a name answers it. "What fund did …" may be answered otherwise.
 *
 * @example
 * ```ts
 * nameAsked(analyzeQuestion('whats the name of the fund lask set up')) // => { noun: 'fund', explicit: true }
 * nameAsked(analyzeQuestion('what fund did lask set up'))              // => { noun: 'fund', explicit: false }
 * nameAsked(analyzeQuestion('what day did lask set up the fund'))      // => null
 * ```
 */
export function nameAsked(qa: QuestionAnalysis): { noun: string; explicit: boolean } | null {
  const q = qa.normalized.replace(/[?!.\s]+$/, '')
  const explicit = NAME_OF.exec(q)?.[1] ?? CALLED.exec(q)?.[1]
  const noun = explicit ?? (qa.kind === 'other' ? WHAT_NOUN.exec(q)?.[1] : undefined)
  return noun === undefined || NOT_NAMED.has(noun) ? null : { noun, explicit: explicit !== undefined }
}

// Of the best passage's coverage, what one that gives the name must have.
const NAMED_SHARE = 0.55

/**
 * The name the passages give the asked noun in quotation marks: after the
 * noun ("a new public fund, "For the People of Velta"", "a fund called
 * "…""), or before it ("the "Velta First" fund"). Sure when every passage
 * that gives one gives the same, a translation in brackets counting as the
 * same; `null` when none does. Only passages `about` keeps are read (see
 * {@link saysMore}, for passages loosely about the question).
 */
export function givenName(candidates: readonly Candidate[], noun: string, about: (c: Candidate) => boolean = () => true): Extraction | null {
  const best = Math.max(0, ...candidates.map((c) => c.coverage))
  const finds = candidates
    .filter((c) => c.coverage >= best * NAMED_SHARE && about(c))
    .flatMap((candidate) => givenNamesIn(candidate.sentence.text, noun.replace(/s$/, '')).map((n) => ({ ...n, candidate, name: n.text })))
  const first = finds[0]
  if (!first) return null
  // One name, in whichever of its forms: "To/For the People of Velta", with or without the translation beside it.
  const forms = new Set([same(first.name), ...(first.also ? [same(first.also)] : [])])
  for (let grown = true; grown;) {
    grown = false
    for (const f of finds) {
      const names = [same(f.name), ...(f.also ? [same(f.also)] : [])]
      if (!names.some((n) => forms.has(n)) || names.every((n) => forms.has(n))) continue
      names.forEach((n) => forms.add(n))
      grown = true
    }
  }
  const agreed = finds.every((f) => forms.has(same(f.name)))
  return {
    answer: first.name,
    sources: finds.filter((f) => forms.has(same(f.name))).map((f) => ({ candidate: f.candidate, focus: absolute(f.candidate, f) })),
    sure: agreed,
  }
}

/** A name folded for comparison, without a leading preposition or article ("To the People" and "For the People"). */
function same(name: string): string {
  return foldText(name)
    .replace(/^(?:(?:to|for|of|the|a|an)\s+)+/, '')
    .trim()
}

/**
 * For passages only loosely about the question: true where the sentence says
 * another of the question's ideas beside the thing named ("the fund paying
 * for the new stadium" is not named by a sentence on a charity fund that says
 * nothing of paying, of anything new or of a stadium).
 */
export function saysMore(ctx: ExtractionContext, noun: string): (c: Candidate) => boolean {
  const asked = canonicalTerm(ctx.lexicon, noun.replace(/s$/, ''))
  const rest = ctx.concepts.filter((k) => k.known && !k.named && !k.minor && !k.terms.some((t) => t.term === asked))
  return (c) => rest.length === 0 || rest.some((k) => conceptMatch(k, termsOfSentence(ctx, c.sentence.text)) > 0)
}
