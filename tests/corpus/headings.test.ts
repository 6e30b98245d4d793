import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/corpus/article.ts'
import { isHeading, sectionHeads } from '../../src/corpus/index.ts'
import { splitSentences } from '../../src/corpus/sentences.ts'

describe('isHeading', () => {
  it.each([
    ['## Who sent ships, and how many?', true],
    ['Q: Who spoke at the ceremony?', true],
    ['Question: What happens next?', true],
    ['Harbour master breaks his silence', true],
    ['**14:05 GMT** — Ferries resume', true],
    ['Why did the port close?', true],
    ['The port closed on Monday.', false],
    ['"We will stay," she said.', false],
    ['Officials said:', false],
    ['A list follows\n- one\n- two', false],
  ])('%j → %s', (paragraph, expected) => {
    expect(isHeading(paragraph)).toBe(expected)
  })
})

describe('sectionHeads', () => {
  it('gives every sentence the heading above it, up to the next heading', () => {
    const text = [
      'Storm explainer',
      '',
      'The storm hit the coast on Friday.',
      '',
      '## Who sent help?',
      '',
      'Velmar and Ostria did. Both sent boats.',
      '',
      '## What next?',
      '',
      'Repairs begin in May.',
    ].join('\n')
    const r = parseArticle('storm.md', text)
    if (!r.ok) throw new Error(r.reason)
    const heads = sectionHeads(r.article)
    const texts = r.article.sentences.map((s) => s.text)
    const headOf = (sentence: string) => texts[heads[texts.indexOf(sentence)]!] ?? null
    expect(headOf('The storm hit the coast on Friday.')).toBeNull()
    expect(headOf('Both sent boats.')).toBe('## Who sent help?')
    expect(headOf('## Who sent help?')).toBe('## Who sent help?')
    expect(headOf('Repairs begin in May.')).toBe('## What next?')
  })
})

describe('list items are sentences of their own', () => {
  it('splits a bulleted block at each item, without a full stop between them', () => {
    const text = 'Key points\n- Ferries resume on Monday\n- The harbour reopens\n* Schools stay shut\n1. Power is back'
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'Key points',
      '- Ferries resume on Monday',
      '- The harbour reopens',
      '* Schools stay shut',
      '1. Power is back',
    ])
  })
  it('leaves a hyphen inside a line alone', () => {
    const text = 'The Russia-led force - about 900 strong - landed.'
    expect(splitSentences(text)).toHaveLength(1)
  })
})

describe('a heading on the line above its paragraph, with no blank line between', () => {
  // A made-up page shaped as an encyclopedia's: headings with edit links, a hatnote, an infobox, a link list.
  const page = [
    'Velta floods of 2023',
    'March 20, 2023',
    '',
    'Date: 2 March 2023 - 9 March 2023',
    'Location: the Velta valley and the northern towns of Ostria',
    '',
    'Background [edit]',
    'The Velta river had not flooded for forty years, and the dams upstream were built in the 1980s to keep it that way.',
    '',
    'Relief effort [edit]',
    'Main article: Velta relief operation',
    'The Norland league sent 400 rescuers, with boats from Ostria and helicopters from Lask, in the first week of the floods.',
    '',
    'Read next',
    '- Ostria counts the cost of the storm season',
    '- Dam safety questioned across the region',
  ].join('\n')
  const r = parseArticle('velta.txt', page)
  if (!r.ok) throw new Error(r.reason)
  const paragraphs = r.article.paragraphs.map((p) => r.article.text.slice(p.start, p.end))

  it('is a paragraph of its own, and heads the paragraph under it', () => {
    expect(paragraphs).toContain('Relief effort [edit]')
    expect(isHeading('Relief effort [edit]')).toBe(true)
    const texts = r.article.sentences.map((s) => s.text)
    const heads = sectionHeads(r.article)
    const rescuers = texts.findIndex((t) => t.startsWith('The Norland league sent 400 rescuers'))
    expect(texts[heads[rescuers]!]).toBe('Relief effort [edit]')
  })

  it('leaves no hatnote, link list or infobox field glued to a sentence', () => {
    expect(r.article.sentences.map((s) => s.text)).toContain(
      'The Norland league sent 400 rescuers, with boats from Ostria and helicopters from Lask, in the first week of the floods.',
    )
    expect(paragraphs.join('\n')).not.toMatch(/Main article|Read next|Dam safety questioned/)
    // "Date: …" above "Location: …" are an infobox's fields, not a heading over the other.
    expect(paragraphs.filter((p) => p.startsWith('Date:') || p.startsWith('Location:'))).toHaveLength(1)
  })

  it('leaves hard-wrapped prose whole', () => {
    const wrapped =
      'Wrapped report\nMarch 20, 2023\n\nThe Norland league sent 400 rescuers to the valley\nIn the first week, boats came from Ostria and Lask.\n\nMore came later.'
    const w = parseArticle('wrapped.txt', wrapped)
    if (!w.ok) throw new Error(w.reason)
    expect(w.article.paragraphs).toHaveLength(2)
  })
})

describe("a wiki's footnote marks after a full stop", () => {
  it('end the sentence they follow', () => {
    const text = 'The crews left on their own, by road.[7] Lask departed later.[8][9] The port reopened.[citation needed] Ships came back.'
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'The crews left on their own, by road.[7]',
      'Lask departed later.[8][9]',
      'The port reopened.[citation needed]',
      'Ships came back.',
    ])
  })
})

describe('a list of links under its label', () => {
  it.each([
    'RELATED ARTICLES\n▸ Velta counts the cost of the floods\n▸ Ostria sends boats',
    'Read next\n- Velta counts the cost of the floods',
    'MORE FROM THE VELTA HERALD\n- Dam safety questioned',
    'RELATED\n> Velta names a new mayor\n> Who is Ana Berg?',
    'Related\n- Velta counts the cost of the floods\n- Photos: the flooded harbour',
    'Related interviews:\n- "The dam was never safe" - an engineer on 2011',
    'Related galleries: The flooded harbour · Velta mourns',
    '> **Related article** Velta counts the cost of the floods',
    "Translated by the Velta Herald's English desk.\nSupport the Herald: we are funded by our readers.\nRead more: Velta floods, a timeline",
  ])('%j is furniture, dropped with its links', (block) => {
    const r = parseArticle(
      'page.txt',
      `Velta floods toll rises to 40\nMarch 14, 2023\n\nRescuers said on Tuesday that 40 people had died in the floods.\n\n${block}\n\nThe river fell on Wednesday.`,
    )
    if (!r.ok) throw new Error(r.reason)
    expect(r.article.sentences.map((s) => s.text)).toEqual(['Rescuers said on Tuesday that 40 people had died in the floods.', 'The river fell on Wednesday.'])
  })

  it('splits "▸" items as it does "-" items', () => {
    const text = 'Key points\n▸ Ferries resume on Monday\n▸ The harbour reopens'
    expect(splitSentences(text)).toHaveLength(3)
  })
})

describe('a byline in bold over its date line', () => {
  it('is no heading over the paragraphs below it', () => {
    const r = parseArticle(
      'column.md',
      '# Velta needs boats, not speeches\n\n**Standfirst:** The floods showed how little the league can do.\n\n**Mara Tenn**\nSat 8 Jan 2022 07.00 GMT\n\nThe river rose by six metres in two days. Boats came late.\n\nNobody has said why.',
    )
    if (!r.ok) throw new Error(r.reason)
    expect(r.article.paragraphs.map((p) => r.article.text.slice(p.start, p.end))).not.toContain('**Mara Tenn**')
    expect(sectionHeads(r.article).every((h) => h === -1 || !r.article.sentences[h]!.text.includes('Mara Tenn'))).toBe(true)
  })
})
