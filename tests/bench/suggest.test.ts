/** The bench's autocomplete comparison: its typed cases and how it counts what was found. */
import { describe, expect, it } from 'vitest'
import { articleCases, autocompleteInputs, speakerCases } from '../../bench/questions.ts'
import { measureSuggester } from '../../bench/suggest.ts'
import { makeWorld } from '../../bench/synthetic.ts'

const world = makeWorld(1, 1000)
const ARTICLES = [
  { source: '00001_synthetic.txt', title: 'Troops arrived in Osh as Peru weighs sanctions' },
  { source: '00002_synthetic.txt', title: 'Talks began in Minsk as Chad weighs the gas pipeline' },
]

describe('typed cases', () => {
  it('types for /quote what autocompleteInputs types, each for a person of the world, one in four empty', () => {
    const cases = speakerCases(world, 2)
    expect(cases.map((c) => c.typed)).toEqual(autocompleteInputs(world, 2))
    const names = new Set(world.people.map((p) => p.name))
    cases.forEach((c, i) => (i % 4 === 3 ? expect(c).toEqual({ typed: '', wanted: null }) : expect(names.has(c.wanted!)).toBe(true)))
  })

  it('types for an article words of its title or the start of its file name, the same for the same seed', () => {
    const cases = articleCases(ARTICLES, 3, 40)
    expect(articleCases(ARTICLES, 3, 40)).toEqual(cases)
    cases.forEach((c, i) => {
      const a = ARTICLES.find((x) => x.source === c.wanted)!
      expect(c.typed.length).toBeGreaterThanOrEqual(2)
      if (i % 4 === 0) expect(a.title.startsWith(c.typed)).toBe(true)
      if (i % 4 === 1) for (const w of c.typed.split(' ')) expect(a.title.split(' ')).toContain(w)
      if (i % 4 === 3) expect(a.source.startsWith(c.typed)).toBe(true)
    })
  })
})

describe('measureSuggester', () => {
  it.each<[string, (typed: string) => string[], number]>([
    ['everything found', (t) => (t ? ['a', t] : []), 1],
    ['nothing found', () => ['x'], 0],
    ['found only past the 25th choice', (t) => [...Array.from({ length: 25 }, (_, i) => `n${i}`), t], 0],
    ['half found', (t) => (t === 'one' ? ['one'] : []), 0.5],
  ])('%s', (_case, suggest, found) => {
    const cases = [
      { typed: 'one', wanted: 'one' },
      { typed: 'two', wanted: 'two' },
      { typed: '', wanted: null },
    ]
    const f = measureSuggester(cases, suggest)
    expect(f.found).toBe(found)
    expect(f.latency.max).toBeGreaterThanOrEqual(0)
  })
})
