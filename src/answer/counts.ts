import { canonicalTerm, foldText } from '../text/index.ts'
import type { ExtractionContext } from './context.ts'

/**
 * What a figure in a sentence counts, for "how many" questions: whether its
 * unit is what the question counts, whether it is a toll or a count of a
 * report's sources, and its bare number.
 */

// Units that can count anything asked about ("2,500 people" may be troops).
const GENERIC_UNITS = new Set(['people', 'persons', 'men', 'personnel', 'strong', 'total', 'members'])

/** Bonus when a quantity's unit is what "how many X" counts; negative when it clearly counts something else. */
export function unitFit(ctx: ExtractionContext, unit: string | null): number {
  const focus = ctx.question.focus
  if (!focus || !unit) return 0
  const word = foldText(unit.split(' ').at(-1)!)
  if (GENERIC_UNITS.has(word)) return 0
  const term = canonicalTerm(ctx.lexicon, word)
  const asked = canonicalTerm(ctx.lexicon, foldText(focus))
  if (term === null || asked === null) return 0
  if (term === asked || ctx.lexicon.synonyms.get(asked)?.has(term)) return 0.2
  return -0.2
}

const TOLL = /\b(?:kill|die|dead|death|injur|wound|hurt|arrest|detain|casualt|toll)/i

/** "dozens of people were killed": a toll, which answers no "how many" that asks about something else. */
export function countsOtherEvent(after: string, question: string): boolean {
  return /^\s*(?:\w+\s+){0,2}(?:were|was|have been|had been|are|been)?\s*(?:killed|dead|died|injured|wounded|hurt|arrested|detained)\b/i.test(after) && !TOLL.test(question)
}

/** "..., say two people familiar with ...": a count of a report's sources, not of what it reports. */
export function countsSources(text: string, at: number): boolean {
  return /\b(?:say|says|said|according to|told)\s+(?:at least\s+)?$/i.test(text.slice(Math.max(0, at - 20), at))
}

/** The number of a quantity phrase, without qualifier or unit ("about 2,500 people" → "2,500"). */
export function numberPart(text: string): string {
  const digits = /\d[\d,.]*/.exec(text)
  return digits ? digits[0] : text.split(' ').at(-2) ?? text
}
