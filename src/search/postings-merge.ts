/**
 * The steps {@link buildPostings} is made of: inverting passage → terms lists
 * into term → passages, numbering the (frequency, length) pairs whose BM25+
 * factor an entry stores, and merging a term's passages with their
 * neighbours. Linear in the number of postings.
 */

/** Counting sort of (term, frequency) pairs listed owner by owner: term → its owners in order, with the frequencies. */
export function invert(termCount: number, terms: Int32Array, tf: Uint8Array, owners: Int32Array, ownerCount: number) {
  const start = new Int32Array(termCount + 1)
  for (let k = 0; k < terms.length; k++) start[terms[k]! + 1]!++
  for (let t = 0; t < termCount; t++) start[t + 1]! += start[t]!
  const fill = start.slice(0, termCount)
  const owner = new Int32Array(terms.length)
  const tfOf = new Uint8Array(terms.length)
  for (let o = 0; o < ownerCount; o++) {
    for (let k = owners[o]!; k < owners[o + 1]!; k++) {
      const at = fill[terms[k]!]!++
      owner[at] = o
      tfOf[at] = tf[k]!
    }
  }
  return { start, owner, tf: tfOf }
}

/**
 * Ids for (frequency, length) pairs, from 1 in order of first use, with the
 * factor each stands for, `factor(tf, length)`: `ids[row[p] + tf]` is the id
 * for the length of passage `p` (0 until {@link FactorTable.assign} gives one).
 */
export interface FactorTable {
  row: Int32Array
  ids: Int32Array
  factors: number[]
  assign(p: number, tf: number): number
}

export function factorTable(lengths: ArrayLike<number>, maxTf: number, factor: (tf: number, length: number) => number): FactorTable {
  const rank = new Map<number, number>()
  const row = new Int32Array(lengths.length)
  for (let p = 0; p < lengths.length; p++) {
    let r = rank.get(lengths[p]!)
    if (r === undefined) rank.set(lengths[p]!, (r = rank.size))
    row[p] = r * (maxTf + 1)
  }
  const ids = new Int32Array(rank.size * (maxTf + 1))
  const factors = [0]
  return {
    row,
    ids,
    factors,
    assign(p, tf) {
      ids[row[p]! + tf] = factors.length
      factors.push(factor(tf, lengths[p]!))
      return factors.length - 1
    },
  }
}

/**
 * Writes at `at` the entries of one term, whose passages are `owner[from..to)`
 * with frequencies `tf`: the union of its passages and of their neighbours
 * in the same article, ascending, merged from three ascending streams over
 * the postings (the passage itself, the one before it, the one after it).
 * Returns where the next term's entries start, and how many entries have the
 * term in their context.
 */
export function mergeTerm(
  from: number,
  to: number,
  owner: Int32Array,
  tf: Uint8Array,
  sides: Uint8Array,
  text: FactorTable,
  context: FactorTable,
  out: { doc: Int32Array; textId: Uint16Array | Uint32Array; contextId: Uint16Array | Uint32Array },
  at: number,
): { at: number; inContext: number } {
  const { doc, textId, contextId } = out
  const [textRow, textIds, contextRow, contextIds] = [text.row, text.ids, context.row, context.ids]
  const END = 2 ** 31 - 1
  let [i, a, b] = [from, from, from]
  let inContext = 0
  for (;;) {
    const qt = i < to ? owner[i]! : END
    const qa = a < to ? owner[a]! - 1 : END
    const qb = b < to ? owner[b]! + 1 : END
    let q = qt < qa ? qt : qa
    if (qb < q) q = qb
    if (q === END) return { at, inContext }
    let textTf = 0
    let contextTf = 0
    if (qt === q) textTf = tf[i++]!
    if (qa === q) {
      if (sides[q + 1]! & 1) contextTf += tf[a]!
      a++
    }
    if (qb === q) {
      if (sides[q - 1]! & 2) contextTf += tf[b]!
      b++
    }
    if (textTf === 0 && contextTf === 0) continue
    doc[at] = q
    if (textTf > 0) textId[at] = textIds[textRow[q]! + textTf] || text.assign(q, textTf)
    if (contextTf > 0) {
      contextId[at] = contextIds[contextRow[q]! + contextTf] || context.assign(q, contextTf)
      inContext++
    }
    at++
  }
}
