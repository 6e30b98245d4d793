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
