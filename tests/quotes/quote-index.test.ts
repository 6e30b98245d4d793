import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/corpus/article.ts'
import { loadCorpus } from '../../src/corpus/load.ts'
import { buildQuoteIndex, quoteTextData } from '../../src/quotes/quote-index.ts'
import { answerQuoteQuestion, parseQuoteQuestion } from '../../src/quotes/questions.ts'
import type { Article } from '../../src/corpus/types.ts'
import { pagesEngine } from '../support/made-up-report.ts'

function article(source: string, body: string): Article {
  const r = parseArticle(source, `Made-up report ${source}\n\n${body}\n`)
  if (!r.ok) throw new Error(r.reason)
  return r.article
}

// Two made-up articles spelling one speaker three ways, and a second speaker.
const made = [
  article(
    'a.txt',
    'When asked on Friday, US Secretary of State Antony Blinken said he would “not mix these two situations together”.\n\n' +
      '“There are very special driving forces behind the unrest,” said Blinken.',
  ),
  article(
    'b.txt',
    'The envoy spoke late. “Once they are in your house, it is hard to get them to leave,” said Anthony Blinken.\n\n' +
      'Maria Lopez, a senior analyst at the bank, was blunt. “The markets will not forgive this mistake,” she said.',
  ),
]

describe('buildQuoteIndex: canonical speakers', () => {
  const index = buildQuoteIndex(made)
  it('joins the spellings of one person under one name, with the role', () => {
    const blinken = index.speakers().filter((s) => /blinken/i.test(s.name))
    expect(blinken).toHaveLength(1)
    expect(blinken[0]).toMatchObject({ role: 'US Secretary of State', quotes: 3 })
    expect(['Antony Blinken', 'Anthony Blinken']).toContain(blinken[0]!.name)
  })

  it.each(['Blinken', 'blinken', 'Antony Blinken', 'Anthony Blinken', 'US Secretary of State Antony Blinken', 'Blinkin', 'antony blinkn'])(
    'finds every Blinken quotation by "%s"',
    (speaker) => {
      const got = index.search({ speaker })
      expect(got).toHaveLength(3)
      expect(new Set(got.map((q) => q.speaker)).size).toBe(1)
    },
  )

  it.each(['Putin', 'xy', '', 'Lukashenko', 'Maria Lopes Garcia'])('finds nothing for "%s"', (speaker) => {
    expect(index.search({ speaker })).toEqual([])
  })

  it('ranks by the words when speaker and words are both given', () => {
    const got = index.search({ speaker: 'Blinken', text: 'house leave' })
    expect(got[0]!.text).toMatch(/^Once they are in your house/)
  })
})

describe('buildQuoteIndex: lookups on the seeds', () => {
  const index = buildQuoteIndex(loadCorpus('seeds').articles)
  it.each([
    ['checkers', /Walensa/],
    ['playing checkers', /Walensa/],
    ['special driving forces', /Blinken/],
    ['teach the Ukrainians a lesson', /Hill/],
    ['instrumental and useful', /Suchkov/],
  ])('text "%s" → %s first', (text, speaker) => {
    expect(index.search({ text })[0]?.speaker).toMatch(speaker)
  })

  it('puts the exact phrase first', () => {
    const got = index.search({ text: 'a lesson' })
    expect(got.length).toBeGreaterThan(1)
    expect(got[0]!.text.toLowerCase()).toContain('a lesson')
  })

  it('whoSaid needs most of the words', () => {
    expect(index.whoSaid('borscht recipe with beetroot')).toEqual([])
    expect(index.whoSaid('the West beat Putin at checkers')[0]?.speaker).toMatch(/Walensa/)
  })

  it.each(['the West beat Putin at checkers', 'Russia', 'special forces behind the unrest', 'we will not allow', '  a crisis in which Moscow  ', 'the'])(
    'whoSaid("%s") is the text search kept to quotations with 60%% of the words, in its order',
    (words) => {
      // Stems as the index takes them: those of the words, and of each quotation.
      const stems = (text: string) => new Set(quoteTextData([{ ...index.quotes[0]!, text }]).stems[0])
      const wanted = stems(words)
      const share = (q: { text: string }) => (wanted.size ? [...wanted].filter((w) => stems(q.text).has(w)).length / wanted.size : 0)
      const expected = index.search({ text: words }, index.quotes.length).filter((q) => share(q) >= 0.6)
      for (const limit of [1, 3, 50]) expect(index.whoSaid(words, limit)).toEqual(expected.slice(0, limit))
    },
  )

  it('lists speakers with roles and counts, most quoted first', () => {
    const list = index.speakers()
    expect(list.length).toBeGreaterThan(5)
    for (let i = 1; i < list.length; i++) expect(list[i - 1]!.quotes).toBeGreaterThanOrEqual(list[i]!.quotes)
    expect(list.find((s) => s.name === 'Antony Blinken')?.role).toMatch(/secretary of state/i)
  })

  it.each([
    ['', 25],
    ['bl', 1],
    ['HIL', 1],
  ])('suggest("%s") filters by what is typed', (prefix, most) => {
    const got = index.suggest(prefix)
    expect(got.length).toBeGreaterThan(0)
    expect(got.length).toBeLessThanOrEqual(most)
    for (const name of got) expect(name.length).toBeLessThanOrEqual(100)
    if (prefix) expect(got[0]!.toLowerCase()).toContain(prefix.toLowerCase())
  })

  it('suggest respects the limit and returns [] for nothing', () => {
    expect(index.suggest('', 3)).toHaveLength(3)
    expect(index.suggest('zzzq')).toEqual([])
  })
})

describe('quote questions for /ask', () => {
  const index = buildQuoteIndex(loadCorpus('seeds').articles)
  it.each([
    ['Who said "playing checkers"?', { kind: 'who', text: 'playing checkers' }],
    ['who wrote that Moscow can be instrumental and useful?', { kind: 'who', text: 'Moscow can be instrumental and useful' }],
    ['What did Suchkov say about the crisis?', { kind: 'what', speaker: 'Suchkov', topic: 'the crisis' }],
    ['What did Fiona Hill say?', { kind: 'what', speaker: 'Fiona Hill', topic: null }],
    ['Which official was quoted as saying "a coup"?', { kind: 'who', text: 'a coup' }],
    ['who has said the troops would leave', { kind: 'who', text: 'the troops would leave' }],
    ['What did Putin tell reporters about the CSTO?', { kind: 'what', speaker: 'Putin', topic: 'the CSTO' }],
    ['What has Lavrov written about Nato?', { kind: 'what', speaker: 'Lavrov', topic: 'Nato' }],
    ['Who said?', null],
    ['When did Russia invade Georgia?', null],
    ['how did the league react to the floods', { kind: 'what', speaker: 'the league', topic: 'the floods' }],
    ["what was Ostria's response to the strike?", { kind: 'what', speaker: 'Ostria', topic: 'the strike' }],
    ["what was Lask's reaction", { kind: 'what', speaker: 'Lask', topic: null }],
    ['how did the river rise so fast', null],
    ['what did Lask say at the summit', { kind: 'what', speaker: 'Lask', topic: null, setting: 'the summit' }],
    ['what did lask say in her speech?', { kind: 'what', speaker: 'lask', topic: null, setting: 'her speech' }],
    ['what did lask say in response', null],
    ['how did the ministry hit back at lask', { kind: 'what', speaker: 'the ministry', topic: 'lask' }],
    ['how did ostria clap back at the league', { kind: 'what', speaker: 'ostria', topic: 'the league' }],
  ])('parseQuoteQuestion(%s)', (q, want) => {
    expect(parseQuoteQuestion(q)).toEqual(want)
  })

  it.each([
    ['Who said the West is playing checkers?', /Walensa/],
    ['Who said there are very special driving forces behind what is happening in Kazakhstan?', /Blinken/],
    ['What did Suchkov say about Moscow?', /Suchkov/],
    ['What did Mark Green say about two crises?', /Green/],
  ])('%s → %s, with the quotation as proof', (q, who) => {
    const a = answerQuoteQuestion(index, q)!
    expect(a.answer).toMatch(who)
    expect(a.quotes.length).toBeGreaterThan(0)
    expect(a.quotes.every((x) => x.speaker === a.answer)).toBe(true)
  })

  it('has no answer when nobody said it', () => {
    expect(answerQuoteQuestion(index, 'Who said the borscht was too salty?')?.answer).toBeNull()
  })
})

describe('buildQuoteIndex: a speaker asked for by role', () => {
  // Made up: a spokesman titled before his name, an agency head and two ministers in apposition.
  const index = buildQuoteIndex([
    article(
      'roles.txt',
      'Palace spokesman Oren Tamm told reporters the troops would stay "only as long as they are needed."\n\n' +
        'The UN refugee chief, Hanna Berg, said on Friday: "Borders must stay open to people fleeing the fighting."\n\n' +
        '"We will not bargain with the gunmen," the Ostrian foreign minister, Ivo Lask, said.\n\n' +
        'The Velta foreign minister, Marta Kiel, said: "The harvest is lost."',
    ),
  ])

  it.each([
    ['the palace', 'Oren Tamm'],
    ['palace', 'Oren Tamm'],
    ['the UN refugee chief', 'Hanna Berg'],
    ['the refugee chief', 'Hanna Berg'],
    ['the Ostrian foreign minister', 'Ivo Lask'],
    ["Velta's foreign minister", 'Marta Kiel'],
  ])('finds the one speaker whose role "%s" says', (speaker, name) => {
    const got = index.search({ speaker })
    expect(got.length).toBeGreaterThan(0)
    expect(new Set(got.map((q) => q.speaker))).toEqual(new Set([name]))
  })

  it.each(['the foreign minister', 'the minister', 'the army spokesman', 'the police chief', 'the chief', 'the spokesman'])(
    'names nobody by "%s": no role, or two, or nobody\'s',
    (speaker) => {
      expect(index.search({ speaker })).toEqual([])
    },
  )

  it('does not find a title inside a longer one, nor a body in a lowercase word of a role', () => {
    const more = buildQuoteIndex([
      article(
        'titles.txt',
        '"Prices will rise for months," said Marta Kiel, vice-president of the Velmar chamber of commerce.\n\n' +
          'League secretary general Jan Rudd said: "The mission will last a month."\n\n' +
          '"We have lost three buses," said city transport director Pia Sund.',
      ),
    ])
    for (const speaker of ['the president', 'the general', 'the city', 'the transport']) expect(more.search({ speaker })).toEqual([])
    expect(new Set(more.search({ speaker: 'the chamber of commerce' }).map((q) => q.speaker))).toEqual(new Set(['Marta Kiel']))
  })

  it('prefers a name to a role', () => {
    expect(index.search({ speaker: 'Berg' }).map((q) => q.speaker)).toEqual(['Hanna Berg'])
  })
})

describe('a question about a reaction is a question about what was said', () => {
  it('answers "how did X react to Y" with what X said of Y', () => {
    const engine = pagesEngine([
      'Ostria wary of troops\nMarch 8, 2023\n\nOstria’s foreign minister, Eva Sorn, criticised the deployment. “Foreign troops in Velta bring back memories we had hoped to forget,” Sorn said on Tuesday.\n\nShe also said the floods were a tragedy.',
    ])
    const reply = engine.ask('how did eva sorn react to the troops')
    expect(reply.answer).toMatch(/^Eva Sorn: “Foreign troops in Velta bring back memories/)
  })
})
