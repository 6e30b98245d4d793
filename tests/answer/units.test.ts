import { describe, expect, it } from 'vitest'
import { unitAsked } from '../../src/answer/units.ts'
import { askReport } from '../support/made-up-report.ts'

// A made-up deployment (real countries: whose unit it is, is read by the country's name): each country's unit named by its number, one of them only through an aside.
const UNITS = `Norway's defence minister said Oslo had sent "a ready company" from the 214th Mountain Brigade.

Chile sent 90 servicemen, drawn, according to Norwegian media, from its 7th Rifle Regiment.

Portugal sent units of the 31st separate airborne brigade, the 56th Guards Division and the 2nd Engineer Battalion.`

describe('what unit was sent: a numbered unit, of the country asked about', () => {
  it.each([
    ['what unit did norway send', /^214th Mountain Brigade$/],
    ['which regiment did chile send', /^7th Rifle Regiment$/],
    ['which units did portugal send', /^31st separate airborne brigade; 56th Guards Division; 2nd Engineer Battalion$/],
  ])('%j → %s', (q, right) => {
    const r = askReport(UNITS, q)
    expect(r.status).toBe('answered')
    expect(r.answer).toMatch(right)
  })

  it('never gives one country\'s unit for another named only in an aside ("according to Norwegian media")', () => {
    const r = askReport(UNITS.split('\n\n')[1]!, 'which regiment did norway send')
    expect(r.answer ?? '').not.toMatch(/7th/)
  })

  it.each([
    ['which russian airborne units were sent', 'units'],
    ['what brigade did they send', 'brigade'],
    ['which unit went first', 'unit'],
    ['which units of the army went', null],
    ['what company makes the trucks', null],
  ] as const)('%j asks for a unit: %s', (q, noun) => {
    expect(unitAsked(q)).toBe(noun)
  })
})
