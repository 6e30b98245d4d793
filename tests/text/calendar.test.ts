import { describe, expect, it } from 'vitest'
import { CALENDAR_WORDS, MONTHS, MONTH_ABBREVIATIONS } from '../../src/text/calendar.ts'
import { findHits } from '../../src/dates/rules.ts'

describe('calendar: one list of month and weekday names', () => {
  it.each([
    ['January', true],
    ['Sept', true],
    ['Sep', true],
    ['Sunday', true],
    ['May', true],
    ['Mayor', false],
  ])('CALENDAR_WORDS has %s: %s', (word, has) => expect(CALENDAR_WORDS.has(word)).toBe(has))

  it('abbreviates every month but May by its first letters', () => {
    const abbreviated = new Set(MONTH_ABBREVIATIONS.map((a) => MONTHS.find((m) => m.startsWith(a))))
    expect(MONTHS.filter((m) => !abbreviated.has(m))).toEqual(['May'])
  })

  it.each([
    ['in Sept. 2021 the talks', 'in Sept. 2021', '2021-09-01'],
    ['in Sep 2021 the talks', 'in Sep 2021', '2021-09-01'],
    ['Troops left on Feb. 3', 'on Feb. 3', null],
  ])('the date rules read the abbreviations: %s', (text, span, date) => {
    const [hit] = findHits(text)
    expect(text.slice(hit!.start, hit!.end)).toBe(span)
    expect(hit!.rule.kind === 'absolute' ? hit!.rule.date : null).toBe(date)
  })
})
