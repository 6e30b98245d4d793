import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/corpus/article.ts'
import { inferArticleDates } from '../../src/dates/inference.ts'
import type { Article } from '../../src/corpus/types.ts'

const article = (source: string, text: string): Article => {
  const r = parseArticle(source, text)
  if (!r.ok) throw new Error(r.reason)
  return r.article
}

// A dated report, and an undated column that recalls the same landing by weekday and reports later days by date.
const REPORT = article(
  'report.txt',
  'Guard force lands in Veloria\nMarch 4, 2023\n\nThe Coastal League guard force landed at Veloria airport on Friday, officials said.',
)
const COLUMN = article(
  'column.md',
  'The week the league grew teeth\n\nWhen the guard force landed at Veloria airport on Friday, few expected it to stay. On March 12 the league council met again, and on March 15 the first units went home.',
)

describe('an inferred publication date', () => {
  it('is never earlier than a day the article reports as past', () => {
    const dates = inferArticleDates([REPORT, COLUMN])
    const column = dates.get('column.md')
    expect(column === undefined || column.date >= '2023-03-15').toBe(true)
  })
})
