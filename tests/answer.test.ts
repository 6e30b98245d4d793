import { describe, expect, it } from 'vitest'
import { parseArticle } from '../src/article.ts'
import { buildEngine } from '../src/engine.ts'
import type { Article } from '../src/types.ts'

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
    ['date', 'When did the convoy reach Portville?', 'Monday, 13 March 2023'],
    ['date', 'When did the river burst its banks?', 'Thursday, 9 March 2023'],
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
