import { describe, expect, it } from 'vitest'
import { countryAsked, countryTie, postOwner, rosterTest } from '../../src/answer/rosters.ts'
import { pagesEngine } from '../support/made-up-report.ts'

// A roster of summit guests, each with a country, and two more reports that name one guest at the same summit.
const ROSTER =
  'On 3 March Ivo Lask chaired a video summit joined by Karl Berg, Anna Holm of Sweden, Petri Salo of Finland, the Norwegian premier Ola Dahl and Tove Rask.'
const summit = (guest: string) => `${guest} told the video summit of the league's leaders on Friday that the force would stay.`

const at = (text: string, name: string) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length })

describe('countryTie', () => {
  it.each([
    ['Anna Holm', 'Sweden'],
    ['Petri Salo', 'Finland'],
    ['Ola Dahl', 'Norway'],
    ['Karl Berg', null],
    ['Tove Rask', null],
  ])('%s → %s', (name, country) => expect(countryTie(ROSTER, at(ROSTER, name))).toBe(country))
})

describe('rosterTest', () => {
  const people = ['Ivo Lask', 'Karl Berg', 'Anna Holm', 'Petri Salo', 'Ola Dahl', 'Tove Rask'].map((n) => at(ROSTER, n))

  it('fits the one written with the country asked about and sets the others aside', () => {
    expect(people.map(rosterTest(ROSTER, people, 'Norway'))).toEqual(['other', 'other', 'other', 'other', 'fits', 'other'])
  })

  it('says nothing where nobody in the list is written with that country', () => {
    expect(people.map(rosterTest(ROSTER, people, 'Denmark'))).toEqual(people.map(() => null))
  })

  it('says nothing of a sentence that gives one person a country (no roster)', () => {
    const text = 'Swedish premier Anna Holm said Karl Berg would lead the force.'
    const two = [at(text, 'Anna Holm'), at(text, 'Karl Berg')]
    expect(two.map(rosterTest(text, two, 'Sweden'))).toEqual([null, null])
  })
})

describe('countryAsked', () => {
  it.each([
    ['who repped norway at the summit', 'Norway'],
    ['who spoke for the norwegians', null],
    ['who led the swedish and finnish troops', null],
    ['who led the swedish troops', null],
    ["who was norway's envoy", 'Norway'],
    ['who chaired the summit', null],
  ])('%s → %s', (q, country) => expect(countryAsked(q)).toBe(country))
})

describe('who came for a country, asked of a roster of leaders', () => {
  const engine = pagesEngine([
    `League leaders meet by video\nMarch 4, 2023\n\n${ROSTER}\n\nThey agreed to keep the force in place.`,
    `Berg vows the force will stay\nMarch 5, 2023\n\n${summit('Karl Berg')}\n\nHe gave no date for its return.`,
    `Force to stay, Berg says\nMarch 6, 2023\n\nAt the video summit on 3 March, ${summit('Karl Berg').replace('told the video summit', 'told the meeting')}\n\nNo vote was taken.`,
  ])

  it('answers with the guest the roster writes with that country', () => {
    expect(engine.ask('who repped norway at the mar 3 video summit').answer).toBe('Ola Dahl')
    expect(engine.ask('who came for sweden').answer).toBe('Anna Holm')
  })

  it('never answers with a guest written with no country, however many reports name him at the summit', () => {
    const r = engine.ask('who repped norway at the mar 3 video summit')
    expect(r.answer ?? '').not.toContain('Berg')
    expect(r.citations.map((c) => c.excerpt)).toContain(ROSTER)
  })
})

describe('the country a post is of', () => {
  it.each([
    ["who's sweden's defence minister", 'Sweden'],
    ["who is norway's actual defence minister, not the deputy", 'Norway'],
    ['who led the troops sent to norway', null],
    ["who's the boss of the league's force", null],
  ])('%s → %s', (q, country) => expect(postOwner(q)).toBe(country))

  it("reads a post set off before the name with its country's possessive", () => {
    const text = "Norway's defence minister, Ola Dahl, said Oslo would send a field hospital."
    expect(countryTie(text, at(text, 'Ola Dahl'))).toBe('Norway')
  })
})
