import { describe, expect, it } from 'vitest'
import { asksManner } from '../../src/answer/manners.ts'
import { askReport } from '../support/made-up-report.ts'

// A made-up pull-out: two contingents went home one way, a third another, in one sentence.
const HOME = `The Ostrian and Velish contingents were all flown home on Friday aboard four chartered planes, while the Norland troops were returning by road.

Norland's soldiers drove back across the border in their own trucks, the defence ministry said.

The Norland assembly approved the deployment last week: 54 voted in favour and 12 against.`

describe('how someone went, or how a body voted: the way, from the clause about them', () => {
  it.each([
    ['how did the norland troops get back home', /^(?:by road|in their own trucks)$/],
    ['how did the ostrians get home', /^aboard four chartered planes$/],
    ['how did the velish contingent go home', /^aboard four chartered planes$/],
    ['how did the norland assembly vote', /^54 voted in favour and 12 against$/],
  ])('%j → %s', (q, right) => {
    const r = askReport(HOME, q)
    expect(r.status).toBe('answered')
    expect(r.answer).toMatch(right)
  })

  it('never answers how they came with how they went back', () => {
    const text = 'The Norland troops arrived aboard three military planes on Monday and will return home by road.'
    expect(askReport(text, 'how did the norland troops get to varn').answer ?? '').not.toMatch(/by road/)
  })

  it.each([
    // The subject as an owner, a speaker, or a word inside a way ("coaching staff", "by coach") is not who travelled.
    ["Ivo Hart, the Tellan president's chief of staff, flew in on a military transport plane.", 'how did the tellan president get to mirr', /plane/],
    ['Hanna Vell said the evacuees left on board a ferry.', 'how did hanna vell travel', /ferry/],
    ['The squad returned home by coach, while the coaching staff flew back on a commercial flight.', 'how did the coaching staff get back', /coach/],
    // A list after one verb: each its own way.
    ['Wounded fighters left Dorrow by helicopter, civilians by bus, and the militiamen on foot.', 'how did civilians leave dorrow', /helicopter/],
    // A person's vote is not the chamber's tally; another body's tally is not the one asked about.
    ['Senator Oma Reyes was absent when the senate passed the bill by 51 votes to 49.', 'how did senator reyes vote', /51/],
    [
      'The finance committee backed the measure unanimously, but the social affairs committee rejected it by a show of hands.',
      'how did the social affairs committee vote',
      /unanimously/,
    ],
  ])('%j: %j is not answered with %s', (text, q, wrong) => {
    expect(askReport(text, q).answer ?? '').not.toMatch(wrong)
  })

  it('reads "on their own" as a way, and not what follows it', () => {
    const text = 'Planes will fly the Ostrian troops out tomorrow, while the Norland servicemen will return home on their own within five days.'
    expect(askReport(text, 'how would the norland troops get home').answer).toBe('on their own')
  })

  it('reads "unanimously" as a vote', () => {
    expect(askReport('The Orla council voted unanimously on Monday to approve the new budget.', 'how did the orla council vote on the budget').answer).toBe(
      'unanimously',
    )
  })
})

describe('asksManner', () => {
  it.each([
    ['how did the troops get back home', true],
    ['how did they travel to the capital', true],
    ['how did parliament vote', true],
    ['how did the protests start', false],
    // An idiom of going ("came to power", "leave office", "get to the final") is answered by no vehicle.
    ['how did varek come to power', false],
    ['how did she leave office', false],
    ['how did the lions get to the final', false],
    ['how did moscow hit back', false],
    ['how many troops went home', false],
  ] as const)('%j → %s', (q, asks) => expect(asksManner(q)).toBe(asks))
})

describe("a way asked for, and the words after the question's own", () => {
  it.each([
    'The League, which groups Norway, Denmark, Velta and Estonia, began flying in sailors on March 6, the first time in its history that it had sent ships to help a member.',
    'The League, which groups Norway, Denmark, Velta and Estonia, began sending sailors in 2019, the first time in its history that it had sent ships to help a member.',
  ])('is no way when they open with a time: %j', (sentence) => {
    const r = askReport(sentence, 'how did the norwegian sailors get to velta')
    expect(r.answer ?? '').not.toMatch(/^(?:On|In) /)
  })
})
