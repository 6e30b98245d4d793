import { canonicalTerm, isLemma, tokenize, type Lexicon, type Token } from '../text/index.ts'
import { monthsMarked } from './months.ts'

/**
 * The index terms of a text: each word stemmed once per lexicon, the acronyms
 * of the names it spells out, and the one-word form of its hyphenated
 * compounds.
 */

const termCaches = new WeakMap<Lexicon, Map<string, string | null>>()
const MAX_CACHED_WORDS = 200_000

/**
 * {@link canonicalTerm}, remembered per lexicon: a corpus repeats its words, and stemming dominates indexing.
 *
 * @example
 * ```ts
 * cachedTerm(lexicon, 'paratroopers') // => 'paratroop'
 * ```
 */
export function cachedTerm(lexicon: Lexicon, word: string): string | null {
  let cache = termCaches.get(lexicon)
  if (!cache) termCaches.set(lexicon, (cache = new Map<string, string | null>()))
  let term = cache.get(word)
  if (term === undefined) {
    term = canonicalTerm(lexicon, word)
    if (cache.size >= MAX_CACHED_WORDS) cache.clear()
    cache.set(word, term)
  }
  return term
}

/**
 * The index terms of a text: stems without stop words, aliases applied, and the
 * acronym of every expanded name it contains added ("Collective Security Treaty
 * Organization" also gives "csto").
 *
 * @example
 * ```ts
 * analyzeText(buildLexicon([]), 'The Collective Security Treaty Organization troops')
 * // => ['collect', 'secur', 'treati', 'organ', 'troop', 'csto']
 * ```
 */
export function analyzeText(lexicon: Lexicon, written: string): string[] {
  const terms: string[] = []
  const text = monthsMarked(written)
  for (const word of lineJoined(text, tokenize(text))) {
    const term = cachedTerm(lexicon, word)
    if (term !== null) terms.push(term)
  }
  const phrases: string[] = []
  const heads = phraseHeads(lexicon)
  for (let size = 2; size <= lexicon.maxPhrase; size++) {
    for (let i = 0; i + size <= terms.length; i++) {
      // Only a window that starts with a phrase's first term can be one (most start with none).
      if (!heads.has(terms[i]!)) continue
      const acronym = lexicon.phrases.get(terms.slice(i, i + size).join(' '))
      if (acronym) phrases.push(acronym)
    }
  }
  // "pull-out", "crack-down": a compound written with a hyphen is also the one word a question may type ("pullout").
  const compounds: string[] = []
  if (text.includes('-'))
    for (const m of text.matchAll(HYPHENATED)) {
      const joined = PREFIX.test(m[1]!) ? null : compoundTerm(lexicon, `${m[1]}${m[2]}`.toLowerCase())
      if (joined !== null) compounds.push(joined)
    }
  return terms.concat(phrases, compounds)
}

/**
 * The words of `tokens`, with a word a hard-wrapped page breaks at a line end
 * ("Organ-" / "ization") made whole again, when English has the whole word: a
 * compound that happens to end a line ("Russia-" / "led") stays two words.
 */
function lineJoined(text: string, tokens: readonly Token[]): string[] {
  const words: string[] = []
  for (let i = 0; i < tokens.length; i++) {
    const [token, next] = [tokens[i]!, tokens[i + 1]]
    if (next && text.charCodeAt(token.end) === HYPHEN && LINE_BREAK.test(text.slice(token.end, next.start)) && /^\p{Ll}/u.test(text.charAt(next.start))) {
      const whole = token.word + next.word
      // "re-" / "elected" is the question's "re-elected", two words, as a hyphen in one line is.
      if (!PREFIX.test(token.word) && isKnown(whole)) {
        words.push(whole)
        i++
        continue
      }
    }
    words.push(token.word)
  }
  return words
}
const HYPHEN = 45
const LINE_BREAK = /^-[ \t]*\r?\n[ \t]*$/

const HYPHENATED = /\b(\p{L}{2,})-(\p{L}{2,})\b/gu
// "re-signed" is not "resigned", nor "co-operate" always one word: a prefix and its word stay apart.
const PREFIX = /^(?:re|pre|co|non|anti|ex|self|un|de|post|mid|semi|multi|over|under|counter|pro|inter|sub|super)$/i
const compoundCache = new Map<string, boolean>()

/** The term of a hyphenated compound written as one word, when WordNet knows that word. */
function compoundTerm(lexicon: Lexicon, joined: string): string | null {
  return isKnown(joined) ? cachedTerm(lexicon, joined) : null
}

/** True when WordNet knows the word, in any of its forms ("completed"). */
function isKnown(word: string): boolean {
  let known = compoundCache.get(word)
  if (known === undefined) {
    known = isLemma(word)
    if (compoundCache.size > 10_000) compoundCache.clear()
    compoundCache.set(word, known)
  }
  return known
}

const headCache = new WeakMap<Lexicon, { size: number; heads: Set<string> }>()

/** The first terms of the lexicon's phrases ("collect" of "collect secur treati organ"). */
function phraseHeads(lexicon: Lexicon): Set<string> {
  let cached = headCache.get(lexicon)
  if (!cached || cached.size !== lexicon.phrases.size) {
    cached = { size: lexicon.phrases.size, heads: new Set([...lexicon.phrases.keys()].map((key) => key.split(' ')[0]!)) }
    headCache.set(lexicon, cached)
  }
  return cached.heads
}
