/**
 * The resolved dates of a whole corpus, computed once: publication dates (read
 * or inferred) and every temporal expression, looked up by article and
 * sentence so the answer engine can date a cited sentence cheaply.
 */
import type { Article, TimelineEvent } from './types.ts'
import { inferArticleDates, type ArticleDate } from './date-inference.ts'
import { detectMentions, resolveMentions, type TemporalExpression } from './dates.ts'
import { buildTimeline } from './timeline.ts'

/** Lookups over the dates of a corpus; see {@link buildDateIndex}. */
export interface DateIndex {
  /** The publication date of `source`, read or inferred, or `null` when neither is possible. */
  articleDate(source: string): ArticleDate | null
  /** Every temporal expression of `source`, in text order (empty for an unknown source). */
  expressions(source: string): readonly TemporalExpression[]
  /** The temporal expressions of one sentence of `source`. */
  expressionsIn(source: string, sentence: number): readonly TemporalExpression[]
  /** The dated events of the corpus in date order (see {@link buildTimeline}). */
  timeline(): TimelineEvent[]
}

/**
 * Infers publication dates and resolves every temporal expression of the
 * articles. Pure: the same articles always give the same index.
 *
 * @example
 * ```ts
 * const dates = buildDateIndex(corpus.articles)
 * dates.expressionsIn('001.txt', 6)[0].date // => '2022-01-06' ("on Thursday morning")
 * dates.articleDate('003.txt') // => { date: '2022-01-08', inferred: true, evidence: '…' }
 * ```
 */
export function buildDateIndex(articles: readonly Article[]): DateIndex {
  const detected = new Map(articles.map((a) => [a.source, detectMentions(a)]))
  const published = inferArticleDates(articles, detected)
  const bySource = new Map<string, TemporalExpression[]>()
  const bySentence = new Map<string, TemporalExpression[]>()
  for (const a of articles) {
    const date = published.get(a.source)
    const found = resolveMentions(detected.get(a.source)!, date?.date ?? null, date?.inferred ?? false)
    bySource.set(a.source, found)
    for (const e of found) {
      const key = `${a.source}\u0000${e.sentence}`
      bySentence.set(key, [...(bySentence.get(key) ?? []), e])
    }
  }
  const index: DateIndex = {
    articleDate: (source) => published.get(source) ?? null,
    expressions: (source) => bySource.get(source) ?? [],
    expressionsIn: (source, sentence) => bySentence.get(`${source}\u0000${sentence}`) ?? [],
    timeline: () => events.map((e) => ({ ...e })),
  }
  const events = buildTimeline(articles, index)
  return index
}
