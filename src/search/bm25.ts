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
      for (const q of [p - 1, p + 1]) {
        if (sameArticle(p, q) && marked[q] !== t) {
          marked[q] = t
          contextDf[t]!++
        }
      }
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

  // Every field's BM25 depends only on the term and the passage: computed once here, a query only adds them up
  // (boosts are applied at query time in minisearch's order, so scores stay equal to the last bit).
  const textScore = new Float64Array(postDoc.length)
  for (let t = 0; t < termCount; t++) {
    const df = postStart[t + 1]! - postStart[t]!
    for (let k = postStart[t]!; k < postStart[t + 1]!; k++) {
      const p = postDoc[k]!
      textScore[k] = bm25(postTf[k]!, df, n, data.termStart[p + 1]! - data.termStart[p]!, avg.text)
    }
  }
  const titleScore = new Float64Array(titleArticle.length)
  for (let t = 0; t < termCount; t++) {
    for (let k = titlePostStart[t]!; k < titlePostStart[t + 1]!; k++) titleScore[k] = bm25(titleTfOf[k]!, titleDf[t]!, n, titleLength[titleArticle[k]!]!, avg.title)
  }

  // Local names for the arrays: the data object may come from a snapshot in dictionary mode, slow to read in a hot loop.
  const passageArticle = data.passageArticle
  const contextLength = data.contextLength
  const articleStart = data.articleStart
  const score = new Float64Array(n)
  const matched = new Int32Array(n)
  const lastTerm = new Int32Array(n).fill(-1)
  const contextTf = new Int32Array(n)
  const touched = new Int32Array(n)
  let touchedCount = 0
  const around = new Int32Array(n)
  let aroundCount = 0
  const contextNorm = K * (1 - B)
  const contextSlope = (K * B) / avg.context

  return (terms, limit) => {
    for (let j = 0; j < terms.length; j++) {
      const { id: t, weight } = terms[j]!
      const to = postStart[t + 1]!
      for (let k = postStart[t]!; k < to; k++) {
        const p = postDoc[k]!
        if (lastTerm[p] === -1) touched[touchedCount++] = p
        if (lastTerm[p] !== j) {
          lastTerm[p] = j
          matched[p]!++
        }
        score[p]! += weight * BOOST.text * textScore[k]!
        const article = passageArticle[p]
        if (p > 0 && passageArticle[p - 1] === article) {
          if (contextTf[p - 1] === 0) around[aroundCount++] = p - 1
          contextTf[p - 1]! += postTf[k]!
        }
        if (p + 1 < n && passageArticle[p + 1] === article) {
          if (contextTf[p + 1] === 0) around[aroundCount++] = p + 1
          contextTf[p + 1]! += postTf[k]!
        }
      }
      // bm25() inlined, with the term's idf computed once: a common term has a hundred thousand neighbours.
      const matching = contextDf[t]!
      const idf = Math.log(1 + (n - matching + 0.5) / (matching + 0.5))
      const factor = weight * BOOST.context
      for (let i = 0; i < aroundCount; i++) {
        const q = around[i]!
        const tf = contextTf[q]!
        if (lastTerm[q] === -1) touched[touchedCount++] = q
        if (lastTerm[q] !== j) {
          lastTerm[q] = j
          matched[q]!++
        }
        score[q]! += factor * (idf * (D + (tf * (K + 1)) / (tf + contextNorm + contextSlope * contextLength[q]!)))
        contextTf[q] = 0
      }
      aroundCount = 0
      for (let k = titlePostStart[t]!; k < titlePostStart[t + 1]!; k++) {
        const a = titleArticle[k]!
        const value = weight * BOOST.title * titleScore[k]!
        for (let p = articleStart[a]!; p < articleStart[a + 1]!; p++) {
          if (lastTerm[p] === -1) touched[touchedCount++] = p
          if (lastTerm[p] !== j) {
            lastTerm[p] = j
            matched[p]!++
          }
          score[p]! += value
        }
      }
    }
    const best = topK(touched, touchedCount, score, matched, limit)
    for (let i = 0; i < touchedCount; i++) {
      const p = touched[i]!
      score[p] = 0
      matched[p] = 0
      lastTerm[p] = -1
    }
    touchedCount = 0
    return best
  }
}

/** The `limit` passages of highest score × matched terms, best first, ties by smaller id; a bounded heap keeps it O(n log limit). */
function topK(ids: Int32Array, count: number, score: Float64Array, matched: Int32Array, limit: number): { passage: number; score: number }[] {
  if (limit <= 0) return []
  const heapScore = new Float64Array(limit)
  const heapId = new Int32Array(limit)
  let size = 0
  // Heap order: the worst kept item at the root.
  const worse = (i: number, j: number) => heapScore[i]! < heapScore[j]! || (heapScore[i] === heapScore[j] && heapId[i]! > heapId[j]!)
  const swap = (i: number, j: number) => {
    const [s, d] = [heapScore[i]!, heapId[i]!]
    heapScore[i] = heapScore[j]!
    heapId[i] = heapId[j]!
    heapScore[j] = s
    heapId[j] = d
  }
  const down = (from: number) => {
    for (let i = from; ; ) {
      const l = 2 * i + 1
      const r = l + 1
      let m = i
      if (l < size && worse(l, m)) m = l
      if (r < size && worse(r, m)) m = r
      if (m === i) return
      swap(i, m)
      i = m
    }
  }
  for (let i = 0; i < count; i++) {
    const p = ids[i]!
    const value = score[p]! * matched[p]!
    if (size < limit) {
      heapScore[size] = value
      heapId[size] = p
      for (let i = size++; i > 0; ) {
        const parent = (i - 1) >> 1
        if (!worse(i, parent)) break
        swap(i, parent)
        i = parent
      }
    } else if (value > heapScore[0]! || (value === heapScore[0] && p < heapId[0]!)) {
      heapScore[0] = value
      heapId[0] = p
      down(0)
    }
  }
  const out = Array.from({ length: size }, (_, i) => ({ passage: heapId[i]!, score: heapScore[i]! }))
  return out.sort((a, b) => b.score - a.score || a.passage - b.passage)
}
