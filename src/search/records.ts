/**
 * Fuzzy prefix search over short records (speaker names, article titles and
 * file names) with minisearch: what a user has typed so far, in any word
 * order, with a word cut short or misspelt. The passage index is not built on
 * it (see docs/performance.md); records are few and short, where minisearch's
 * radix tree gives prefix and typo matches for free.
 */
import MiniSearch from 'minisearch'

/** One searchable field of a record: its text, and how much a match in it counts (1 unless given). */
export interface RecordField<T> {
  text: (record: T) => string
  boost?: number
}

/** How records are searched: `all` words must match (else any), and a record's own weight (1 unless given). */
export interface RecordSearchOptions {
  all?: boolean
  weight?: (index: number) => number
}

/** Records in a fixed order, searched by what a user typed. */
export interface RecordSearch<T> {
  /**
   * The records matching `typed`, best first (ties in the records' own
   * order), at most `limit`; the first `limit` records when nothing is typed.
   */
  find(typed: string, limit: number): T[]
}

// Words of letters and digits; a file name's "_" and "." separate words as spaces do.
const WORD = /[\p{L}\p{N}]+/gu

/** Lower case without accents, so "Tokaev" finds "Tokáev" and the other way round. */
function fold(term: string): string {
  return term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

function tokenize(text: string): string[] {
  return text.match(WORD) ?? []
}

/**
 * Edits allowed in a typed word: none up to 3 letters (too many names are one
 * edit from a 3-letter word), 1 at 4, 2 from 5 (a swapped pair of letters is
 * 2 edits to minisearch).
 */
function fuzziness(term: string): number | false {
  return term.length <= 3 ? false : term.length === 4 ? 1 : 2
}

/**
 * Indexes `records` by `fields`. Every typed word may be a prefix or a
 * misspelling of a word of the record; a record matching more of the typed
 * words, or matching them exactly, ranks higher.
 *
 * @example
 * ```ts
 * const people = createRecordSearch(['Antony Blinken', 'Jens Stoltenberg'], { name: { text: (s) => s } })
 * people.find('blinkn', 25) // => ['Antony Blinken']
 * people.find('stol', 25) // => ['Jens Stoltenberg']
 * ```
 */
export function createRecordSearch<T>(records: readonly T[], fields: Record<string, RecordField<T>>, opts: RecordSearchOptions = {}): RecordSearch<T> {
  const names = Object.keys(fields)
  const index = new MiniSearch<{ id: number } & Record<string, string | number>>({
    fields: names,
    tokenize,
    processTerm: fold,
    searchOptions: {
      prefix: true,
      fuzzy: fuzziness,
      combineWith: opts.all ? 'AND' : 'OR',
      ...(opts.weight ? { boostDocument: (id: number) => opts.weight!(id) } : {}),
      boost: Object.fromEntries(names.map((n) => [n, fields[n]!.boost ?? 1])),
    },
  })
  index.addAll(records.map((r, id) => ({ id, ...Object.fromEntries(names.map((n) => [n, fields[n]!.text(r)])) })))
  return {
    find(typed, limit) {
      const n = Math.max(0, limit)
      if (!typed.match(WORD)) return records.slice(0, n)
      return index
        .search(typed)
        .sort((a, b) => b.score - a.score || a.id - b.id)
        .slice(0, n)
        .map((hit) => records[hit.id as number]!)
    },
  }
}
