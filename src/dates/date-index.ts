/**
 * The resolved dates of a whole corpus, computed once: publication dates (read
 * or inferred) and every temporal expression, looked up by article and
 * sentence so the answer engine can date a cited sentence cheaply.
 */
import type { Article } from '../corpus/index.ts'
import type { TimelineEvent } from './types.ts'
import { inferArticleDates, type ArticleDate } from './inference.ts'
import { detectMentions, resolveMentions, type Mention, type TemporalExpression } from './resolve.ts'
import { buildTimeline } from './timeline.ts'
import { inPrintedYear } from './page-dates.ts'

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
  /** Everything computed, as plain JSON for a snapshot ({@link dateIndexFromData} reads it back). */
  toData(): DateIndexData
}

/** The computed dates of a corpus as plain JSON. */
export interface DateIndexData {
  published: [string, ArticleDate][]
  expressions: [string, TemporalExpression[]][]
  timeline: TimelineEvent[]
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
export function buildDateIndex(articles: readonly Article[], mentions?: ReadonlyMap<string, Mention[]>): DateIndex {
  const detected = new Map(articles.map((a) => [a.source, mentions?.get(a.source) ?? detectMentions(a)]))
  const published = inferArticleDates(articles, detected)
  const bySource = new Map<string, TemporalExpression[]>()
  const printed = [...published.values()].filter((d) => !d.inferred).map((d) => d.date)
  for (const a of articles) {
    const date = published.get(a.source)
    const found = detected.get(a.source)!
    const resolved = resolveMentions(found, date?.date ?? null, date?.inferred ?? false)
    // A page that writes a year before the day ("began on December 16, 2021. … on January 4", "In 2019, …") may set the
    // day in it: none is guessed.
    const firstYear = date ? -1 : a.text.search(YEAR)
    const guessed = (e: TemporalExpression, i: number) => (firstYear < 0 || firstYear > e.start ? yearlessDay(e, found[i]!, printed) : e)
    bySource.set(a.source, date ? resolved : resolved.map(guessed))
  }
  return indexOf(articles, published, bySource, null)
}

const YEAR = /\b(?:19|20)\d{2}\b/
// A page nothing dates, and that writes no year before the day, still writes "on January 19" of the corpus's days: the day is in the year nearest its printed
// dates, marked inferred. A day told by its weekday ("last Thursday") counts from a day the page does not give: none.
function yearlessDay(e: TemporalExpression, m: Mention, printed: readonly string[]): TemporalExpression {
  const near = e.date === null && m.rule.kind === 'monthDay' ? inPrintedYear(m, printed) : null
  return near ? (resolveMentions([m], near.printed, true)[0] ?? e) : e
}

/**
 * The date index from what {@link DateIndex.toData} saved, without finding or
 * resolving any expression again.
 *
 * @example
 * ```ts
 * const again = dateIndexFromData(articles, buildDateIndex(articles).toData())
 * ```
 */
export function dateIndexFromData(articles: readonly Article[], data: DateIndexData): DateIndex {
  return indexOf(articles, new Map(data.published), new Map(data.expressions), data.timeline)
}

function indexOf(
  articles: readonly Article[],
  published: Map<string, ArticleDate>,
  bySource: Map<string, TemporalExpression[]>,
  saved: TimelineEvent[] | null,
): DateIndex {
  const index: DateIndex = {
    articleDate: (source) => published.get(source) ?? null,
    expressions: (source) => bySource.get(source) ?? [],
    // An article has a handful of expressions: filtering them costs less than a key string per lookup, and
    // no map of every sentence's list need be built when the index is (60,000 lists at 10,000 articles).
    expressionsIn: (source, sentence) => bySource.get(source)?.filter((e) => e.sentence === sentence) ?? [],
    timeline: () => events.map((e) => ({ ...e })),
    toData: () => ({ published: [...published], expressions: [...bySource], timeline: events }),
  }
  const events = saved ?? buildTimeline(articles, index)
  return index
}
