import { STOP_WORDS, tokenize } from '../text/index.ts'
import { canonicalTerm, type Lexicon } from '../text/index.ts'
import type { SearchIndex, WeightedTerm } from './search.ts'
import { editDistance, type Speller } from '../text/index.ts'

/**
 * Turns a question's words into concepts and scores how well a passage covers
 * them. A concept is one idea of the question (a word, or a name spelt several
 * ways) with the terms that express it; coverage is the share of the question's
 * concepts, weighted by rarity, that a passage and its neighbours contain.
 */

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
}

// Words that shape a question without naming what it is about.
const QUESTION_ONLY = new Set(['happen', 'happened', 'happens', 'exactly', 'actually', 'really', 'did', 'kind', 'sort', 'type'])

/**
 * The concepts of a question's content words. Unknown words are matched to the
 * closest indexed term; a word nothing in the corpus resembles stays as an
 * unmatchable concept, so a question about something the articles never
 * mention covers little of any passage.
 *
 * @example
 * ```ts
 * buildConcepts('how mny trops were in the csto force', index, speller).map(c => c.word)
 * // => ['troop', 'csto', 'forc']
 * ```
 */
export function buildConcepts(
  text: string,
  index: SearchIndex,
  speller: Speller,
  lowWeight: ReadonlySet<string> = new Set(),
  names: ReadonlySet<string> = new Set(),
): Concept[] {
  const { lexicon, vocabulary } = index
  const total = Math.max(1, index.size)
  const idf = (term: string) => Math.log(1 + total / Math.max(1, vocabulary.get(term) ?? 0.5))
  const concepts: Concept[] = []
  const tokens = tokenize(text)
  const terms = tokens.map((t) => (STOP_WORDS.has(t.word) || QUESTION_ONLY.has(t.word) ? null : canonicalTerm(lexicon, t.word)))
  const consumed = new Set<number>()
  // Expanded names first ("Collective Security Treaty Organization" is one idea, the acronym).
  for (let size = lexicon.maxPhrase; size >= 2; size--) {
    for (let i = 0; i + size <= terms.length; i++) {
      const window = terms.slice(i, i + size)
      if (window.some((t, k) => t === null || consumed.has(i + k))) continue
      const acronym = lexicon.phrases.get(window.join(' '))
      if (!acronym) continue
      for (let k = 0; k < size; k++) consumed.add(i + k)
      concepts.push({ word: acronym, terms: [{ term: acronym, weight: 1 }], weight: idf(acronym), named: true, known: vocabulary.has(acronym) })
    }
  }
  const seen = new Set<string>(concepts.map((c) => c.word))
  for (const [i, raw] of terms.entries()) {
    if (raw === null || consumed.has(i)) continue
    const term = vocabulary.has(raw) ? raw : (speller.correct(raw) ?? (STOP_WORDS.has(correctToStop(tokens[i]!.word)) ? null : raw))
    if (term === null || seen.has(term)) continue
    seen.add(term)
    // "trops ... force": two words for one idea count once.
    const same = concepts.find((c) => c.terms.some((t) => t.term === term))
    if (same) {
      same.weight = Math.max(same.weight, idf(term))
      for (const t of same.terms) if (t.term === term) t.weight = 1
      continue
    }
    const alternatives: WeightedTerm[] = [{ term, weight: 1 }]
    for (const [synonym, weight] of lexicon.synonyms.get(term) ?? []) alternatives.push({ term: synonym, weight })
    const weight = idf(term) * (lowWeight.has(tokens[i]!.word) ? 0.3 : 1)
    const known = alternatives.some((t) => vocabulary.has(t.term))
    concepts.push({ word: term, terms: alternatives, weight, named: names.has(raw) || names.has(term), known })
  }
  return concepts
}

function correctToStop(word: string): string {
  for (const stop of STOP_WORDS) if (stop.length >= 3 && stop[0] === word[0] && editDistance(stop, word, 1) <= 1) return stop
  return word
}

/** All the terms of the concepts, for the search index. */
export function queryTerms(concepts: readonly Concept[]): WeightedTerm[] {
  const best = new Map<string, number>()
  for (const c of concepts) for (const t of c.terms) best.set(t.term, Math.max(best.get(t.term) ?? 0, t.weight * c.weight))
  return [...best].map(([term, weight]) => ({ term, weight }))
}

/** How much of a concept a set of terms expresses: the best weight among its terms found there. */
export function conceptMatch(concept: Concept, terms: ReadonlySet<string>): number {
  let best = 0
  for (const t of concept.terms) if (t.weight > best && terms.has(t.term)) best = t.weight
  return best
}

/**
 * The share of the concepts (by weight) a passage covers: fully in the sentence
 * itself, half in the sentences either side, less in the article title.
 */
/**
 * A lookup, for one question, of whether an article names a concept anywhere
 * (the article given by its first passage), for {@link coverage}; each article
 * is scanned at most once per concept.
 */
export function articleLookup(index: SearchIndex): (firstPassage: number, concept: Concept) => boolean {
  const seen = new Map<string, boolean>()
  return (first, concept) => {
    const key = `${first}:${concept.word}`
    const known = seen.get(key)
    if (known !== undefined) return known
    const article = index.passage(first)?.article
    let found = false
    for (let id = first, p = index.passage(id); p && p.article === article && !found; p = index.passage(++id)) found = conceptMatch(concept, p.terms) > 0
    seen.set(key, found)
    return found
  }
}

/**
 * The terms of the names in a question as asked: capitalised words after the
 * first, and all-capital words anywhere ("NATO", "Turkey", "Soviet Union").
 */
export function questionNames(question: string, lexicon: Lexicon): Set<string> {
  const names = new Set<string>()
  for (const [i, token] of tokenize(question).entries()) {
    const raw = question.slice(token.start, token.end)
    const capital = /^\p{Lu}/u.test(raw) && (i > 0 || /^\p{Lu}[\p{Lu}.]+$/u.test(raw))
    if (!capital) continue
    const term = canonicalTerm(lexicon, token.word)
    if (term !== null) names.add(term)
  }
  return names
}

export function coverage(
  concepts: readonly Concept[],
  id: number,
  index: SearchIndex,
  titleTerms: ReadonlySet<string>,
  articleHas: (firstPassage: number, concept: Concept) => boolean = () => false,
): number {
  const total = concepts.reduce((sum, c) => sum + c.weight, 0)
  const passage = index.passage(id)
  if (total === 0 || !passage) return 0
  // Passages are stored in reading order, so an article's neighbours sit at id ± 1.
  const before = index.passage(id - 1)
  const after = index.passage(id + 1)
  const prev = before?.article === passage.article ? before : undefined
  const next = after?.article === passage.article ? after : undefined
  let got = 0
  let missingName = false
  for (const c of concepts) {
    const own = conceptMatch(c, passage.terms)
    // A sentence that opens with "He"/"She" is about whom the sentence before names.
    const fromPrev = prev ? conceptMatch(c, prev.terms) * (passage.continues ? 0.9 : 0.5) : 0
    const near = Math.max(fromPrev, next ? conceptMatch(c, next.terms) * 0.5 : 0)
    const title = conceptMatch(c, titleTerms) * 0.3
    const match = Math.max(own, near, title)
    // The article may name it once and then say "the alliance": only an article that never names it is about something else.
    if (c.named && match === 0 && !articleHas(id - passage.sentence, c)) missingName = true
    got += c.weight * match
  }
  // "When was NATO founded?" is not answered by a sentence about the CSTO's founding.
  return (got / total) * (missingName ? 0.5 : 1)
}
