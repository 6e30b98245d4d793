import { describe, expect, it } from 'vitest'
import { describedOnly } from '../../src/search/passage-terms.ts'

describe('describedOnly', () => {
  it.each([
    ['the Russia-led alliance', 'the Russia alliance'],
    ['a Moscow-based analyst and a US-backed group', 'a Moscow analyst and a US group'],
    ['the force, led by Petr Marten', 'the force, led by Petr Marten'],
    ['a well-armed, state-funded militia', 'a well-armed, state-funded militia'],
    ['a hard-fought deal', 'a hard-fought deal'],
  ])('%j → %j', (text, indexed) => {
    expect(describedOnly(text)).toBe(indexed)
  })
})
