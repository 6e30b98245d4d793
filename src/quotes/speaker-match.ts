import { editDistance } from './speakers.ts'

/**
 * Speaker lookups that stay fast with thousands of speakers: exact aliases in
 * a map, alias and word prefixes by binary search in sorted lists, and
 * misspelt words compared once per distinct word of all aliases rather than
 * once per alias of every speaker.
 */

/** What a user typed, normalised: the text and its words with their surname keys. */
export interface Typed {
  text: string
  words: string[]
  keys: string[]
}

export interface SpeakerMatcher {
  /**
   * Speaker position → how well `typed` names it: 1 for an alias, 0.9 when every
   * typed word is (a spelling of) a word of one alias, 0.8 for an alias it starts
   * (three letters or more). Speakers scoring 0 are left out.
   */
  score(typed: Typed): Map<number, number>
  /** Speaker position → 1 when an alias starts with `typed`, 0.9 when a word of one does; others left out. */
  prefixes(typed: Typed): Map<number, number>
}

/**
 * A typed word close enough to a name's word: same surname key, or within 1 (5–7 letters) or 2 (8+) edits.
 *
 * @example
 * ```ts
 * closeWord('blinkin', surnameKey('blinkin'), 'blinken', surnameKey('blinken')) // => true
 * ```
 */
export function closeWord(typed: string, typedKey: string, name: string, nameKey: string): boolean {
  if (typed === name || typedKey === nameKey) return true
  const tol = typed.length <= 4 ? 0 : typed.length <= 7 ? 1 : 2
  // Edit distance is at least the difference in length: most names are ruled out without computing it.
  return tol > 0 && Math.abs(typed.length - name.length) <= tol && editDistance(typed, name, tol) <= tol
}

/**
 * Indexes the speakers' aliases, each already normalised into a {@link Typed}.
 *
 * @example
 * ```ts
 * const m = createSpeakerMatcher([[typedOf('antony blinken'), typedOf('blinken')]])
 * m.score(typedOf('blinkin')) // => Map { 0 => 0.9 }
 * ```
 */
export function createSpeakerMatcher(speakers: readonly (readonly Typed[])[]): SpeakerMatcher {
  const exact = new Map<string, number[]>()
  const aliases: { text: string; speaker: number; words: string[] }[] = []
  const wordAliases = new Map<string, number[]>()
  const wordKeys = new Map<string, string>()
  speakers.forEach((list, speaker) => {
    for (const a of list) {
      const id = aliases.length
      aliases.push({ text: a.text, speaker, words: a.words })
      exact.set(a.text, [...(exact.get(a.text) ?? []), speaker])
      a.words.forEach((w, i) => {
        wordKeys.set(w, a.keys[i]!)
        const list = wordAliases.get(w) ?? []
        if (list.at(-1) !== id) list.push(id)
        wordAliases.set(w, list)
      })
    }
  })
  const byText = aliases.map((a) => [a.text, a.speaker] as const).sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] - y[1]))
  const words = [...wordKeys.keys()].sort()
  const lowerBound = (list: readonly string[], from: string) => {
    let [lo, hi] = [0, list.length]
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (list[mid]! < from) lo = mid + 1
      else hi = mid
    }
    return lo
  }
  const texts = byText.map((x) => x[0])
  const withPrefix = (list: readonly string[], prefix: string, each: (i: number) => void) => {
    for (let i = lowerBound(list, prefix); i < list.length && list[i]!.startsWith(prefix); i++) each(i)
  }
  const raise = (out: Map<number, number>, speaker: number, value: number) => out.set(speaker, Math.max(value, out.get(speaker) ?? 0))

  return {
    score(typed) {
      const out = new Map<number, number>()
      if (typed.text.length >= 3) withPrefix(texts, typed.text, (i) => raise(out, byText[i]![1], 0.8))
      const close = typed.words.map((w, i) => new Set(words.filter((n) => closeWord(w, typed.keys[i]!, n, wordKeys.get(n)!))))
      const candidates = new Set<number>()
      for (const n of close[0] ?? []) for (const id of wordAliases.get(n) ?? []) candidates.add(id)
      for (const id of candidates) {
        const a = aliases[id]!
        if (close.every((set) => a.words.some((w) => set.has(w)))) raise(out, a.speaker, 0.9)
      }
      for (const speaker of exact.get(typed.text) ?? []) out.set(speaker, 1)
      return out
    },
    prefixes(typed) {
      const out = new Map<number, number>()
      withPrefix(words, typed.text, (i) => {
        for (const id of wordAliases.get(words[i]!)!) raise(out, aliases[id]!.speaker, 0.9)
      })
      withPrefix(texts, typed.text, (i) => out.set(byText[i]![1], 1))
      return out
    },
  }
}
