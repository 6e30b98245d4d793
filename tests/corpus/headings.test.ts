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
