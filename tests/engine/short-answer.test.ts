import { describe, expect, it } from 'vitest'
import { isShortAnswer } from '../../src/engine/answer-shape.ts'

describe('isShortAnswer', () => {
  it.each([
    ['about 2,500 troops', 'number', true],
    ['Geneva', 'place', true],
    ['airfield in', 'place', false],
    ['unit was', 'other', false],
    ['the extraordinary summit of', 'place', false],
    [
      'ZHANAOZEN, Kazakhstan, Jan 4 (Reuters) - Crowds in the region stayed out for a third straight day on Tuesday, furious over a jump in the price of gas',
      'other',
      false,
    ],
    [
      'Karim Masimov: former spy chief; the former head of the National Security Committee and a long-time ally of the former president of the country',
      'description',
      true,
    ],
  ] as const)('%j (%s) → %s', (answer, kind, short) => {
    expect(isShortAnswer(answer, kind)).toBe(short)
  })
})
