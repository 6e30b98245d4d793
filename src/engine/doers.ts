import { conceptMatch, type Concept } from '../search/index.ts'
import { isVerbLemma, lemmaOf } from '../text/index.ts'
import type { QuestionAnalysis } from '../answer/index.ts'
import { PERSON } from './answer-shape.ts'

/**
 * Ranking for "who is leading X": a sentence that names a person just before
 * the very deed asked about says who does it.
 */

// What naming a person just before the very deed asked of them gains ("Serdyukov, …, is leading the CSTO contingent"
// for "who's running the csto op"), on top of naming a person at all: the sentence says who does it.
const DOER_BONUS = 0.15
const DOER_REACH = 100
const DOER_RELEVANT = 0.5
const WORD = /[\p{L}-]+/gu
// A person's name: two capitalised words, neither opening the sentence as a word of its own ("The Kazakh leader").
const NAMED = new RegExp(String.raw`(?<![\p{L}])(?!(?:The|A|An|In|On|At|But|And|As|For|Late|Early|Meanwhile)\b)${PERSON.source}`, 'u')

/**
 * For "who is leading X", a test of whether a sentence about the question (`quality`, its share of the question's
 * words) names a person before the question's verb, said in any of its words ("commanding", "leading"): what such a
 * sentence gains in ranking.
 *
 * @example
 * ```ts
 * doerBonus(analyzeQuestion('who is leading the force', () => true), concepts, termOf)('Ana Berg is leading the force.', 0.8) // => 0.15
 * ```
 */
export function doerBonus(
  qa: Pick<QuestionAnalysis, 'kind' | 'subjectOf' | 'passive'>,
  concepts: readonly Concept[],
  termOf: (word: string) => string | null,
): (text: string, quality: number) => number {
  // "Who got removed" asks whom the deed was done to: the one named before its verb is who did it.
  const asked = qa.kind === 'person' && qa.subjectOf && !qa.passive ? termOf(qa.subjectOf) : null
  const verb = asked === null ? undefined : concepts.find((c) => conceptMatch(c, new Set([asked])) > 0)
  if (!verb) return () => 0
  return (text, quality) => {
    // A sentence that says little else of the question ("X announced it on Facebook") gains nothing by its verb.
    if (quality < DOER_RELEVANT) return 0
    for (const m of text.matchAll(WORD)) {
      // A verb ("leading", "commanding"), not a noun of its family ("the Kazakh leader").
      const word = m[0].toLowerCase()
      const term = isVerbLemma(lemmaOf(word)) ? termOf(word) : null
      if (term !== null && conceptMatch(verb, new Set([term])) >= 0.5 && NAMED.test(text.slice(Math.max(0, m.index - DOER_REACH), m.index))) return DOER_BONUS
    }
    return 0
  }
}
