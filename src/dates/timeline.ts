/**
 * The timeline of a corpus: every resolved temporal expression as one event,
 * with the sentence that dates it, in date order.
 */
import type { Article } from '../corpus/index.ts'
import type { TimelineEvent } from './types.ts'
import type { TemporalExpression } from './resolve.ts'

/** Where the timeline reads each article's resolved expressions (a date index has this shape). */
export interface ExpressionSource {
  expressions(source: string): readonly TemporalExpression[]
}

/**
 * Lists the dated events of the articles in date order: earlier first day,
 * then the narrower range, then file name and offset, so the order never
 * depends on load order. Unresolved expressions are left out, and so are
 * exact duplicates; the same event told by two articles stays twice.
 *
 * @example
 * ```ts
 * buildTimeline(corpus.articles, buildDateIndex(corpus.articles))[0]
 * // => { date: '1956-01-01', end: '1956-12-31', phrase: 'in 1956', sentence: 'As troops …', source: '001.txt', start: 264, end_offset: 499 }
 * ```
 */
export function buildTimeline(articles: readonly Article[], dates: ExpressionSource): TimelineEvent[] {
  const events: TimelineEvent[] = []
  const seen = new Set<string>()
  for (const article of articles) {
    for (const e of dates.expressions(article.source)) {
      const s = article.sentences[e.sentence]
      if (!e.date || !s) continue
      const event: TimelineEvent = {
        date: e.date,
        end: e.endDate,
        phrase: e.text,
        sentence: s.text,
        source: article.source,
        start: s.start,
        end_offset: s.end,
      }
      const key = JSON.stringify(event)
      if (seen.has(key)) continue
      seen.add(key)
      events.push(event)
    }
  }
  return events.sort(compareEvents)
}

function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  // A single day sorts after a range that starts the same day: the range is the wider context.
  const endOf = (e: TimelineEvent) => e.end ?? e.date
  return cmp(a.date, b.date) || cmp(endOf(b), endOf(a)) || cmp(a.source, b.source) || a.start - b.start || cmp(a.phrase, b.phrase)
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
