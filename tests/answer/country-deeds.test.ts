import { describe, expect, it } from 'vitest'
import { askReport, pagesEngine } from '../support/made-up-report.ts'
import { datelineCredit, datelineLength } from '../../src/corpus/index.ts'

describe('which country did a deed', () => {
  // Made up: a caption whose dateline names a country and whose sentence tells of leaving it, and a report of the deed
  // asked about that names no country.
  const engine = pagesEngine([
    'Picture package\nMarch 14, 2023\n\nORSA, NORWAY (March 14) — The last transport carrying league peacekeepers taxis before take-off from Orsa airport, completing the withdrawal of league forces from Norway.',
    'League mission ends\nMarch 15, 2023\n\nAccording to league statements, the contingents did not take part in operations against protesters but guarded power plants and the Orsa airport.',
  ])

  it('is not answered by a country in a sentence that tells of another deed, nor by its dateline', () => {
    expect(engine.ask("which country's troops were guarding the orsa airport").answer).toBeNull()
  })

  it('is answered where only a passage less about the question tells of the deed', () => {
    const body = 'Troops from Sweden secured the Orsa airport on Tuesday after the unrest.\n\nThe power plants are still being guarded by local police.'
    expect(askReport(body, "which country's troops were guarding the orsa airport").answer).toBe('Sweden')
  })

  it('is answered where the sentence tells of the deed', () => {
    expect(engine.ask('which country did the league forces withdraw from').answer).toBe('Norway')
    expect(
      askReport('ORSA, NORWAY (March 14) — Troops from Sweden guarded the Orsa airport on Tuesday.', "which country's troops were guarding the orsa airport")
        .answer,
    ).toBe('Sweden')
  })
})

describe('datelineLength', () => {
  it.each([
    ['ORSA, NORWAY (March 14) — Troops left.', 'ORSA, NORWAY (March 14) —'.length],
    ['MOSCOW, Jan. 7 (Reuters) - Troops left.', 'MOSCOW, Jan. 7 (Reuters) -'.length],
    ['Troops left Orsa, Norway, on Monday.', 0],
    ['VELSK, Finland — League troops guarded the bridge.', 'VELSK, Finland —'.length],
    ['KALMA, Sweden, March 16 — Troops left.', 'KALMA, Sweden, March 16 —'.length],
    ['ORSA, Norway (March 14, 2023) — Troops left.', 'ORSA, Norway (March 14, 2023) —'.length],
  ])('%j → %d', (text, length) => {
    expect(datelineLength(text)).toBe(length)
  })
})

describe('datelineCredit', () => {
  it.each([
    ['MOSCOW, Jan. 7 (Reuters) - Troops left.', 'Reuters'],
    ['ORSA (Nordic Wire) — Troops left.', 'Nordic Wire'],
    // A photo caption's brackets hold its day, no wire.
    ['ORSA, NORWAY (March 14) — Troops left.', null],
    ['ORSA (14 March) — Troops left.', null],
    ['ORSA (Thursday) — Troops left.', null],
  ])('%j → %j', (text, credit) => {
    expect(datelineCredit(text)).toBe(credit)
  })
})
