/**
 * Where a question's multiword verb ("pull out", "bring back") has words
 * between its verb and its particle, or a preposition after its particle; and
 * where it stands, for the slang it may be ("was kicked off", "walked back to").
 */
import { STOP_WORDS, isVerbLemma, type SlangContext } from '../text/index.ts'

/** Words that shape a question's noun phrases, and may stand in a verb's object. */
export const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'this', 'that', 'these', 'those'])

// Particles that may follow a verb's object ("brought the troops back"), and how long that object may be.
const SPLIT_PARTICLES = new Set(['back', 'out', 'off', 'away', 'up', 'down', 'over'])
const MAX_OBJECT = 3
const PREPOSITIONS = new Set([
  'to',
  'into',
  'from',
  'at',
  'in',
  'on',
  'for',
  'with',
  'by',
  'of',
  'across',
  'toward',
  'towards',
  'through',
  'under',
  'about',
  'around',
  'after',
  'before',
  'during',
  'near',
])
// Words an object may open with besides a determiner ("pull all its troops out", "send some of them back").
const OBJECT_WORDS = new Set(['all', 'some', 'any', 'both', 'more', 'most', 'many', 'few', 'several', 'every', 'each', 'it', 'them', 'him', 'her', 'us', 'me'])
// What may follow such a particle: a preposition or the next clause ("pull them out of ...", "... out and when").
const AFTER_PARTICLE = new Set(['on', 'of', 'from', 'to', 'in', 'at', 'for', 'after', 'before', 'by', 'with', 'into', 'during', 'when', 'and'])

/**
 * The index of the particle that ends a verb's short object ("brought russian
 * troops back on ..."), when verb and particle make a verb WordNet has; else -1.
 * The particle must end the question or stand before a preposition, so "send
 * troops up north" is not "send up".
 */
export function objectThenParticle(tokens: readonly { word: string }[], verb: number, consumed: ReadonlySet<number>): number {
  // "send to the city back in the spring": a preposition after the verb opens no object.
  if (PREPOSITIONS.has(tokens[verb + 1]?.word ?? '')) return -1
  for (let k = verb + 2; k <= verb + 1 + MAX_OBJECT && k < tokens.length; k++) {
    const word = tokens[k]!.word
    if (consumed.has(k)) return -1
    if (SPLIT_PARTICLES.has(word)) {
      const after = tokens[k + 1]?.word
      const ends = after === undefined || AFTER_PARTICLE.has(after)
      // "start pulling out", "start pulling the troops out" are "pull out": the verb right before the particle, or the
      // one in "-ing" right after the first verb, may be the one it belongs to ("pull the last ships out" is no "last out").
      const gerund = tokens[verb + 1]!.word
      const nearer = isVerbLemma(`${tokens[k - 1]!.word}_${word}`) || (k > verb + 2 && /ing$/.test(gerund) && isVerbLemma(`${gerund}_${word}`))
      return ends && !nearer && isVerbLemma(`${tokens[verb]!.word}_${word}`) ? k : -1
    }
    if (STOP_WORDS.has(word) && !DETERMINERS.has(word) && !OBJECT_WORDS.has(word)) return -1
  }
  return -1
}

/** True when the word at `at` is the particle of a verb just before it, or before its short object ("pull the sailors out"). */
export function particleOfVerb(tokens: readonly { word: string }[], at: number): boolean {
  if (!SPLIT_PARTICLES.has(tokens[at]!.word)) return false
  for (let v = at - 1; v >= Math.max(0, at - 1 - MAX_OBJECT); v--) {
    const word = tokens[v]!.word
    if (!STOP_WORDS.has(word) && isVerbLemma(`${word}_${tokens[at]!.word}`)) return true
  }
  return false
}

// Before a multiword verb, the mark of the passive; after it, a preposition of a way gone: both tell its sense.
const PASSIVE_AUX = new Set(['was', 'were', 'got', 'get', 'gets', 'been', 'be', 'being', 'is', 'are'])
// The passive of one who underwent it: "he got locked up".
const GET = new Set(['got', 'get', 'gets', 'getting', 'gotten'])
const MOTION = new Set(['to', 'into', 'toward', 'towards', 'home', 'across', 'through'])

/**
 * Where the multiword verb of `tokens[verb]` and `tokens[particle]` stands, for
 * the slang it may be: after a passive's auxiliary, or before a way gone.
 *
 * @example
 * ```ts
 * slangContext(tokenize('when did the soldiers walk back to base'), 4, 5) // => { passive: false, got: false, motion: true }
 * ```
 */
export function slangContext(tokens: readonly { word: string }[], verb: number, particle: number): SlangContext {
  // "was the reporter kicked off": the auxiliary may stand before the subject.
  const passive = /(?:ed|en)$/.test(tokens[verb]?.word ?? '') && tokens.slice(0, verb).some((t) => PASSIVE_AUX.has(t.word))
  const got = passive && tokens.slice(0, verb).some((t) => GET.has(t.word))
  return { passive, got, motion: MOTION.has(tokens[particle + 1]?.word ?? '') }
}
