/**
 * Typo tolerance for questions: a word the index has never seen is matched to
 * the closest term it has ("trops" → "troop"), or to a stop word ("mny" →
 * "many"), which then drops out of the query.
 */
import { isLemma } from './parts-of-speech.ts'

/**
 * Optimal string alignment distance (Levenshtein with adjacent transpositions),
 * giving up early once it exceeds `max`: then it returns `max + 1`.
 *
 * @example
 * ```ts
 * editDistance('trops', 'troop', 2) // => 1
 * editDistance('teh', 'the', 2)     // => 1
 * ```
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  let prevPrev: number[] = []
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prevPrev[j - 2]! + 1)
      row.push(d)
      if (d < rowMin) rowMin = d
    }
    if (rowMin > max) return max + 1
    prevPrev = prev
    prev = row
  }
  return prev[b.length]!
}

/** How many edits a word of this length may carry and still be recognised. */
export function allowedEdits(length: number): number {
  if (length <= 3) return 0
  if (length <= 6) return 1
  return 2
}

/** A speller over a fixed vocabulary. */
export interface Speller {
  /** The closest known term, or `null` when none is close enough. */
  correct(term: string): string | null
}

/**
 * Builds a speller over `vocabulary` (term → how many passages contain it).
 * Among equally close terms the most frequent wins; answers are cached.
 *
 * @example
 * ```ts
 * createSpeller(new Map([['troop', 5], ['tree', 1]])).correct('trops') // => 'troop'
 * ```
 */
export function createSpeller(vocabulary: ReadonlyMap<string, number>): Speller {
  const byLength = new Map<number, string[]>()
  for (const term of vocabulary.keys()) {
    const bucket = byLength.get(term.length) ?? []
    bucket.push(term)
    byLength.set(term.length, bucket)
  }
  const cache = new Map<string, string | null>()
  return {
    correct(term) {
      if (vocabulary.has(term)) return term
      const cached = cache.get(term)
      if (cached !== undefined) return cached
      const max = allowedEdits(term.length)
      let best: string | null = null
      let bestDistance = max + 1
      let bestCount = 0
      for (let len = term.length - max; len <= term.length + max; len++) {
        for (const candidate of byLength.get(len) ?? []) {
          // A typo rarely changes a word's first letter; requiring it keeps this fast on large vocabularies.
          if (candidate[0] !== term[0]) continue
          const d = editDistance(term, candidate, max)
          const count = vocabulary.get(candidate) ?? 0
          if (d < bestDistance || (d === bestDistance && d <= max && count > bestCount)) {
            best = d <= max ? candidate : null
            bestDistance = d
            bestCount = count
          }
        }
      }
      cache.set(term, best)
      return best
    },
  }
}

/**
 * The term a question's word stands for, its spelling corrected: `term` (the
 * word's canonical term) when English has the word, or when the articles use
 * the term and no known term is closer to the word as typed; otherwise the
 * closest known term, or `null` when none is close. `word` is folded.
 *
 * @example
 * ```ts
 * spellTerm('trops', 'trop', vocabulary, speller)       // => 'troop'
 * spellTerm('soliders', 'solid', vocabulary, speller) // => 'soldier' (as typed, two edits away)
 * spellTerm('tanks', 'tank', vocabulary, speller)     // => 'tank' (English, though no article has it)
 * ```
 */
export function spellTerm(word: string, term: string, vocabulary: ReadonlyMap<string, number>, speller: Speller): string | null {
  if (isLemma(word)) return term
  // A stem is shorter than the word typed and so allowed fewer edits: "soliders" stems to "solid", two edits from "soldier".
  // "pirce" stems to "pirc", a letter from "piec" (piece); as typed it is two letters swapped in "price".
  if (!vocabulary.has(term)) {
    const fromTerm = speller.correct(term)
    const fromWord = speller.correct(word)
    return fromTerm !== null && fromWord !== null && editDistance(word, fromWord) < editDistance(word, fromTerm) ? fromWord : (fromTerm ?? fromWord)
  }
  if (word === term) return term
  const closer = speller.correct(word)
  return closer !== null && editDistance(word, closer) < editDistance(word, term) ? closer : term
}

/**
 * The words one edit away from `word`, likeliest typo first: a letter left
 * out ("goverment"), two side by side swapped ("sned"), a letter changed, and
 * a letter put in.
 *
 * @example
 * ```ts
 * oneEditAway('sned').includes('send') // => true
 * ```
 */
export function oneEditAway(word: string): string[] {
  const letters = 'abcdefghijklmnopqrstuvwxyz'
  const missing: string[] = []
  const swapped: string[] = []
  const changed: string[] = []
  const extra: string[] = []
  for (let i = 0; i <= word.length; i++) {
    for (const c of letters) missing.push(word.slice(0, i) + c + word.slice(i))
    if (i === word.length) continue
    extra.push(word.slice(0, i) + word.slice(i + 1))
    if (i + 1 < word.length) swapped.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2))
    for (const c of letters) if (c !== word[i]) changed.push(word.slice(0, i) + c + word.slice(i + 1))
  }
  return [...missing, ...swapped, ...changed, ...extra]
}
