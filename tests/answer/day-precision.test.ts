import { describe, expect, it } from 'vitest'
import { askReport, pagesEngine } from '../support/made-up-report.ts'

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

describe('a question for a day is not answered by a month', () => {
  const body =
    'SERIKOVA: Finally, the constitutional referendum in June. Did it settle anything?\n\nHOLT: On 5 June, 77 per cent voted yes, on a turnout of 68 per cent.'
  it.each(['what date was the constitutional referendum held', 'wat day was the constitutional referendum'])('%j', (q) => {
    const answer = askReport(body, q).answer ?? ''
    expect(answer === '' || /\b5\b/.test(answer)).toBe(true)
  })
  it('still answers when, to the month', () => {
    expect(askReport(body, 'when was the constitutional referendum').answer ?? '').toMatch(/June/)
  })
})
