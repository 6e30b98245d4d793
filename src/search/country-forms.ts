import { COUNTRIES, DEMONYMS, canonicalTerm, countryOf, type Lexicon } from '../text/index.ts'
import type { WeightedTerm } from './search.ts'

/** The other words of a country a question names ("britain", "uk" for "british"), as index terms. */
export function countryForms(word: string, term: string, lexicon: Lexicon): WeightedTerm[] {
  const country = countryOf(word.charAt(0).toUpperCase() + word.slice(1))
  if (country === null) return []
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
