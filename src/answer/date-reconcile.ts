import { bestDateIn, describeDates } from '../dates/index.ts'
import type { DateIndex } from '../dates/index.ts'
import { formatDate } from '../dates/index.ts'
import type { Candidate, DateMention, Extraction } from './answer.ts'
import { MAX_GAP, SURE_OWN } from './choose.ts'
import type { Article } from '../corpus/index.ts'

/**
 * The dates side of `/ask`: the resolved dates of a passage for the answer
 * extraction, and the reconciliation of passages that give different days.
 */

/**
 * When the passages nearly as good as the one answered from give other days
 * for the event, the answer says which article says what; when the best
 * passages only have dates relative to an unknown day, it says that instead
 * of guessing.
 */
export function reconcileDates(extraction: Extraction | null, candidates: readonly Candidate[], dates: DateIndex, keywords: string[]): Extraction | null {
  const chosen = extraction?.sources[0]?.candidate ?? candidates[0]
  if (!chosen) return extraction
  const close = candidates.filter((c) => c.coverage >= chosen.coverage * 0.9)
  const events = close.flatMap((c) => {
    const e = bestDateIn(dates, c.article, c.sentence.index, keywords)
    return e ? [{ e, c }] : []
  })
  if (!extraction) {
    // An article with no date of its own: a day written with its month ("On 11 January") is still the day, its
    // year unsaid; a weekday ("on Monday") says nothing without a date to count from.
    const written = events.map((x) => ({ ...x, day: DAY_AND_MONTH.exec(x.e.phrase) })).find((x) => x.e.when === null && x.day)
    if (!written) return null
    const at = written.e.expression.start + written.day!.index
    return {
      answer: `${written.day![0].replace(/\s+/g, ' ')} (the article gives no year)`,
      sources: [{ candidate: written.c, focus: { start: at, end: at + written.day![0].length } }],
      // As sure as any answer: the sentence says the question, leaving out no name and little else.
      sure: written.c.own >= SURE_OWN && written.c.gap < MAX_GAP && !written.c.missesName,
    }
  }
  const main = events.find((x) => x.c === chosen)
  const others = events.filter((x) => x.e.when !== null && x.e.expression.granularity === main?.e.expression.granularity)
  const days = new Set(others.map((x) => x.e.expression.date))
  if (!main || main.e.when === null || days.size < 2) return extraction
  extraction.answer = describeDates(others.map((x) => x.e))!
  extraction.sources = others.map((x) => ({ candidate: x.c, focus: x.e.expression }))
  return extraction
}

const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`
const DAY_AND_MONTH = new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}(?=\s|$|[,.;])|\b${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?\b`, 'i')

export function datesIn(dates: DateIndex, article: Article, sentence: number): DateMention[] {
  const precision = { day: 5, week: 4, month: 3, year: 2, decade: 1 } as const
  return dates
    .expressionsIn(article.source, sentence)
    .filter((e) => e.date !== null)
    .map((e) => ({ start: e.start, end: e.end, phrase: e.text, display: formatDate(e.date!, e.endDate, e.granularity), precision: precision[e.granularity] }))
}
