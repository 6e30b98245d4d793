import { CAPITALS, COUNTRIES, DEMONYMS } from '../text/index.ts'

/**
 * Who speaks for a speaker a question types: a body or an official of a state,
 * and the forms a typed name is looked up by.
 */

// What names a body of a state ("Russian Foreign Ministry"), or an official's role that speaks for one ("Foreign
// Minister", "Kremlin spokesman").
const OFFICIAL = /\b(?:minister|ministry|premier|chancellor|spokes(?:man|woman|person)|kremlin|president|government|ambassador|presidential)\b/i
// A post held once speaks for no state now: "Former German Chancellor", "ex-minister", "the late president".
const FORMER = /\b(?:former|late|then|one-?time|retired)\b|\bex-/i
const BODY = /\b(?:Ministry|Government|Kremlin|Office|Committee|Service|Agency|Council|Embassy|Parliament|Presidency|Administration|Department|Cabinet)\b/

/**
 * The ways to look a typed speaker up: as typed, without a leading article, a
 * capital as its country, and a country by its adjective where that opens a
 * post of its state ("china" → "Chinese President …", not "Chinese Olympic
 * Committee", "British Columbia Premier" nor "former Chinese President"). A
 * country or capital speaks only through its bodies and officials, or itself.
 *
 * @example
 * ```ts
 * speakerForms('beijing').map((f) => f.name) // => ['beijing', 'China', 'Chinese']
 * ```
 */
export function speakerForms(typed: string): { name: string; country: boolean; post?: RegExp }[] {
  const bare = typed.replace(/^(?:the|a|an)\s+/i, '')
  const written = bare.charAt(0).toUpperCase() + bare.slice(1).toLowerCase()
  const named = COUNTRIES.get(written) ?? null
  const country = CAPITALS.get(written) ?? named
  const own = [...new Set([typed, bare])].map((name) => ({ name, country: named !== null }))
  if (!country) return own
  const adjectives = [...DEMONYMS].filter(([, c]) => c === country).map(([form]) => ({ name: form, country: true, post: statePost(form) }))
  return [...own, { name: country, country: true }, ...adjectives]
}

// The words between a country's adjective and its state's post: "Chinese Foreign Ministry", "Turkish Deputy Prime Minister".
const POST_WORDS = String.raw`(?:(?:foreign|defen[cs]e|interior|finance|trade|economy|deputy|vice|prime|first|state|national|security)\s+)*`
const POSTS = String.raw`(?:president|premier|minister|ministry|government|embassy|ambassador|chancellor|spokes(?:man|woman|person)|presidency|cabinet|office|department)`
// The adjective opens the title: "former Chinese President", "Lumin's American President" speak for no state.
const statePost = (adjective: string): RegExp => new RegExp(String.raw`^(?:the\s+)?${adjective}\s+${POST_WORDS}${POSTS}\b`, 'i')

/**
 * True when `quote`'s speaker speaks for the typed speaker's `form`: any speaker
 * for a name; for a country or capital, one of its bodies, a serving official,
 * or the state itself ("Jordan said …"); for its adjective, a post of its state
 * that the adjective opens ("Chinese Foreign Ministry spokesman").
 *
 * @example
 * ```ts
 * speaksFor({ name: 'Chinese', country: true, post }, { speaker: 'Guo Ren', role: 'Chinese Foreign Ministry spokesman' }) // => true
 * ```
 */
export function speaksFor(form: { country: boolean; post?: RegExp }, quote: { speaker: string; role: string | null }): boolean {
  const role = quote.role ?? ''
  if (form.post && !form.post.test(role) && !form.post.test(quote.speaker)) return false
  if (!form.country) return true
  const state = BODY.test(quote.speaker) || OFFICIAL.test(role) || COUNTRIES.has(quote.speaker) || CAPITALS.has(quote.speaker)
  return state && !FORMER.test(role)
}
