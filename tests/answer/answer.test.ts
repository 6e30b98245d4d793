import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/corpus/article.ts'
import { buildEngine, cite, MAX_EXCERPT } from '../../src/engine/engine.ts'
import type { Article } from '../../src/corpus/types.ts'

// A made-up event, so these tests show the extraction works on articles it was not tuned on.
const FILES: Record<string, string> = {
  'relief.txt': `Wednesday, March 15, 2023

Relief convoy reaches Portville

PORTVILLE (Reuters) – A relief convoy from the Northern Maritime Alliance (NMA) reached the flooded port city of Portville on Monday, officials said. The convoy carried about 1,200 tonnes of food and medicine.

Helena Marsh, director of the Valdorian Red Cross, said the aid would last two weeks. Founded in 1987, the NMA has never before sent a civilian mission abroad.

The alliance, whose members are Norway, Denmark, Iceland and Finland, will meet again at a donor conference in Lisbon.

Source link`,
  'flood.md': `---
title: Floods displace thousands in Valdoria
date: 2023-03-11
source: Valdoria Daily
---
Heavy rain caused the Orrin river to burst its banks on Thursday. More than 40,000 residents left their homes, according to Interior Minister Tomas Brekke.

Brekke said the army had set up shelters in twelve schools.

Leave a Reply`,
}

const articles: Article[] = Object.entries(FILES).map(([source, text]) => {
  const r = parseArticle(source, text)
  if (!r.ok) throw new Error(`${source}: ${r.reason}`)
  return r.article
})
const engine = buildEngine({ articles, skipped: [] })

describe('answer extraction by kind, on articles about another event', () => {
  it.each([
    ['number', 'How much food did the convoy carry?', 'about 1,200 tonnes'],
    ['number', 'How many residents left their homes?', '40,000 residents'],
    ['date', 'When did the convoy reach Portville?', 'Monday, March 13, 2023'],
    ['date', 'When did the river burst its banks?', 'Thursday, March 9, 2023'],
    ['date', 'When was the Northern Maritime Alliance founded?', '1987'],
    ['person', 'Who is the director of the Valdorian Red Cross?', 'Helena Marsh'],
    ['person', 'Who is the interior minister?', 'Tomas Brekke'],
    ['place', 'Where will the donor conference take place?', 'Lisbon'],
    ['countries', 'Which countries are members of the NMA?', 'Norway, Denmark, Iceland and Finland'],
    ['description', 'Who is Helena Marsh?', 'director of the Valdorian Red Cross'],
    ['other', 'Where did the army set up shelters?', 'twelve schools'],
  ])('%s: %s', (kind, question, expected) => {
    const r = engine.ask(question)
    expect(r.kind).toBe(kind === 'other' ? 'place' : kind)
    expect(r.answer).toContain(expected)
    expect(r.citations.length).toBeGreaterThan(0)
    for (const c of r.citations) {
      const a = articles.find((x) => x.source === c.source)!
      expect(a.text.slice(c.start, c.end)).toBe(c.excerpt)
    }
  })

  it('cites the sentence the answer came from first', () => {
    const r = engine.ask('How much food did the convoy carry?')
    expect(r.citations[0]!.excerpt).toContain('1,200 tonnes')
    expect(r.citations[0]).toMatchObject({ source: 'relief.txt', title: 'Relief convoy reaches Portville', date: '2023-03-15', outlet: 'Reuters' })
  })

  it('takes title, date and outlet from front matter', () => {
    const r = engine.ask('How many residents left their homes?')
    expect(r.citations[0]).toMatchObject({ source: 'flood.md', title: 'Floods displace thousands in Valdoria', date: '2023-03-11', outlet: 'Valdoria Daily' })
  })

  it.each(['What is the recipe for paella?', 'Who won the 1998 World Cup?', 'How tall is Mount Everest?', ''])(
    'abstains on %j, with no passage dressed as an answer',
    (question) => {
      const r = engine.ask(question)
      expect(r.answer).toBeNull()
      expect(r.citations).toEqual([])
    },
  )

  it('answers the same with typos', () => {
    expect(engine.ask('how mcuh food did the convoi carry').answer).toContain('1,200 tonnes')
  })

  it('names the version of the corpus it answered from', () => {
    const again = buildEngine({ articles, skipped: [] })
    expect(engine.ask('Who is Helena Marsh?').version).toMatch(/^[0-9a-f]{12}$/)
    expect(again.version).toBe(engine.version)
    expect(buildEngine({ articles: articles.slice(0, 1), skipped: [] }).version).not.toBe(engine.version)
  })
})

describe('cite', () => {
  const one = (text: string) => {
    const r = parseArticle('long.txt', `Headline here\n\n${text}`)
    if (!r.ok) throw new Error(r.reason)
    return r.article
  }
  it.each([
    ['words', `Peacekeepers reached ${'the town of Aktau and '.repeat(40)}Almaty on Thursday.`],
    ['a slash list without spaces', `Peacekeepers reached ${'Almaty/Astana/'.repeat(40)}Aktau on Thursday.`],
    ['text without spaces', `${'和平部队抵达'.repeat(120)}。`],
    ['astral characters', `${'😀'.repeat(300)} end.`],
  ])('cuts a long sentence of %s to a non-empty verbatim window holding the focus', (_, text) => {
    const a = one(text)
    const s = a.sentences[0]!
    expect(s.end - s.start).toBeGreaterThan(MAX_EXCERPT)
    for (const at of [s.start, Math.floor((s.start + s.end) / 2), s.end - 1]) {
      const c = cite(a, s, { start: at, end: at + 1 })
      expect(c.excerpt.length).toBeGreaterThan(0)
      expect(c.excerpt.length).toBeLessThanOrEqual(MAX_EXCERPT)
      expect(a.text.slice(c.start, c.end)).toBe(c.excerpt)
      expect(c.start <= at + 1 && c.end >= at).toBe(true)
      expect(c.excerpt).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/)
    }
  })
})

describe('robustness', () => {
  it('does not fail on a list announced with nothing after it', () => {
    const r = parseArticle('m.txt', 'A title\n\nThe mayor of Springfield set out a list of demands. They were ...\n')
    if (!r.ok) throw new Error(r.reason)
    const e = buildEngine({ articles: [r.article], skipped: [] })
    expect(() => e.ask('What did the mayor of Springfield set out?')).not.toThrow()
  })

  it.each(['?', '...', '“”', '\u0000', 'a'.repeat(300), 'the the the', '😀'])('answers %j without throwing and without an answer', (q) => {
    const r = engine.ask(q)
    expect(r.answer).toBeNull()
  })
})

// Rules that first met a seed sentence, shown to hold on other text.
describe('general rules on text outside the seeds', () => {
  const corpus = (text: string) => {
    const r = parseArticle('x.txt', `June 3, 2021\n\nA headline\n\n${text}`)
    if (!r.ok) throw new Error(r.reason)
    return buildEngine({ articles: [r.article], skipped: [] })
  }

  it('follows a sentence that announces a list into the sentence that gives it', () => {
    const e = corpus(
      'The striking dockworkers union presented a set of conditions on Tuesday. “We will not move,” its leader said. They include a pay rise of ten percent and shorter shifts.',
    )
    const r = e.ask('What conditions did the dockworkers union present?')
    expect(r.answer).toMatch(/pay rise of ten percent and shorter shifts/)
    expect(r.citations[0]!.excerpt).toContain('They include')
  })

  it("reads a light verb the question uses as a noun ('Norway's take on it') as no verb of the sentence ('were taking')", () => {
    const e = corpus(
      "Earlier in the week, Norway's foreign ministry spokesman said Oslo had noticed that the port authorities were taking a series of careful steps to reopen the harbour. The league is nicknamed the Iron Pact by its critics. The harbour reopened on Friday.",
    )
    expect(e.ask("what was norway's take on the whole thing")).toMatchObject({ answer: null })
    // A fuller verb's clause is what its noun names.
    expect(e.ask("whats the league's nickname").answer).toMatch(/Iron Pact/)
  })

  it('shows, when unsure, the passages that say less of the question but may answer it ("pay had not risen")', () => {
    const a = parseArticle(
      'dockers.txt',
      'Velta dockers walk out\nMay 4, 2023\n\nThe dockers of Velta walked out on Monday, closing the harbour.\n\nThe union said pay for dockers had not risen for six years.\n\nHarbour managers said the walkout was unlawful.\n\nThe ferry to Ostria was cancelled.',
    )
    if (!a.ok) throw new Error(a.reason)
    const r = buildEngine({ articles: [a.article], skipped: [] }).ask('what did the dockers in velta want')
    expect(r.status).toBe('passages')
    expect(r.citations.map((c) => c.excerpt)).toContain('The union said pay for dockers had not risen for six years.')
  })

  it('reads a capital at the head of a clause as its country', () => {
    const e = corpus('Paris wanted to send a frigate to the strait, while other members hesitated.')
    expect(e.ask('Which country wanted to send a frigate to the strait?').answer).toMatch(/France/)
  })

  it('does not count the sources of a report as the amount asked for', () => {
    const e = corpus('About 4,000 sailors remain aboard the fleet, say three officials familiar with the plans.')
    expect(e.ask('How many sailors remain aboard the fleet?').answer).toBe('About 4,000 sailors')
  })

  it('dates the event asked about, not another event in the same sentence', () => {
    const e = corpus('Veterans recall the Prague Spring of 1968 and the crushing of the Hungarian uprising in 1956.')
    expect(e.ask('When was the Hungarian uprising crushed?').answer).toBe('1956')
  })

  it('gives no date when the passages that tell of the event give none', () => {
    const e = corpus('Decades have passed since the collapse of the empire. The empire’s army marched on the capital in 1920.')
    expect(e.ask('When did the empire collapse?').answer).toBeNull()
  })

  it('answers "why" with the cause a passage gives, and with nothing when none gives one', () => {
    const e = corpus('The port closed on Monday because the storm had flooded the docks. The mayor visited the port on Tuesday.')
    expect(e.ask('Why did the port close?').answer).toMatch(/^Because the storm had flooded the docks/)
    expect(e.ask('Why did the mayor visit the port?').answer).toBeNull()
  })

  it('answers a plural "which countries" with one country when only one is named', () => {
    const e = corpus('In 2008 Russia invaded Georgia and took control of two regions.')
    expect(e.ask('Which countries did Russia invade in 2008?').answer).toBe('Georgia')
  })

  it('prefers a count of what was asked about to a count of something else', () => {
    const e = corpus('The first two ships carried some 900 marines to the island.')
    expect(e.ask('How many marines went to the island?').answer).toMatch(/900 marines/)
  })
})

describe('a date in an article that has none of its own', () => {
  const r = parseArticle(
    'undated.md',
    `# Thirteen days in Velta\n\nThe strike began in the port. On 11 January the council approved Petra Holm as the new mayor of Velta.\n\nOn Monday the harbour reopened.`,
  )
  if (!r.ok) throw new Error(r.reason)
  const e = buildEngine({ articles: [r.article], skipped: [] })

  it('gives no day as the answer, not even one written with its month: it may be the dateline, not the event', () => {
    const reply = e.ask('what day did the council approve holm')
    expect(reply).toMatchObject({ status: 'passages', answer: null })
    expect(reply.citations[0]!.excerpt).toContain('On 11 January the council approved')
  })

  it('gives no day for a weekday it cannot count from', () => {
    expect(e.ask('when did the harbour reopen').answer).toBeNull()
  })
})
