import { describe, expect, it } from 'vitest'
import { asksCause } from '../../src/answer/causes.ts'
import { askReport, pagesEngine } from '../support/made-up-report.ts'

describe('asksCause', () => {
  it.each([
    ['what set off the riots in the first place', true],
    ['what actually kicked off the strike', true],
    ['why did ppl start protesting', true],
    ['why were people in dessa protesting in the first place', true],
    ['what were people mad about', true],
    ['why did the riots spread', false],
    ['why did the league send troops', false],
  ])('%j → %s', (question, asks) => {
    expect(asksCause(question)).toBe(asks)
  })
})

describe('the cause of an event, as the story gives it after the event', () => {
  it.each([
    [
      'The riots were sparked on March 2 in Orlin by a sharp rise in the price of bread after subsidies were cut on March 1.',
      'what set off the riots in the first place',
      'A sharp rise in the price of bread',
    ],
    [
      'The strike began on Monday in Velta after the price of diesel, which most farmers use, roughly doubled.',
      'why did the strike start',
      'The price of diesel roughly doubled',
    ],
  ])('%j: %j → %j', (sentence, question, answer) => {
    expect(askReport(`${sentence}\n\nThe weather was cold.`, question).answer).toBe(answer)
  })

  it.each([
    ['He claimed the riots were driven by gangs trained abroad.', 'what set off the riots'],
    ['Protests over the weekend spread to Orlin and Dessa.', 'why did the protests start'],
  ])('%j gives no cause for %j: a claim, or a time after "over"', (sentence, question) => {
    expect(askReport(`${sentence}\n\nThe weather was cold.`, question).answer).toBeNull()
  })

  it('is bet on where another page gives the cause in the same words', () => {
    const page = (body: string) => `Unrest in Dessa\nMarch 20, 2023\n\n${body}\n\nThe weather was cold.`
    const engine = pagesEngine([
      page('Protests that began on Sunday in the port town of Dessa over a jump in the price of bread have turned into the worst unrest in years.'),
      page('The protests in Dessa were sparked by the rising price of bread, officials said.'),
    ])
    expect(engine.ask('why were ppl in dessa protesting in the first place').answer).toBe('A jump in the price of bread')
  })

  it('is not bet on where two pages give causes that share nothing', () => {
    const page = (body: string) => `Riots in Orlin\nMarch 20, 2023\n\n${body}\n\nThe weather was cold.`
    const engine = pagesEngine([
      page('The riots were sparked by a rise in bread prices.'),
      page('The riots were sparked by the arrest of an opposition leader.'),
    ])
    expect(engine.ask('what sparked the riots').answer).toBeNull()
  })
})
