import { describe, expect, it } from 'vitest'
import { pagesEngine } from '../support/made-up-report.ts'

// A made-up amnesty, signed in November for people caught up in January's unrest.
const engine = pagesEngine([
  `Amnesty signed\nNovember 9, 2023\n\nLast week President Ivo Lask signed the amnesty for people caught up in January's unrest.\n\nIt covers more than 1,500 people.`,
  `Velsk port reopens\nMarch 16, 2023\n\nThe port of Velsk reopened to ships on Wednesday after a week of closures.`,
])

describe('a month written as a possessive ("January\'s unrest")', () => {
  it('dates the noun after it, not the sentence’s deed', () => {
    expect(engine.ask('when did lask sign the amnesty').answer).toMatch(/^the week of October 30 – November 5, 2023/)
  })

  it('is the month before the story, where the clause tells of the past', () => {
    expect(engine.ask('when was the unrest').answer).toBe('January 2023')
  })
})
