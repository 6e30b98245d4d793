/**
 * The pieces of the scorer that are not BM25: a bounded heap of the best
 * passages offered in reading order, and a search in an ascending list.
 */

/** The first index in `[from, to)` of the ascending `list` whose value is at least `value` (`to` when none). */
export function firstAtLeast(list: Int32Array, from: number, to: number, value: number): number {
  let [lo, hi] = [from, to]
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
export function createTopK(limit: number) {
  const heapScore = new Float64Array(Math.max(0, limit))
  const heapId = new Int32Array(Math.max(0, limit))
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
