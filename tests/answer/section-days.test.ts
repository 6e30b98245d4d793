import { describe, expect, it } from 'vitest'
import { pagesEngine } from '../support/made-up-report.ts'
import { inDateline, plannedAt } from '../../src/answer/expectations.ts'

// A made-up timeline whose entries give their days only in their headings.
const timeline = (entries: string) => pagesEngine([`# The Velsk floods: a timeline\nMarch 30, 2023\n\nHow the week unfolded.\n\n${entries}`], 'md')

describe('a timeline entry is dated by its heading', () => {
  it.each([
    ['### 7 March', 'Governor Ivo Lask ordered a curfew across the valley.'],
    ['### 3. "Stay indoors": 7 March', 'Governor Ivo Lask ordered a curfew across the valley.'],
    ['**7 March**', 'Governor Ivo Lask ordered a curfew across the valley.'],
    ['### 7 March — The curfew', 'Governor Ivo Lask ordered a curfew across the valley.'],
  ])('%j over %j', (heading, sentence) => {
    const engine = timeline(`### 5 March\nThe river burst its banks at Dorn.\n\n${heading}\n${sentence}\n\n### 9 March\nThe water began to fall.`)
    const r = engine.ask('when did lask order the curfew')
    expect(r.answer).toMatch(/March 7, 2023/)
    // The excerpt shows the day it proves: the heading's line with the sentence.
    expect(r.citations[0]!.excerpt).toContain(heading)
    expect(r.citations[0]!.excerpt).toContain(sentence)
  })

  it.each([
    // The day runs on into the heading's words: a speech of that day, not the day of every deed under it.
    "### Lask's 7 March speech",
    '### Updated 7 March',
    // A span dates no one deed.
    '### The curfew: 7–9 March',
  ])('%j gives no day', (heading) => {
    const engine = timeline(`${heading}\nGovernor Ivo Lask ordered a curfew across the valley.`)
    expect(engine.ask('when did lask order the curfew').answer ?? '').not.toMatch(/March 7/)
  })

  it("keeps a sentence's own day", () => {
    const engine = timeline('### 7 March\nGovernor Ivo Lask said he had ordered a curfew across the valley on 6 March.')
    expect(engine.ask('when did lask order the curfew').answer).toMatch(/March 6, 2023/)
  })

  it.each([
    ['when did the marines leave', '### 7 March\nLask said the marines will leave the valley soon.'],
    ['when did the withdrawal end', '### 7 March\nThe withdrawal of the last marines began.'],
    ['when did the withdrawal start', '### 7 March\nThe withdrawal of the marines was completed.'],
    ['since when has lask chaired the council', '### 7 March\nLask chaired the council in Dorn.'],
    ['what was the deadline for the marines to leave', '### 7 March\nThe marines left the valley.'],
  ])('%j is not answered by the heading over %j', (question, entry) => {
    expect(timeline(entry).ask(question).answer ?? '').not.toMatch(/March 7/)
  })
})

describe("a review's cases: a heading's day that is not the deed's", () => {
  it.each([
    // The sentence times its deed itself.
    ['when did engineers warn about the dam', '### 7 March\nLask ordered a curfew. Three days earlier, engineers had warned that the dam was failing.'],
    ['when did troops from kreml arrive', '### 7 March\nLask ordered a curfew. The next day, troops from Kreml arrived.'],
    // Denied, hoped for, or done before.
    ['when did the army leave velsk', '### 7 March\nThe army did not leave Velsk.'],
    ['when did schools reopen', '### 7 March\nLask hopes to reopen schools in Velsk.'],
    ['when did lask order the curfew', '### 7 March\nResidents defied the curfew that Governor Ivo Lask had ordered.'],
    // A label says the day is another's.
    [
      'when did lask open the flood wall',
      '### Background: 7 March\nGovernor Ivo Lask opened a new flood wall along the river at Dorn and the old town, to loud cheers from the crowd.',
    ],
    [
      'when did lask open the flood wall',
      '**Last updated: 7 March**\nGovernor Ivo Lask opened a new flood wall along the river at Dorn and the old town, to loud cheers from the crowd.',
    ],
    // An item of its own day between, or a later paragraph of a long entry.
    ['when did the troops arrive', '### 7 March\n- Lask orders a curfew.\n- 10 March: the curfew is extended to Dorn.\n- Troops from Kreml arrive.'],
    ['when did the kreml dam collapse', '### 7 March\nLask ordered a curfew.\n\nThe order covered the old town.\n\nThe Kreml dam collapsed.'],
    // A day after the page was published.
    ['when did the council vote on the flood budget', '### 14 April\nThe council votes on the flood budget.'],
  ])('%j: not the heading day over %j', (question, entry) => {
    expect(timeline(entry).ask(question).answer ?? '').not.toMatch(/March (?:7|14)|April 14/)
  })

  it('bets no year on a day written without one long before its page', () => {
    const engine = pagesEngine(['# The Velsk floods: a timeline\nJune 30, 2023\n\nHow it unfolded.\n\n### 7 March\nGovernor Ivo Lask ordered a curfew.'], 'md')
    expect(engine.ask('when did lask order the curfew').answer ?? '').not.toMatch(/March 7/)
  })

  it('dates the items of a list under its heading', () => {
    expect(timeline('### 9 March\n- The dam is sealed.\n- Police close the Kreml bridge.').ask('when did police close the kreml bridge').answer).toMatch(
      /March 9, 2023/,
    )
  })
})

describe("a day before the sentence (its heading's) is told as the whole sentence tells its deed", () => {
  it.each([
    ['The marines will leave the valley.', true],
    ['The marines left the valley as planned.', false],
    ['The marines left the valley.', false],
  ])('%j: planned %s', (sentence, planned) => {
    expect(plannedAt(sentence, -9, -2)).toBe(planned)
  })

  it('is in no dateline of the sentence', () => {
    expect(inDateline('DORN, March 7 - The marines left.', -9)).toBe(false)
  })
})
