import MiniSearch from 'minisearch'
import { tokenize } from './analyzer.ts'
import { canonicalTerm, type Lexicon } from './lexicon.ts'
import type { Article } from './types.ts'

/**
 * The passage index: one entry per sentence, searched with minisearch's BM25
 * over three fields (the sentence, its neighbours, the article title). Terms
 * come from the analyzer, so the index never sees raw text.
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
}

/** A query term and how much a match on it is worth (1 for the word asked, less for a synonym). */
export interface WeightedTerm {
  term: string
  weight: number
}

/** A passage found for a query, with minisearch's score. */
export interface PassageHit {
  passage: number
  score: number
}

export interface SearchIndex {
  readonly articles: readonly Article[]
  readonly lexicon: Lexicon
  readonly passages: readonly Passage[]
  /** Term → number of passages it occurs in. */
  readonly vocabulary: ReadonlyMap<string, number>
  search(terms: readonly WeightedTerm[], limit?: number): PassageHit[]
}

/**
 * The index terms of a text: stems without stop words, aliases applied, and the
 * acronym of every expanded name it contains added ("Collective Security Treaty
 * Organization" also gives "csto").
 *
 * @example
 * ```ts
 * analyzeText(buildLexicon([]), 'The Collective Security Treaty Organization troops')
 * // => ['collect', 'secur', 'treati', 'organ', 'troop', 'csto']
 * ```
 */
export function analyzeText(lexicon: Lexicon, text: string): string[] {
  const terms: string[] = []
  for (const token of tokenize(text)) {
    const term = canonicalTerm(lexicon, token.word)
    if (term !== null) terms.push(term)
  }
  const phrases: string[] = []
  for (let size = 2; size <= lexicon.maxPhrase; size++) {
    for (let i = 0; i + size <= terms.length; i++) {
      const acronym = lexicon.phrases.get(terms.slice(i, i + size).join(' '))
      if (acronym) phrases.push(acronym)
    }
  }
  return terms.concat(phrases)
}

const FIELDS = ['text', 'context', 'title'] as const

/**
 * Builds the passage index over the articles' sentences.
 *
 * @example
 * ```ts
 * const index = buildSearchIndex(corpus.articles, buildLexicon(corpus.articles))
 * index.search([{ term: 'csto', weight: 1 }], 3)
 * ```
 */
export function buildSearchIndex(articles: readonly Article[], lexicon: Lexicon): SearchIndex {
  const passages: Passage[] = []
  const vocabulary = new Map<string, number>()
  const docs: { id: number; text: string; context: string; title: string }[] = []
  for (const [a, article] of articles.entries()) {
    const sentenceTerms = article.sentences.map((s) => analyzeText(lexicon, s.text))
    const title = analyzeText(lexicon, article.title).join(' ')
    for (const [s, terms] of sentenceTerms.entries()) {
      const unique = new Set(terms)
      for (const t of unique) vocabulary.set(t, (vocabulary.get(t) ?? 0) + 1)
      const context = [...(sentenceTerms[s - 1] ?? []), ...(sentenceTerms[s + 1] ?? [])].join(' ')
      docs.push({ id: passages.length, text: terms.join(' '), context, title })
      const continues = /^(?:["“”]?\s*)(?:he|she|they|his|her|their)\b/i.test(article.sentences[s]!.text)
      passages.push({ article: a, sentence: s, terms: unique, continues })
    }
  }
  const mini = new MiniSearch<(typeof docs)[number]>({
    fields: [...FIELDS],
    tokenize: (text) => text.split(' ').filter(Boolean),
    processTerm: (term) => term,
    searchOptions: { boost: { text: 1, context: 0.3, title: 0.2 } },
  })
  mini.addAll(docs)
  return {
    articles,
    lexicon,
    passages,
    vocabulary,
    search(terms, limit = 50) {
      if (terms.length === 0) return []
      const weights = new Map(terms.map((t) => [t.term, t.weight]))
      const results = mini.search(
        { combineWith: 'OR', queries: terms.map((t) => t.term) },
        { boostTerm: (term) => weights.get(term) ?? 1 },
      )
      return results.slice(0, limit).map((r) => ({ passage: r.id as number, score: r.score }))
    },
  }
}
