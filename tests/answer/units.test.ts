import { describe, expect, it } from 'vitest'
import { unitAsked } from '../../src/answer/units.ts'
import { askReport } from '../support/made-up-report.ts'

// A made-up deployment (real countries: whose unit it is, is read by the country's name): each country's unit named by its number, one of them only through an aside.
const UNITS = `Norway's defence minister said Oslo had sent "a ready company" from the 214th Mountain Brigade.

Chile sent 90 servicemen, drawn, according to Norwegian media, from its 7th Rifle Regiment.

Portugal sent units of the 31st separate airborne brigade, the 56th Guards Division and the 2nd Engineer Battalion.`

describe('what unit was sent: a numbered unit, of the country asked about', () => {
  it.each([
    ['what unit did norway send', /^214th Mountain Brigade$/],
    ['which regiment did chile send', /^7th Rifle Regiment$/],
    ['which units did portugal send', /^31st separate airborne brigade; 56th Guards Division; 2nd Engineer Battalion$/],
  ])('%j → %s', (q, right) => {
    const r = askReport(UNITS, q)
    expect(r.status).toBe('answered')
    expect(r.answer).toMatch(right)
  })

  it('reads a unit word written with a hyphen ("special-purpose") as part of the unit', () => {
    const body =
      'Portugal sent units of the 45th separate special-purpose brigade, based at Tavira, the 98th Airborne Division from Braga and the 31st separate air assault brigade.'
    expect(askReport(body, 'which units did portugal send').answer).toBe(
      '45th separate special-purpose brigade; 98th Airborne Division; 31st separate air assault brigade',
    )
  })

  it('never gives one country\'s unit for another named only in an aside ("according to Norwegian media")', () => {
    const r = askReport(UNITS.split('\n\n')[1]!, 'which regiment did norway send')
    expect(r.answer ?? '').not.toMatch(/7th/)
  })

  it.each([
    // A number that is no unit: "the 3rd company in Sweden", "its 2nd fleet of buses", "the world's 7th largest army".
    ['Norvik became the 3rd company in Sweden to sell its defence unit.', 'which unit is norvik selling', /3rd/],
    ['The city transport office bought its 2nd fleet of electric buses.', 'what unit bought electric buses', /2nd/],
    ["Pakistan, which has the world's 7th largest army, moved its 11th Corps toward the border.", 'what unit did pakistan move', /7th/],
    ['Oakfield finished 3rd in the division, two points behind Hartwell.', 'which division did oakfield finish in', /3rd/],
    // Two units in one sentence: which the question's verb is of, the unit alone does not say.
    ['Special forces stormed the building while the 8th Infantry Battalion sealed off the streets.', 'which unit stormed the building', /8th/],
    // Whose unit: the country its name gives, one written after it, none where an aside names the only country.
    ['Soldiers from France joined the 22nd Alpine Battalion of Italy.', 'which french unit joined', /22nd/],
    ["According to Estonia's defence ministry, the 144th Motor Rifle Division moved closer to the border.", 'which estonian unit moved closer', /144th/],
    ['The 2nd Polish Corps took the town after the 4th Indian Division had failed.', 'which indian division failed', /2nd Polish/],
    // The kind of unit asked for.
    ['Poland sent its 17th Mechanized Brigade to the border.', 'which polish battalion was sent', /17th/],
  ])('%j: %j is not answered with %s', (text, q, wrong) => {
    expect(askReport(text, q).answer ?? '').not.toMatch(wrong)
  })

  it('reads a country in capitals heading a list item as the owner ("* NORWAY - units of the …")', () => {
    const text = '* NORWAY - paratroopers, including units of the 214th Mountain Brigade and the 3rd Ranger Battalion, flown in by air.'
    expect(askReport(text, 'which norwegian units were sent').answer).toBe('214th Mountain Brigade; 3rd Ranger Battalion')
  })

  it("gives the unit the pronoun owner's sentence names, and one named by its country", () => {
    expect(
      askReport("Pakistan, which has the world's 7th largest army, moved its 11th Corps toward the border.", 'what unit did pakistan move').answer ?? '',
    ).not.toMatch(/largest/)
    expect(askReport('The 2nd Polish Corps took the town after the 4th Indian Division had failed.', 'which polish corps took the town').answer).toBe(
      '2nd Polish Corps',
    )
  })

  it.each([
    ['which russian airborne units were sent', 'units'],
    ['what brigade did they send', 'brigade'],
    ['which unit went first', 'unit'],
    ['which units of the army went', null],
    ['what company makes the trucks', null],
  ] as const)('%j asks for a unit: %s', (q, noun) => {
    expect(unitAsked(q)).toBe(noun)
  })
})
