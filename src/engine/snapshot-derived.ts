import type { Article } from '../corpus/index.ts'
import type { DateIndexData } from '../dates/index.ts'
import type { QuoteIndexData } from '../quotes/index.ts'

/**
 * What a snapshot file leaves out because the articles say it: the words of
 * a dated expression and the sentence of a timeline event (each the
 * article's text at its offsets), a quotation's title and date (its
 * article's). Left out only where equal, so restoring gives the very same
 * values; they were half the file. A quotation keeps its words: they are
 * checked against the text at its offsets.
 */

type Item = Record<string, unknown>

/** What of an article compaction reads. */
type Source = Pick<Article, 'text' | 'title' | 'date'>

/** A copy of `item` without the fields whose values equal those `derived` gives. */
function without(item: object, derived: Record<string, unknown>): Item {
  const out: Item = { ...item }
  for (const [key, value] of Object.entries(derived)) if (out[key] === value) delete out[key]
  return out
}

const quoteFields = (_: unknown, a: Source) => ({ title: a.title, date: a.date })
const expressionFields = (e: { start: number; end: number }, a: Source) => ({ text: a.text.slice(e.start, e.end) })
const eventFields = (e: { start: number; end_offset: number }, a: Source) => ({ sentence: a.text.slice(e.start, e.end_offset) })

/**
 * The dates' and quotations' lists as a snapshot file stores them.
 *
 * @example
 * ```ts
 * compact(dates, quotes, bySource).quotes[0] // => { speaker, role, text, source, start, end, attribution } (no title or date)
 * ```
 */
export function compact(dates: DateIndexData, quotes: QuoteIndexData, bySource: ReadonlyMap<string, Source>) {
  const of = (source: string) => bySource.get(source)
  return {
    expressions: dates.expressions.map(([source, list]) => {
      const a = of(source)
      return [source, a ? list.map((e) => without(e, expressionFields(e, a))) : list] as const
    }),
    timeline: dates.timeline.map((e) => {
      const a = of(e.source)
      return a ? without(e, eventFields(e, a)) : e
    }),
    quotes: quotes.quotes.map((q) => {
      const a = of(q.source)
      return a ? without(q, quoteFields(q, a)) : q
    }),
  }
}

/**
 * Fills in, from the articles, what {@link compact} left out of lists read
 * from a file (in place). An item of an unknown article, or not an object, is
 * left as it is, for the consistency checks to name.
 */
export function expand(dates: DateIndexData, quotes: QuoteIndexData, bySource: ReadonlyMap<string, Source>): void {
  const isItem = (x: unknown): x is Item & { start: number; end: number; end_offset: number; source: string } => typeof x === 'object' && x !== null
  // The two lists run to 100,000 items and more: their one field is filled in without the general path's objects.
  for (const entry of dates.expressions as unknown[]) {
    if (!Array.isArray(entry) || !Array.isArray(entry[1])) continue
    const a = bySource.get(entry[0] as string)
    if (a) for (const e of entry[1] as unknown[]) if (isItem(e) && !('text' in e)) e.text = a.text.slice(e.start, e.end)
  }
  for (const e of dates.timeline as unknown[]) {
    const a = isItem(e) ? bySource.get(e.source) : undefined
    if (a && isItem(e) && !('sentence' in e)) e.sentence = a.text.slice(e.start, e.end_offset)
  }
  for (const q of quotes.quotes as unknown[]) {
    const a = isItem(q) ? bySource.get(q.source) : undefined
    if (a && isItem(q)) {
      if (!('title' in q)) q.title = a.title
      if (!('date' in q)) q.date = a.date
    }
  }
}
