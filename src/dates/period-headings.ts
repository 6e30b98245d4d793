import type { Article } from '../corpus/index.ts'
import { MONTHS, MONTH_ABBREVIATIONS, monthNumber } from '../text/index.ts'
import { isRealDay, lastOfMonth, makeDay } from './math.ts'
import type { Rule } from './rules.ts'

/**
 * A timeline lists its entries under headings that are periods ("## 2023", "## March - November 2022"): a day or a
 * month written without its year in such an entry is of the heading's year, however near the page's own date
 * another year would put it.
 */

/** A period heading's year and the months it spans (1–12). */
export interface HeadingPeriod {
  year: number
  from: number
  to: number
}

const MONTH = String.raw`(?:${MONTHS.join('|')}|(?:${MONTH_ABBREVIATIONS.join('|')})\.?)`
const DAY_OR_MONTH = String.raw`(?:(${MONTH})(?:\s+\d{1,2})?|\d{1,2}\s+(${MONTH}))`
// A heading marked as one ("## …", "**…**") that is a period and nothing else: "2023", "January 2022", "Jan–Mar 2022".
const PERIOD = new RegExp(
  String.raw`^(?:#{1,6}\s+|\*\*)(?:${DAY_OR_MONTH}\s*(?:[-–—]|to|until|and)\s*)?(?:${DAY_OR_MONTH},?\s+)?((?:19|20)\d{2}):?(?:\*\*)?$`,
  'i',
)
// An entry of a timeline: a list item, or a paragraph that opens with its day in bold.
const ENTRY = /^\s*(?:[-*•–]\s|\*\*)/

/**
 * The period heading each sentence of `article` stands under, by sentence index: only for a timeline's entries, and
 * `null` before any period heading, under a heading that is no period, or in prose.
 *
 * @example
 * ```ts
 * headingYears(article) // "## 2022\n\n- **17 Sep** - The capital is renamed." => [{ year: 2022, from: 1, to: 12 }, …]
 * ```
 */
export function headingYears(article: Article): (HeadingPeriod | null)[] {
  let period: HeadingPeriod | null = null
  let paragraph = -1
  let entry = false
  return article.sentences.map((s) => {
    if (s.paragraph !== paragraph) {
      paragraph = s.paragraph
      const p = article.paragraphs[paragraph]!
      const text = article.text.slice(p.start, p.end).trim()
      const m = PERIOD.exec(text)
      if (m) period = { year: Number(m[5]), from: monthOr(m[1] ?? m[2] ?? m[3] ?? m[4], 1), to: monthOr(m[3] ?? m[4] ?? m[1] ?? m[2], 12) }
      else if (/^(?:#{1,6}\s|\*\*[^*]+\*\*$)/.test(text)) period = null
      entry = m === null && ENTRY.test(text)
    }
    return entry ? period : null
  })
}

/**
 * A yearless day or month rule put in the period's year, where its month is one the period spans; any other rule as
 * it is.
 *
 * @example
 * ```ts
 * inYear({ kind: 'monthDay', month: 9, day: 17 }, { year: 2022, from: 3, to: 11 }) // => { kind: 'absolute', date: '2022-09-17', … }
 * ```
 */
export function inYear(rule: Rule, period: HeadingPeriod | null): Rule {
  if (period === null || (rule.kind !== 'monthDay' && rule.kind !== 'month') || rule.month < period.from || rule.month > period.to) return rule
  if (rule.kind === 'month')
    return { kind: 'absolute', date: makeDay(period.year, rule.month, 1), endDate: lastOfMonth(period.year, rule.month), granularity: 'month' }
  const date = makeDay(period.year, rule.month, rule.day)
  return isRealDay(date) ? { kind: 'absolute', date, endDate: null, granularity: 'day' } : rule
}

// The month a heading names, or the period's first or last where it names none.
const monthOr = (name: string | undefined, none: number) => (name === undefined ? none : monthNumber(name) || none)
