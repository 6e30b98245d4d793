import { ORG_WORDS } from '../text/index.ts'

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
