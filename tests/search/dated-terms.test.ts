import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/corpus/article.ts'
import { buildLexicon } from '../../src/text/index.ts'
import { buildSearchIndex } from '../../src/search/search.ts'
import { coverage, sentenceCoverage, type Concept } from '../../src/search/index.ts'

// A made-up story whose second sentence dates what it tells ("on Tuesday") without writing the month.
const parsed = parseArticle(
  'made-up.txt',
  'Voters back the charter\nJune 8, 2023\n\nThe referendum was held across Velta.\n\nThe commission said on Tuesday that most voted yes.',
)
if (!parsed.ok) throw new Error(parsed.reason)
const index = buildSearchIndex([parsed.article], buildLexicon([parsed.article]))
const id = [...Array(index.size).keys()].find((i) => index.passage(i)!.terms.has('commiss'))!
const month = (named: boolean): Concept => ({ word: 'june', terms: [{ term: 'june', weight: 1 }], weight: 1, named, known: true })
const june = () => new Set(['june'])

describe('a month said by a passage’s dates', () => {
  it('is said by a sentence whose dates fall in it', () => {
    expect(sentenceCoverage([month(false)], id, index, new Set(), false, june).said).toBe(1)
    expect(coverage([month(false)], id, index, new Set(), () => false, june)).toBe(1)
  })
  it('is not said without the dates', () => {
    expect(sentenceCoverage([month(false)], id, index).said).toBe(0)
  })
  it('is no name: "June Lask" is said only in words', () => {
    expect(sentenceCoverage([month(true)], id, index, new Set(), false, june).said).toBe(0)
  })
})
