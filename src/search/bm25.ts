import type { Postings } from './postings.ts'

/**
 * BM25+ over the three fields of a passage (sentence, neighbours, title),
 * with the parameters, field boosts and "more matched terms score higher"
 * factor of minisearch, so answers do not change with the index behind them.
 * Every field's score is computed once per term and passage (`postings.ts`);
 * a query adds them up in one sequential pass over each of its terms'
 * entries, into typed arrays reused across queries, and keeps the best in a
 * bounded heap: no object per candidate.
 */

/** A query term by id, with its boost. */
export interface TermQuery {
  id: number
  weight: number
}

const BOOST = { text: 1, context: 0.3, title: 0.2 } as const
// Passages scored together: their sums take 384 KB, which a processor's cache holds.
const BLOCK = 1 << 15
// A query that reaches at most this many passages (a rare name looked up alone) has the passages it reaches listed as
// it first reaches them, and only those ranked and cleared: not every passage of every block it reaches.
const SPARSE = 4096

/**
 * The scoring function over the postings: the `limit` best passages for the
 * terms, best first, ties in reading order. `block` passages are scored at a
 * time, and a query whose terms reach at most `sparse` passages ranks only
 * those (tests set both).
 *
 * @example
 * ```ts
 * const score = createScorer(buildPostings(data))
 * score([{ id: 3, weight: 1 }], 10) // => [{ passage: 17, score: 4.2 }, ...]
 * ```
 */
export function createScorer(
  postings: Postings,
  block = BLOCK,
  sparse = SPARSE,
): (terms: readonly TermQuery[], limit: number) => { passage: number; score: number }[] {
  const {
    n,
    start,
    doc,
    textFactor: textId,
    contextFactor: contextId,
    textFactors,
    contextFactors,
    textIdf,
    contextIdf,
    titleStart,
    titleArticle,
    titleScore,
    articleStart,
  } = postings
  // Passages are scored a block at a time, every term over one block before the next, so the sums being
  // added to stay in the processor's cache however large the corpus.
  const score = new Float64Array(block)
  // How many of the query's terms each passage matches in any field.
  const matched = new Int32Array(block)
  let next = new Int32Array(0)
  let nextTitle = new Int32Array(0)
  // The passages of a block a sparse query has reached, in the order it first reached them.
  const touched = new Int32Array(Math.max(0, Math.min(block, sparse)))
  // At least how many passages the terms reach (their entries, and every passage of an article a title gives them), or
  // more than `sparse` as soon as that is clear.
  const reach = (terms: readonly TermQuery[]) => {
    let total = 0
    for (const { id: t } of terms) total += start[t + 1]! - start[t]!
    for (let j = 0; j < terms.length && total <= sparse; j++) {
      const t = terms[j]!.id
      for (let k = titleStart[t]!; k < titleStart[t + 1]! && total <= sparse; k++)
        total += articleStart[titleArticle[k]! + 1]! - articleStart[titleArticle[k]!]!
    }
    return total
  }

  return (terms, limit) => {
    if (next.length < terms.length) [next, nextTitle] = [new Int32Array(terms.length), new Int32Array(terms.length)]
    for (let j = 0; j < terms.length; j++) {
      next[j] = start[terms[j]!.id]!
      nextTitle[j] = titleStart[terms[j]!.id]!
    }
    const best = createTopK(limit)
    const few = reach(terms) <= sparse
    for (let lo = 0; lo < n; lo += block) {
      const hi = Math.min(n, lo + block)
      let reached = false
      let listed = 0
      for (let j = 0; j < terms.length; j++) {
        const { id: t, weight } = terms[j]!
        // A field's score is idf × factor, boosted as minisearch boosts it, and the fields are added in its
        // order (sentence, context, title): a field a passage lacks adds an exact 0.
        const textBoost = weight * BOOST.text
        const contextBoost = weight * BOOST.context
        const idfText = textIdf[t]!
        const idfContext = contextIdf[t]!
        const from = next[j]!
        const to = firstAtLeast(doc, from, start[t + 1]!, hi)
        // The same sums either way; a sparse query also lists each passage it reaches first (the dense loop, where
        // the time goes, keeps no test it does not need).
        if (few)
          for (let k = from; k < to; k++) {
            const p = doc[k]! - lo
            if (matched[p]!++ === 0) touched[listed++] = p
            score[p]! += textBoost * (idfText * textFactors[textId[k]!]!)
            score[p]! += contextBoost * (idfContext * contextFactors[contextId[k]!]!)
          }
        else
          for (let k = from; k < to; k++) {
            const p = doc[k]! - lo
            matched[p]!++
            score[p]! += textBoost * (idfText * textFactors[textId[k]!]!)
            score[p]! += contextBoost * (idfContext * contextFactors[contextId[k]!]!)
          }
        next[j] = to
        if (to > from) reached = true
        // A title counts for every passage of its article; one the term reached above is matched already.
        let at = from
        let k = nextTitle[j]!
        for (const end = titleStart[t + 1]!; k < end; k++) {
          const a = titleArticle[k]!
          if (articleStart[a]! >= hi) break
          reached = true
          const value = weight * BOOST.title * titleScore[k]!
          const first = Math.max(lo, articleStart[a]!)
          const last = Math.min(hi, articleStart[a + 1]!)
          at = firstAtLeast(doc, at, to, first)
          for (let p = first; p < last; p++) {
            if (at < to && doc[at] === p) at++
            else if (!few) matched[p - lo]!++
            else if (matched[p - lo]!++ === 0) touched[listed++] = p - lo
            score[p - lo]! += value
          }
          // An article running on into the next block is taken up again there.
          if (articleStart[a + 1]! > hi) break
        }
        nextTitle[j] = k
      }
      // A rare term reaches few blocks: the others have nothing to rank or clear.
      if (!reached) continue
      if (few) {
        // The same passages, in the same ascending order, as the pass below would offer.
        const list = touched.subarray(0, listed).sort()
        let floor = best.floor()
        for (const p of list) {
          const value = score[p]! * matched[p]!
          if (value > floor) floor = best.offer(p + lo, value)
          score[p] = 0
          matched[p] = 0
        }
        continue
      }
      // Most passages score below the worst kept: that test alone is made for them.
      let floor = best.floor()
      for (let p = lo; p < hi; p++) {
        const m = matched[p - lo]!
        if (m === 0) continue
        const value = score[p - lo]! * m
        if (value > floor) floor = best.offer(p, value)
      }
      score.fill(0)
      matched.fill(0)
    }
    return best.result()
  }
}

/** The first index in `[from, to)` of the ascending `list` whose value is at least `value` (`to` when none). */
function firstAtLeast(list: Int32Array, from: number, to: number, value: number): number {
  let lo = from
  let hi = to
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (list[mid]! < value) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * The `limit` best of the passages offered in ascending id, by score (the
 * sum of their fields' scores times the terms they match), ties by smaller
 * id, kept in a bounded heap.
 */
function createTopK(limit: number) {
  const heapScore = new Float64Array(Math.max(0, limit))
  const heapId = new Int32Array(Math.max(0, limit))
  let size = 0
  // Heap order: the worst kept item at the root.
  const worse = (i: number, j: number) => heapScore[i]! < heapScore[j]! || (heapScore[i] === heapScore[j] && heapId[i]! > heapId[j]!)
  const swap = (i: number, j: number) => {
    const s = heapScore[i]!
    const d = heapId[i]!
    heapScore[i] = heapScore[j]!
    heapId[i] = heapId[j]!
    heapScore[j] = s
    heapId[j] = d
  }
  return {
    /** What a passage must score above to be kept now (ids come in ascending order, so a tie loses). */
    floor: () => (limit <= 0 ? Infinity : size < limit ? -Infinity : heapScore[0]!),
    /** Keeps passage `p` if it is among the best so far; returns the new floor. */
    offer(p: number, value: number): number {
      if (size < limit) {
        heapScore[size] = value
        heapId[size] = p
        for (let i = size++; i > 0;) {
          const parent = (i - 1) >> 1
          if (!worse(i, parent)) break
          swap(i, parent)
          i = parent
        }
        return this.floor()
      }
      // Ids come in ascending order: one that only ties the worst kept loses to it.
      if (limit <= 0 || value <= heapScore[0]!) return this.floor()
      heapScore[0] = value
      heapId[0] = p
      for (let i = 0; ;) {
        const l = 2 * i + 1
        const r = l + 1
        let m = i
        if (l < size && worse(l, m)) m = l
        if (r < size && worse(r, m)) m = r
        if (m === i) break
        swap(i, m)
        i = m
      }
      return this.floor()
    },
    result(): { passage: number; score: number }[] {
      const out = Array.from({ length: size }, (_, i) => ({ passage: heapId[i]!, score: heapScore[i]! }))
      return out.sort((a, b) => b.score - a.score || a.passage - b.passage)
    },
  }
}
