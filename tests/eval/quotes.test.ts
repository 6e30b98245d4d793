import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loadCorpus } from '../../src/corpus/load.ts'
import { evaluateQuotes, formatQuoteEvalReport, speakerMatches, type QuoteItem } from '../../src/eval/quotes.ts'
import { SEED_QUOTES } from '../fixtures/seed-quotes.ts'

const articles = loadCorpus('seeds').articles
const items = readFileSync('tests/fixtures/dev.jsonl', 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { type: string })
  .filter((i): i is QuoteItem => i.type === 'quote')

describe('quote evaluation bar', () => {
  const report = evaluateQuotes(articles, items, SEED_QUOTES)
  it('passes every quote item of the dev set', () => {
    expect(items.length).toBeGreaterThan(0)
    expect(report.items.filter((i) => !i.pass)).toEqual([])
  })
  it('finds ≥ 90% of the hand-labelled quotations with ≥ 90% right speakers', () => {
    expect(report.labelled).toBe(SEED_QUOTES.length)
    expect(report.recall).toBeGreaterThanOrEqual(0.9)
    expect(report.speakerAccuracy).toBeGreaterThanOrEqual(0.9)
  })
  it('prints the numbers', () => {
    const text = formatQuoteEvalReport(report)
    expect(text).toMatch(/quote recall: \d+\.\d%/)
    expect(text).toMatch(/quote speaker accuracy: \d+\.\d%/)
  })
})

describe('the evaluation can fail', () => {
  it('counts a label nobody is quoted saying as a miss', () => {
    const r = evaluateQuotes(articles, [], [{ source: '003_0f68f1a38a8ac23a.txt', speaker: 'Fiona Hill', firstWords: 'words nobody wrote anywhere' }])
    expect(r.recall).toBe(0)
    expect(r.misses[0]).toMatch(/^missed/)
  })
  it('counts a wrong speaker', () => {
    const r = evaluateQuotes(articles, [], [{ source: '004_788d4815c7cc736b.txt', speaker: 'Joe Biden', firstWords: 'How can the West beat Putin' }])
    expect(r.recall).toBe(1)
    expect(r.speakerAccuracy).toBe(0)
  })
  it('fails items whose words or speaker are not in the index', () => {
    const r = evaluateQuotes(
      articles,
      [
        { id: 'x1', type: 'quote', speaker: 'Blinken', must: ['playing checkers'] },
        { id: 'x2', type: 'quote', text: 'playing checkers', speakerMust: ['Blinken'] },
      ],
      [],
    )
    expect(r.items.map((i) => i.pass)).toEqual([false, false])
  })
  it.each([
    ['Lech Walesa', 'Lech Walensa', true],
    ['Ermukhamet Ertysbayev', 'Ermukhamet Ertysbayeva', true],
    ['Russian State Department', 'Russian State Department', true],
    ['Mark Green', 'Fiona Hill', false],
  ])('speakerMatches(%s, %s) = %s', (a, b, want) => {
    expect(speakerMatches(a, b)).toBe(want)
  })
})
