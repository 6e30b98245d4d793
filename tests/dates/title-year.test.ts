import { describe, expect, it } from 'vitest'
import { titleYear } from '../../src/dates/title-year.ts'
import { pagesEngine } from '../support/made-up-report.ts'

describe('titleYear', () => {
  it.each([
    ['Veloria in 2023: a timeline', '2023-01-21', 2023],
    ['2023 in review: the year in Veloria', '2023-12-30', 2023],
    // Dated in another year than the one it names: a look back, whose days are of the years nearest it.
    ["Veloria's 2023 unrest, one year on", '2024-01-05', null],
    ['From 2022 to 2023: two years of protest', '2023-03-01', null],
    ['Veloria in 2023: a timeline', null, null],
  ])('%j dated %s → %s', (title, anchor, year) => {
    expect(titleYear(title, anchor)).toBe(year)
  })
})

describe('a timeline whose title names its year', () => {
  it('puts the days it gives without a year in that year, not the one nearest its first publication', () => {
    const engine = pagesEngine(
      [
        `# Veloria in 2023: a timeline\n\n*First published 21 January 2023 · Last updated 22 November 2023*\n\n**5 Jan** — Protests break out in Osk over fuel prices.\n\n**2 Nov** — President Ivo Lask signs the amnesty law.\n\n**20 Nov** — Lask wins the snap election.`,
      ],
      'md',
    )
    expect(engine.ask('when did lask sign the amnesty law').answer).toMatch(/November 2, 2023/)
  })
})
