import type { WeightedTerm } from './search.ts'

/** One idea of a question (a word, or a name spelt several ways) with the terms that express it. */
export interface Concept {
  /** The word as asked (after typo correction). */
  word: string
  /** Terms that express it, with what a match on each is worth. */
  terms: WeightedTerm[]
  /** Rarity weight: rare words say more about what is asked. */
  weight: number
  /** A name (capitalised in the question, or an acronym): a passage that lacks it is about something else. */
  named?: boolean
  /** Some passage of the corpus has one of its terms. */
  known?: boolean
  /** The word or words of the question it comes from, folded ("compare", "pull_out"). */
  asked?: string
  /** Counted for little (what is counted, a title before a name, an adverb): a sentence may well leave it out. */
  minor?: boolean
  /** Its full rarity where `weight` is less (a word no article uses): what it weighs in whether a short answer is bet on. */
  rarity?: number
}
