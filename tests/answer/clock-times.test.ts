import { describe, expect, it } from 'vitest'
import { clockTimes, otherEndOfSpan, stampedTime } from '../../src/answer/clock.ts'
import { analyzeQuestion } from '../../src/answer/index.ts'
import { askReport, pagesEngine } from '../support/made-up-report.ts'

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

describe('a time that stamps a post', () => {
  it.each([
    ['[05.03.2023 01:52] BREAKING: curfew declared in Velsk.', true],
    ['Posted Mar. 5, 2023, 10:42 AM', true],
    ['Updated 14:20 GMT, 7 March 2023', true],
    ['The curfew starts at 23:00.', false],
    ['from 02:00 on 5 March 2023', false],
  ])('%j → %s', (text, stamped) => {
    expect(stampedTime(text, clockTimes(text)[0]!)).toBe(stamped)
  })
})

describe('a time at one end of a span written apart ("from 02:00 on 5 March until 06:00 on 19 March")', () => {
  const text = '1. To impose a curfew in the city of Velsk from 02:00 on 5 March 2023 until 06:00 on 19 March 2023.'
  const [from, until] = clockTimes(text)

  it.each([
    ['start', [false, true]],
    ['end', [true, false]],
    [null, [false, false]],
  ] as const)('is the other end for a question about its %s', (focus, expected) => {
    expect([otherEndOfSpan(text, from!, focus), otherEndOfSpan(text, until!, focus)]).toEqual(expected)
  })

  it('is never the other end where the span is written whole', () => {
    const whole = 'The curfew runs from 23:00 to 07:00.'
    expect(otherEndOfSpan(whole, clockTimes(whole)[0]!, 'start')).toBe(false)
  })

  const engine = pagesEngine([
    'Velsk channel export\nMarch 5, 2023\n\n[05.03.2023 01:52] BREAKING: curfew declared in Velsk.\n\n[05.03.2023 09:05] The mayor of Velsk has resigned.',
    `Velsk decree\nMarch 5, 2023\n\n${text}`,
  ])

  it.each([
    ['what time did the velsk curfew start', '02:00'],
    ['what time did the velsk curfew kick in', '02:00'],
    ['what time was the velsk curfew to end', '06:00'],
  ])("%j → %s, not a post's stamp", (question, time) => {
    expect(engine.ask(question).answer).toBe(time)
  })
})

describe('a time of day the sentence ties to something else', () => {
  it.each([
    ['The curfew in Velsk will run between 8 and 10 pm.', 'what time does the velsk curfew start', '8'],
    ['The Velsk curfew will start at 8 p.m. and end at 6 a.m.', 'what time does the velsk curfew end', '6 a.m.'],
    ['The Velsk curfew will start at 8 p.m. and end at 6 a.m.', 'what time does the velsk curfew start', '8 p.m.'],
  ])('%j: %j → %s', (body, question, time) => {
    expect(askReport(body, question).answer ?? '').toContain(time)
  })

  it.each([
    // The other end, told by its verb; the time of saying it; a length, not a time.
    ['The Velsk curfew, which ends at 6 a.m., was imposed on Monday.', 'what time does the velsk curfew start'],
    ['The mayor announced the Velsk curfew at 3 p.m. on Tuesday.', 'what time does the velsk curfew start'],
    ['The Velsk curfew was extended by 2:30 hours on Tuesday.', 'what time does the velsk curfew start'],
  ])('%j: %j is not answered', (body, question) => {
    expect(askReport(body, question).answer).toBeNull()
  })
})
