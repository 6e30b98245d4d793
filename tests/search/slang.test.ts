import { describe, expect, it } from 'vitest'
import { slangMeaning } from '../../src/text/index.ts'
import { askReport, reportEngine } from '../support/made-up-report.ts'

// A made-up report in the words an article uses; the questions are typed in chat's slang.
const REPORT = [
  'The Velta council approved the new budget on March 3 after a long debate.',
  'The foreign ministry responded on Friday, calling the envoy\'s remark "deeply offensive".',
  'Officials revised the death toll up to 52 on Tuesday, from 40.',
  'Police detained the former mayor, Ivo Lask, on Monday.',
  'Shares of Orlin Mining plunged 12 percent as the unrest spread.',
  'Norland sent 40 tanks to the border in February.',
  'Rains fell for three days.',
].join('\n\n')

describe('slang verbs read as the plain verbs an article writes', () => {
  const engine = reportEngine(REPORT)
  it.each([
    ['when did the council sign off on the budget', 'approved the new budget'],
    ['how did the foreign ministry clap back', 'responded on Friday'],
    ['when did they bump up the death toll', 'revised the death toll'],
    ['when was the former mayor picked up', 'detained the former mayor'],
    ['how much did orlin mining shares crater', 'plunged 12 percent'],
  ])('%j finds the sentence with %j first', (question, words) => {
    expect(engine.retrieve(question, 1)[0]?.excerpt).toContain(words)
  })

  it.each([
    ['when did the council sign off on the budget', /March 3/],
    ['when was the former mayor picked up', /Monday, March 20, 2023/],
  ])('%j is answered %s', (question, answer) => {
    expect(askReport(REPORT, question).answer).toMatch(answer)
  })

  it.each(['which countries chipped in troops for the league force', 'which countries pitched in soldiers'])('%j: chipping in troops is sending them', (q) => {
    const body = [
      'Finland, Denmark and Norway sent troops to the league force in Veloria in February.',
      'Sweden said it would contribute money to the league mission.',
      'The league force guarded the port of Velsk.',
    ].join('\n\n')
    expect(askReport(body, q).answer).toBe('Finland, Denmark and Norway')
  })

  it('reads "kill off" a law as ending it, and killing as killing', () => {
    const body = [
      'On 14 March the Supreme Court of Veloria declared invalid the press law that gave editors a licence.',
      'The case was brought on 2 March by a group of editors.',
      'Troops killed 12 rebels near Velsk on Sunday.',
    ].join('\n\n')
    expect(askReport(body, 'when did the supreme court kill off the press law').answer).toMatch(/March 14, 2023/)
    expect(askReport(body, 'how many rebels were killed off near velsk').answer).toMatch(/12 rebels/)
  })

  it('leaves a noun that is also slang alone: "how many tanks" is about tanks', () => {
    expect(slangMeaning('tanks')).toEqual([])
    expect(askReport(REPORT, 'how many tanks did norland send').answer).toMatch(/40 tanks/)
  })
})

describe("slang read literally where a question means the literal sense (the review's probes)", () => {
  it.each([
    [
      'The soldiers marched back to their barracks on Friday.\n\nThe ministry withdrew its statement on Thursday.',
      'when did the soldiers walk back to their barracks',
      /Thursday/,
    ],
    [
      'Officials escorted a reporter out of the briefing on Tuesday.\n\nThe weekly briefings began on February 6.',
      'when was the reporter kicked off the briefing',
      /February/,
    ],
    ['The finance minister proposed devaluing the tenge on March 3.', 'when was the tenge floated', /March 3/],
    ['Police detained two embassy guards on Thursday.', 'when was the embassy locked up', /Thursday/],
    ['Opposition leaders condemned the attack on the gas pipeline on Saturday.', 'when was the pipeline blasted', /Saturday/],
    [
      'The government imposed a curfew on protesters in Orlin on Wednesday.\n\nVideo showed a police officer hitting a protester.',
      'when was the protester slapped',
      /Wednesday/,
    ],
  ])('%j: %j is not answered by the slang sense', (body, question, wrong) => {
    expect(askReport(body, question).answer ?? '').not.toMatch(wrong)
  })

  it('still reads "kicked off" as a beginning where something kicked off', () => {
    expect(askReport('The weekly briefings began on February 6.\n\nThe weather was cold.', 'when did the briefings kick off').answer).toMatch(/February 6/)
  })
})

describe('a verb of going or carrying with "back" is a return', () => {
  const body =
    'On Saturday, 12 Norland planes returned to the Kessa air base with the last of the peacekeepers.\n\nThe first four Norland planes with peacekeepers took off from Dorn on Thursday, bound for Kessa.\n\nThe mission had lasted two weeks.'
  it.each([
    ['how many planes flew back on saturday', '12 Norland planes'],
    ['when did the last planes come back', 'Saturday, March 18, 2023'],
  ])('%j → %s', (q, answer) => {
    expect(askReport(body, q).answer).toBe(answer)
  })
  it.each(['flew_back', 'brought_back', 'carried_back', 'headed_back'])('%s, in any form of its verb', (form) => {
    expect(slangMeaning(form)).toContain('return')
  })
  it.each(['hit_back', 'cut_back', 'held_back'])('but not %s', (form) => {
    expect(slangMeaning(form)).not.toContain('return')
  })
})

describe('"got locked up" is detained; a building locked up is locked', () => {
  const body = 'Karl Ebb, a rig operator from Orsa, was detained in Selby on January 8 and held for two weeks.\n\nThe office of the union was locked on Monday.'
  it.each(['the rig operator guy from orsa, he got locked up in which city', 'where did ebb get locked up'])('%j → the place he was detained', (q) => {
    expect(askReport(body, q).answer).toBe('Selby')
  })
  it('reads it so only after "got"', () => {
    expect(slangMeaning('locked_up', { passive: true, got: true })).toContain('detain')
    expect(slangMeaning('locked_up', { passive: true })).toEqual([])
  })
})
