import { CALENDAR_WORDS, STOP_WORDS, isLemma } from '../text/index.ts'
import type { Concept } from './concept.ts'
import { missesName, sentenceCoverage, type DatedTerms } from './coverage.ts'
import type { SearchIndex } from './search.ts'

/**
 * How a sentence that speaks of a person by a pronoun before naming anyone ("In September a court gave him six
 * years") says the question, with the pronoun read as whom the sentence before names. Only the question's names are
 * taken from that sentence: "him" is Satybaldy, not the rest of what was said of him. For deciding whether to bet
 * on an answer from the sentence, never for ranking it (a pronoun may stand for someone else).
 */

/** A sentence's own share of the question, its largest gap and whether it misses a name, so read. */
export interface Referred {
  own: number
  gap: number
  missesName: boolean
}

/**
 * The sentence `id` read with its pronoun standing for whom the sentence before names, or `undefined` where it
 * has no such pronoun (or already goes on from that sentence, as one opening "He said" does).
 *
 * @example
 * ```ts
 * referredCoverage(concepts, id, index, title, concepts) // => { own: 0.8, gap: 0.1, missesName: false } for "a court gave him six years"
 * ```
 */
export function referredCoverage(
  concepts: readonly Concept[],
  id: number,
  index: SearchIndex,
  titleTerms: ReadonlySet<string>,
  required: readonly Concept[],
  dated?: DatedTerms,
): Referred | undefined {
  const passage = index.passage(id)
  const before = index.passage(id - 1)
  if (!passage || passage.continues || before?.article !== passage.article) return undefined
  const text = index.articles[passage.article]?.sentences[passage.sentence]?.text
  if (text === undefined || !pronounBeforeName(text)) return undefined
  const { said, gap } = sentenceCoverage(concepts, id, index, titleTerms, false, dated, true)
  return { own: said, gap, missesName: missesName(required, id, index, titleTerms, false, true) }
}

/**
 * Whether a sentence misses a name the question gives (see {@link missesName}), and the sentence read with its
 * pronoun standing for whom the sentence before names (`referred`, where it has one).
 *
 * @example
 * ```ts
 * namesSaid(concepts, id, index, title, concepts, false) // => { missesName: true, referred: { own: 0.8, gap: 0.1, missesName: false } }
 * ```
 */
export function namesSaid(
  concepts: readonly Concept[],
  id: number,
  index: SearchIndex,
  titleTerms: ReadonlySet<string>,
  required: readonly Concept[],
  quoted: boolean,
  dated?: DatedTerms,
): { missesName: boolean; referred?: Referred } {
  const referred = referredCoverage(concepts, id, index, titleTerms, required, dated)
  return { missesName: missesName(required, id, index, titleTerms, quoted), ...(referred ? { referred } : {}) }
}

// "he", "his", "him", "she", "her" in lower case: past a sentence's first word.
const PERSON_PRONOUN = /\b(?:he|she|his|her|him)\b/

/**
 * True when a person's pronoun comes before any name in the sentence: the sentence's first word is capitalised
 * whatever it is, so only a first word no dictionary has ("Tokayev said he") counts as a name there.
 */
function pronounBeforeName(sentence: string): boolean {
  const at = PERSON_PRONOUN.exec(sentence)?.index
  if (at === undefined) return false
  const words = sentence.slice(0, at).match(/[\p{L}'’-]+/gu) ?? []
  return !words.some((w, i) => /^\p{Lu}/u.test(w) && !CALENDAR_WORDS.has(w) && (i > 0 || !(isLemma(w.toLowerCase()) || STOP_WORDS.has(w.toLowerCase()))))
}
