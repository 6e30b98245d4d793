import { describe, expect, it } from 'vitest'
import { reportEngine } from '../support/made-up-report.ts'

// A made-up report that tells how long a mission lasted, and says nothing of how long anyone expected it to.
const ENDED = reportEngine(
  'The last sailors of the Coastal Guard League left Marovia on Friday, ending a three-week mission that began after the floods.\n\n' +
    'Admiral Ines Varga, the head of the league, spoke to reporters in Orlin about the harbour.',
)

// And one where the head says what she expects.
const EXPECTED = reportEngine(
  'The last sailors of the Coastal Guard League left Marovia on Friday, ending a three-week mission that began after the floods.\n\n' +
    'When it began, Admiral Ines Varga, the head of the league, said the mission would last about ten days.',
)

describe('what someone expected is not what came to pass', () => {
  it.each(['how long did the league head think the mission would last', 'how long did the league head expect the mission to last'])(
    '%j gets no short answer from the length the mission had',
    (q) => {
      expect(ENDED.ask(q).answer).toBeNull()
    },
  )
  it('still answers how long the mission lasted', () => {
    expect(ENDED.ask('how long did the mission last').answer).toMatch(/three-week/)
  })
  it('takes the expectation where a sentence gives it', () => {
    expect(EXPECTED.ask('how long did the league head think the mission would last').answer).toMatch(/ten days/)
  })
})

describe('what is said or dated is not what was expected', () => {
  it.each([
    'The last sailors of the Coastal Guard League left Marovia on Friday, ending a three-week mission that began after the floods, the ministry said.',
    'The last sailors of the Coastal Guard League left Marovia on Friday, ending a three-week mission that began in May after the floods.',
  ])('%j gives no length for what the head expected', (sentence) => {
    const engine = reportEngine(`${sentence}\n\nAdmiral Ines Varga, the head of the league, spoke to reporters in Orlin about the harbour.`)
    expect(engine.ask('how long did the league head think the mission would last').answer).toBeNull()
  })
  it('leaves other questions that say "estimated to" alone', () => {
    const engine = reportEngine('At least 225 people died in the unrest in Marovia, according to the health ministry.\n\nShops reopened on Monday.')
    expect(engine.ask('how many people are estimated to have died in the unrest').answer).toMatch(/225/)
  })
})

describe('an expectation the sentence turns from', () => {
  it('gives no length for what was expected where the sentence goes on to what happened', () => {
    const engine = reportEngine('Lask had expected a short mission, but the deployment in Tarn lasted three months in the end.\n\nShops reopened.')
    expect(engine.ask('how long did lask think the deployment would last').answer).toBeNull()
  })
})
