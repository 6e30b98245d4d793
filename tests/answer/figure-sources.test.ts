import { describe, expect, it } from 'vitest'
import { askedSource } from '../../src/answer/sources.ts'
import { analyzeQuestion } from '../../src/answer/question.ts'
import { askReport } from '../support/made-up-report.ts'
import { parseArticle } from '../../src/corpus/article.ts'
import { peopleOf } from '../../src/answer/people.ts'

// A made-up flood whose figures each come from someone else.
const FLOOD = `Floods in the Varn valley killed at least 31 people, the regional government said on Sunday.

Officials told the assembly on Monday that more than 900 people had been hurt in the floods.

Lena Orsk, who heads the emergency service at the Interior Ministry, spoke to reporters in Tarro.

Orsk said 1,204 people had been hurt in the floods.

The Red Crescent put the number of homes destroyed by the floods at 2,300, and the housing ministry said 1,850.`

describe('a figure asked of one source is answered by that source, or not at all', () => {
  it.each([
    // The source's post is the one a relative clause gives ("who heads the emergency service").
    ['how many people were hurt in the floods according to the emergency service', /1,204/],
    ['how many homes were destroyed according to the housing ministry', /1,850/],
    ['according to the housing ministry, how many homes were destroyed', /1,850/],
  ])('%j → %s', (q, right) => {
    const r = askReport(FLOOD, q)
    expect(r.status).toBe('answered')
    expect(r.answer).toMatch(right)
  })

  it("never answers with a figure the sentence gives as someone else's", () => {
    const r = askReport(FLOOD.replace(/Orsk said.*\n\n/, ''), 'how many people were hurt in the floods according to the emergency service')
    expect(r.answer ?? '').not.toMatch(/900/)
    expect(r.status).not.toBe('answered')
  })

  it("leaves a figure the sentence gives as nobody's to the rest", () => {
    expect(askReport('Floods in the Varn valley killed 31 people on Sunday.', 'how many people did the floods kill according to officials').answer).toMatch(
      /31/,
    )
  })
})

describe('who gave a figure, read from the sentence and the ones before it', () => {
  it.each([
    // "Per X," and "in X's count" name a source as "according to" does.
    [
      "At least 27 inmates were killed in the riot, the justice ministry said.\n\nPer the guards' union, 34 inmates died.",
      'how many inmates died according to the government',
      /34/,
    ],
    ["Twelve miners were killed, the mining company said.\n\nIn the union's count, 19 miners died.", 'how many miners died according to police', /19|twelve/i],
    // A body the source names without its head word, or another body that shares one word of it.
    ['The World Health Organization said 37 people had died of cholera.', 'how many died of cholera according to the health ministry', /37/],
    // A broader word is anyone: "officials" are not the prosecutors.
    ['Officials told parliament that more than 4,000 had been injured.', 'how many were injured acording to the prosecutors', /4,000/],
  ])('%j: %j is not answered with %s', (text, q, wrong) => {
    const r = askReport(text, q)
    expect(r.answer ?? '').not.toMatch(wrong)
    expect(r.status).not.toBe('answered')
  })

  it.each([
    // "He said": the person the sentence before names, with the posts the article gives them.
    [
      'Red Cross spokesman Ali Farouk visited the camps on Monday.\n\nHe said 150,000 people needed aid.',
      'how many people need aid according to the red cross',
      /150,000/,
    ],
    // "The ministry" for "the health ministry"; "the coast guard" for "the coastguard".
    ['The ministry said 200,000 doses of vaccine would arrive next week.', 'how many doses will arrive according to the health ministry', /200,000/],
    ['The coast guard said 38 bodies had been recovered from the sea.', 'how many bodies were recovered per the coastguard', /38/],
    // One speaker tells what another said; a speaker that closes the sentence said all of it.
    [
      'Defence Minister Sergei Volt said that according to field commanders, 2,000 militants had surrendered.',
      'how many militants surrendered according to the defence minister',
      /2,000/,
    ],
    [
      'Insurers estimated the damage at 450 million crowns, the insurance association said.',
      'how much was the damage according to the insurance association',
      /450 million/,
    ],
  ])('%j: %j → %s', (text, q, right) => {
    const r = askReport(text, q)
    expect(r.status).toBe('answered')
    expect(r.answer).toMatch(right)
  })

  it('reads "who heads to the airport" as who travels there, not the head of a body at the airport', () => {
    const text =
      'Foreign Minister Ilse Varga heads to Melro airport on Friday.\n\nTomas Grell, who heads the Melro Airport Authority, said 37 flights had been cancelled.'
    expect(askReport(text, 'who heads to the airport').answer ?? '').not.toMatch(/Grell/)
  })
})

describe('askedSource', () => {
  it.each([
    ['how many were injured acording to the prosecutors', ['prosecutors']],
    ['how many died according to the health ministry', ['health', 'ministry']],
    ['how many died according to the ministry of health', ['health', 'ministry']],
    ['how many died per asylov in march', ['asylov']],
    ['how many ppl detained per interior ministry jan 11', ['interior', 'ministry']],
    ['per the un, how many fled', ['un']],
    ['according to the un, how many fled', ['un']],
    ['how many died', null],
    ['how many people did the police arrest', null],
  ] as const)('%j → %j', (q, words) => {
    expect(askedSource(analyzeQuestion(q).normalized)).toEqual(words)
  })
})

describe('a post given in a relative clause', () => {
  it('describes the person: "who is X" → head of the Y, cited where the clause says it', () => {
    const r = askReport(FLOOD, 'who is lena orsk')
    expect(r.status).toBe('answered')
    expect(r.answer).toBe('Lena Orsk: head of the emergency service at the Interior Ministry')
    expect(r.citations[0]?.excerpt).toContain('who heads the emergency service')
  })

  it('is a role of the person: "X, who heads the Y, said" → head of the Y', () => {
    const r = parseArticle(
      'a.txt',
      `Orsk speaks\nMarch 2, 2023\n\nLena Orsk, who heads the emergency service at the Interior Ministry, told reporters the dam held.\n\nTom Vale, who heads to Varn on Friday, said little.`,
    )
    if (!r.ok) throw new Error(r.reason)
    const roles = [...peopleOf(r.article).people.values()].map((p) => [p.name, p.roles])
    expect(roles).toEqual([
      ['Lena Orsk', ['head of the emergency service at the Interior Ministry']],
      ['Tom Vale', []],
    ])
  })
})
