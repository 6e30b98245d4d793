/**
 * Finds the quotations a `/quote` text lookup can match without scoring every
 * quotation of the corpus: by the stems they share with the query, and by
 * where the query's words occur as a phrase (inside longer words too), found
 * with one native search over all quotation texts joined.
 */
export interface QuoteTextIndex {
  /** Positions of the quotations that share a stem with `wanted` or contain `phrase`, ascending. */
  candidates(wanted: ReadonlySet<string>, phrase: string): number[]
  /** The quotations having `n` of the stems in `wanted` where `keep(n)`, as [position, n] pairs in no particular order. */
  shared(wanted: ReadonlySet<string>, keep: (n: number) => boolean): [number, number][]
}

/**
 * Indexes quotations given by their stems and normalised texts (same order).
 *
 * @example
 * ```ts
 * const index = createQuoteTextIndex([new Set(['checker'])], ['playing checkers'])
 * index.candidates(new Set(['check']), 'check') // => [0] (the phrase occurs inside "checkers")
 * ```
 */
export function createQuoteTextIndex(stems: readonly ReadonlySet<string>[], texts: readonly string[]): QuoteTextIndex {
  const postings = new Map<string, number[]>()
  stems.forEach((set, i) => {
    for (const s of set) {
      const list = postings.get(s)
      if (list) list.push(i)
      else postings.set(s, [i])
    }
  })
  // NUL never occurs in a normalised text, so a phrase match cannot span two quotations.
  const starts = new Int32Array(texts.length)
  let at = 0
  texts.forEach((t, i) => {
    starts[i] = at
    at += t.length + 1
  })
  const all = texts.join('\u0000')
  const shares = new Int32Array(texts.length)
  const touched = new Int32Array(texts.length)
  const owner = (offset: number) => {
    let [lo, hi] = [0, starts.length - 1]
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid]! <= offset) lo = mid
      else hi = mid - 1
    }
    return lo
  }
  return {
    candidates(wanted, phrase) {
      const found = new Set<number>()
      for (const s of wanted) for (const i of postings.get(s) ?? []) found.add(i)
      if (phrase && !phrase.includes('\u0000')) {
        for (let k = all.indexOf(phrase); k >= 0; k = all.indexOf(phrase, k + 1)) found.add(owner(k))
      }
      return [...found].sort((a, b) => a - b)
    },
    shared(wanted, keep) {
      // Counted in arrays kept from one lookup to the next: common words are in most quotations.
      let count = 0
      for (const s of wanted) {
        for (const i of postings.get(s) ?? []) if (shares[i]!++ === 0) touched[count++] = i
      }
      const out: [number, number][] = []
      for (let k = 0; k < count; k++) {
        const i = touched[k]!
        if (keep(shares[i]!)) out.push([i, shares[i]!])
        shares[i] = 0
      }
      return out
    },
  }
}
