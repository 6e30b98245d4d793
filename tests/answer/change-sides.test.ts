import { describe, expect, it } from 'vitest'
import { analyzeQuestion } from '../../src/answer/question.ts'
import { changeUnsaid, otherSideOfChange } from '../../src/answer/changes.ts'
import { askReport } from '../support/made-up-report.ts'

// A made-up fare rise: each sentence gives a figure before the change and one after it.
const FARES = `Ferry fares to Tolm Island doubled on March 1, when the regional subsidy ended.

A single crossing now costs 64 euros at the Harbour Street office, against 30 to 32 euros last year.

The island council said the fare for pensioners would be brought down to 20 euros from April.`

describe('a figure before a change or after it, as the question asks', () => {
  it.each([
    ['what did a single crossing cost before', /\b32 euros/, /64|20/],
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

describe('"before", "last year", "now" of a figure that no change sets aside', () => {
  it.each([
    // A time the question asks of, which the sentence gives its figure at: no side of a change.
    ['Before the blockade, about 38,000 people lived in Orla.', 'how many people lived in orla before the blockade', /38,000/],
    ['Prior to the strike, the average wage was about 900 euros.', 'how much was the average wage before the strike', /900 euros/],
    ['Pensioners used to receive 32,000 roubles a month.', 'how much did pensioners used to get', /32,000 roubles/],
    // "Last year" is the time asked of, not the side before a change: "against 90,000 in 2019" is older still.
    ['The mill made 60,000 tonnes of flour last year, against 90,000 in 2019.', 'how much flour did the mill make last year', /60,000/],
  ])('%j: %j → %s', (text, q, right) => {
    const r = askReport(text, q)
    expect(r.status).toBe('answered')
    expect(r.answer).toMatch(right)
  })

  it('reads a question in the present as asking of after the change ("how much is a litre")', () => {
    const text = 'A litre of diesel now costs 95 euros in Varn.\n\nA litre of diesel cost 40 to 45 euros a year ago, against the 95 euros charged now.'
    expect(askReport(text, 'how much is a litre of diesel').answer ?? '').not.toMatch(/40|45/)
  })

  it('never answers a past time with the figure told as now or to come', () => {
    const text = 'A return crossing now costs 40 euros, up from 22 euros last year. A night crossing will cost 3 euros.'
    expect(askReport(text, 'what did a return crossing cost last year').answer ?? '').not.toMatch(/40/)
    expect(askReport(text, 'what did a night crossing cost before').answer ?? '').not.toMatch(/\b3 euros/)
  })

  it("is not sure of another thing's figure where the sentence about the thing asked gives only the figure to come", () => {
    const r = askReport('A night crossing will cost 3 euros. A day crossing costs 2.50 euros.', 'what did a night crossing cost before')
    expect(r.status).not.toBe('answered')
  })

  it('reads "at the old ground" as asking of before the move', () => {
    const r = askReport('Season tickets cost 450 euros, up from 380 euros at the old ground.', 'what did a season ticket cost at the old ground')
    expect(r.answer ?? '').not.toMatch(/450/)
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
    ['how much was it before', 'The fare rose overnight from about 40 euros to 65 euros.', '65 euros', true],
    ['how much is it now', 'The fare rose from 40 to 65 euros.', '40', true],
    ['how much is it now', 'It costs 65 euros, up from 40 euros.', '40', true],
    ['how much is it now', 'It costs 65 euros, up from 40 euros.', '65', false],
    ['how much was it before', 'They cut the fare to 20 euros.', '20', true],
    ['how much was it before', 'A night ticket will cost 3 euros.', '3', true],
    ['how much was it before', 'A commission agreed to set the fare in Varn at 50 euros.', '50', true],
    ['how much was it last year', 'It now costs 40 euros, up from 22 euros last year.', '40', true],
    ['how much was it last year', 'It now costs 40 euros, up from 22 euros last year.', '22', false],
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
  it.each(['what did the scandal cost him', 'what did they spend it on', 'what did the war cost', 'what did it cost'])('not %j', (q) => {
    // A question of what was said, or of something else, is not asked for a sum by these words alone.
    expect(analyzeQuestion(q).kind === 'number').toBe(false)
  })
})

describe('how much something changed is not answered by a sum told of no change', () => {
  it.each([
    ['how much did the tenge fall', 'He said he was paid 90,000 tenge, or about $200, to take part.', true],
    ['how much did the tenge fall', 'The tenge fell 8% against the dollar on Monday.', false],
    ['how much was he paid', 'He said he was paid 90,000 tenge, or about $200, to take part.', false],
  ])('%j, %j: %s', (q, text, expected) => {
    expect(changeUnsaid(q, text)).toBe(expected)
  })
  it('declines how much the currency fell when only a sum is told', () => {
    const body =
      'State television showed a musician saying he had been paid 90,000 tenge, or about $200, to join the riots.\n\nBanks stayed shut for three days.'
    expect(askReport(body, 'how much did the tenge fall vs the dollar during the riots').answer).toBeNull()
  })
})
