import { describe, expect, it } from 'vitest'
import { pagesEngine, reportEngine } from '../support/made-up-report.ts'
import { countBonus, deadlineBonus, kindBonus } from '../../src/engine/answer-shape.ts'
import { doerBonus } from '../../src/engine/doers.ts'
import { analyzeQuestion } from '../../src/answer/index.ts'
import { buildLexicon, canonicalTerm } from '../../src/text/index.ts'
import type { Concept } from '../../src/search/index.ts'

// Sentences that share the question's words but hold nothing of the kind asked for, and one that holds it in
// other words: a list of countries, a date, a sum.
const BODY = `The league sent troops to the port of Dessa after the riots.
The troops the league sent guarded the harbour and the bridges of the port.
Critics said the league sent the troops too late and sent too few troops to the port.
More troops were sent to the port by the league when the riots spread.
Troops came from Norway, Finland and Estonia, a spokesman said.

The sailors of the league began leaving the harbour of Dessa after the storm.
The league said leaving the harbour would take the sailors some time.
Leaving the harbour was hard for the sailors, the league said, since the storm had wrecked the piers.
The sailors were gone from Dessa by Tuesday, March 14.

The mayor of Dessa paid the league's sailors for guarding the harbour.
How the mayor paid the sailors for guarding the harbour was never made public.
The sailors said the mayor paid them late for guarding the harbour.
The mayor paid each of the sailors 200 crowns.`

describe('ranking: a sentence holding the kind of thing asked for', () => {
  const engine = reportEngine(BODY)
  it.each([
    ['which countries sent troops to the port', 'Norway, Finland and Estonia'],
    ['when did the sailors start leaving the harbour', 'March 14'],
    ['how much did the mayor pay the sailors for guarding the harbour', '200 crowns'],
  ])('%j has the sentence with %j among the first three', (question, words) => {
    expect(
      engine
        .retrieve(question, 3)
        .map((c) => c.excerpt)
        .join(' | '),
    ).toContain(words)
  })
})

describe('ranking: a span of time for how long', () => {
  // Made-up page: sentences about the admiral and the mission that hold figures of other things, and one that gives a
  // span of time in words and no figure.
  const engine = pagesEngine([
    `Norland fleet sails for Velmar\nMarch 20, 2023\n\nAdmiral Rosa Lind, the fleet's commander, thinks the mission of 12 ships and 3,000 sailors will be hard.\n\nThe admiral thinks 40 of the sailors are new to the mission.\n\nLind said the mission could last several days or weeks, depending on the weather.\n\nThe commander of the mission said 600 people had been taken off the island by Tuesday.\n\nThe admiral thinks the mission needs 2 more ships.`,
  ])
  it('has the sentence with the span among the first three, over sentences with other figures', () => {
    expect(
      engine
        .retrieve('how long did the fleet commander think the mission would last', 3)
        .map((c) => c.excerpt)
        .join(' | '),
    ).toContain('several days or weeks')
  })
})

describe('ranking: a reason for why', () => {
  // Made-up page: sentences that say the price doubled again, and one that gives the reason without saying so.
  const engine = pagesEngine([
    `Bread protests spread in Velta\nMarch 20, 2023\n\nCrowds gathered in Velsk on Sunday after the price of bread in Velta doubled overnight.\n\nThe doubling of the bread price hit the poorest towns of Velta hardest.\n\nA loaf of bread now costs 40 crowns in Velsk, against 20 last month.\n\nBecause the mills had long been paid to sell below cost, bakers had never charged what a loaf was worth.\n\nThe mayor of Velsk met the crowds on Monday.`,
  ])
  it('has the sentence giving the reason among the first three, though it says no word of the deed', () => {
    expect(
      engine
        .retrieve('why did the bread price in velta suddenly double', 3)
        .map((c) => c.excerpt)
        .join(' | '),
    ).toContain('Because the mills')
  })
})

describe('doerBonus: a person named before the very deed asked of them', () => {
  const lexicon = buildLexicon([])
  const termOf = (w: string) => canonicalTerm(lexicon, w)
  const lead: Concept = {
    word: 'lead',
    terms: [
      { term: termOf('lead')!, weight: 1 },
      { term: termOf('command')!, weight: 0.6 },
      { term: termOf('leader')!, weight: 0.85 },
    ],
    weight: 1,
    named: false,
    known: true,
    asked: 'leading',
  }
  const remove: Concept = { word: 'remov', terms: [{ term: termOf('remove')!, weight: 1 }], weight: 1, named: false, known: true, asked: 'removed' }
  const bonus = (q: string, text: string, quality = 0.8) =>
    doerBonus(
      analyzeQuestion(q, () => true),
      [lead, remove],
      termOf,
    )(text, quality)
  it.each([
    ["who's leading the pact op", 'Meanwhile Colonel General Rosa Lind, the Norland officer commanding the pact forces, said so.', 0.8, 0.15],
    ["who's leading the pact op", 'Rosa Lind, head of the Norland army since 2016, is leading the whole pact force.', 0.8, 0.15],
    // A noun of the verb's family, a sentence opening with "The", and a sentence that says little else of the question.
    ["who's leading the pact op", 'The Velta leader proposed a meeting of leaders of the pact.', 0.8, 0],
    ["who's leading the pact op", 'Rosa Lind is leading a choir.', 0.3, 0],
    // Whom a deed was done to is not who did it.
    ['who removed lask from the council', 'Rosa Lind removed Ivo Lask from the council.', 0.8, 0.15],
    ['who got removed from the council', 'Rosa Lind removed Ivo Lask from the council.', 0.8, 0],
  ])('%j, %j (quality %d) gains %d', (q, text, quality, gain) => {
    expect(bonus(q, text, quality)).toBe(gain)
  })
})

describe('kindBonus', () => {
  it.each([
    ['date', 'The last ships left on March 14.', 0.3],
    ['date', 'The last ships left.', 0],
    ['number', 'Each got 200 crowns.', 0.3],
    ['number', 'Each got two hundred crowns.', 0.3],
    // "One" is mostly a word of pointing ("one case", "one of the"), not a figure a "how many" is answered by.
    ['number', 'One case that drew attention involved a pianist from Velta.', 0],
    ['countries', 'Troops came from Norway, Finland and Estonia.', 0.3],
    // How long: a span of time, counted or told vaguely, or from one day to another; no other figure, nor an age.
    ['span', 'The mission could last several days or weeks.', 0.3],
    ['span', 'It was a two-week mission.', 0.3],
    ['span', 'The sailors stayed from March 6 to March 19.', 0.3],
    ['span', 'The mission had 3,000 sailors and 12 ships.', 0],
    ['span', 'The 81-year-old admiral led the mission.', 0],
    // Why: a sentence that gives a reason; "due to start" is a schedule.
    ['reason', 'Because the mills were paid to sell below cost, bakers charged little.', 0.3],
    ['reason', 'Lask was held on suspicion of treason.', 0.3],
    ['reason', 'The vote is due to start at noon.', 0],
    // A capitalised pair is a weak sign of a person, so it gains less.
    ['person', 'The Harbour Council said so.', 0.15],
    ['person', 'the council said so.', 0],
  ])('%s in %j gains %d', (kind, text, bonus) => {
    expect(kindBonus(kind, text)).toBe(bonus)
  })
})

describe('ranking: a sentence counting the very thing asked about', () => {
  // Made-up pages: sentences about the force that hold other figures, and one that counts its members in other words.
  const engine = pagesEngine([
    `Norland force lands in Velmar\nMarch 20, 2023\n\nThe Norland force flew in on 12 transport planes from the Orsk air base.\n\nThe Norland force was set up in 2007 under the pact's charter.\n\nCommanders of the Norland force met on Tuesday, two days after 300 protesters gathered in the capital.\n\nThe Norland force guarded 14 sites, the ministry said.\n\nLocal media circulated rough numbers of about 900 Norlanders, 200 Velts and 100 Orskians.`,
  ])
  it('has it among the first three, though it leaves out a word of the question', () => {
    expect(
      engine
        .retrieve('roughly how many norlanders were in the force', 3)
        .map((c) => c.excerpt)
        .join(' | '),
    ).toContain('900 Norlanders')
  })

  it('does not lift a sentence that counts them but is about something else', () => {
    const other = pagesEngine([
      `Airport stormed\nMarch 20, 2023\n\nIn the evening the crowd, about 45 persons by the airport's count, entered the terminal of Velsk airport.\n\nOn Sunday more than 1,000 people rallied in the square of Velsk.\n\nThe ministry said 300 people were in hospital in Velsk.\n\nPolice in Velsk said 26 people were detained overnight.`,
    ])
    expect(
      other
        .retrieve('roughly how many ppl stormed the velsk airport terminal', 3)
        .map((c) => c.excerpt)
        .join(' | '),
    ).toContain('45 persons')
  })
})

describe('countBonus', () => {
  it.each([
    [1, 0.3],
    [0.5, 0.3],
    [0.25, 0.15],
    [0, 0],
  ])('a passage saying %d of the question gains %d', (quality, bonus) => {
    expect(countBonus(quality)).toBeCloseTo(bonus)
  })
})

describe('ranking: "what did X call Y" finds where X portrays, describes or brands Y', () => {
  // A made-up report: four sentences about Lask and the unrest, and one where he gives it a name in other words.
  const engine = reportEngine(
    `President Ivo Lask said on Friday the unrest in Velsk had been put down.\n\nLask met the families of police officers killed in the unrest.\n\nThe unrest began over fuel prices, Lask's office said.\n\nLask thanked the army for ending the unrest in Velsk.\n\nIn his address, Lask has portrayed the riots as an attempted coup by foreign-trained militants.`,
  )
  it('ranks the sentence that names it first', () => {
    expect(engine.retrieve('what did lask call the unrest', 3)[0]?.excerpt).toContain('attempted coup')
  })
})

describe('ranking: a day written as a deadline, for "what was the deadline" or "when will it be over"', () => {
  // Made up: sentences with the question's loose words ("get", "leave") and a day, and one that gives the deadline
  // in words of its own ("the pullout ... finished by").
  const engine = reportEngine(
    `The mayor of Velsk said on March 7 that once the sailors were in the harbour it was hard to get them to leave.\n\nThe sailors had got into the harbour on March 2, the port said.\n\nThe league's sailors began to leave the harbour on March 13.\n\nThe entire pullout is scheduled to be finished by Wednesday, March 22, the league said.`,
  )
  it.each(['what was the deadline for getting everyone out', 'when will the pullout be over'])('%j ranks it first', (question) => {
    expect(engine.retrieve(question, 1)[0]?.excerpt).toContain('March 22')
  })
})

describe('deadlineBonus', () => {
  it.each([
    ['deadline', 'The pullout is to be finished by Wednesday, March 22.', 0.3],
    ['end', 'They must be gone no later than the 22nd.', 0.3],
    ['deadline', 'The pullout is to be finished by Wednesday.', 0.3],
    ['deadline', 'They must leave before March 15.', 0.3],
    ['end', 'The mission will be over by the end of March.', 0.3],
    ['deadline', 'The sailors arrived on March 2.', 0],
    [null, 'The pullout is to be finished by March 22.', 0],
  ] as const)('focus %s, %j → %d', (focus, text, bonus) => {
    expect(deadlineBonus({ kind: 'date', focus }, text)).toBe(bonus)
  })
})
