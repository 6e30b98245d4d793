import { describe, expect, it } from 'vitest'
import { autocompleteInputs, benchQuestions } from '../../bench/questions.ts'
import { generateCorpus, makeWorld, rng } from '../../bench/synthetic.ts'
import { medianSummary, summarize } from '../../bench/stats.ts'
import { parseArticle } from '../../src/corpus/article.ts'

describe('benchmark corpus generator', () => {
  it('gives the same corpus for the same seed, byte for byte', () => {
    const a = generateCorpus({ seed: 3, count: 40, seedDir: 'seeds' })
    const b = generateCorpus({ seed: 3, count: 40, seedDir: 'seeds' })
    expect(b.files).toEqual(a.files)
    expect(b.world).toEqual(a.world)
  })

  it('gives another corpus for another seed', () => {
    const a = generateCorpus({ seed: 3, count: 5, seedDir: 'seeds' })
    const b = generateCorpus({ seed: 4, count: 5, seedDir: 'seeds' })
    expect(b.files.map((f) => f.text)).not.toEqual(a.files.map((f) => f.text))
  })

  it('writes articles the loader reads with a date, a title and several paragraphs', () => {
    for (const f of generateCorpus({ seed: 1, count: 20, seedDir: 'seeds' }).files) {
      const r = parseArticle(f.name, f.text)
      expect(r.ok).toBe(true)
      if (!r.ok) continue
      expect(r.article.date).toMatch(/^20\d\d-\d\d-\d\d$/)
      expect(r.article.title).not.toBe(f.name)
      expect(r.article.paragraphs.length).toBeGreaterThanOrEqual(6)
    }
  })

  it('asks the same 200 questions for the same seed, some of them with typos', () => {
    const world = makeWorld(1, 1000)
    const questions = benchQuestions(world, 1)
    expect(questions).toHaveLength(200)
    expect(benchQuestions(makeWorld(1, 1000), 1)).toEqual(questions)
    expect(new Set(questions).size).toBeGreaterThan(150)
    expect(autocompleteInputs(world, 1)).toEqual(autocompleteInputs(makeWorld(1, 1000), 1))
  })

  it('draws its randomness from a seeded generator in [0, 1)', () => {
    const r = rng(42)
    const xs = Array.from({ length: 1000 }, r)
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true)
    expect(Array.from({ length: 1000 }, rng(42))).toEqual(xs)
  })
})

describe('benchmark statistics', () => {
  it('takes nearest-rank percentiles and the median of repeated runs', () => {
    const run = summarize(Array.from({ length: 100 }, (_, i) => i + 1))
    expect(run).toEqual({ p50: 50, p90: 90, p99: 99, max: 100 })
    const runs = [run, { ...run, p99: 10 }, { ...run, p99: 200 }]
    expect(medianSummary(runs).p99).toBe(99)
  })
})
