import { describe, expect, it } from 'vitest'
import { describedOnly } from '../../src/search/passage-terms.ts'
import { pagesEngine } from '../support/made-up-report.ts'

describe('describedOnly', () => {
  it.each([
    ['the Russia-led alliance', 'the Russia alliance'],
    ['a Moscow-based analyst and a US-backed group', 'a Moscow analyst and a US-backed group'],
    ['how big was the russian-led force', 'how big was the russian force'],
    ['the us-led coalition', 'the us coalition'],
    // A participle that is a deed stays: "Kelso-appointed" says who appointed.
    ['Kelso-appointed mediator Lev Sarin', 'Kelso-appointed mediator Lev Sarin'],
    ['the force, led by Petr Marten', 'the force, led by Petr Marten'],
    ['a well-armed, state-funded militia', 'a well-armed, state-funded militia'],
    ['a hard-fought deal', 'a hard-fought deal'],
  ])('%j → %j', (text, indexed) => {
    expect(describedOnly(text)).toBe(indexed)
  })
})

describe('a question about the "french-led force" asks about the force, not who led it', () => {
  const engine = pagesEngine([
    `French-led force leaves Veloria\nMarch 20, 2023\n\nThe French-led force of the Northern League began leaving Veloria on Thursday.\n\nGeneral Petr Marten, who led the force, said it had done its job.\n\nThe league's leaders met in Velsk, led by the French president.\n\nAt its peak the league force numbered about 1,200 troops.`,
  ])

  it.each(['how big was the french-led force', 'roughly how big was the whole french-led league force'])('%j ranks the size first', (q) => {
    expect(engine.retrieve(q, 1)[0]?.excerpt).toContain('1,200')
    expect(engine.ask(q).answer).toContain('1,200')
  })
})
