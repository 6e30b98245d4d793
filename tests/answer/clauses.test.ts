import { describe, expect, it } from 'vitest'
import { clausesOf } from '../../src/answer/clauses.ts'

describe('clausesOf', () => {
  it.each([
    ['Ostrians flew home, while Norlanders drove.', ['Ostrians flew home', 'Norlanders drove.']],
    ['They voted; 69 were in favour.', ['They voted', '69 were in favour.']],
    ['Planes and trucks left at dawn.', ['Planes and trucks left at dawn.']],
    ['The army advanced, but the militia held, and the town fell.', ['The army advanced', 'the militia held', 'the town fell.']],
  ])('%j → %j', (text, parts) => {
    expect(clausesOf(text).map((c) => c.text)).toEqual(parts)
  })

  it('gives where each clause starts, and parts at other words where asked', () => {
    const text = 'The town fell after the siege ended.'
    expect(clausesOf(text, /\s+after\s+/g)).toEqual([
      { text: 'The town fell', start: 0 },
      { text: 'the siege ended.', start: 20 },
    ])
  })
})
