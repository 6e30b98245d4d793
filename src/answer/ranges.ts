import type { Quantity } from './quantities.ts'

/**
 * Ranges of amounts a sentence writes ("30 to 32 euros", "50-60 tenge"), read
 * as one amount each.
 */

/**
 * The amounts of a text with each range made one ("30 to 32 euros", "50-60
 * tenge"): its upper figure, written whole, not two rivals. A change ("from 60
 * to 120 tenge") stays two amounts.
 *
 * @example
 * ```ts
 * joinRanges(findQuantities('It cost 30 to 32 euros.'), 'It cost 30 to 32 euros.')[0]?.text
 * // => '30 to 32 euros'
 * ```
 */
export function joinRanges(found: readonly Quantity[], text: string): Quantity[] {
  const joined: Quantity[] = []
  for (const q of found) {
    const prev = joined.at(-1)
    const range =
      prev !== undefined &&
      q.unit !== null &&
      prev.unit === q.unit &&
      /^\s*(?:to|-|–|—)\s*$/.test(text.slice(prev.end, q.start)) &&
      !/\bfrom\s+$/i.test(text.slice(Math.max(0, prev.start - 8), prev.start))
    if (range) joined[joined.length - 1] = { ...q, start: prev.start, text: text.slice(prev.start, q.end) }
    else joined.push(q)
  }
  return joined
}
