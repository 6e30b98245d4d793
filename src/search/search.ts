import type { Lexicon } from '../text/index.ts'
import { buildPassageData, type PassageData } from './passage-data.ts'
import { createScorer } from './bm25.ts'
import { buildPostings, type Postings } from './postings.ts'
import { passageAnalyzer } from './passage-terms.ts'
import type { Article } from '../corpus/index.ts'

/**
 * The passage index: one entry per sentence, scored with BM25+ over three
 * fields (the sentence, its neighbours, the article title), as minisearch
 * scores them, but kept in flat typed arrays so it stays small, loads from a
 * snapshot without re-analysing the corpus, and scores a query in one pass
 * over the postings of its terms. Terms come from the analyzer, so the index
 * never sees raw text.
 */

/** A sentence of an article, as indexed. */
export interface Passage {
  /** Index into {@link SearchIndex.articles}. */
  article: number
  /** Index into that article's `sentences`. */
  sentence: number
  /** The sentence's index terms. */
  terms: ReadonlySet<string>
  /** The sentence opens with a personal pronoun ("He said ..."), so it goes on about whom the one before names. */
  continues: boolean
  /** The id of the passage heading its section (a subhead, an interviewer's question), or -1; its own id for a heading. */
  section: number
}

/** A query term and how much a match on it is worth (1 for the word asked, less for a synonym). */
export interface WeightedTerm {
  term: string
  weight: number
}

/** A passage found for a query, with its BM25 score. */
export interface PassageHit {
  passage: number
  score: number
}

export interface SearchIndex {
  readonly articles: readonly Article[]
  readonly lexicon: Lexicon
  /** Number of passages; ids run from 0 to `size - 1` in reading order. */
  readonly size: number
  /** The passage with this id, or `undefined` past the end. */
  passage(id: number): Passage | undefined
  /** Term → number of passages it occurs in. */
  readonly vocabulary: ReadonlyMap<string, number>
  /** The `limit` best passages for the terms, best first (ties in reading order). */
  search(terms: readonly WeightedTerm[], limit?: number): PassageHit[]
  /** True when the sentence of some passage in `[from, to)` has `term`: read from the postings, without making the passages. */
  hasTerm(term: string, from: number, to: number): boolean
  /** The index's arrays, for a snapshot ({@link searchIndexFromData} restores it). */
  readonly data: PassageData
  /** The arrays inverted for scoring (computed from `data`), for a snapshot too: a restart need not invert them again. */
  readonly postings: Postings
}

/**
 * Builds the passage index over the articles' sentences. Linear in the size
 * of the corpus.
 *
 * @example
 * ```ts
 * const index = buildSearchIndex(corpus.articles, buildLexicon(corpus.articles))
 * index.search([{ term: 'csto', weight: 1 }], 3)
 * ```
 */
export function buildSearchIndex(articles: readonly Article[], lexicon: Lexicon): SearchIndex {
  return searchIndexFromData(articles, lexicon, buildPassageData(articles, passageAnalyzer(lexicon)))
}

const PASSAGE_CACHE_MAX = 4096

/**
 * The index over `articles` from arrays built earlier by {@link buildSearchIndex}
 * (read back from a snapshot), without analysing any text; with the postings
 * built from the same arrays when given (checked by the caller), else
 * inverting them again.
 *
 * @example
 * ```ts
 * const again = searchIndexFromData(articles, lexicon, index.data, index.postings)
 * ```
 */
export function searchIndexFromData(articles: readonly Article[], lexicon: Lexicon, data: PassageData, postings: Postings = buildPostings(data)): SearchIndex {
  const vocabulary = new Map<string, number>()
  data.terms.forEach((t, i) => vocabulary.set(t, data.df[i]!))
  const termId = new Map(data.terms.map((t, i) => [t, i]))
  const scorer = createScorer(postings)
  // Coverage reads the same few passages and their neighbours again and again within a question.
  const cache = new Map<number, Passage>()
  const size = data.passageArticle.length
  return {
    articles,
    lexicon,
    size,
    vocabulary,
    data,
    postings,
    passage(id) {
      if (!(id >= 0 && id < size)) return undefined
      let p = cache.get(id)
      if (!p) {
        const terms = new Set<string>()
        for (let k = data.termStart[id]!; k < data.termStart[id + 1]!; k++) terms.add(data.terms[data.passageTerms[k]!]!)
        p = { article: data.passageArticle[id]!, sentence: data.passageSentence[id]!, terms, continues: data.continues[id] === 1, section: data.section[id]! }
        if (cache.size >= PASSAGE_CACHE_MAX) cache.clear()
        cache.set(id, p)
      }
      return p
    },
    hasTerm(term, from, to) {
      const t = termId.get(term)
      if (t === undefined) return false
      const { start, doc, textFactor } = postings
      const end = start[t + 1]!
      let [lo, hi] = [start[t]!, end]
      while (lo < hi) {
        const mid = (lo + hi) >>> 1
        if (doc[mid]! < from) lo = mid + 1
        else hi = mid
      }
      // An entry whose sentence field is worth nothing (id 0) is there for a neighbour's sentence only.
      for (let k = lo; k < end && doc[k]! < to; k++) if (textFactor[k] !== 0) return true
      return false
    },
    search(terms, limit = 50) {
      const known = terms.flatMap((t) => {
        const id = termId.get(t.term)
        return id === undefined ? [] : [{ id, weight: t.weight }]
      })
      return scorer(known, limit)
    },
  }
}
