import type { Candidate } from '../answer/index.ts'

/** Below this share of the question's concepts, no passage is taken to be about the question. */
export const MIN_COVERAGE = 0.3
// Nor below this share where the sentence says every name the question gives ("which countries put boots on the
// ground in Velmar" of a sentence naming Velmar): a question of a name is about what its sentences say, however worded.
const NAMED_COVERAGE = 0.2

/**
 * True when a candidate passage is about the question: it covers enough of it, or a little less while its sentence
 * says every name the question gives (`named`: the question gives one).
 *
 * @example
 * ```ts
 * relevant({ ...candidate, coverage: 0.22, missesName: false }, true)  // => true
 * relevant({ ...candidate, coverage: 0.22, missesName: false }, false) // => false
 * ```
 */
export function relevant(c: Pick<Candidate, 'coverage' | 'reach' | 'missesName'>, named: boolean): boolean {
  const share = c.reach ?? c.coverage
  return share >= MIN_COVERAGE || (named && c.missesName === false && share >= NAMED_COVERAGE)
}
