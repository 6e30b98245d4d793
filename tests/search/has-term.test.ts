import { describe, expect, it } from 'vitest'
import { loadCorpus } from '../../src/corpus/index.ts'
import { buildLexicon } from '../../src/text/index.ts'
import { buildSearchIndex } from '../../src/search/search.ts'

const corpus = loadCorpus('seeds')
const index = buildSearchIndex(corpus.articles, buildLexicon(corpus.articles))
const { articleStart, terms } = index.data

/** The passages' own term sets, walked as coverage walked them. */
function walked(term: string, from: number, to: number): boolean {
  for (let id = from; id < to; id++) if (index.passage(id)!.terms.has(term)) return true
  return false
}

describe('hasTerm: whether a sentence in a range of passages has a term, from the postings', () => {
  // Every term of the index, and one it lacks, over each article, its second half, single passages and none.
  const sample = [...terms, 'no-such-term']

  it.each(corpus.articles.map((a, i) => [a.source, i] as const))('%s: equals reading its passages', (_, a) => {
    const [first, end] = [articleStart[a]!, articleStart[a + 1]!]
    const ranges: [number, number][] = [
      [first, end],
      [Math.floor((first + end) / 2), end],
      [first, first + 1],
      [end - 1, end],
      [first, first],
    ]
    for (const term of sample) for (const [from, to] of ranges) expect(index.hasTerm(term, from, to)).toBe(walked(term, from, to))
  })

  it('finds a term that only a neighbour of the range has as not in it', () => {
    // A term of one passage's sentence that the passage after it lacks: that passage alone does not have it.
    for (let id = 0; id + 1 < index.size; id++) {
      const lacks = [...index.passage(id)!.terms].find((t) => !index.passage(id + 1)!.terms.has(t))
      if (lacks === undefined) continue
      expect(index.hasTerm(lacks, id, id + 1)).toBe(true)
      expect(index.hasTerm(lacks, id + 1, id + 2)).toBe(false)
      return
    }
    throw new Error('no passage with a term its next lacks')
  })
})
