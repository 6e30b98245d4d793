import { CAPITALS } from '../text/index.ts'

/**
 * Who speaks for a speaker a question types: a body or an official of a state,
 * and the forms a typed name is looked up by.
 */

// What names a body of a state ("Russian Foreign Ministry"), or an official's role that speaks for one ("Foreign
// Minister", "Kremlin spokesman").
export const OFFICIAL = /\b(?:minister|ministry|spokes(?:man|woman|person)|kremlin|president|government|ambassador|presidential)\b/i
export const BODY =
  /\b(?:Ministry|Government|Kremlin|Office|Committee|Service|Agency|Council|Embassy|Parliament|Presidency|Administration|Department|Cabinet)\b/

/** The ways to look a typed speaker up: as typed, without a leading article, and a capital as its country. */
export function speakerForms(typed: string): { name: string; country: boolean }[] {
  const bare = typed.replace(/^(?:the|a|an)\s+/i, '')
  const country = CAPITALS.get(bare.charAt(0).toUpperCase() + bare.slice(1).toLowerCase())
  return [...new Set([typed, bare])].map((name) => ({ name, country: false })).concat(country ? [{ name: country, country: true }] : [])
}
