import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loadCorpus } from '../../src/corpus/load.ts'
import { buildEngine } from '../../src/engine/engine.ts'
import { evaluateAsk, parseEvalSet, type AskItem } from '../../src/eval/index.ts'

// The wide set (20 pages in the shapes real pages come in, 150 questions typed as chat), copied from the issue that
// set its bar: the engine is held to that bar on every change, and its pages to being read with their own headers.
const DIR = 'tests/fixtures/wide'
const corpus = loadCorpus(`${DIR}/articles`)

describe('the wide set', () => {
  const engine = buildEngine(corpus)

  it('lists every page with its own headline and a date; the undated opinion column only with one inferred in January 2022', () => {
    expect(corpus.articles).toHaveLength(20)
    for (const a of corpus.articles) expect(a.warnings.filter((w) => /no headline found/.test(w))).toEqual([])
    const sources = engine.sources()
    for (const s of sources) expect(s.date, s.source).not.toBeNull()
    expect(sources.filter((s) => s.dateInferred).map((s) => s.source)).toEqual([expect.stringMatching(/^w15-/)])
    expect(sources.find((s) => s.source.startsWith('w15-'))!.date).toMatch(/^2022-01-/)
  })

  it('meets its bar: grounded ≥ 95, right ≥ 77, wrong ≤ 6, recall@3 ≥ 99 of 110; abstains on ≥ 23 of 25; every citation verbatim', () => {
    const items = parseEvalSet(readFileSync(`${DIR}/questions.jsonl`, 'utf8')).filter((i) => i.type === 'ask') as unknown as AskItem[]
    const report = evaluateAsk(engine, items)
    expect(report.answerable).toBe(110)
    expect(report.grounded).toBeGreaterThanOrEqual(95)
    expect(report.right).toBeGreaterThanOrEqual(77)
    expect(report.wrong).toBeLessThanOrEqual(6)
    expect(report.retrieved).toBeGreaterThanOrEqual(99)
    expect(report.abstainItems).toBe(25)
    expect(report.abstained).toBeGreaterThanOrEqual(23)
    expect(report.items.filter((i) => !i.verbatim)).toEqual([])
  })
})

describe('the seed dev set', () => {
  it('does not fall back: every answerable item grounded and right, none wrong, both to decline declined', () => {
    const items = parseEvalSet(readFileSync('tests/fixtures/dev.jsonl', 'utf8')).filter((i) => i.type === 'ask') as unknown as AskItem[]
    const report = evaluateAsk(buildEngine(loadCorpus('seeds')), items)
    expect(report.grounded).toBe(report.answerable)
    expect(report.right).toBe(report.answerable)
    expect(report.wrong).toBe(0)
    expect(report.abstained).toBe(report.abstainItems)
  })
})
