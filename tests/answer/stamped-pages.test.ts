import { describe, expect, it } from 'vitest'
import { pagesEngine } from '../support/made-up-report.ts'

// Made-up pages in shapes real scrapes take: a wire ticker of stamped lines, an undated live page.
const ticker = (lines: string) => pagesEngine([`WIRE — TICKER\nMarch 20, 2023\n\n${lines}`])

describe('a ticker of stamped lines', () => {
  const started = ticker(
    '13 MAR 2023 09:31  WITHDRAWAL OF LEAGUE CONTINGENT FROM VELORIA BEGINS; EXPECTED TO TAKE UP TO 10 DAYS\n13 MAR 2023 10:12  SEND-OFF CEREMONY IN VELSK',
  )

  it('answers when the withdrawal began from its own line', () => {
    expect(started.ask('when did the league withdrawal start').answer).toContain('March 13')
  })

  it.each(['when were the league troops fully out', 'when were the troops completely out'])('%j is not the day it began', (q) => {
    expect(started.ask(q).answer).toBeNull()
  })

  it('gives the day the line says it was complete', () => {
    const done = ticker(
      '13 MAR 2023 09:31  WITHDRAWAL OF LEAGUE CONTINGENT FROM VELORIA BEGINS\n19 MAR 2023 10:12  LAST LEAGUE TROOPS LEAVE VELORIA; WITHDRAWAL COMPLETE',
    )
    expect(done.ask('when were the league troops fully out').answer).toContain('March 19')
  })
})

describe('a two-part question answered twice with one answer', () => {
  it('is not answered: one of its two questions went unanswered', () => {
    const engine = ticker(
      '13 MAR 2023 09:31  WITHDRAWAL OF LEAGUE CONTINGENT FROM VELORIA BEGINS; EXPECTED TO TAKE UP TO 10 DAYS\n13 MAR 2023 10:12  SEND-OFF CEREMONY IN VELSK',
    )
    const got = engine.ask('when did the league withdrawal start and when were they fully out')
    expect(got.answer).toBeNull()
    expect(got.status).toBe('passages')
  })
})

describe('"this week" on a page whose date is a guess', () => {
  // The live page has no date: it is inferred from the dated report, and "this week" from that guess.
  const engine = pagesEngine([
    `Guard force lands in Veloria\nMarch 8, 2023\n\nThe Coastal League guard force landed at Veloria airport on Tuesday, officials said.\n\nThe force will guard the airport.`,
    `LIVE — Veloria unrest: Lask orders troops to fire\n\nThe guard force landed at Veloria airport on Tuesday. On March 9 the league council met.\n\nIn his third televised address this week, President Ivo Lask said he had ordered the army to fire without warning.`,
  ])

  it.each(['what day did lask give the order to fire without warning', 'when did lask order the army to fire'])(
    '%j is no week worked out from a guess',
    (q) => {
      const got = engine.ask(q)
      expect(got.answer).toBeNull()
      expect(got.status).toBe('passages')
    },
  )
})
