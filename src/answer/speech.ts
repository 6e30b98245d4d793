/**
 * Where a sentence names who spoke: a name before a verb of saying ("Ivo Lask,
 * head of the service, told reporters"), or after "said" or "according to".
 * Who gave a figure, and who only reported a deed, are read the same way.
 */

/** Verbs of saying, as a pattern's alternatives (no group). */
export const SAYING = 'said|says|told|tells|added|adds|noted|notes|reported|reports|announced|announces|stated|states|declared|declares|wrote|writes'
// After the name, its post between commas, then the verb.
const SAYS_AFTER = new RegExp(`^(?:\\s*,[^.;“”"]{0,140}?,)?\\s+(?:${SAYING})\\b`)
// The rest of a sentence that ends on its verb of saying: "…, Ivo Lask said." or "… told reporters."
const ENDS_SOON = /^[^,;]{0,40}[.!?"”]?\s*$/
// Before the name, with no more than a title between: "according to prosecutor Ivo Lask", "said Ivo Lask".
const SAYS_BEFORE =
  /\b(?:according to|said|says|announced|cited|quoted|told by)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+|(?:prosecutor|minister|spokes(?:wo)?man|official|chief|head|general|director|president|ambassador|governor)\s+){0,3}$/u

/**
 * True when the text after a name makes it the speaker ("…, told reporters");
 * `last`: only where the verb of saying ends the sentence ("…, Ivo Lask said.").
 *
 * @example
 * ```ts
 * saidAfter(', head of the service, told reporters that 230 died.') // => true
 * saidAfter(' said 230 died, far more than reported.', true)         // => false
 * ```
 */
export function saidAfter(rest: string, last = false): boolean {
  const m = SAYS_AFTER.exec(rest)
  return m !== null && (!last || ENDS_SOON.test(rest.slice(m[0].length)))
}

/**
 * True when the text before a name makes it the speaker ("according to
 * prosecutor", "said").
 *
 * @example
 * ```ts
 * saidBefore('230 people died, according to prosecutor ') // => true
 * ```
 */
export function saidBefore(before: string): boolean {
  return SAYS_BEFORE.test(before)
}
