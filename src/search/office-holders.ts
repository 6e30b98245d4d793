/**
 * Who an article means by "the president" or "the prime minister": the one
 * person it names with that title ("President Ivo Lask", "Norland's Prime
 * Minister Ana Berg") plainly more often than anyone else it titles so. News
 * copy gives the name once and then the office ("…," the president said).
 */
import { CALENDAR_WORDS, countryOf, type Lexicon } from '../text/index.ts'
import { analyzeText } from './analyze.ts'
import type { Article } from '../corpus/index.ts'

/** An office a definite description names. */
type Office = 'president' | 'prime minister'

/** The person an office stands for in one article: the surname's index term, and the country the title gives, if any. */
interface Holder {
  term: string
  country: string | null
}

// A title before a name: "President Ivo Lask", "Norland's Prime Minister Ana Berg", "President of Norland Ivo Lask".
// The word before the title may qualify it (a country, "former"); the name is up to four capitalised words.
const TITLED =
  /(?:([\p{L}.’'-]+)\s+)?(?<![-\p{L}])(President|Prime Minister|Premier|Head of State)\s+(?:of\s+(?:the\s+)?(?:Republic\s+of\s+)?(\p{Lu}\p{L}+)\s+)?((?:\p{Lu}[\p{L}’'-]+\s+){0,3}\p{Lu}[\p{L}’'-]+)/gu
// The office described again, alone or with its country ("the Norlandic president"); "the president of X" is X's.
const DESCRIBED = /\bthe\s+(?:([\p{L}’']+)\s+)?(president|prime minister|premier|head of state)\b(?!\s+of\b|-)/giu
// A title that is no longer or not quite the office: "former President", "Vice President", "First President".
const NOT_THE_OFFICE = /^(?:former|first|ex|vice|deputy|late|then|outgoing|previous|dismissed|ousted)$/i
// A holder named this many times as often as the next is whom the office means.
const PLAINLY_MORE = 2

const officeOf = (title: string): Office => (/^(?:prime minister|premier)$/i.test(title) ? 'prime minister' : 'president')

/**
 * Each office's holder in `article`: the surname term of the person it names
 * with the title plainly most often; an office two people are named with about
 * as often has none.
 *
 * @example
 * ```ts
 * officeHolders(lexicon, article).get('president') // => { term: 'lask', country: 'Norland' }
 * ```
 */
export function officeHolders(lexicon: Lexicon, article: Article): Map<Office, Holder> {
  const counts = new Map<Office, Map<string, { n: number; country: string | null }>>()
  for (const text of [article.title, article.text]) {
    for (const m of text.matchAll(TITLED)) {
      const [, before, title, of, name] = m
      if (before && NOT_THE_OFFICE.test(before.replace(/-$/, ''))) continue
      // "President Ivo Lask on Monday said": a day after a name is no part of it.
      const words = name!.split(/\s+/)
      while (words.length > 0 && CALENDAR_WORDS.has(words.at(-1)!)) words.pop()
      const term = words.length > 0 ? analyzeText(lexicon, words.at(-1)!.replace(/['’]s$/, '')).at(-1) : undefined
      if (!term) continue
      const office = officeOf(title!)
      const byTerm = counts.get(office) ?? new Map<string, { n: number; country: string | null }>()
      counts.set(office, byTerm)
      const seen = byTerm.get(term) ?? { n: 0, country: null }
      seen.n++
      seen.country ??= countryOf((of ?? before ?? '').replace(/['’]s$/, ''))
      byTerm.set(term, seen)
    }
  }
  const holders = new Map<Office, Holder>()
  for (const [office, byTerm] of counts) {
    const [first, second] = [...byTerm].sort((a, b) => b[1].n - a[1].n)
    if (first && (!second || first[1].n >= PLAINLY_MORE * second[1].n)) holders.set(office, { term: first[0], country: first[1].country })
  }
  return holders
}

/**
 * The surname terms of the holders a text describes by office ("the
 * president said", "the Norlandic prime minister"); a description with a
 * country is its holder's only when the article titles that holder with the same country.
 *
 * @example
 * ```ts
 * describedHolders('"We will stay," the president said.', holders) // => ['lask']
 * ```
 */
export function describedHolders(text: string, holders: ReadonlyMap<Office, Holder>): string[] {
  const found: string[] = []
  for (const m of text.matchAll(DESCRIBED)) {
    const holder = holders.get(officeOf(m[2]!))
    if (!holder) continue
    const country = m[1] ? countryOf(m[1].charAt(0).toUpperCase() + m[1].slice(1).replace(/['’]s$/, '')) : null
    // "the new president", "the former prime minister": someone the office no longer, or not yet, stands for.
    if (m[1] && country === null) continue
    if (country !== null && country !== holder.country) continue
    if (!found.includes(holder.term)) found.push(holder.term)
  }
  return found
}

/** True when a text may describe someone by office, so is worth {@link describedHolders}. */
export const mayDescribeHolder = (text: string): boolean => /\b(?:president|prime minister|premier|head of state)\b/i.test(text)
