import { describe, expect, it } from 'vitest'
import { possibleOnly, tollElsewhere } from '../../src/answer/figure-scope.ts'
import { findQuantities } from '../../src/answer/quantities.ts'
import { askReport, pagesEngine } from '../support/made-up-report.ts'
import { firstInstalment } from '../../src/answer/parts.ts'

describe('possibleOnly', () => {
  const at = (text: string, figure: string) => text.indexOf(figure)
  it.each([
    ['how many years did lind get', 'a charge that can carry up to 20 years in prison', '20', true],
    ['how many years did lind get', 'Lind, who faces up to 20 years, was sentenced to 12 years.', '20', true],
    ['how many years did lind get', 'Lind, who faces up to 20 years, was sentenced to 12 years.', '12', false],
    ['how long could lind get', 'a charge that can carry up to 20 years in prison', '20', false],
    // A figure on paper is what could be, beside what was done.
    ['how many troops has the bloc deployed', 'The bloc has a total strength of 3,600 troops on paper, but has deployed only 1,900 of them.', '3,600', true],
    ['how many troops has the bloc deployed', 'The bloc has a total strength of 3,600 troops on paper, but has deployed only 1,900 of them.', '1,900', false],
    ['how big is the bloc on paper', 'The bloc has a total strength of 3,600 troops on paper, but has deployed only 1,900 of them.', '3,600', false],
  ])('%j, %j at %s → %s', (question, text, figure, possible) =>
    expect(possibleOnly(question, text, at(text, figure), at(text, figure) + figure.length)).toBe(possible),
  )
})

describe('tollElsewhere', () => {
  it.each([
    ['how many were injured', 'About 50,000 people took part at the peak; more than 4,300 were injured.', '50,000', true],
    ['how many were injured', 'About 50,000 people took part at the peak; more than 4,300 were injured.', '4,300', false],
    ['how many took part', 'About 50,000 people took part at the peak; more than 4,300 were injured.', '50,000', false],
    ['how many were injured', 'About 50,000 people took part in the protests.', '50,000', false],
    // A line's label speaks for every clause of it.
    ['what was the death toll', 'Deaths: 227 (official, revised); 225 announced 15 January, including 19 police', '225', false],
  ])('%j, %j at %s → %s', (question, text, figure, elsewhere) => {
    expect(tollElsewhere(question, text, text.indexOf(figure))).toBe(elsewhere)
  })
})

describe('a line in capitals', () => {
  it('is read for amounts as in lower case: a participle after a figure is no unit', () => {
    const found = findQuantities('SHALABAYEV: ABOUT 50,000 PEOPLE TOOK PART AT PEAK; MORE THAN 4,300 INJURED')
    expect(found.map((q) => [q.text, q.unit])).toEqual([
      ['ABOUT 50,000 PEOPLE', 'people'],
      ['MORE THAN 4,300', null],
    ])
  })

  it('does not answer how many were hurt with the count of another clause', () => {
    const r = askReport(
      '15 MAR 2023 14:19 LASK: ABOUT 50,000 PEOPLE TOOK PART IN PROTESTS AT PEAK ON 5 MARCH; MORE THAN 4,300 INJURED',
      'how many ppl were injured',
    )
    expect(r.answer ?? '').not.toContain('50,000')
  })
})

describe('firstInstalment', () => {
  it.each([
    ['how many soldiers did finland send', 'the battalion would be sent in stages, with the first ', true],
    ['how many soldiers did finland send', 'It flew in an initial batch of ', true],
    // Not a first group told as all that did the deed: "The first 150 paratroopers landed at Kasso".
    ['how many paratroopers landed at kasso', 'The first ', false],
    ['how many troops did velta send at the start', 'Velta sent an initial ', false],
    ['how many troops did velta send in total', 'Velta sent an initial ', true],
    ['how many soldiers arrived first', 'the battalion would be sent in stages, with the first ', false],
    ['how many soldiers did finland send', 'Finland sent ', false],
  ])('%j, %j → %s', (question, before, part) => {
    expect(firstInstalment(question, before)).toBe(part)
  })

  it('keeps the first of several arrivals, told in two articles, from answering how many were sent', () => {
    const engine = pagesEngine([
      `League troops reach Veloria\nMarch 9, 2023\n\nFinland is expected to send about 300 soldiers to the league force.\n\nThe Finnish defence ministry said the battalion would be sent in stages, with the first 150 soldiers arriving on Friday.`,
      `Finnish troops land\nMarch 10, 2023\n\nThe Finnish battalion began arriving in Velsk on Friday, with the first 150 soldiers sent to the league force landing at dawn.`,
    ])
    expect(engine.ask('how many soldiers did finland send').answer ?? '').not.toContain('150')
  })
})

describe('a figure of the whole country', () => {
  const engine = pagesEngine([
    'Velmar toll\nMarch 14, 2023\n\nToday in parliament the prosecutor general, Ivo Lask, said 230 people died across the country, 19 of them police or soldiers, and that 139 of the deaths were in Portville.\n\nThe ombudsman gave a higher figure.',
  ])
  it('is no answer to how many died in a city', () => {
    expect(engine.ask('prosecutor general in march said how many ppl died in portville alone').answer ?? '').not.toContain('230')
  })
  it.each(['how many people died across the country according to the prosecutor general', 'how many people died in velmar'])(
    'still answers %j, the country asked',
    (q) => {
      expect(engine.ask(q).answer).toContain('230')
    },
  )
})

describe('a figure of the whole country, asked of the country by name', () => {
  it('answers', () => {
    const engine = pagesEngine([
      'Kazakhstan toll\nMarch 14, 2023\n\nToday in parliament the prosecutor general, Ivo Lask, said 230 people died across the country, 19 of them police or soldiers, and that 139 of the deaths were in Almaty.\n\nThe ombudsman gave a higher figure.',
    ])
    expect(engine.ask('how many people died in kazakhstan').answer).toContain('230')
  })
})
