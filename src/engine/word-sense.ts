/**
 * What the engine knows of a question's words from the corpus it answers
 * from: whether a word is one the articles use, whether they write it as a
 * name, how common a name is, what a "how many" question counts, and what a
 * word typed wrong was meant to be.
 */
import {
  STOP_WORDS,
  canonicalTerm,
  countryOf,
  foldText,
  isAdverbOnly,
  isChatWord,
  isLemma,
  lemmaOf,
  oneEditAway,
  spellTerm,
  tokenize,
  type Speller,
} from '../text/index.ts'
import { findQuantities, type QuestionAnalysis } from '../answer/index.ts'
import { conceptMatch, questionNames, type Concept } from '../search/index.ts'
import type { EngineState } from './state.ts'

// Fewer passages than this say nothing of which names are common.
const COMMON_MIN_PASSAGES = 100
// A word the articles write with a capital in this share of the sentences sampled is a name.
const PROPER_SAMPLE = 8
const PROPER_SHARE = 0.8
// "wasnt", "theyre": a contraction typed without its apostrophe, not a typo of "want" or "there".
const contraction = (word: string): boolean => {
  const m = /^(\p{L}+?)(?:nt|re|ve|ll|s|d|m)$/u.exec(word)
  return m !== null && STOP_WORDS.has(m[1]!)
}
// Shorter words are put right by no one edit surely ("sent" and "send", "tank" and "task").
const MIN_RESPELT = 4

/** The word-level lookups of {@link createWordSense}. */
export interface WordSense {
  /** True when the articles use `word` (as its canonical term). */
  isKnownWord: (word: string) => boolean
  /** The names a question gives, those typed in lower case among them. */
  namesIn: (question: string) => Set<string>
  /** The concept a "how many" question counts, if the question's concepts hold it. */
  focusConcept: (qa: QuestionAnalysis, concepts: readonly Concept[]) => Concept | null
  /** True when `text` gives a figure of the thing `focus` is. */
  countsConcept: (text: string, focus: Concept) => boolean
  /** From 0 (rare) to 1 (in a fifth of the passages or more): how common a name's rarest word is. */
  commonness: (name: string) => number
  /**
   * The question with each typo put right where one edit makes it the word the speller takes it for ("sned" →
   * "send"); a word English has, the articles use, or chat spells out stays as typed, and so does a capitalised one.
   */
  spellQuestion: (question: string) => string
}

/**
 * The {@link WordSense} of an engine over `state`, its spelling corrected by `speller`.
 *
 * @example
 * ```ts
 * const { isKnownWord } = createWordSense(state, createSpeller(state.index.vocabulary))
 * isKnownWord('troops') // => true (the articles say 'troop')
 * ```
 */
export function createWordSense(state: EngineState, speller: Speller): WordSense {
  const { lexicon, index } = state
  const { articles } = state.corpus
  const isKnownWord = (word: string) => {
    const term = canonicalTerm(lexicon, word)
    return term !== null && index.vocabulary.has(term)
  }
  // A name typed in lower case ("where was the hq in almaty") is still a name: the articles capitalise it, often, or
  // the one time they write it.
  const written = new Map<string, 'name' | 'once' | 'word'>()
  const asWritten = (term: string): 'name' | 'once' | 'word' => {
    let known = written.get(term)
    if (known === undefined) {
      let capitalised = 0
      let seen = 0
      let acronym = 0
      for (const hit of index.search([{ term, weight: 1 }], PROPER_SAMPLE)) {
        const p = index.passage(hit.passage)!
        const text = articles[p.article]!.sentences[p.sentence]!.text
        // A line in capitals throughout ("TROOPS BEGIN WITHDRAWAL") says nothing of how a word is written.
        const shouting = (text.match(/\p{Lu}/gu)?.length ?? 0) > (text.match(/\p{Ll}/gu)?.length ?? 0)
        for (const [i, t] of tokenize(text).entries()) {
          if (canonicalTerm(lexicon, t.word) !== term) continue
          // Capitals open every sentence, but an acronym is written in capitals wherever it stands ("UN spokesperson …").
          if (!shouting && /^\p{Lu}{2,}$/u.test(text.slice(t.start, t.end))) acronym++
          if (i === 0) continue
          seen++
          if (/^\p{Lu}/u.test(text.slice(t.start, t.end))) capitalised++
        }
      }
      known = (seen >= 2 && capitalised >= PROPER_SHARE * seen) || (acronym > 0 && acronym >= seen) ? 'name' : seen === 1 && capitalised === 1 ? 'once' : 'word'
      if (written.size > 10_000) written.clear()
      written.set(term, known)
    }
    return known
  }
  const namesIn = (question: string): Set<string> => {
    const names = questionNames(question, lexicon)
    for (const t of tokenize(question)) {
      const term = STOP_WORDS.has(t.word) ? null : canonicalTerm(lexicon, t.word)
      if (term === null) continue
      // A country or its people ("chinese soldiers") is a name whether or not the articles ever write it.
      // A word English lacks that the articles write once, capitalised ("deaths in Shymkent"), is a name too.
      const form = index.vocabulary.has(term) ? asWritten(term) : 'word'
      const named = form === 'name' || (form === 'once' && !isLemma(lemmaOf(t.word)))
      if (named || countryOf(t.word.charAt(0).toUpperCase() + t.word.slice(1)) !== null) names.add(term)
    }
    return names
  }
  // What "how many" counts, found among the concepts as the speller corrected them ("soliders" → "soldier").
  const focusConcept = (qa: QuestionAnalysis, concepts: readonly Concept[]): Concept | null => {
    const term = qa.focus ? canonicalTerm(lexicon, foldText(qa.focus)) : null
    if (term === null) return null
    // A word English has ("tanks") is not a typo of one the articles use ("task").
    const fixed = spellTerm(foldText(qa.focus!), term, index.vocabulary, speller) ?? term
    return concepts.find((c) => c.word === fixed || c.terms.some((t) => t.term === fixed && t.weight === 1)) ?? null
  }
  // "How many Russians ...?": a sentence that counts the very thing ("roughly 3,000 Russians") is likely to answer,
  // whatever words it says the rest in.
  const countsConcept = (text: string, focus: Concept): boolean =>
    findQuantities(text).some(
      (q) =>
        !q.isYear &&
        q.unit !== null &&
        q.unit.split(/\s+/).some((w) => {
          const term = canonicalTerm(lexicon, foldText(w))
          return term !== null && conceptMatch(focus, new Set([term])) >= 0.5
        }),
    )
  // The share of passages with the name's rarest word, against a fifth of them; in a handful of
  // sentences every name is common, so a small corpus calls none so.
  const commonness = (name: string) => {
    if (index.size < COMMON_MIN_PASSAGES) return 0
    let share = 1
    for (const t of tokenize(name)) {
      const term = canonicalTerm(lexicon, t.word)
      if (term !== null) share = Math.min(share, (index.vocabulary.get(term) ?? 0) / Math.max(1, index.size))
    }
    return Math.min(1, share / 0.2)
  }
  // "how many troops did armenia sned": the word one edit away that means what the speller takes the typo for, so
  // that every rule reads the question's verb, not only the search.
  const respell = (word: string): string => {
    if (word.length < MIN_RESPELT || !/^[a-z]+$/.test(word) || isLemma(word)) return word
    // "officialy", "finaly": an adverb typed with its double l single is that adverb, though no article uses it
    // ("official" is as near, but no adverb; "daly" is no "dally"). Read as a stem the articles have, it asked for
    // "official" as much as for the question's rarest word.
    const adverb = word.replace(/([^l])ly$/, '$1lly')
    if (adverb !== word && isAdverbOnly(adverb)) return adverb
    if (isKnownWord(word) || isChatWord(word) || contraction(word)) return word
    // "befor", "becuase": a word of the question's frame typed a letter off reads as that word ("who was pm befor"),
    // unless a word the articles use is as near ("tols" is "toll" as much as "told").
    const near = oneEditAway(word)
    const frame = STOP_WORDS.has(word) ? undefined : near.find((w) => w.length >= MIN_RESPELT && STOP_WORDS.has(w))
    if (frame !== undefined && !near.some((w) => !STOP_WORDS.has(w) && isKnownWord(w))) return frame
    const term = canonicalTerm(lexicon, word)
    const meant = term === null ? null : spellTerm(word, term, index.vocabulary, speller)
    if (meant === null || meant === term) return word
    // A word English has, or a name the articles use as written ("tokayev"), not a stem's neighbour ("governent").
    const real = (w: string) => isLemma(w) || (w === canonicalTerm(lexicon, w) && isKnownWord(w))
    return near.find((w) => real(w) && canonicalTerm(lexicon, w) === meant) ?? word
  }
  const spellQuestion = (question: string): string => question.replace(/\p{L}+/gu, respell)
  return { isKnownWord, namesIn, focusConcept, countsConcept, commonness, spellQuestion }
}
