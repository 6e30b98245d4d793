import { COUNTRIES, DEMONYMS, canonicalTerm, countryOf, expandWord, isLemma, type Lexicon } from '../text/index.ts'
import type { WeightedTerm } from './search.ts'

/**
 * The other words of a name a question gives, as index terms: a country's ("britain", "uk" for "british"), or the
 * word an abbreviation stands for ("television" for "TV", which the articles write in capitals as if a name).
 *
 * @example
 * ```ts
 * nameForms('british', 'british', lexicon) // => [{ term: 'britain', weight: 1 }, { term: 'uk', weight: 1 }, …]
 * nameForms('tv', 'tv', lexicon)           // => [{ term: 'televis', weight: 0.6 }, …]
 * ```
 */
export function nameForms(word: string, term: string, lexicon: Lexicon): WeightedTerm[] {
  const country = countryOf(word.charAt(0).toUpperCase() + word.slice(1))
  if (country === null) return word.length <= MAX_ABBREVIATION && isLemma(word) ? spelledOut(word, term, lexicon) : []
  const forms = new Set<string>()
  for (const form of formsOf().get(country) ?? []) {
    const t = canonicalTerm(lexicon, form)
    if (t !== null && t !== term) forms.add(t)
  }
  return [...forms].map((t) => ({ term: t, weight: 1 }))
}

// Each country's one-word names and demonyms, lower case, gathered once.
let countryWords: Map<string, string[]> | undefined
function formsOf(): Map<string, string[]> {
  if (countryWords) return countryWords
  countryWords = new Map()
  for (const [form, country] of [...COUNTRIES, ...DEMONYMS])
    if (!/\s/.test(form)) countryWords.set(country, [...(countryWords.get(country) ?? []), form.toLowerCase()])
  return countryWords
}

// An abbreviation is this short ("TV"); its synonyms WordNet gives as one word are what it stands for.
const MAX_ABBREVIATION = 3
const SYNONYM = 0.6
function spelledOut(word: string, term: string, lexicon: Lexicon): WeightedTerm[] {
  const out = new Map<string, number>()
  for (const [lemma, weight] of expandWord(word)) {
    const t = weight >= SYNONYM && !lemma.includes('_') ? canonicalTerm(lexicon, lemma) : null
    if (t !== null && t !== term) out.set(t, Math.max(out.get(t) ?? 0, weight))
  }
  return [...out].map(([t, weight]) => ({ term: t, weight }))
}
