import { describe, expect, it } from 'vitest'
import { lemmaOf, stemWord } from '../../src/text/index.ts'

describe('lemmaOf: irregular forms the stemmer cannot reach', () => {
  it.each([
    ['flown', 'fly'],
    ['led', 'lead'],
    ['sent', 'send'],
    ['children', 'child'],
    ['died', 'die'],
    // Ambiguous ("find" or "found") or regular: left to the stemmer.
    ['found', 'found'],
    ['villages', 'villages'],
    // Names of object properties are words like any other, not table entries.
    ['constructor', 'constructor'],
    ['hasOwnProperty', 'hasOwnProperty'],
  ])('%s → %s', (form, base) => {
    expect(lemmaOf(form)).toBe(base)
  })

  it.each([
    ['flown', 'fly'],
    ['died', 'dies'],
    ['took', 'takes'],
    ['withdrew', 'withdrawing'],
  ])('%s and %s index as one term', (a, b) => {
    expect(stemWord(a)).toBe(stemWord(b))
  })
})
