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
    // Not the kind of thing asked for: no place, no name, no figure, a title for a description.
    ['operations against crowds', 'place', false],
    ['about 2', 'place', false],
    ['in Almaty', 'place', true],
    ['the ruling party', 'person', false],
    ['several', 'number', false],
    ['Saule Iskakova: Dr', 'description', false],
    ['Saule Iskakova: Dr Saule Iskakova, a researcher in Berlin', 'description', true],
  ] as const)('%j (%s) → %s', (answer, kind, short) => {
    expect(isShortAnswer(answer, kind)).toBe(short)
  })
})
