import { describe, expect, it } from 'vitest'
import { clockTimes } from '../../src/answer/clock.ts'
import { analyzeQuestion } from '../../src/answer/index.ts'
import { askReport } from '../support/made-up-report.ts'

describe('clockTimes', () => {
  it.each([
    ['The curfew now runs from 10 p.m. to 6 a.m.', ['from 10 p.m. to 6 a.m.']],
    ['The ferry left at 7am on Friday.', ['7am']],
    ['Power failed at 23:40 local time.', ['23:40']],
    ['The talks end at noon.', ['noon']],
    ['Shops open between 9am and 5pm.', ['between 9am and 5pm']],
    ['Turnout was 9.30 per cent.', []],
    ['The score was 2:1.', []],
    ['It cost 11 tenge.', []],
  ])('%s → %j', (text, expected) => {
    expect(clockTimes(text).map((t) => t.text)).toEqual(expected)
  })
})

describe('a question for a time of day', () => {
  it.each([
    ['what time does the curfew start', 'time'],
    ['velsk curfew after things calmed down, what time does it start', 'time'],
    ['at what time did the ferry leave', 'time'],
    ['what time frame did they give', 'date'],
    ['when does the curfew start', 'date'],
  ])('%s → %s', (question, kind) => {
    expect(analyzeQuestion(question, () => true).kind).toBe(kind)
  })

  const body =
    'Calm has returned to Velsk, the mayor said on Tuesday. The curfew in Velsk was shortened this week to run from 10 p.m. to 6 a.m. Ferries to the islands resumed.'

  it('is answered by the time the sentence gives, not by its day', () => {
    const got = askReport(body, 'what time does the velsk curfew start')
    expect(got.answer).toContain('10 p.m.')
  })

  it('is not answered by a day where no sentence gives a time', () => {
    const got = askReport('The curfew in Velsk begins on Tuesday, the mayor said.', 'what time does the velsk curfew start')
    expect(got.answer).toBeNull()
    expect(got.status).toBe('passages')
  })
})
