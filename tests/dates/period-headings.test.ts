import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/corpus/article.ts'
import { buildDateIndex } from '../../src/dates/date-index.ts'
import { headingYears } from '../../src/dates/period-headings.ts'

const TIMELINE = `# Veloria after the riots: a timeline

**Explainer** | Last updated: 27.04.2023

## January 2022

- **5 Jan** - President Ivo Lask declares a state of emergency.

## March - November 2022

- **16 Mar** - Lask proposes a new constitution.
- **17 Sep** - The capital is renamed Velgrad.

## 2023

- **19 Mar** - Snap elections to parliament.

## What comes next

Parliament sits again on 2 May.`

function article(text: string) {
  const r = parseArticle('timeline.md', text)
  if (!r.ok) throw new Error(r.reason)
  return r.article
}

describe('a period heading gives the year of the yearless days under it', () => {
  it('reads the year of each period heading, and none under a heading that is no period', () => {
    const a = article(TIMELINE)
    const years = headingYears(a)
    const yearOf = (words: string) => years[a.sentences.findIndex((s) => s.text.includes(words))]?.year ?? null
    expect([yearOf('state of emergency'), yearOf('new constitution'), yearOf('Velgrad'), yearOf('Snap elections'), yearOf('sits again')]).toEqual([
      2022,
      2022,
      2022,
      2023,
      null,
    ])
  })

  it.each([
    ['17 Sep', '2022-09-17'],
    ['16 Mar', '2022-03-16'],
    ['19 Mar', '2023-03-19'],
    // Under a heading that names no period, the day nearest the page's date.
    ['2 May', '2023-05-02'],
  ])('%j is %s, though the page is of 27 April 2023', (phrase, date) => {
    const a = article(TIMELINE)
    const found = buildDateIndex([a])
      .expressions(a.source)
      .find((e) => e.text.includes(phrase))
    expect(found?.date).toBe(date)
  })
})

describe('a period heading dates only the entries of its period', () => {
  const dateOf = (text: string, phrase: string) => {
    const a = article(text)
    return buildDateIndex([a])
      .expressions(a.source)
      .find((e) => e.text.includes(phrase))?.date
  }
  it.each([
    // Prose under a line that merely looks like a period is dated as prose.
    [
      'Lask takes office\n\nMarch 20, 2023\n\nThe troops left on Monday.\n\nJanuary 2019\n\nIvo Lask took office that month.\n\nOn 5 March, Lask ordered the troops home.',
      '5 March',
      '2023-03-05',
    ],
    // A day outside the months the heading spans is not of its year.
    ['A timeline\n\nMarch 20, 2023\n\n## January 2019\n\n- **5 Mar** - Lask orders the troops home.', '5 Mar', '2023-03-05'],
  ])('%#: %j is %s', (text, phrase, date) => {
    expect(dateOf(text, phrase)).toBe(date)
  })
})
