import { isHeading, type Article } from '../corpus/index.ts'
import { MONTHS, MONTH_ABBREVIATIONS } from '../text/index.ts'
import { isRealDay, lastOfMonth, makeDay } from './math.ts'
import type { Rule } from './rules.ts'

/**
 * A timeline sets its entries under headings that are periods ("## 2023", "## March - November 2022"): a day or a
 * month written without its year under such a heading is of the heading's year, however near the page's own date
 * another year would put it.
 */

const MONTH = String.raw`(?:${MONTHS.join('|')}|(?:${MONTH_ABBREVIATIONS.join('|')})\.?)`
const DAY_OR_MONTH = String.raw`(?:${MONTH}(?:\s+\d{1,2})?|\d{1,2}\s+${MONTH})`
// The whole heading a period and nothing else, its markup aside: "2023", "January 2022", "Jan–Mar 2022".
const PERIOD = new RegExp(String.raw`^(?:${DAY_OR_MONTH}\s*(?:[-–—]|to|until|and)\s*)?(?:${DAY_OR_MONTH},?\s+)?((?:19|20)\d{2}):?$`, 'i')

/**
 * The year of the period heading each sentence of `article` stands under, by sentence index (`null` where none:
 * before any such heading, or under a heading that is no period).
 *
 * @example
 * ```ts
 * headingYears(parse('## 2022\n\n- **17 Sep** - The capital is renamed.')) // => [2022, 2022]
 * ```
 */
export function headingYears(article: Article): (number | null)[] {
  let year: number | null = null
  let paragraph = -1
  return article.sentences.map((s) => {
    if (s.paragraph !== paragraph) {
      paragraph = s.paragraph
      const p = article.paragraphs[paragraph]!
      const text = article.text.slice(p.start, p.end)
      if (isHeading(text)) {
        const period = PERIOD.exec(text.trim().replace(/^[#*_\s]+|[*_\s]+$/g, ''))
        year = period ? Number(period[1]) : null
      }
    }
    return year
  })
}

/**
 * A yearless day or month rule put in `year`; any other rule as it is.
 *
 * @example
 * ```ts
 * inYear({ kind: 'monthDay', month: 9, day: 17 }, 2022) // => { kind: 'absolute', date: '2022-09-17', endDate: null, granularity: 'day' }
 * ```
 */
export function inYear(rule: Rule, year: number | null): Rule {
  if (year === null) return rule
  if (rule.kind === 'monthDay') {
    const date = makeDay(year, rule.month, rule.day)
    return isRealDay(date) ? { kind: 'absolute', date, endDate: null, granularity: 'day' } : rule
  }
  if (rule.kind === 'month') return { kind: 'absolute', date: makeDay(year, rule.month, 1), endDate: lastOfMonth(year, rule.month), granularity: 'month' }
  return rule
}
