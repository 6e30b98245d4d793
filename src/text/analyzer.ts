import { stemmer } from 'stemmer'
import { lemmaOf } from './lemma.ts'

/**
 * The text analyzer for news English, used alike for passages and questions:
 * folding, tokenizing, stop words, stemming, acronyms and synonyms. A term is
 * what the search index stores: folded, stemmed, and with every spelling of an
 * organisation's name brought to one acronym.
 */

/** Words too common to say anything about what a passage is about. */
export const STOP_WORDS = new Set(
  `a about above after again all also am an and any are as at be because been before being below between
both but by can could did do does doing down during each either else ever few for from further had has have having he her
here hers herself him himself his how i if in into is it its itself just let me more most much my myself neither nor
of off on once only or other ought our ours ourselves out over own per same shall she should so some such than that the
their theirs them themselves then there these they this those through thus to too under until up upon us very was we
were what when where which while who whom whose why will with would yet you your yours yourself yourselves many
tell told say said says know please list name named give according`.split(/\s+/),
)

const NON_ASCII = /[^\p{ASCII}]/u

/**
 * Folds case, accents and typographic marks so that "Tokayev’s", "TOKAYEV'S"
 * and "Tokáyev's" compare equal.
 *
 * @example
 * ```ts
 * foldText('Café “Déjà” – Tokayev’s') // => 'cafe "deja" - tokayev\'s'
 * ```
 */
export function foldText(text: string): string {
  // Plain ASCII (most words) has nothing to decompose or replace but the backquote: the same result, without the regexes.
  if (!NON_ASCII.test(text)) return (text.includes('`') ? text.replace(/`/g, "'") : text).toLowerCase()
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[‘’‚‛′`´]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-')
    .toLowerCase()
}

/** A token of a text with its position, before stop words and stemming. */
export interface Token {
  /** Folded word; numbers lose their thousands separators ("2,500" → "2500"). */
  word: string
  start: number
  end: number
}

// Letters and digits, with inner apostrophes, dots of acronyms (U.S.) and thousands separators; a per cent sign.
const TOKEN = /[\p{L}\p{N}]+(?:[.,'’][\p{L}\p{N}]+)*\.?|%/gu

/**
 * Splits text into folded word tokens with their offsets in `text`. Dotted
 * acronyms lose their dots ("U.N." → "un"), possessives their "'s", numbers
 * their commas.
 *
 * @example
 * ```ts
 * tokenize('The U.N. sent 2,500 troops.').map(t => t.word)
 * // => ['the', 'un', 'sent', '2500', 'troops']
 * ```
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  for (const m of text.matchAll(TOKEN)) {
    let raw = m[0]
    const start = m.index
    // "77%" is 77 percent: the sign is the word a question asks with.
    if (raw === '%') {
      tokens.push({ word: 'percent', start, end: start + 1 })
      continue
    }
    const acronym = /^(?:\p{L}\.)+\p{L}?\.?$/u.test(raw)
    if (raw.endsWith('.') && !acronym) raw = raw.slice(0, -1)
    let word = foldText(raw)
    if (acronym) word = word.replace(/\./g, '')
    // "US" the country, not "us" the pronoun (a stop word).
    if (word === 'us' && raw.startsWith('U')) word = 'usa'
    else if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(word)) word = word.replace(/,/g, '')
    else if (word.includes(',')) {
      // "Russia,Kazakhstan" typed without a space: two words, not one.
      for (const part of splitKeeping(raw, start, ',')) tokens.push(part)
      continue
    }
    word = word.replace(/'s$/, '').replace(/'$/, '')
    tokens.push({ word, start, end: start + raw.length })
  }
  return tokens
}

function splitKeeping(raw: string, start: number, sep: string): Token[] {
  const out: Token[] = []
  let offset = 0
  for (const part of raw.split(sep)) {
    if (part) out.push({ word: foldText(part).replace(/'s$/, ''), start: start + offset, end: start + offset + part.length })
    offset += part.length + 1
  }
  return out
}

/**
 * The index form of one folded word: `null` for a stop word, otherwise the
 * Porter stem of its base form (numbers and short words are kept whole).
 *
 * @example
 * ```ts
 * stemWord('paratroopers') // => 'paratroop'
 * stemWord('the')          // => null
 * ```
 */
export function stemWord(word: string): string | null {
  if (STOP_WORDS.has(word)) return null
  if (/\d/.test(word)) return word
  const lemma = lemmaOf(word)
  return lemma.length <= 3 ? lemma : porterStem(lemma)
}

// The stems of the words seen last: a question reads the same few thousand words in every passage it weighs, and
// Porter's rules (a dozen regular expressions a word) cost more than a lookup. Emptied when full.
const STEMS_MAX = 50_000
const stems = new Map<string, string>()

/**
 * The Porter stem of a word, as `stemmer` gives it, remembered for the words
 * seen last.
 *
 * @example
 * ```ts
 * porterStem('arriving') // => 'arriv'
 * ```
 */
export function porterStem(word: string): string {
  let stem = stems.get(word)
  if (stem === undefined) {
    stem = stemmer(word)
    if (stems.size >= STEMS_MAX) stems.clear()
    stems.set(word, stem)
  }
  return stem
}
