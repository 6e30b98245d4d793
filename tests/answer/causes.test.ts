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
    // Either page's words: they agree, and the one ranked first gives the answer.
    expect(engine.ask('why were ppl in dessa protesting in the first place').answer).toMatch(/^(?:A jump in|The rising) price of bread$/)
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

describe("what is no cause (the second review's probes)", () => {
  const page = (body: string) => `Report from Marsk\nMarch 20, 2023\n\n${body}\n\nThe weather was cold.`
  it.each([
    [['The Marsk riots prompted a harsh crackdown by security forces on Monday.'], 'what sparked the riots in marsk'],
    [['The student protests, sparked in early October and led largely by engineering students, spread to Orvin.'], 'what sparked the student protests'],
    [
      ['The blackout in Orvin ended on Wednesday morning, as residents vented anger over the handling of the outage by the state utility.'],
      'what caused the blackout in orvin',
    ],
    [['Protests by farmers spread over much of the southern region on Monday.'], 'why did the farmers start protesting'],
    [["The dockers' strike, held over three days, closed the port."], 'what set off the dockers strike'],
    [['The Marsk clashes started after Friday prayers near the town hall.'], 'what set off the clashes in marsk'],
    [['President Dorn said in a televised address that the unrest had been triggered by foreign-trained militants.'], 'what sparked the unrest'],
    [
      [
        "The protests in Marsk were sparked by a doubling of fuel prices on New Year's Day.",
        'The Marsk protests broke out over the arrest of a popular local imam, residents said.',
      ],
      'what sparked the protests in marsk',
    ],
  ])('%j gives no sure cause for %j', (bodies, question) => {
    expect(pagesEngine(bodies.map(page)).ask(question).answer).toBeNull()
  })
})

describe("what is no cause (the third review's probes)", () => {
  const page = (body: string) => `Report from Velta\nMarch 20, 2023\n\n${body}\n\nThe weather was cold.`
  it.each([
    [
      [
        'Protests against the government of Orm Basken, in power since 2015, were sparked by a rise in fuel prices.',
        "The protests in Velta were sparked by the government's decision to lift a cap on fuel prices.",
      ],
      'what sparked the protests in velta',
      /Orm Basken/,
    ],
    [
      ['A protest march by students, due to start at noon on Saturday, was sparked by the arrest of student leader Ivo Lask.'],
      'what sparked the student protest march',
      /noon/,
    ],
    [
      ['Protesters blocked a road on Tuesday near a warehouse where a fire, sparked by a faulty heater, had burned overnight.'],
      'what sparked the protests in velta',
      /heater/,
    ],
    [
      ["The strikes at Orvin's docks, which have drawn well over a thousand workers, were triggered by the dismissal of a union organiser."],
      "what triggered the strikes at orvin's docks",
      /thousand/,
    ],
    [['The protest began after marchers gathered outside the town hall on Friday evening.'], 'what set off the protest in velta', /marchers/],
    [
      ['The protests were sparked by a rise in fuel prices and led to the resignation of the whole government on Wednesday.'],
      'what sparked the protests in velta',
      /resignation/,
    ],
    [
      [
        'The strikes at the Marsk docks were triggered by the dismissal of a union organiser last month.',
        'The Marsk dock strikes were triggered by a union demand for a pay rise of ten percent.',
      ],
      'what triggered the strikes at the marsk docks',
      /./,
    ],
  ])('%j: %j is not answered %s', (bodies, question, wrong) => {
    expect(pagesEngine(bodies.map(page)).ask(question).answer ?? '').not.toMatch(wrong)
  })
})

describe('causes the fourth review found lost or wrongly found', () => {
  const page = (body: string) => `Report from Orvin\nMarch 20, 2023\n\n${body}\n\nThe weather was cold.`
  it.each([
    [
      ['The wave of dock strikes that has paralysed the northern ports of Velmar since January was sparked by a wage freeze.'],
      'what sparked the dock strikes in velmar',
      'A wage freeze',
    ],
    [
      [
        'Protests broke out in Orvin on Monday after the government ended fuel subsidies.',
        'Protests in Orvin over the end of fuel subsidies were suspended on Friday.',
      ],
      'what sparked the protests in orvin',
      /fuel subsidies/,
    ],
    [
      ['Protests broke out in the town over the price of bread on Monday.', 'Protests in Orvin over the price of bread were suspended on Friday.'],
      'what sparked the protests in orvin',
      /^The price of bread/,
    ],
  ])('%j: %j → %s', (bodies, question, answer) => {
    expect(pagesEngine(bodies.map(page)).ask(question).answer).toMatch(answer)
  })

  it('"began after Friday prayers …, and by evening police arrested dozens" gives no cause', () => {
    const body =
      'The protests in Orvin began after Friday prayers in the old quarter on the first day of the holy month, and by evening riot police arrested dozens of young men.'
    expect(pagesEngine([page(body)]).ask('what sparked the protests in orvin').answer).toBeNull()
  })
})
