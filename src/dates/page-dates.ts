/**
 * Dates a page gives without a date line, for a page that has none: the day
 * in a wire story's dateline, the newest entry of a live page.
 */
import type { Article } from '../corpus/index.ts'
import type { ArticleDate } from './types.ts'
import { dayNumber } from './math.ts'
import { resolveRule, type Mention } from './resolve.ts'

// "ALMATY, Jan 13 (Steppe Press) -", "NUR-SULTAN, January 13. /TASS/.": a place in capitals, then the day, then the agency or a dash.
const WIRE_DATELINE = /^\p{Lu}[\p{Lu} .'-]{2,}(?:,[^,()\n]{1,30})?,\s*[^,()\n]{3,20}?\s*(?:\([^)\n]{1,40}\)\s*[-–—]|[-–—]\s|\.?\s*\/)/u

/**
 * The publication date of an undated wire story from its dateline's month and
 * day, in the year that puts it nearest a printed date of the corpus; `null`
 * without a dateline day or a printed date.
 */
export function datelineDay(article: Article, mentions: Mention[], printed: readonly string[]): ArticleDate | null {
  const first = article.sentences[0]
  const line = first && WIRE_DATELINE.exec(first.text)
  const day = line ? mentions.find((m) => m.sentence === 0 && m.rule.kind === 'monthDay' && m.end <= first.start + line[0].length) : undefined
  const near = day ? inPrintedYear(day, printed) : null
  return near ? { date: near.date, inferred: true, evidence: `the dateline's “${day!.text}”, in the year of ${near.printed}` } : null
}

/** A day written without its year, in the year that puts it nearest a printed date of the corpus; `null` for none. */
export function inPrintedYear(day: Mention, printed: readonly string[]): { date: string; printed: string } | null {
  const gap = (x: string, y: string) => Math.abs(dayNumber(x) - dayNumber(y))
  const near = printed
    .map((p) => ({ printed: p, date: resolveRule(day.rule, p, null)?.date }))
    .filter((x): x is { printed: string; date: string } => x.date !== undefined)
    .sort((x, y) => gap(x.date, x.printed) - gap(y.date, y.printed))[0]
  return near ?? null
}

const MIN_ENTRIES = 2

/**
 * The date of a page of dated entries, a live blog's ("**19 Jan 2022, 16:40** —
 * Closing this blog", "### 16 January 2022, 09:05 GMT — …"): its newest
 * entry's day, an entry written without its year ("**Thu 6 Jan · 08:40**")
 * taken in the year nearest the corpus's printed dates; `null` for a page with
 * fewer than two paragraphs that open with a day.
 */
export function newestEntry(article: Article, mentions: readonly Mention[], printed: readonly string[]): ArticleDate | null {
  const stamps: string[] = []
  for (const p of article.paragraphs) {
    const stamp = mentions.find((m) => m.start >= p.start && m.start < p.end && /^[#*_\s]*$/.test(article.text.slice(p.start, m.start)))
    if (stamp?.rule.kind === 'absolute' && stamp.rule.granularity === 'day') stamps.push(stamp.rule.date)
    const yearless = stamp?.rule.kind === 'monthDay' ? inPrintedYear(stamp, printed) : null
    if (yearless) stamps.push(yearless.date)
  }
  const newest = stamps.sort().at(-1)
  return newest && stamps.length >= MIN_ENTRIES ? { date: newest, inferred: true, evidence: `the newest of ${stamps.length} dated entries` } : null
}
