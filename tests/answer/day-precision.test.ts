import { describe, expect, it } from 'vitest'
import { pagesEngine } from '../support/made-up-report.ts'

describe('a week, month or year that holds a day another passage gives is that day told less exactly', () => {
  it.each([
    ['last week', 'Norland sent marines to Velsk after Governor Ivo Lask asked the league for help last week.'],
    ['in March', 'Norland sent marines to Velsk after Governor Ivo Lask asked the league for help in March.'],
  ])('%j is not the answer beside "on 6 March"', (_what, vague) => {
    const engine = pagesEngine([
      `Marines reach Velsk\nMarch 15, 2023\n\n${vague}\n\nThe marines guard the port.`,
      'Velsk appeals for help\nMarch 7, 2023\n\nOn 6 March, Governor Ivo Lask appealed to the league for help against the rioters.\n\nThe league met the next day.',
    ])
    const r = engine.ask('when exactly did lask ask the league for help')
    expect(r.answer ?? '').not.toMatch(/week|^March 2023/)
  })
})

describe('a year that holds the month another passage gives is that month told less exactly', () => {
  const engine = pagesEngine([
    `Marten to lead league force\nMarch 8, 2023\n\nThe league force will be led by General Petr Marten, commander of Norland's marines since October 2016.`,
    `League troops go home\nMarch 20, 2023\n\nThe last troops flew home with General Petr Marten, commander of Norland's marines since 2016, on Friday.`,
  ])

  it('answers with the month, not with no answer for two that agree', () => {
    expect(engine.ask('since when has marten commanded the marines').answer).toBe('October 2016')
  })
})
