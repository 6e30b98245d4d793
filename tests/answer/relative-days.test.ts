import { describe, expect, it } from 'vitest'
import { reportEngine } from '../support/made-up-report.ts'

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
