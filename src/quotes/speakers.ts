/**
 * Names of the people and bodies quoted: splitting a capitalised run into role
 * and name, telling persons from organisations and places, transliteration-
 * tolerant surname keys, and the tolerant name comparison used to merge
 * aliases ("Antony Blinken", "Anthony Blinken", "Blinken").
 */

import { ROLE_NOUNS, TITLE_WORDS_LOWER as TITLE_WORDS } from '../text/index.ts'

// Words that make a capitalised run an organisation, publication, event or place, not a person.
const BODY_WORDS = new Set(
  (
    'department ministry office council kremlin government committee organization organisation agency service ' +
    'institute institution university fund union party federation assembly parliament commission bank alliance ' +
    'pact treaty charter states nations republic administration court forces army navy embassy foundation center ' +
    'centre group association development school press news times post observer guardian journal herald tribune ' +
    'telegraph gazette courier chronicle daily dispatch bulletin review war revolution spring lands asia europe america africa east west north south central ' +
    'eastern western northern southern middle united kingdom sea river ocean region area city house senate congress ' +
    'duma club corporation company inc ltd network television tv radio channel university academy board bureau ' +
    'security studies affairs policy program programme project initiative summit conference forum islands street ' +
    // The words of a firm's or a watchdog's name ("Prism Political Risk Management", "Human Rights Watch").
    'management consulting consultancy partners associates advisors advisers analytics research intelligence holdings ' +
    'risk strategies insights watch media labs'
  ).split(' '),
)

/** Words that are capitalised only because they open a sentence, never names. */
const STOP_WORDS = new Set(
  (
    'the a an when as in on at but and if so yet this that these those after before while with without for from by ' +
    'some both meanwhile however it he she they we i you why what how who where will is are was were did do does ' +
    'has have had even obviously well let such more return over yes no rather forcing indeed according judging ' +
    'personally think then there here now also only all any one two three many most other another each every ' +
    'not our their his her its my your to of into than since because although though until unless whether which ' +
    'allegedly apparently probably definitely namely conceived source comments article leave post photo ' +
    'could would should may might must can shall did does do let'
  ).split(' '),
)

// Nationality and country adjectives that may precede a name ("Belarusian Alexander Lukashenko").
const DEMONYM =
  /^(?:[A-Z][a-z]+(?:ian|ean|ese|ish|ic)|US|U\.S\.|UK|EU|Kazakh|Russian|American|Soviet|Chinese|French|German|Turkish|Uzbek|Tajik|Kyrgyz|Thai|Greek|Czech|Dutch|Swiss|Iraqi|Israeli|Pakistani|Afghan|Armenian|Georgian)$/

// First names that do not follow the "-a is female" rule of thumb.
const MALE_A = new Set('nikita ilya foma kuzma luca joshua jonah noah elijah andrea sasha misha'.split(' '))
const FEMALE_OTHER = new Set(
  (
    'ann anne elizabeth jennifer karen alison kristin susan helen ellen catherine caroline rachel sarah ruth mary ' +
    'nancy hillary christine nicole michelle jen jill kate jane janet judith madeleine liz margaret marine ingrid ' +
    'ursule agnes beatrice esther miriam carol frances lynn kim'
  ).split(' '),
)

/** A token that can be part of a personal name: capitalised, not a stop, title or body word. */
export function isNameToken(token: string): boolean {
  const lower = token.toLowerCase().replace(/[’']s$/, '')
  if (!/^\p{Lu}[\p{Ll}\p{M}'’-]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)*$/u.test(token)) return false
  return !STOP_WORDS.has(lower) && !TITLE_WORDS.has(lower) && !BODY_WORDS.has(lower) && !/stan$/.test(lower)
}

/** True when a capitalised run names an organisation or body ("The Russian State Department"). */
export function isBodyName(run: string): boolean {
  return run.split(/\s+/).some((t) => BODY_WORDS.has(t.toLowerCase()) && /^\p{Lu}/u.test(t))
}

/**
 * Splits a capitalised run into the role written before the name and the name:
 * a name is the last two or three name tokens, after any title words.
 *
 * @example
 * ```ts
 * splitRoleName('US Secretary of State Antony Blinken')
 * // => { role: 'US Secretary of State', name: 'Antony Blinken', joined: null }
 * ```
 */
export function splitRoleName(run: string): { role: string | null; name: string; joined: string | null } | null {
  const tokens = run.split(/\s+/).filter(Boolean)
  const affiliated = splitAffiliation(tokens)
  if (affiliated) return affiliated
  let k = tokens.length
  while (k > 0 && isNameToken(tokens[k - 1]!)) k--
  // "Dorvik’s Pavel Orlov": the possessive names where the person is from, not the person.
  while (k < tokens.length - 1 && /[’']s$/.test(tokens[k]!)) k++
  let nameTokens = tokens.slice(k)
  if (nameTokens.length === 0) return null
  // "Academy of Sciences", "Ministry of Defence of Velmar": words after a body's "of" are its name, not a person's.
  if (k > 0 && /^(?:of|for|at|the|under|and)$/.test(tokens[k - 1]!) && isBodyName(run)) return null
  // A long run of name-like words joins another name to this one ("Nursultan Nazarbayev Ermukhamet Ertysbayev").
  const joined = nameTokens.length >= 4 ? nameTokens.slice(-4, -2).join(' ') : null
  if (nameTokens.length > 3) nameTokens = nameTokens.slice(-2)
  if (nameTokens.length === 3 && DEMONYM.test(nameTokens[0]!)) nameTokens = nameTokens.slice(1)
  const nameStart = tokens.length - nameTokens.length
  const prefix = tokens.slice(0, nameStart)
  while (prefix.length && STOP_WORDS.has(prefix[0]!.toLowerCase())) prefix.shift()
  const hasTitle = prefix.some((t) => TITLE_WORDS.has(t.toLowerCase()) || ROLE_NOUNS.test(t))
  return { role: hasTitle ? prefix.join(' ') : null, name: nameTokens.join(' '), joined }
}

const CONNECTORS = new Set(['of', 'at', 'from', 'for'])

/**
 * "Pavel Orlov of the Velmar Academy of Sciences": a full name, then an
 * organisation or place after "of"/"at"/"from"/"for". The person is the name;
 * the organisation is where they work, never the speaker.
 */
function splitAffiliation(tokens: string[]): { role: string | null; name: string; joined: string | null } | null {
  for (let i = 2; i < tokens.length - 1; i++) {
    if (!CONNECTORS.has(tokens[i]!)) continue
    const head = tokens.slice(0, i)
    if (!isNameToken(head.at(-1)!) || !isNameToken(head.at(-2)!)) continue
    const rest = tokens.slice(tokens[i + 1] === 'the' ? i + 2 : i + 1).join(' ')
    const restSplit = rest ? splitRoleName(rest) : null
    // "... of State Antony Blinken" ends in a person: that person is the name, and not this split.
    if (!rest || (restSplit && restSplit.name.includes(' ') && !isBodyName(rest))) return null
    const person = splitRoleName(head.join(' '))
    return person && { ...person, role: person.role ?? rest }
  }
  return null
}

/**
 * The female gender a role's words state ("spokeswoman", "Mrs"), or `null`.
 * Only the female: news copy writes "spokesman" and "chairman" of women too.
 *
 * @example
 * ```ts
 * roleGender('police spokeswoman') // => 'f'
 * roleGender('spokesman') // => null
 * ```
 */
export function roleGender(role: string | null): 'f' | null {
  return role && /(?:\p{L}woman|\bwoman|\bmrs|\bms|\bmadam|actress|\bqueen|princess|duchess|baroness|\blady)\b/iu.test(role) ? 'f' : null
}

/** Last word of a name: the surname ("Antony Blinken" → "Blinken"). */
export function surname(name: string): string {
  return name
    .split(/\s+/)
    .at(-1)!
    .replace(/[’']s$/, '')
}

/**
 * A key that is the same for transliteration variants of one surname:
 * lower case, no accents, "ye-" as "e-", "y" as "i", "kh" as "h", no doubled
 * letters, and the Slavic feminine ending ("-eva", "-ova", "-ina") dropped.
 *
 * @example
 * ```ts
 * surnameKey('Ertysbayeva') === surnameKey('Yertysbayev') // => true
 * ```
 */
export function surnameKey(word: string): string {
  let key = surnameKeys.get(word)
  if (key === undefined) {
    // Bounded: a long article compares the same few names thousands of times, but any text can hold any word.
    if (surnameKeys.size >= 50_000) surnameKeys.clear()
    surnameKeys.set(word, (key = computeSurnameKey(word)))
  }
  return key
}

const surnameKeys = new Map<string, string>()

function computeSurnameKey(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'-]/g, '')
    .replace(/^y(?=[ae])/, '')
    .replace(/((?:e|o|yo|i)v|in|sk|sk[iy]?)a$/, '$1')
    .replace(/kh/g, 'h')
    .replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1')
}

// One edit distance for the whole project: the speller's (it also counts a swap of two letters as one edit).
export { editDistance } from '../text/index.ts'
import { editDistance } from '../text/index.ts'

/** True when two surnames are one surname in different spellings. */
export function sameSurname(a: string, b: string): boolean {
  const ka = surnameKey(a)
  const kb = surnameKey(b)
  if (ka === kb) return true
  return Math.min(ka.length, kb.length) >= 6 && editDistance(ka, kb, 1) <= 1
}

/**
 * True when two written names may be one speaker: the same surname (up to
 * transliteration) and first names that agree, or one name without a first name.
 *
 * @example
 * ```ts
 * sameSpeaker('Anthony Blinken', 'Antony Blinken') // => true
 * sameSpeaker('Blinken', 'Antony Blinken') // => true
 * ```
 */
export function sameSpeaker(a: string, b: string): boolean {
  const ta = a.trim().split(/\s+/)
  const tb = b.trim().split(/\s+/)
  if (ta.length > 3 || tb.length > 3) return a.trim().toLowerCase() === b.trim().toLowerCase()
  if (!sameSurname(ta.at(-1)!, tb.at(-1)!)) return false
  if (ta.length === 1 || tb.length === 1) return true
  const fa = surnameKey(ta[0]!)
  const fb = surnameKey(tb[0]!)
  return fa === fb || editDistance(fa, fb, 2) <= 2
}

/** Grammatical gender a first name suggests: `'f'`, `'m'` or `null` when there is no first name. */
export function nameGender(name: string): 'f' | 'm' | null {
  const tokens = name.trim().split(/\s+/)
  if (tokens.length < 2) return null
  const first = tokens[0]!.toLowerCase().split('-')[0]!
  if (FEMALE_OTHER.has(first)) return 'f'
  if (first.endsWith('a') && !MALE_A.has(first)) return 'f'
  return 'm'
}

/** Cleans a role phrase: no leading article, no trailing relative clause or punctuation. */
export function cleanRole(role: string): string | null {
  const out = role
    .replace(/\s+/g, ' ')
    .replace(/^(?:a|an|the)\s+/i, '')
    .replace(/\s+(?:who|whose|which|that)\s.*$/i, '')
    .replace(/[\s,.;:–—-]+$/, '')
    .trim()
  return out.length >= 2 && out.length <= 120 ? out : null
}
