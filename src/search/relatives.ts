/**
 * What a question's word or multiword form may appear as in the articles:
 * the terms WordNet relates to it, or the plain verbs a slang form stands
 * for, kept only where some passage has them.
 */
import { canonicalTerm, expandWord, slangMeaning, type Lexicon, type SlangContext } from '../text/index.ts'
import type { WeightedTerm } from './search.ts'

// What a plain verb a slang form stands for is worth, as a synonym is.
const SLANG_WEIGHT = 0.6

// Each concept keeps its strongest few relatives: more would slow the search and blur what is asked.
const RELATIVES_KEPT = 8

/**
 * The index terms WordNet relates to a word or a multiword form, keeping only
 * terms some passage has, the strongest first.
 *
 * @example
 * ```ts
 * lexicalRelatives('pull_out', lexicon, vocabulary).map((t) => t.term) // => ['withdraw', 'withdrawal', …] where the articles have them
 * ```
 */
export function lexicalRelatives(form: string, lexicon: Lexicon, vocabulary: ReadonlyMap<string, number>, where: SlangContext = {}): WeightedTerm[] {
  const best = new Map<string, number>()
  // Chat's slang ("clapped back") means what the plain verbs do, found as a synonym's family is.
  const slang = slangMeaning(form, where).flatMap((plain): [string, number][] => [
    [plain, SLANG_WEIGHT],
    ...[...expandWord(plain)].map(([lemma, w]): [string, number] => [lemma, w * SLANG_WEIGHT]),
  ])
  for (const [lemma, weight] of [...expandWord(form), ...slang]) {
    if (lemma.includes('_')) continue
    const term = canonicalTerm(lexicon, lemma)
    if (term === null || !vocabulary.has(term) || weight <= (best.get(term) ?? 0)) continue
    best.set(term, weight)
  }
  return [...best]
    .sort((a, b) => b[1] - a[1])
    .slice(0, RELATIVES_KEPT)
    .map(([term, weight]) => ({ term, weight }))
}
