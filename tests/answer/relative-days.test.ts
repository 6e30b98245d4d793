import { describe, expect, it } from 'vitest'
import { askReport, pagesEngine, reportEngine } from '../support/made-up-report.ts'

// A made-up report: a day in a clause about the league, in the sentence that tells of the summit.
const engine = reportEngine(
  [
    'The ministry said Ostria backed a proposal to hold a video summit of the Norland league, the alliance that began sending troops on Thursday.',
    'The harbour of Velta, which reopened on Friday, was busy again.',
    'Officials in Velta said the talks went well, and Norland troops guarded the port.',
  ].join('\n\n'),
)

describe('a day in a relative clause is the day of what that clause tells', () => {
  it('is not the day of the event the rest of the sentence names', () => {
    expect(engine.ask('when was the norland video summit')?.answer ?? '').not.toMatch(/Thursday|March 16/)
  })

  it('is the day of the event the clause follows', () => {
    expect(engine.ask('when did the harbour of velta reopen')?.answer).toMatch(/Friday/)
  })
})

describe('the noun a relative clause follows is its own phrase, not the verb before it', () => {
  // The review's probe: the envoys' arrival is not the day of the meeting.
  const envoys = reportEngine(
    ['Eva Sorn met the envoys who arrived on Thursday.', 'The talks went on into the night.', 'Sorn said the envoys would stay a week.'].join('\n\n'),
  )
  it('does not give the arrival for when she met them', () => {
    expect(envoys.ask('when did eva sorn meet the envoys').answer ?? '').not.toMatch(/Thursday/)
  })
  it('gives it for when they arrived', () => {
    expect(envoys.ask('when did the envoys arrive').answer).toMatch(/Thursday/)
  })
})

describe('a figure for the day the question names', () => {
  // Two flights of one airlift on two days; the question names the later one, which the page calls "Saturday".
  const engine = reportEngine(
    "On Monday, March 13, the league's first four planes brought marines back from the harbour at Dessa to Portsea, the defence ministry said.\n\n" +
      'Curfew was lifted in Portsea on Thursday. Shops reopened in the old town, and the mayor thanked the league for its help.\n\n' +
      'The marines began leaving at the end of the week, the ministry said in a statement to reporters in Velta. ' +
      'On Saturday alone, 17 planes returned marines to their bases near Velta.',
  )
  it('never takes the count of another day, though its sentence says more of the question', () => {
    // "returned" for "brought back": the day's own count may be right, but its sentence says the deed in other words.
    const r = engine.ask('how many planes brought the marines back on march 18')
    expect(r.answer ?? '').not.toMatch(/four/)
    expect(r.citations[0]?.excerpt).toMatch(/17 planes/)
  })
})

describe('a figure of the day named that says only part of the question', () => {
  const engine = reportEngine(
    'On Monday, March 13, 2,000 league troops were guarding the airport at Portsea, the defence ministry said.\n\n' +
      'Shops reopened in the old town on Thursday.\n\nOn Saturday, 300 troops flew home from the airport.',
  )
  it('is not bet on: the troops that flew home are no count of those guarding', () => {
    expect(engine.ask('how many troops were guarding the airport on march 18').answer).toBeNull()
  })
})

describe('a day named by its weekday is shown as another cited page writes its date', () => {
  // Two made-up reports of one withdrawal: the first names the day only as "Thursday", the second writes its date.
  const engine = pagesEngine([
    'Norland marines start to leave Velta\nMarch 18, 2023\n\nThe Norland marines began leaving Velta on Thursday after the governor declared their mission over.\n\nThe port reopened.',
    'Velta timeline\nMarch 25, 2023\n\nThe Norland marines began leaving Velta on 16 March, a week after they landed.\n\nThe governor thanked them.',
  ])
  const reply = engine.ask('when did the norland marines start leaving velta')

  it('gives the day with the date as written, which an excerpt holds', () => {
    expect(reply.answer).toMatch(/^Thursday, March 16, 2023 \(“16 March”\)$/)
    expect(reply.citations.some((c) => c.excerpt.includes('16 March'))).toBe(true)
  })
})

describe('a day told by another day ("the same day"), shown as a cited passage writes it', () => {
  const engine = pagesEngine([
    'Lask held\nJanuary 9, 2023\n\nProtests broke out in Velta on 6 January. Former mayor Ivo Lask was detained the same day, prosecutors said.\n\nHe denies the charges.',
    'Velta: what we know\nJanuary 12, 2023\n\nIvo Lask, the former mayor, was detained on 6 January on suspicion of bribery.\n\nHis trial may start in March.',
  ])
  it.each(['when was lask detained', 'what day was lask detained'])('%j', (q) => {
    expect(engine.ask(q).answer).toBe('Friday, January 6, 2023 (“6 January”)')
  })
})

describe("a question's word that a sentence says only as part of a day", () => {
  const body =
    'Soldiers sent to Osk began handing back the port on Thursday.\n\nForeign Minister Ivo Lask warned last week that once Russian troops are inside a country it can be very hard to get them to leave.'

  it('does not make "last week" the day the last troops leave', () => {
    expect(askReport(body, 'what date did the russians say the last troops would be out by').answer ?? '').not.toContain('last week')
  })

  it('leaves the day of what the sentence tells', () => {
    expect(askReport(body, 'when did lask warn about russian troops').answer).toContain('last week')
  })
})
