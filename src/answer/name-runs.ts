import { ORG_WORDS, STOP_WORDS, TITLE_WORDS, countryOf, isLemma } from '../text/index.ts'

/**
 * Runs of capitalised words in a sentence, the raw stuff of names: words that
 * stand side by side or are joined by a connector ("Institute for
 * International Studies", "Republic of Velmar"). What each run names is
 * {@link findMentions}'s to say.
 */

const WORD = /[A-Z][\p{L}\p{M}'’.-]*[\p{L}.]|[A-Z]/uy
const CONNECTORS = new Set(['of', 'for', 'the', 'de', 'von', 'van', 'al', 'bin'])
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

export interface Run {
  words: { text: string; start: number; end: number }[]
}

/** Runs of capitalised words, joined by connectors ("Institute for International Studies"). */
export function capitalisedRuns(text: string): Run[] {
  const runs: Run[] = []
  let current: Run | null = null
  let i = 0
  while (i < text.length) {
    const c = text.charCodeAt(i)
    // Only a capital can open a word of a name (WORD starts with [A-Z]): other characters skip the regex.
    const m = c >= 65 && c <= 90 ? ((WORD.lastIndex = i), WORD.exec(text)) : null
    if (m && (i === 0 || !LETTER_OR_DIGIT.test(text[i - 1]!))) {
      const possessive = /[’']s$/.test(m[0])
      let word = possessive ? m[0].slice(0, -2) : m[0]
      if (word.endsWith('.') && !/^(?:[A-Z]\.)+$/.test(m[0])) word = word.slice(0, -1)
      if (word.endsWith('-')) word = word.slice(0, -1)
      // "Financial University under the Government of ...": an institution's name may run on through "under".
      const joinable = current !== null && joins(text.slice(current.words.at(-1)!.end, i), current)
      if (!joinable || !current) {
        current = { words: [] }
        runs.push(current)
      }
      current.words.push({ text: word, start: i, end: i + word.length })
      // A possessive ends the name: "Russia’s Collective Security ..." is two names.
      if (possessive) current = null
      i += m[0].length
      continue
    }
    if (c >= 97 && c <= 122) {
      let j = i + 1
      while (j < text.length && text.charCodeAt(j) >= 97 && text.charCodeAt(j) <= 122) j++
      const rest = text.slice(i, j)
      if (!CONNECTORS.has(rest) && rest !== 'under') current = null
      i = j
      continue
    }
    if (c !== 32) current = null
    i++
  }
  return runs
}

/** Whether a word after `gap` goes on the name `run`: spaces, a connector, or "under the" after an institution. */
function joins(gap: string, run: Run): boolean {
  return (
    /^ +$/.test(gap) ||
    /^ +(?:of|for|the|de|von|van|al|bin)(?: the)? +$/.test(gap) ||
    (/^ +under the +$/.test(gap) && run.words.some((w) => ORG_WORDS.has(w.text)))
  )
}

/** The text from the first of `words` to the end of the last. */
export function spanOf(text: string, words: readonly Run['words'][number][]): string {
  return text.slice(words[0]!.start, words.at(-1)!.end)
}

const MAX_NAME_WORDS = 3

/**
 * The run as one, or split in two where a person's name ends and "of" and a
 * country follow: "Alexander Lukashenko of Belarus" is a person and their
 * country. "Of" joins the words of a body's or a post's name ("Republic of
 * Velmar", "Bank of Russia"), never a surname to a country.
 *
 * @example
 * ```ts
 * const text = 'Emomali Rahmon of Tajikistan'
 * splitOfCountry(text, capitalisedRuns(text)[0]!).map((r) => spanOf(text, r.words))
 * // => ['Emomali Rahmon', 'Tajikistan']
 * ```
 */
export function splitOfCountry(text: string, run: Run): Run[] {
  const { words } = run
  const at = words.findIndex((w, i) => i > 0 && /^\s+of\s+$/.test(text.slice(words[i - 1]!.end, w.start)))
  if (at < 1 || at > MAX_NAME_WORDS) return [run]
  const name = words.slice(0, at)
  const country = countryOf(spanOf(text, words.slice(at)))
  const person = name.every(
    (w) =>
      /^\p{Lu}\p{Ll}/u.test(w.text) &&
      !TITLE_WORDS.has(w.text) &&
      !ORG_WORDS.has(w.text) &&
      !STOP_WORDS.has(w.text.toLowerCase()) &&
      countryOf(w.text) === null,
  )
  // A name has a word the language has not ("Rahmon of", "Tove Rask of"), where "Bank of", "Great Wall of" have none.
  if (!person || country === null || name.every((w) => isLemma(w.text.toLowerCase()))) return [run]
  return [{ words: name }, { words: words.slice(at) }]
}
