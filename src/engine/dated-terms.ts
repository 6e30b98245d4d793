import { MONTHS, monthNumber } from '../text/index.ts'
import type { DateIndex } from '../dates/index.ts'
import { analyzeText, type DatedTerms, type SearchIndex } from '../search/index.ts'
import { OTHER_MONTHS } from './question-dates.ts'

/**
 * A month a question names with a thing ("the june referendum", "the nov snap
 * vote"), said by a sentence that dates what it tells to that month, though
 * it does not write the month ("on Tuesday" in a story of June 8).
 */
/**
 * The months a question names as times, by number: any month's name ("the june
 * referendum", "nov snap vote"), but "March" and "May" only after a word of
 * time ("in march", "by may"), as alone they are a protest and a verb.
 *
 * @example
 * ```ts
 * namedMonths('what % voted yes in the june referendum') // => [6]
 * namedMonths('how many people were at the march')       // => []
 * ```
 */
export function namedMonths(question: string): number[] {
  return [...new Set([...question.matchAll(MONTH_NAME)].map((m) => monthNumber(m[1] ?? m[2]!)))]
}

const MONTH_NAME = new RegExp(
  String.raw`\b(?:(?:in|by|since|until|till|before|after|from|early|mid|late)[- ](?:the\s+)?(mar(?:ch)?|may|jan)|(january|${OTHER_MONTHS.replace('jan(?:uary)?|', '')}))\.?\b`,
  'gi',
)

/**
 * The months each passage's own dates fall in, as the terms of their names,
 * for coverage, of the months a question names ({@link namedMonths}): "the
 * june referendum" is said by "a commission meeting on Tuesday" in a story
 * that makes that Tuesday June 7. A passage's months are worked out when a
 * question first reaches it.
 *
 * @example
 * ```ts
 * datedTerms(dates, index)([6])(id) // => Set { 'june' } for a sentence dated to a day in June
 * ```
 */
export function datedTerms(dates: DateIndex, index: SearchIndex): (months: readonly number[]) => DatedTerms {
  // Written as a time ("in March"), as the index reads a month that is also a word ("marchmonth").
  const names = MONTHS.map((m) => analyzeText(index.lexicon, `in ${m}`))
  const known = new Map<number, number[]>()
  const monthsOf = (id: number): number[] => {
    let months = known.get(id)
    if (months !== undefined) return months
    const p = index.passage(id)
    const article = p ? index.articles[p.article] : undefined
    const dated = article ? dates.expressionsIn(article.source, p!.sentence).filter((e) => e.date !== null && e.granularity !== 'year') : []
    months = [...new Set(dated.map((e) => Number(e.date!.slice(5, 7))))]
    known.set(id, months)
    return months
  }
  return (asked) =>
    asked.length === 0
      ? () => new Set()
      : (id) =>
          new Set(
            monthsOf(id)
              .filter((m) => asked.includes(m))
              .flatMap((m) => names[m - 1]!),
          )
}
