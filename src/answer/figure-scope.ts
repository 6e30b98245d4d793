/**
 * What a figure in the right sentence may still not be: what could be rather
 * than what was ("can carry up to 15 years"), or a count told in another
 * clause than the toll a question asks for.
 */
import { tollsAsked } from './tolls.ts'
import { clausesOf } from './clauses.ts'

// Where a count's clause ends: a semicolon, or a sentence's full stop (a ticker line may run several together).
const TOLL_CLAUSE = /;\s*|\.\s+/g

// "can carry up to 15 years", "faces up to", "punishable by a maximum of": what the law allows.
const POSSIBLE =
  /\b(?:(?:can|could|may|might|would)\s+(?:carry|bring|mean|result in|exceed|reach|top|surpass|hit)|(?:carries|carry|faces?|facing|risks?|punishable by))\s+(?:(?:a|the)\s+(?:maximum|max)(?:\s+(?:sentence|penalty|term))?\s+of\s+)?(?:up to\s+)?$/i
// "in may" is a month, not what may be.
const ASKS_POSSIBLE =
  /\b(?:could|can|might|(?<!\b(?:in|by|since|until|till|before|after|from|early|mid|late|of|the)\s+)may|max|maximum|most|face|faces|facing|risk|risks|up to)\b/

/**
 * True when the figure at `start` (to `end`) is told as what could be ("a
 * charge that can carry up to 15 years", "3,600 troops on paper") and the
 * question asks what was ("how many years did he get"), not what could be
 * ("how long could he get").
 *
 * @example
 * ```ts
 * possibleOnly('how many years did lind get', 'a charge that can carry up to 20 years in prison', 30) // => true
 * ```
 */
export function possibleOnly(question: string, text: string, start: number, end = start): boolean {
  // "a total strength of 3,600 troops on paper, but has deployed only 1,900": what exists on paper, not what was done.
  const onPaper = ON_PAPER.test(text.slice(end, end + 30)) && !/\bon paper\b/.test(question)
  return (POSSIBLE.test(text.slice(Math.max(0, start - 50), start)) && !ASKS_POSSIBLE.test(question)) || onPaper
}
const ON_PAPER = /^(?:\s+[\p{L}-]+){0,3}\s+on paper\b/u

/**
 * True when the question asks for a toll ("how many were injured") and the
 * figure's own clause tells of no toll while another clause of the sentence
 * does: "ABOUT 50,000 PEOPLE TOOK PART IN RIOTS …; MORE THAN 4,300 INJURED".
 *
 * @example
 * ```ts
 * const text = '50,000 people took part; more than 4,300 injured'
 * tollElsewhere('how many were injured', text, 0) // => true
 * ```
 */
export function tollElsewhere(question: string, text: string, start: number): boolean {
  const asked = tollsAsked(question)
  if (asked.length === 0) return false
  const clauses = clausesOf(text, TOLL_CLAUSE)
  const at = clauses.findLast((c) => c.start <= start) ?? clauses[0]!
  // "Deaths: 227 (official); 225 announced 15 January": a line's label speaks for every clause of it.
  const label = /^[^:\n]{1,40}:/.exec(text.slice(text.lastIndexOf('\n', start) + 1))?.[0] ?? ''
  const own = label + at.text
  const rest = clauses
    .filter((c) => c !== at)
    .map((c) => c.text)
    .join(' ')
  return !asked.some((re) => re.test(own)) && asked.some((re) => re.test(rest))
}

// "230 people died across the country", "nationwide": a figure of the whole country.
const COUNTRYWIDE = /^[^,;.]{0,30}?\b(?:across the (?:country|nation)|nationwide|countrywide|throughout the country|in the whole country)\b/i

/**
 * True when the question asks a figure of a place within a country ("how many died in almaty alone") and the
 * sentence tells this one as the whole country's ("said 230 people died across the country, … 139 of the deaths
 * were in Almaty"). `places` are the question's words for places that are no country.
 *
 * @example
 * ```ts
 * countrywide(['almaty'], 'He said 230 people died across the country.', 11) // => true
 * ```
 */
export function countrywide(places: readonly string[], text: string, end: number): boolean {
  return places.length > 0 && COUNTRYWIDE.test(text.slice(end))
}
