import { describe, expect, it } from 'vitest'
import { loadCorpus } from '../../src/corpus/index.ts'
import { buildLexicon } from '../../src/text/index.ts'
import { buildSearchIndex } from '../../src/search/search.ts'
import { createScorer, type TermQuery } from '../../src/search/bm25.ts'
import { buildPostings } from '../../src/search/postings.ts'
import type { PassageData } from '../../src/search/passage-data.ts'

// The scorer as first written: every passage, every term, every field, added up in that order, with
// minisearch's BM25+ (k 1.2, b 0.7, d 0.5; boosts sentence 1, context 0.3, title 0.2), times the terms matched.
function reference(data: PassageData, terms: readonly TermQuery[], limit: number): { passage: number; score: number }[] {
  const [K, B, D] = [1.2, 0.7, 0.5]
  const n = data.passageArticle.length
  const idf = (matching: number) => Math.log(1 + (n - matching + 0.5) / (matching + 0.5))
  const bm25 = (tf: number, matching: number, length: number, avg: number) => idf(matching) * (D + (tf * (K + 1)) / (tf + K * (1 - B + (B * length) / avg)))
  const tfIn = (p: number, t: number) => {
    for (let k = data.termStart[p]!; k < data.termStart[p + 1]!; k++) if (data.passageTerms[k] === t) return data.passageTf[k]!
    return 0
  }
  const same = (p: number, q: number) => q >= 0 && q < n && data.passageArticle[q] === data.passageArticle[p]
  const contextTf = (p: number, t: number) => (same(p, p - 1) ? tfIn(p - 1, t) : 0) + (same(p, p + 1) ? tfIn(p + 1, t) : 0)
  const titleTf = (a: number, t: number) => {
    for (let k = data.titleStart[a]!; k < data.titleStart[a + 1]!; k++) if (data.titleTerms[k] === t) return data.titleTf[k]!
    return 0
  }
  const passages = (a: number) => data.articleStart[a + 1]! - data.articleStart[a]!
  const titleLength = (a: number) => data.titleStart[a + 1]! - data.titleStart[a]!
  const articles = data.articleStart.length - 1
  const all = Array.from({ length: n }, (_, p) => p)
  const avgText = all.reduce((s, p) => s + data.termStart[p + 1]! - data.termStart[p]!, 0) / n
  const avgContext = all.reduce((s, p) => s + data.contextLength[p]!, 0) / n
  let titleSum = 0
  for (let a = 0; a < articles; a++) titleSum += titleLength(a) * passages(a)
  const avgTitle = titleSum / n
  const hits = all.map((p) => {
    const a = data.passageArticle[p]!
    let score = 0
    let matched = 0
    for (const { id: t, weight } of terms) {
      const df = all.filter((q) => tfIn(q, t) > 0).length
      const contextDf = all.filter((q) => contextTf(q, t) > 0).length
      let titleDf = 0
      for (let b = 0; b < articles; b++) if (titleTf(b, t) > 0) titleDf += passages(b)
      const [tf, ctf, ttf] = [tfIn(p, t), contextTf(p, t), titleTf(a, t)]
      if (tf > 0) score += weight * 1 * bm25(tf, df, data.termStart[p + 1]! - data.termStart[p]!, avgText)
      if (ctf > 0) score += weight * 0.3 * (idf(contextDf) * (D + (ctf * (K + 1)) / (ctf + K * (1 - B) + ((K * B) / avgContext) * data.contextLength[p]!)))
      if (ttf > 0) score += weight * 0.2 * bm25(ttf, titleDf, titleLength(a), avgTitle)
      if (tf > 0 || ctf > 0 || ttf > 0) matched++
    }
    return { passage: p, score: score * matched, matched }
  })
  return hits
    .filter((h) => h.matched > 0)
    .sort((x, y) => y.score - x.score || x.passage - y.passage)
    .slice(0, limit)
    .map(({ passage, score }) => ({ passage, score }))
}

const corpus = loadCorpus('seeds')
const data = buildSearchIndex(corpus.articles, buildLexicon(corpus.articles)).data
const id = (term: string) => {
  const i = data.terms.indexOf(term)
  if (i < 0) throw new Error(`no term ${term} in the seeds`)
  return i
}
const titleTerms = (a: number) => Array.from(data.titleTerms.subarray(data.titleStart[a], data.titleStart[a + 1]))

describe('the scorer ranks as the straightforward sum of every field of every passage', () => {
  const queries: [string, TermQuery[]][] = [
    ['one common term', [{ id: id('csto'), weight: 1 }]],
    [
      'terms with their weights',
      [
        { id: id('troop'), weight: 2.5 },
        { id: id('kazakhstan'), weight: 0.7 },
        { id: id('soldier'), weight: 0.43 },
      ],
    ],
    ['the words of a title (every passage of its article)', titleTerms(0).map((t, i) => ({ id: t, weight: 1 + i / 10 }))],
    [
      'a rare term and a title word',
      [
        { id: titleTerms(3)[0]!, weight: 1.3 },
        { id: data.passageTerms[data.termStart[17]!]!, weight: 3 },
      ],
    ],
    ['every term of a passage', Array.from(data.passageTerms.subarray(data.termStart[40], data.termStart[41]), (t) => ({ id: t, weight: 1 }))],
  ]
  // Every block's passages ranked (sparse 0), only those reached (every query sparse), and the default (some of each).
  for (const sparse of [0, Infinity, undefined]) {
    for (const block of [3, 64, 1 << 15]) {
      const score = createScorer(buildPostings(data), block, sparse)
      it.each(queries)(`${block} passages a block, sparse below ${sparse ?? 'the default'}: %s`, (_, terms) => {
        for (const limit of [1, 10, 60, data.passageArticle.length + 5]) expect(score(terms, limit)).toEqual(reference(data, terms, limit))
      })
    }
  }

  it.each([0, Infinity, 40])('leaves nothing behind for the next query (sparse below %s)', (sparse) => {
    const score = createScorer(buildPostings(data), 5, sparse)
    const [first, second, rare] = [queries[2]![1], queries[0]![1], queries[3]![1]]
    score(first, 60)
    expect(score(second, 60)).toEqual(reference(data, second, 60))
    score(rare, 60)
    expect(score(first, 60)).toEqual(reference(data, first, 60))
    expect(score(rare, 60)).toEqual(reference(data, rare, 60))
    expect(score([], 60)).toEqual([])
    expect(score(first, 0)).toEqual([])
  })
})
