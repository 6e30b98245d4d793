import { canonicalTerm, type Lexicon, type Token } from '../text/index.ts'

/**
 * "March" and "May" as months, apart from the march of protesters and the
 * verb: in the index a month so written is its own term ("marchmonth"), so
 * "how many were at the march" does not find "In March, prosecutors charged
 * 230 people"; a question's "in march" may mean either.
 */

/**
 * `text` with each "March" or "May" that is a month written as its month's
 * term: one beside a day's number ("March 14", "14 March"), or after a
 * preposition of time ("In March", "by early May"), in either case.
 *
 * @example
 * ```ts
 * monthsMarked('In March, police said 12,000 joined the march.') // => 'In Marchmonth, police said 12,000 joined the march.'
 * ```
 */
export function monthsMarked(text: string): string {
  return /\b(?:march|may)\b/i.test(text) ? text.replace(MONTH, (month: string) => `${month}month`) : text
}

const MONTH = new RegExp(
  String.raw`(?<=\b(?:in|by|since|during|until|till|before|after|from|early|mid|late|end of|start of)[\s-]+)(?:march|may)\b|(?<=\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)(?:march|may)\b|\b(?:march|may)(?=\s+\d{1,2}(?:st|nd|rd|th)?\b)`,
  'gi',
)

/**
 * The terms a question's "march" at `i` may stand for, as the index reads the
 * articles' months: its month's term beside a day's number, the word after a
 * determiner ("the march"), either after a preposition of time ("in march",
 * typed for the month or for "in the march"); `null` for any other word.
 *
 * @example
 * ```ts
 * monthTerms(tokenize('how many died in march'), 4, 'march', lexicon) // => [{ term: 'march', weight: 1 }, { term: 'marchmonth', weight: 1 }]
 * ```
 */
export function monthTerms(tokens: readonly Token[], i: number, term: string, lexicon: Lexicon): { term: string; weight: number }[] | null {
  if (tokens[i]?.word !== 'march') return null
  const [before, after] = [tokens[i - 1]?.word ?? '', tokens[i + 1]?.word ?? '']
  const month = { term: canonicalTerm(lexicon, 'marchmonth') ?? 'marchmonth', weight: 1 }
  if (/^\d{1,2}(?:st|nd|rd|th)?$/.test(after) || /^\d{1,2}(?:st|nd|rd|th)?$/.test(before)) return [month]
  if (TIME_BEFORE.has(before)) return [{ term, weight: 1 }, month]
  return [{ term, weight: 1 }]
}
const TIME_BEFORE = new Set(['in', 'by', 'since', 'during', 'until', 'till', 'before', 'after', 'from', 'early', 'mid', 'late', 'of'])
