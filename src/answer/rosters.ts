import { COUNTRIES, countryOf } from '../text/index.ts'
import type { Found } from './choose.ts'
import { capitalise } from './context.ts'

/**
 * Rosters: a sentence that lists people each with a country ("joined by
 * Alexander Lukashenko of Belarus, Emomali Rahmon of Tajikistan and the Kyrgyz
 * cabinet chairman Akylbek Japarov"). Asked who came for one of those
 * countries, the one the sentence writes with it answers; the others, with a
 * country of their own or none, do not, however near the question's words
 * they stand.
 */

/** What a roster says of a person found in it, for a question about one country. */
export type RosterFit = 'fits' | 'other' | null

// A list item starts after a comma, a semicolon, a bracket, "and", "by" or "with".
const ITEM_START = /[,;(]|\b(?:and|by|with)\b/g
const OF_COUNTRY = /^\s*(?:of|from)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)/u
const IN_BRACKETS = /^\s*\((\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)\)/u

/**
 * The country a sentence writes a person with, in the person's own list item:
 * after the name ("of Belarus", "(Tajikistan)") or before it ("the Kyrgyz
 * cabinet chairman", "Belarus's"); `null` for none.
 *
 * @example
 * ```ts
 * const text = 'Putin, Alexander Lukashenko of Belarus and the Kyrgyz premier Akylbek Japarov'
 * countryTie(text, { start: 7, end: 27 })  // => 'Belarus'
 * countryTie(text, { start: 62, end: 77 }) // => 'Kyrgyzstan'
 * countryTie(text, { start: 0, end: 5 })   // => null
 * ```
 */
export function countryTie(text: string, found: Pick<Found, 'start' | 'end'>): string | null {
  const after = text.slice(found.end)
  const named = OF_COUNTRY.exec(after)?.[1] ?? IN_BRACKETS.exec(after)?.[1]
  const behind = named ? countryOf(named) : null
  if (behind) return behind
  const before = text.slice(0, found.start)
  const item = [...before.matchAll(ITEM_START)].at(-1)
  const words = before.slice(item ? item.index + item[0].length : 0).match(/\p{Lu}[\p{L}'’-]*/gu) ?? []
  for (const w of words.reverse()) {
    const country = countryOf(w)
    if (country) return country
  }
  // "Belarus's defence minister, Viktor Khrenin,": a post set off before the name, with its country's possessive.
  const post = POSSESSED_POST.exec(before)?.[1]
  return post ? countryOf(post) : null
}

const POSSESSED_POST = /(?:^|[,;(]\s*|\b(?:and|by|with)\s+)(\p{Lu}[\p{L}-]*)['’]s\s+[\p{Ll} -]{3,40},\s*$/u

/**
 * The country a question asks a post of, written as its owner: "who's
 * kazakhstan's defence minister" → Kazakhstan; `null` for none.
 *
 * @example
 * ```ts
 * postOwner("who is kazakhstan's defence minister") // => 'Kazakhstan'
 * postOwner('who led the troops sent to kazakhstan') // => null
 * ```
 */
export function postOwner(question: string): string | null {
  for (const [, owner] of question.matchAll(/\b([a-z-]+)['’]s\s+(?=[a-z])/g)) {
    const country = countryNamed(owner!)
    if (country) return country
  }
  return null
}

/**
 * For a person question about `country`, a test of what the sentence says of
 * each person found in it: `fits` for the one written with that country,
 * `other` for the rest where the sentence is a roster (two or more people,
 * each with a country, one of them the one asked about), `null` elsewhere.
 *
 * @example
 * ```ts
 * const text = 'Putin, Alexander Lukashenko of Belarus and the Kyrgyz premier Akylbek Japarov'
 * const people = [{ start: 0, end: 5 }, { start: 7, end: 27 }, { start: 62, end: 77 }]
 * const fit = rosterTest(text, people, 'Kyrgyzstan')
 * people.map(fit) // => ['other', 'other', 'fits']
 * ```
 */
export function rosterTest(text: string, people: readonly Pick<Found, 'start' | 'end'>[], country: string): (found: Pick<Found, 'start' | 'end'>) => RosterFit {
  const ties = new Set(people.map((p) => countryTie(text, p)).filter((c) => c !== null))
  if (ties.size < 2 || !ties.has(country)) return () => null
  return (found) => (countryTie(text, found) === country ? 'fits' : 'other')
}

/**
 * The one country a question names as itself ("who repped kyrgyzstan at the
 * summit", "who came for norway"), or `null` for none or several. A demonym
 * ("who led the russian troops") says whose the troops are, not whom the
 * person came for.
 *
 * @example
 * ```ts
 * countryAsked('who repped kyrgyzstan at the summit') // => 'Kyrgyzstan'
 * countryAsked('who led the russian troops')          // => null
 * ```
 */
export function countryAsked(question: string): string | null {
  const countries = new Set(
    question
      .split(/\s+/)
      .map((w) => w.replace(/['’]s$/, '').replace(/[^\p{L}-]/gu, ''))
      .map(countryNamed)
      .filter((c) => c !== null),
  )
  return countries.size === 1 ? [...countries][0]! : null
}

/** The country a question's word names as itself, in any case ("kyrgyzstan"), not by its demonym; `null` for none. */
const countryNamed = (word: string): string | null => COUNTRIES.get(capitalise(word)) ?? null
