import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/corpus/article.ts'
import { buildLexicon } from '../../src/text/index.ts'
import { buildSearchIndex } from '../../src/search/search.ts'
import { coverage, type Concept } from '../../src/search/index.ts'

const parsed = parseArticle('count.txt', 'Velsk toll\nMarch 8, 2023\n\nThe count was 164 dead, a figure that included three children.\n\nThe port stayed shut.')
if (!parsed.ok) throw new Error(parsed.reason)
const articles = [parsed.article]
const index = buildSearchIndex(articles, buildLexicon(articles))

// Two ideas of equal weight, one said outright and one by a synonym worth 0.6: (1 + 0.6) / 2 of the question.
const concepts = (weight: number): Concept[] => [
  {
    word: 'kid',
    terms: [
      { term: 'kid', weight: 1 },
      { term: 'child', weight: 0.6 },
    ],
    weight,
    named: false,
    known: true,
  },
  { word: 'dead', terms: [{ term: 'dead', weight: 1 }], weight, named: false, known: true },
]

describe('coverage', () => {
  it.each([1, 3, 4.41, 6.35])('is exactly 0.8 for a share of (1 + 0.6) / 2 at weight %s', (weight) => {
    expect(index.passage(0)!.terms).toContain('child')
    expect(coverage(concepts(weight), 0, index, new Set())).toBe(0.8)
  })
})
