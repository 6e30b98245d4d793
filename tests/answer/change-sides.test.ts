import { describe, expect, it } from 'vitest'
import { analyzeQuestion } from '../../src/answer/question.ts'
import { otherSideOfChange } from '../../src/answer/changes.ts'
import { askReport } from '../support/made-up-report.ts'

// A made-up fare rise: each sentence gives a figure before the change and one after it.
const FARES = `Ferry fares to Tolm Island doubled on March 1, when the regional subsidy ended.

A single crossing now costs 64 euros at the Harbour Street office, against 30 to 32 euros last year.

The island council said the fare for pensioners would be brought down to 20 euros from April.`

describe('a figure before a change or after it, as the question asks', () => {
  it.each([
    ['what did a single crossing cost last year', /\b32 euros/, /64|20/],
    ['how much was a single crossing before march', /\b32 euros/, /64|20/],
    ['what does a single crossing cost now', /\b64 euros/, /32|30/],
  ])('%j → %s', (q, right, wrong) => {
    const r = askReport(FARES, q)
    expect(r.status).toBe('answered')
    expect(r.answer).toMatch(right)
    expect(r.answer).not.toMatch(wrong)
  })

  it('reads "from 40 to 65" and "65, up from 40" as a figure before and one after', () => {
    const risen = 'The price of a loaf of bread went up from 40 to 65 cents in the capital. A loaf of rye is 70 cents, up from 45 cents in 2020.'
    expect(askReport(risen, 'what was the price of a loaf of bread before it went up').answer).toMatch(/^40\b/)
    expect(askReport(risen, 'how much did a loaf of rye cost previously').answer).toMatch(/\b45 cents/)
  })

  it('never answers "before" with the figure after the change, even where no other is given', () => {
    const r = askReport('A litre of diesel now costs 95 crowns at pumps in Varn.', 'what did a litre of diesel cost before the war')
    expect(r.answer ?? '').not.toMatch(/95/)
    expect(r.status).not.toBe('answered')
  })
})

describe('otherSideOfChange', () => {
  const at = (text: string, figure: string) => {
    const start = text.indexOf(figure)
    return [start, start + figure.length] as const
  }
  it.each([
    // [question, sentence, figure, other side?]
    ['how much was it before', 'The fare rose from 40 to 65 euros.', '65', true],
    ['how much was it before', 'The fare rose from 40 to 65 euros.', '40', false],
    ['how much is it now', 'The fare rose from 40 to 65 euros.', '40', true],
    ['how much is it now', 'It costs 65 euros, up from 40 euros.', '40', true],
    ['how much is it now', 'It costs 65 euros, up from 40 euros.', '65', false],
    ['how much was it before', 'They cut the fare to 20 euros.', '20', true],
    // A range is no change; a figure set on neither side is left alone; so is a question that asks of both or neither.
    ['how much was it before', 'Fares ranging from 40 to 65 euros.', '65', false],
    ['how much was it before', 'The fare is 65 euros.', '65', false],
    ['how much did it cost', 'The fare rose from 40 to 65 euros.', '65', false],
    ['how much was it before and after', 'The fare rose from 40 to 65 euros.', '65', false],
  ] as const)('%j in %j: %s → %s', (q, text, figure, other) => {
    expect(otherSideOfChange(q, text, ...at(text, figure))).toBe(other)
  })
})

describe('"what did it cost" asks for a sum, as "how much" does', () => {
  it.each(['what did a litre of petrol cost', 'what does a ticket cost these days', "what's the price of a ticket", 'what was the fare of a crossing'])(
    '%j',
    (q) => expect(analyzeQuestion(q).kind).toBe('number'),
  )
  it.each(['what did the scandal cost him', 'what did they spend it on'])('not %j', (q) => {
    // A question of what was said, or of something else, is not asked for a sum by these words alone.
    expect(analyzeQuestion(q).kind === 'number').toBe(false)
  })
})
