import { describe, expect, it } from 'vitest'
import { normalizeChat } from '../../src/text/index.ts'

describe('normalizeChat', () => {
  it.each([
    ['how many ppl died', 'how many people died'],
    ['what did the govt say bc of it', 'what did the government say because of it'],
    ['whats the csto', 'what is the csto'],
    ['did u see the U.S. statement', 'did you see the U.S. statement'],
    ['U Thant spoke', 'U Thant spoke'],
    ['who leads the force', 'who leads the force'],
  ])('%j → %j', (typed, spelt) => {
    expect(normalizeChat(typed)).toBe(spelt)
  })
})
