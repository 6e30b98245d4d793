import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/corpus/article.ts'
import { buildEngine } from '../../src/engine/engine.ts'
import { pagesEngine } from '../support/made-up-report.ts'

// A made-up mayor quoted on two topics, in words other than the questions'.
const TEXT = `Mayor rejects talks with strikers
April 4, 2023

VELTA (Reuters) - Mayor Anna Koss ruled out negotiations with the striking dockers on Monday.

"What is there to discuss with people who blockade the port?" Koss told reporters.

Koss also spoke about the flood barrier. "The barrier will be finished by June," Koss said.

On April 3 she had opened the new ferry terminal. "Velta deserves a proper harbour," Koss said at the opening.`

const engine = (() => {
  const r = parseArticle('velta.txt', TEXT)
  if (!r.ok) throw new Error(r.reason)
  return buildEngine({ articles: [r.article], skipped: [] })
})()

describe('what someone said about a topic', () => {
  it.each([
    // "talking to" is not written, "negotiations" and "discuss" are: the topic is found through its concepts.
    ['what did koss say about talking to the strikers', 'What is there to discuss'],
    ['what did koss say about the flood barrier', 'finished by June'],
  ])('%j → the quotation on it', (q, words) => {
    const r = engine.ask(q)
    expect(r.status).toBe('answered')
    expect(r.answer).toContain(words)
  })

  it('ranks the quotation that answers first when retrieving, with who said it', () => {
    expect(engine.retrieve('what did koss say about talking to the strikers', 1).map((c) => c.excerpt)).toEqual([
      '"What is there to discuss with people who blockade the port?" Koss told reporters.',
    ])
  })

  it('cites no sentence of a quotation twice when retrieving: a block quotation and its lead-in are one passage', () => {
    const r = parseArticle(
      'fenn.txt',
      `Fenn mayor vows to rebuild after storm\nNovember 12, 2023\n\nA storm destroyed 80 homes in Fenn on Friday night.\n\nIn a statement on Saturday, Mayor Ivo Brand said:\n\n"We will rebuild every home that was lost. The city has set aside 5 million crowns for repairs. Nobody will be left behind."\n\nThe weather service said winds reached 140 km/h.`,
    )
    if (!r.ok) throw new Error(r.reason)
    const got = buildEngine({ articles: [r.article], skipped: [] }).retrieve('who said "nobody will be left behind"', 3)
    const overlapping = got.filter((a, i) => got.some((b, j) => i !== j && a.start < b.end && b.start < a.end))
    expect(got[0]?.excerpt).toContain('Nobody will be left behind')
    expect(overlapping).toEqual([])
  })

  it.each(['what did koss say about the tax rise', 'what did koss say on april 9'])('gives no quotation when none is on the topic asked: %j', (q) => {
    expect(engine.ask(q).answer).toBeNull()
  })

  it('takes a date in the topic word for word', () => {
    expect(engine.ask('what did koss say on april 3').answer).toContain('proper harbour')
  })

  describe('several quotations on one topic', () => {
    // A made-up minister quoted about one embargo: twice in sentences that name it, once in her own words.
    const ARTICLE = `Minister defends grain embargo
May 2, 2023

Trade minister Lena Varg said the grain embargo on Ostria raised "questions about the timing of the request".

"The grain embargo on Ostria will stay until the border reopens," Varg told parliament.

Varg said the grain embargo on Ostria would be reviewed in June. "Nobody should doubt our patience," she said.`
    const engineOf = (text: string) => {
      const r = parseArticle('embargo.txt', text)
      if (!r.ok) throw new Error(r.reason)
      return buildEngine({ articles: [r.article], skipped: [] })
    }

    it('leads with the one that says the topic in its own words', () => {
      const r = engineOf(ARTICLE).ask('what did varg say about the grain embargo on ostria')
      expect(r.status).toBe('answered')
      expect(r.answer).toContain('will stay until the border reopens')
    })

    it('gives them as passages when none stands out', () => {
      const r = engineOf(ARTICLE.replace(/\n\n"The grain embargo .*parliament\./, '')).ask('what did varg say about the grain embargo on ostria')
      expect(r).toMatchObject({ status: 'passages', answer: null })
      expect(r.citations.map((c) => c.excerpt).join(' ')).toMatch(
        /timing of the request[\s\S]*doubt our patience|doubt our patience[\s\S]*timing of the request/,
      )
    })
  })
})

describe('what someone said at an occasion', () => {
  // A made-up governor quoted at a conference the story's opening names, and nowhere near the quotations.
  const STORY = (headline: string) => `${headline}
June 8, 2023

ORSK (Reuters) - Governor Ivo Lask warned of a hard winter on Thursday.

Lask was speaking at a regional conference of mayors in Orsk, chaired by the harbour board.

"The coal stocks will not last until March," Lask said.

Turning to the ferry, Lask added: "The new timetable starts in May."`
  const engineOf = (text: string) => {
    const r = parseArticle('lask.txt', text)
    if (!r.ok) throw new Error(r.reason)
    return buildEngine({ articles: [r.article], skipped: [] })
  }

  it('answers with the quotation the headline repeats, the occasion told in the opening ("meeting" for a conference)', () => {
    const r = engineOf(STORY('Lask says coal stocks will not last the winter')).ask('what did lask say at the mayors meeting')
    expect(r.status).toBe('answered')
    expect(r.answer).toContain('coal stocks will not last')
  })

  it('gives the quotations as passages when the headline repeats none of them', () => {
    const r = engineOf(STORY('Governor warns of a hard winter')).ask('what did lask say at the mayors meeting')
    expect(r).toMatchObject({ status: 'passages', answer: null })
    expect(r.citations.map((c) => c.excerpt).join(' ')).toContain('new timetable')
  })

  it('gives no quotation for an occasion the story does not tell of', () => {
    expect(engineOf(STORY('Lask says coal stocks will not last the winter')).ask('what did lask say at the trade fair').answer).toBeNull()
  })
})

describe('a body speaking, asked by its capital or with "the"', () => {
  const text = `Moscow rebuffs envoy
April 4, 2023

In a post on Monday, the Russian foreign ministry rejected the envoy's remarks.

"If Envoy Lind loves history so much, she should read about her own country's wars," the ministry wrote.

The envoy did not reply.`
  const e = (() => {
    const r = parseArticle('moscow.txt', text)
    if (!r.ok) throw new Error(r.reason)
    return buildEngine({ articles: [r.article], skipped: [] })
  })()
  it.each(['what did the russian foreign ministry say about lind', 'how did moscow hit back at lind', 'what did moscow say about the envoy'])(
    '%j → the ministry’s quotation',
    (q) => {
      expect(e.ask(q).answer).toMatch(/^Russian Foreign Ministry: “If Envoy Lind loves history/)
    },
  )
})

describe('a capital speaks through its bodies, not through any of its people', () => {
  const text = `Opposition doubts the mission
April 4, 2023

"This mission is about propping up a friendly ruler, nothing more," said Ilya Varin, a Russian opposition politician.

The weather was cold.`
  it('"what did moscow say about the mission" is not the opposition politician', () => {
    const r = parseArticle('opp.txt', text)
    if (!r.ok) throw new Error(r.reason)
    expect(buildEngine({ articles: [r.article], skipped: [] }).ask('what did moscow say about the mission').answer).toBeNull()
  })
})

describe("a capital's officials speak for it", () => {
  it('"what did Moscow say" is answered by its foreign minister', () => {
    const r = parseArticle(
      'lavrov.txt',
      `Moscow rejects vote\nApril 4, 2023\n\n"This vote has no legal force," Russian Foreign Minister Sergei Lavrov told reporters in Moscow on Tuesday.\n\nThe weather was cold.`,
    )
    if (!r.ok) throw new Error(r.reason)
    expect(buildEngine({ articles: [r.article], skipped: [] }).ask('what did moscow say about the vote').answer).toMatch(/^Sergei Lavrov/)
  })
})

describe('review cases of rules taken back: a bare first word, a country, a topic that points back', () => {
  const engineOf = (...texts: string[]) => pagesEngine(texts)
  it('"Jordan said" is the country, not the one person whose first name is Jordan', () => {
    const e = engineOf(
      `Border crossing closed as refugees gather\nJune 3, 2023\n\nJordan Pell, the UN refugee agency's regional director, visited the Tamra crossing on Saturday.\n\n"These families have nowhere else to go," Pell said.\n\nJordan said on Saturday it had shut the crossing for "urgent security reasons" and would review the decision within a week.`,
    )
    expect(e.ask('who said "urgent security reasons"').answer).not.toMatch(/Pell/)
    // The state itself is the speaker asked for.
    expect(e.ask('what did jordan say about the crossing').answer).toMatch(/^Jordan: “urgent security reasons”/)
  })
  it('"what did britain say" is not a British Columbia premier', () => {
    const e = engineOf(
      `Timber row with Orvan escalates\nOctober 10, 2023\n\nOrvan imposed a 25 percent duty on softwood timber on Monday.\n\nBritish Columbia Premier Dana Shore said the duty was "a direct attack on our forestry towns".`,
    )
    expect(e.ask('what did britain say about the duty').answer).toBeNull()
  })
  it('"what did brand say about the situation" is not his quotation of another week on another subject', () => {
    const e = engineOf(
      `Fenn mayor opens new library\nMarch 1, 2024\n\nMayor Ivo Brand opened the new Fenn central library on Thursday. "Every child in this city deserves a place to read," Brand said.`,
      `Chemical leak forces evacuation in Fenn\nMarch 8, 2024\n\nA chlorine leak at the Fenn water plant forced 2,000 residents from their homes on Friday.\n\nMayor Ivo Brand said the situation was "serious but under control". "Nobody should go back until the fire service says it is safe," Brand said.`,
    )
    for (const q of ['what did brand say about the situation', 'what did the mayor say about all this', 'what did brand say about it'])
      expect(e.ask(q).answer ?? '').not.toMatch(/place to read/)
  })
})

describe('a country asked as the speaker speaks through its state, found by the adjective of its posts', () => {
  const engineOf = (...texts: string[]) => pagesEngine(texts)
  // A made-up president of a real country ("china" starts no word of "Chinese President").
  const praise = `China praises Orsk's response\nApril 4, 2023\n\nORSK - Chinese President Ren Dalu on Friday praised the mayor of Orsk for his handling of the strike.\n\nRen Dalu said the mayor had taken "firm and timely steps at a critical moment for the port" and offered help with the harbour.`
  it.each(['what did china say about the strike', 'what did beijing say about the strike'])('%j → the president’s words', (q) => {
    expect(engineOf(praise).ask(q).answer).toMatch(/^Ren Dalu: “firm and timely steps at a critical moment for the port”$/)
  })
  it('"what did berlin say" is not a former chancellor', () => {
    const page = `Bans row\nApril 4, 2023\n\nFormer German Chancellor Ida Holm said the bans were "an insult to every athlete in the region".`
    expect(engineOf(page).ask('what did berlin say about the bans').answer).toBeNull()
  })
  it('a quotation "separately" on another subject is not about what the sentence before it reports', () => {
    const page = `Steel row\nApril 4, 2023\n\nVarnia on Monday raised tariffs on imported steel to 40 percent.\n\nSeparately, Chinese Foreign Ministry spokesman Guo Lin said the weekend's typhoon had been "a test our people passed with courage".`
    expect(engineOf(page).ask('what did china say about the tariffs').answer).toBeNull()
    expect(engineOf(page).ask('what did guo lin say about the tariffs').answer).toBeNull()
  })
  it.each([
    ['a sports body of the country', 'Chinese Olympic Committee president Ren Dalu'],
    ['a province’s premier', 'Chinese Taipei Premier Ren Dalu'],
    ['a former president', 'Former Chinese President Ren Dalu'],
    ['a firm’s president', "Lumin's Chinese President Ren Dalu"],
  ])('"what did china say" is not %s', (_, who) => {
    const page = `Bans row\nApril 4, 2023\n\n${who} said the bans were "an insult to every athlete in the region".`
    expect(engineOf(page).ask('what did china say about the bans').answer).toBeNull()
  })
})
