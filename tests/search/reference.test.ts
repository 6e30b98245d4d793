import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/corpus/article.ts'
import { buildEngine } from '../../src/engine/engine.ts'
import { askReport } from '../support/made-up-report.ts'

// The organisation is named once; later sentences call it "the alliance" or "the bloc".
const TEXT = `Maritime alliance sends ships to Portville
March 15, 2023

The Northern Maritime Alliance (NMA) agreed on Monday to help the flooded port of Portville.

The regional alliance said its relief flotilla totals about 900 sailors.

Officials of the bloc said the mission would end by April.`

function engine() {
  const r = parseArticle('nma.txt', TEXT)
  if (!r.ok) throw new Error(r.reason)
  return buildEngine({ articles: [r.article], skipped: [] })
}

describe('a definite description stands for the organisation the article names', () => {
  it.each([
    ['how many sailors did the NMA send', '900'],
    ['when will the NMA mission end', 'April'],
  ])('%j → %s', (q, answer) => {
    const top = engine().retrieve(q, 1)[0]
    expect(top?.excerpt).toContain(answer)
  })
})

describe('a role given through "the alliance"', () => {
  it('answers who holds a post of the organisation the article calls the alliance', () => {
    const r = parseArticle('nma-chief.txt', `${TEXT}\n\nAt the quayside, the alliance's secretary general, Ingrid Falk, thanked the crews.`)
    if (!r.ok) throw new Error(r.reason)
    const e = buildEngine({ articles: [r.article], skipped: [] })
    expect(e.ask('Who is the secretary general of the NMA?').answer).toContain('Ingrid Falk')
  })
})

describe('a quotation speaks for whom its paragraph named as it opened', () => {
  const body =
    'The league force arrived in Veloria on March 2.\n\n"The main mission of the force has been completed," President Ivo Lask told lawmakers on Tuesday. "In two days a phased withdrawal will begin. The withdrawal of the contingent will take no more than ten days."\n\nThe league has six members.'
  it("answers what the speaker said from the quotation's later sentence", () => {
    expect(askReport(body, 'how long did Lask say the withdrawal would take').answer).toBe('no more than ten days')
  })
})

describe('how a body answered, in the short words it called something', () => {
  const body =
    'Ostrian minister Ivo Lask said on Friday that once Norland troops arrive, it is hard to get them to leave.\n\nIn a post on Saturday, the Norland foreign ministry called the remark "typically offensive" and accused Mr Lask of making light of a tragedy.'
  it('answers with what the body called it', () => {
    expect(askReport(body, 'how did the norland foreign ministry hit back at lask').answer).toBe('Norland Foreign Ministry: “typically offensive”')
  })
  it('puts a statement in full first', () => {
    const full = `${body}\n\n"When Ostrians are in your house, it is hard to keep your silver," the Norland foreign ministry said of Lask's remark.`
    expect(askReport(full, 'how did the norland foreign ministry hit back at lask').answer).toContain('keep your silver')
  })
})

describe('what X called something speaks only of what its own sentence names', () => {
  const body =
    'Norland foreign minister Karl Brandt spoke after the opposition leader addressed parliament on Monday.\n\nBrandt dubbed the speech "a farce." He said the Orsk dam would be finished by May.'
  it.each([
    ['what did brandt say about the speech', 'Karl Brandt: “a farce.”'],
    ['what did brandt say about the dam', null],
  ])('%j → %j', (q, answer) => {
    expect(askReport(body, q).answer).toBe(answer)
  })
})

describe('what X called something, and the topic it is on', () => {
  it.each([
    [
      'Norland foreign minister Karl Brandt spoke on Monday.\n\nBrandt said the Orsk dam would be finished by May. He dubbed the opposition leader\'s speech "a farce."',
      'what did brandt say about the dam',
      null,
    ],
    [
      'Ostrian minister Ivo Lask said on Friday that once Polish troops arrive, it is hard to get them to leave.\n\nPoland\'s foreign ministry called the remark "typically offensive".',
      "what did poland's foreign ministry say about lask",
      "Poland's Foreign Ministry: “typically offensive”",
    ],
  ])('%#: %j', (body, q, answer) => {
    // "the speech" is the thing named, not the dam; "the remark" stands for what the story has just told.
    expect(askReport(body, q).answer).toBe(answer)
  })
})

describe('"it" named in its own sentence', () => {
  const body =
    'Farmers in Orsk protested on Monday against a planned dam on the river.\n\nAsked about the new fuel tax, Finance Minister Ivo Brandl called it "a disgrace".'
  it.each([
    ['what did brandl say about the fuel tax', 'Ivo Brandl: “a disgrace”'],
    ['what did brandl say about the dam', null],
  ])('%j → %j', (q, answer) => {
    expect(askReport(body, q).answer).toBe(answer)
  })
})

describe('"Asked about it" names nothing of its own', () => {
  it('leaves "it" to the sentence before', () => {
    const body = 'The government introduced a new fuel tax on Monday.\n\nAsked about it by reporters, opposition leader Marta Olin called it "theft".'
    expect(askReport(body, 'what did olin say about the fuel tax').answer).toBe('Marta Olin: “theft”')
  })
})
