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

  it('leaves a noun that is also slang alone: "how many tanks" is about tanks', () => {
    expect(slangMeaning('tanks')).toEqual([])
    expect(askReport(REPORT, 'how many tanks did norland send').answer).toMatch(/40 tanks/)
  })
})
