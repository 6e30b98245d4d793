/**
 * The clauses of a sentence: "…flown home by Russian aircraft, while the
 * Kyrgyz were returning by road" tells of two groups, each in its own clause.
 */

/** A clause and where it starts in its sentence. */
export interface Clause {
  text: string
  start: number
}

/** Where one clause ends and another, perhaps of someone else, begins: ", while", ", but", ", and", ";", "whereas". */
export const CLAUSE_BREAK = /,\s*(?:while|whereas|but|and)\s+|;\s*|\s+while\s+|\s+whereas\s+/gi

/**
 * A sentence's clauses, each with where it starts; `breaks` may part them at
 * other words too (a global pattern).
 *
 * @example
 * ```ts
 * clausesOf('Ostrians flew home, while Norlanders drove.').map((c) => c.text) // => ['Ostrians flew home', 'Norlanders drove.']
 * ```
 */
export function clausesOf(text: string, breaks: RegExp = CLAUSE_BREAK): Clause[] {
  const parts: Clause[] = []
  let at = 0
  for (const m of text.matchAll(breaks)) {
    parts.push({ text: text.slice(at, m.index), start: at })
    at = m.index + m[0].length
  }
  parts.push({ text: text.slice(at), start: at })
  return parts
}
