import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/corpus/article.ts'
import { inferArticleDates } from '../../src/dates/inference.ts'
import type { Article } from '../../src/corpus/types.ts'
import { pagesEngine } from '../support/made-up-report.ts'

const article = (source: string, text: string): Article => {
  const r = parseArticle(source, text)
  if (!r.ok) throw new Error(r.reason)
  return r.article
}

// A dated report, and an undated column that recalls the same landing by weekday and reports later days by date.
const REPORT = article(
  'report.txt',
  'Guard force lands in Veloria\nMarch 4, 2023\n\nThe Coastal League guard force landed at Veloria airport on Friday, officials said.',
)
const COLUMN = article(
  'column.md',
  'The week the league grew teeth\n\nWhen the guard force landed at Veloria airport on Friday, few expected it to stay. On March 12 the league council met again, and on March 15 the first units went home.',
)

describe('an inferred publication date', () => {
  it('is never earlier than a day the article reports as past', () => {
    const dates = inferArticleDates([REPORT, COLUMN])
    const column = dates.get('column.md')
    expect(column === undefined || column.date >= '2023-03-15').toBe(true)
  })
})

// An undated wire story: its dateline gives the day it was filed, not the year.
const WIRE = article(
  'wire.txt',
  'Guard force starts leaving Veloria\n\nBy Ivo Lask\n\nVELORIA, Mar 10 (Coast Wire) - The Coastal League guard force began handing back the sites it had guarded on Friday, officials said.\n\nThe last units are to leave by March 15.',
)

describe('an undated wire story', () => {
  it("is dated by its dateline's day, in the year of the corpus's printed dates, and marked inferred", () => {
    const wire = inferArticleDates([REPORT, WIRE]).get('wire.txt')
    expect(wire && [wire.date, wire.inferred]).toEqual(['2023-03-10', true])
    expect(wire?.evidence).toContain('Mar 10')
  })

  it('stays undated with no printed date to take the year from', () => {
    expect(inferArticleDates([WIRE]).get('wire.txt')).toBeUndefined()
  })
})

// An undated live page: its entries open with their full date and time, newest first.
const LIVE = article(
  'live.md',
  '# LIVE: Guard force leaves Veloria\n\n**Coast Ledger** | Live desk\n\n---\n\n**15 Mar 2023, 16:40** — Closing this blog\n\nThe last units have gone home.\n\n**14 Mar 2023, 12:15** — Final flights\n\nTwo planes left Veloria on Tuesday morning.',
)

describe('an undated live page', () => {
  it('is as new as its newest dated entry, and marked inferred', () => {
    const live = inferArticleDates([LIVE]).get('live.md')
    expect(live && [live.date, live.inferred]).toEqual(['2023-03-15', true])
  })

  it('is not dated by one paragraph that opens with a date', () => {
    const one = article('one.md', '# Guard force leaves Veloria\n\n**15 Mar 2023** was the last day of the mission.\n\nThe units went home by road.')
    expect(inferArticleDates([one]).get('one.md')).toBeUndefined()
  })
})

// An undated live page whose entries give day and time, without a year.
const YEARLESS_LIVE = article(
  'yearless.md',
  '# LIVE: Guard force lands in Veloria\n\n*The Coast Desk · Live coverage*\n\n---\n\n**Fri 3 Mar · 08:40**\nThe first transport planes have touched down at Veloria airport.\n\n**Sat 4 Mar · 11:15**\nThe league confirms the force will be led by a colonel.',
)

describe('an undated live page with yearless entries', () => {
  it("is as new as its newest entry, in the year of the corpus's printed dates", () => {
    const live = inferArticleDates([REPORT, YEARLESS_LIVE]).get('yearless.md')
    expect(live && [live.date, live.inferred]).toEqual(['2023-03-04', true])
  })
})

describe('a day written without its year on a page nothing dates', () => {
  const pages = [
    'Velsk port reopens\nMarch 20, 2023\n\nThe port of Velsk reopened on Monday after the strike.\n\nOfficials said trade was back to normal.',
    'Podcast: the ferry strike, episode 12\n\nHosts look back at the strike.\n\nThe first Norland ferries left Velsk on March 2. The last Norland ferries docked at Orvik on March 14.\n\nThe crews went home last Thursday.',
  ]

  it("is in the year of the corpus's printed dates", () => {
    expect(pagesEngine(pages).ask('when did the last norland ferries dock at orvik').answer ?? '').toContain('March 14, 2023')
  })

  it('leaves a day told by its weekday unresolved, and the page undated', () => {
    const engine = pagesEngine(pages)
    expect(engine.sources().find((s) => s.source === 'made-up-1.txt')?.date).toBeNull()
    expect(engine.ask('when did the crews go home').answer).toBeNull()
  })
})

describe('a day without its year on an undated page that writes a year before it', () => {
  it.each([
    'The Velsk ferry strike began on December 16, 2021. Norland ferry talks resumed on January 4 after a pause.',
    'Back in 2019, Norland ferry talks resumed on January 4 after a pause, and they broke down again soon after.',
  ])("is not set in the corpus's year: %j", (body) => {
    const engine = pagesEngine([
      'Velsk port reopens\nMarch 20, 2023\n\nThe port of Velsk reopened on Monday after the strike.\n\nOfficials said trade was back to normal.',
      `Podcast: the ferry strike\n\nHosts look back.\n\n${body}`,
    ])
    expect(engine.ask('when did the norland ferry talks resume').answer ?? '').not.toContain('2023')
  })
})
