import type { PassageData } from './passage-data.ts'

/**
 * BM25+ over the three fields of a passage (sentence, neighbours, title),
 * with the parameters, field boosts and "more matched terms score higher"
 * factor of minisearch, so answers do not change with the index behind them.
 * Scores accumulate in typed arrays reused across queries: a query costs one
 * pass over the postings of its terms, and no object per candidate.
 */

/** A query term by id, with its boost. */
export interface TermQuery {
  id: number
  weight: number
}

const K = 1.2
const B = 0.7
const D = 0.5
const BOOST = { text: 1, context: 0.3, title: 0.2 } as const

function bm25(tf: number, matching: number, total: number, length: number, avgLength: number): number {
  const idf = Math.log(1 + (total - matching + 0.5) / (matching + 0.5))
  return idf * (D + (tf * (K + 1)) / (tf + K * (1 - B + (B * length) / avgLength)))
}

/**
 * Inverts the passage data into postings and returns the scoring function:
 * the `limit` best passages for the terms, best first, ties in reading order.
 *
 * @example
 * ```ts
 * const score = createScorer(data)
 * score([{ id: 3, weight: 1 }], 10) // => [{ passage: 17, score: 4.2 }, ...]
 * ```
 */
export function createScorer(data: PassageData): (terms: readonly TermQuery[], limit: number) => { passage: number; score: number }[] {
  const n = data.passageArticle.length
  const articles = data.articleStart.length - 1
  const termCount = data.terms.length
  // Postings: term id → passages whose sentence has it, in reading order.
  const postStart = new Int32Array(termCount + 1)
  for (let k = 0; k < data.passageTerms.length; k++) postStart[data.passageTerms[k]! + 1]!++
  for (let t = 0; t < termCount; t++) postStart[t + 1]! += postStart[t]!
  const fill = postStart.slice(0, termCount)
  const postDoc = new Int32Array(data.passageTerms.length)
  const postTf = new Uint8Array(data.passageTerms.length)
  for (let p = 0; p < n; p++) {
    for (let k = data.termStart[p]!; k < data.termStart[p + 1]!; k++) {
      const at = fill[data.passageTerms[k]!]!++
      postDoc[at] = p
      postTf[at] = data.passageTf[k]!
    }
  }
  const sameArticle = (p: number, q: number) => q >= 0 && q < n && data.passageArticle[p] === data.passageArticle[q]
  // Context field: a passage has a term in its context when a neighbour's sentence has it.
  const contextDf = new Int32Array(termCount)
  const marked = new Int32Array(n).fill(-1)
  for (let t = 0; t < termCount; t++) {
    for (let k = postStart[t]!; k < postStart[t + 1]!; k++) {
      const p = postDoc[k]!
      for (const q of [p - 1, p + 1]) if (sameArticle(p, q) && marked[q] !== t) (marked[q] = t), contextDf[t]!++
    }
  }
  // Title field: term → articles whose title has it; it counts once per passage of the article.
  const titleDf = new Int32Array(termCount)
  const titlePostStart = new Int32Array(termCount + 1)
  for (let k = 0; k < data.titleTerms.length; k++) titlePostStart[data.titleTerms[k]! + 1]!++
  for (let t = 0; t < termCount; t++) titlePostStart[t + 1]! += titlePostStart[t]!
  const titleFill = titlePostStart.slice(0, termCount)
  const titleArticle = new Int32Array(data.titleTerms.length)
  const titleTfOf = new Uint8Array(data.titleTerms.length)
  const titleLength = new Int32Array(articles)
  let textSum = 0
  let contextSum = 0
  let titleSum = 0
  for (let a = 0; a < articles; a++) {
    const passages = data.articleStart[a + 1]! - data.articleStart[a]!
    titleLength[a] = data.titleStart[a + 1]! - data.titleStart[a]!
    titleSum += titleLength[a]! * passages
    for (let k = data.titleStart[a]!; k < data.titleStart[a + 1]!; k++) {
      const t = data.titleTerms[k]!
      const at = titleFill[t]!++
      titleArticle[at] = a
      titleTfOf[at] = data.titleTf[k]!
      titleDf[t]! += passages
    }
  }
  for (let p = 0; p < n; p++) {
    textSum += data.termStart[p + 1]! - data.termStart[p]!
    contextSum += data.contextLength[p]!
  }
  const avg = { text: textSum / Math.max(1, n), context: contextSum / Math.max(1, n), title: titleSum / Math.max(1, n) }

  const score = new Float64Array(n)
  const matched = new Int32Array(n)
  const lastTerm = new Int32Array(n).fill(-1)
  const contextTf = new Int32Array(n)
  let touched: number[] = []

  const add = (p: number, value: number, j: number) => {
    if (lastTerm[p] === -1) touched.push(p)
    if (lastTerm[p] !== j) (lastTerm[p] = j), matched[p]!++
    score[p]! += value
  }

  return (terms, limit) => {
    terms.forEach(({ id: t, weight }, j) => {
      const from = postStart[t]!
      const to = postStart[t + 1]!
      const around: number[] = []
      for (let k = from; k < to; k++) {
        const p = postDoc[k]!
        const tf = postTf[k]!
        add(p, weight * BOOST.text * bm25(tf, to - from, n, data.termStart[p + 1]! - data.termStart[p]!, avg.text), j)
        for (const q of [p - 1, p + 1]) {
          if (!sameArticle(p, q)) continue
          if (contextTf[q] === 0) around.push(q)
          contextTf[q]! += tf
        }
      }
      for (const q of around) {
        add(q, weight * BOOST.context * bm25(contextTf[q]!, contextDf[t]!, n, data.contextLength[q]!, avg.context), j)
        contextTf[q] = 0
      }
      for (let k = titlePostStart[t]!; k < titlePostStart[t + 1]!; k++) {
        const a = titleArticle[k]!
        const value = weight * BOOST.title * bm25(titleTfOf[k]!, titleDf[t]!, n, titleLength[a]!, avg.title)
        for (let p = data.articleStart[a]!; p < data.articleStart[a + 1]!; p++) add(p, value, j)
      }
    })
    const best = topK(touched, (p) => score[p]! * matched[p]!, limit)
    for (const p of touched) (score[p] = 0), (matched[p] = 0), (lastTerm[p] = -1)
    touched = []
    return best
  }
}

/** The `limit` highest-valued ids, best first, ties by smaller id; a bounded heap keeps it O(n log limit). */
function topK(ids: readonly number[], value: (id: number) => number, limit: number): { passage: number; score: number }[] {
  if (limit <= 0) return []
  const heap: { passage: number; score: number }[] = []
  // Heap order: the worst kept item at the root.
  const worse = (a: { passage: number; score: number }, b: { passage: number; score: number }) => a.score < b.score || (a.score === b.score && a.passage > b.passage)
  const swap = (i: number, j: number) => ([heap[i], heap[j]] = [heap[j]!, heap[i]!])
  for (const passage of ids) {
    const item = { passage, score: value(passage) }
    if (heap.length < limit) {
      heap.push(item)
      for (let i = heap.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1
        if (!worse(heap[i]!, heap[parent]!)) break
        swap(i, parent)
        i = parent
      }
    } else if (worse(heap[0]!, item)) {
      heap[0] = item
      for (let i = 0; ; ) {
        const [l, r] = [2 * i + 1, 2 * i + 2]
        let m = i
        if (l < heap.length && worse(heap[l]!, heap[m]!)) m = l
        if (r < heap.length && worse(heap[r]!, heap[m]!)) m = r
        if (m === i) break
        swap(i, m)
        i = m
      }
    }
  }
  return heap.sort((a, b) => b.score - a.score || a.passage - b.passage)
}
