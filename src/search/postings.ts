import type { PassageData } from './passage-data.ts'
import { factorTable, invert, mergeTerm, type FactorTable } from './postings-merge.ts'

/**
 * The passage index inverted for scoring: for each term, every passage whose
 * sentence or a neighbouring sentence has it, in reading order. A query then
 * makes one sequential pass over a term's entries instead of visiting each
 * passage's neighbours (which kept the hot loop waiting on memory).
 *
 * A field's BM25+ is the term's idf times a factor of the term frequency and
 * the field's length. Few (frequency, length) pairs occur, so each entry
 * stores the id of its pair's factor (8 bytes an entry, not 20 for two
 * scores), and the query multiplies exactly as minisearch does: same operands,
 * same order, same result to the last bit.
 */

/** minisearch's BM25+ parameters. */
const K = 1.2
const B = 0.7
const D = 0.5

/** Per term, the passages it reaches through the sentence and context fields, and through titles. */
export interface Postings {
  /** Number of passages. */
  n: number
  /** Term id → first entry of `doc`, `textFactor` and `contextFactor` (one more entry than terms). */
  start: Int32Array
  /** Passage ids, ascending within a term. */
  doc: Int32Array
  /** Per entry: id in `textFactors` of the sentence field's factor (0, worth 0, when the sentence lacks the term). */
  textFactor: Uint16Array | Uint32Array
  /** Per entry: id in `contextFactors` of the context field's factor (0 when neither neighbour has the term). */
  contextFactor: Uint16Array | Uint32Array
  textFactors: Float64Array
  contextFactors: Float64Array
  /** Term id → idf in the sentence field and in the context field. */
  textIdf: Float64Array
  contextIdf: Float64Array
  /** Term id → first entry of `titleArticle` and `titleScore`. */
  titleStart: Int32Array
  /** Articles whose title has the term, ascending. */
  titleArticle: Int32Array
  /** The title field's BM25+ of the term, for every passage of that article. */
  titleScore: Float64Array
  /** Article → its first passage id (one more entry than articles). */
  articleStart: Int32Array
}

/** The typed arrays of {@link Postings} (all but `n` and `articleStart`, which come from the passage data), with the element types each may have. */
export const POSTINGS_ARRAYS = {
  start: [Int32Array],
  doc: [Int32Array],
  textFactor: [Uint16Array, Uint32Array],
  contextFactor: [Uint16Array, Uint32Array],
  textFactors: [Float64Array],
  contextFactors: [Float64Array],
  textIdf: [Float64Array],
  contextIdf: [Float64Array],
  titleStart: [Int32Array],
  titleArticle: [Int32Array],
  titleScore: [Float64Array],
} as const

const idf = (matching: number, total: number) => Math.log(1 + (total - matching + 0.5) / (matching + 0.5))

function bm25(tf: number, matching: number, total: number, length: number, avgLength: number): number {
  return idf(matching, total) * (D + (tf * (K + 1)) / (tf + K * (1 - B + (B * length) / avgLength)))
}

/**
 * Inverts {@link PassageData} into {@link Postings}: linear in the number of
 * postings.
 *
 * @example
 * ```ts
 * const postings = buildPostings(index.data)
 * postings.doc.subarray(postings.start[3], postings.start[4]) // => passages that term 3 reaches
 * ```
 */
export function buildPostings(data: PassageData): Postings {
  const n = data.passageArticle.length
  const termCount = data.terms.length
  const text = invert(termCount, data.passageTerms, data.passageTf, data.termStart, n)
  // Bit 1: the passage before is of the same article; bit 2: the one after is.
  const sides = new Uint8Array(n)
  const textLength = new Int32Array(n)
  let textSum = 0
  let contextSum = 0
  for (let p = 0; p < n; p++) {
    const article = data.passageArticle[p]
    sides[p] = (p > 0 && data.passageArticle[p - 1] === article ? 1 : 0) | (p + 1 < n && data.passageArticle[p + 1] === article ? 2 : 0)
    textLength[p] = data.termStart[p + 1]! - data.termStart[p]!
    textSum += textLength[p]!
    contextSum += data.contextLength[p]!
  }
  const avgText = textSum / Math.max(1, n)
  const contextNorm = K * (1 - B)
  const contextSlope = (K * B) / (contextSum / Math.max(1, n))
  const textTable = factorTable(textLength, 255, (tf, length) => D + (tf * (K + 1)) / (tf + K * (1 - B + (B * length) / avgText)))
  const contextTable = factorTable(data.contextLength, 510, (tf, length) => D + (tf * (K + 1)) / (tf + contextNorm + contextSlope * length))
  const start = new Int32Array(termCount + 1)
  const contextDf = new Int32Array(termCount)
  const { owner, tf, start: from } = text
  // A passage and its two neighbours at most: no more entries than three per posting.
  const room = 3 * owner.length
  const ids = (table: FactorTable) => (table.ids.length <= 0x10000 ? new Uint16Array(room) : new Uint32Array(room))
  let doc = new Int32Array(room)
  let textId = ids(textTable)
  let contextId = ids(contextTable)
  const out = { doc, textId, contextId }
  let at = 0
  for (let t = 0; t < termCount; t++) {
    const entries = mergeTerm(from[t]!, from[t + 1]!, owner, tf, sides, textTable, contextTable, out, at)
    contextDf[t] = entries.inContext
    at = start[t + 1] = entries.at
  }
  // Down to size: the spare room goes back.
  ;[doc, textId, contextId] = [doc.slice(0, at), textId.slice(0, at), contextId.slice(0, at)]
  const textIdf = new Float64Array(termCount)
  const contextIdf = new Float64Array(termCount)
  for (let t = 0; t < termCount; t++) {
    textIdf[t] = idf(text.start[t + 1]! - text.start[t]!, n)
    contextIdf[t] = idf(contextDf[t]!, n)
  }
  return {
    n,
    start,
    doc,
    textFactor: textId,
    contextFactor: contextId,
    textFactors: Float64Array.from(textTable.factors),
    contextFactors: Float64Array.from(contextTable.factors),
    textIdf,
    contextIdf,
    ...titlePostings(data, termCount, n),
    articleStart: data.articleStart,
  }
}

/** Title field: an article's title counts for every passage of the article. */
function titlePostings(data: PassageData, termCount: number, n: number) {
  const articles = data.articleStart.length - 1
  const title = invert(termCount, data.titleTerms, data.titleTf, data.titleStart, articles)
  const titleDf = new Int32Array(termCount)
  let titleSum = 0
  for (let a = 0; a < articles; a++) {
    const passages = data.articleStart[a + 1]! - data.articleStart[a]!
    titleSum += (data.titleStart[a + 1]! - data.titleStart[a]!) * passages
    for (let k = data.titleStart[a]!; k < data.titleStart[a + 1]!; k++) titleDf[data.titleTerms[k]!]! += passages
  }
  const avgTitle = titleSum / Math.max(1, n)
  const titleScore = new Float64Array(title.owner.length)
  for (let t = 0; t < termCount; t++) {
    for (let k = title.start[t]!; k < title.start[t + 1]!; k++) {
      const a = title.owner[k]!
      titleScore[k] = bm25(title.tf[k]!, titleDf[t]!, n, data.titleStart[a + 1]! - data.titleStart[a]!, avgTitle)
    }
  }
  return { titleStart: title.start, titleArticle: title.owner, titleScore }
}
