import { links, senses, synset } from './wordnet.ts'
import { baseForms } from './parts-of-speech.ts'

/**
 * What kind of thing a noun names, from WordNet's "is a kind of" links.
 */

const peopleCache = new Map<string, boolean>()
// What a count of people counts: persons, people, personnel (not units of them: brigades, companies).
const PEOPLE_ROOTS = new Set(['person', 'people', 'personnel'])
// How far up WordNet's "is a kind of" links to look.
const KIND_DEPTH = 8

/**
 * True when a noun names people, one by one or as a body ("soldiers",
 * "protesters", "troops", "police"), in its commonest senses: a figure of
 * "people" or "personnel" may count them, but not "sites" or "planes".
 *
 * @example
 * ```ts
 * namesPeople('protesters') // => true
 * namesPeople('sites')      // => false
 * ```
 */
export function namesPeople(word: string): boolean {
  const cached = peopleCache.get(word)
  if (cached !== undefined) return cached
  let found = false
  for (const lemma of baseForms(word, 'noun')) {
    for (const offset of senses(lemma, 'noun').slice(0, 2)) {
      let level = [synset('noun', offset)]
      for (let depth = 0; depth < KIND_DEPTH && level.length && !found; depth++) {
        found = level.some((set) => set.words.some((w) => PEOPLE_ROOTS.has(w)))
        level = level.flatMap((set) => [...links(set, '@'), ...links(set, '@i')])
      }
    }
  }
  if (peopleCache.size > 5_000) peopleCache.clear()
  peopleCache.set(word, found)
  return found
}

// How far up a counted noun's kinds a unit may stand and still count it ("planes" are "aircraft").
const UNIT_DEPTH = 3

/**
 * True when the first noun names a kind of what the second names, in its
 * commonest senses, up to three links up: "14 aircraft" counts the planes a
 * question asks about.
 *
 * @example
 * ```ts
 * isKindOf('planes', 'aircraft') // => true
 * isKindOf('aircraft', 'planes') // => false
 * ```
 */
export function isKindOf(narrow: string, broad: string): boolean {
  const key = `${narrow}|${broad}`
  const cached = kindCache.get(key)
  if (cached !== undefined) return cached
  const found = kindOf(narrow, broad)
  if (kindCache.size > 5_000) kindCache.clear()
  kindCache.set(key, found)
  return found
}
const kindCache = new Map<string, boolean>()

function kindOf(narrow: string, broad: string): boolean {
  const broadForms = new Set(baseForms(broad, 'noun'))
  if (broadForms.size === 0) return false
  for (const lemma of baseForms(narrow, 'noun')) {
    for (const offset of senses(lemma, 'noun').slice(0, 2)) {
      let level = links(synset('noun', offset), '@')
      for (let depth = 0; depth < UNIT_DEPTH && level.length; depth++) {
        if (level.some((set) => set.words.some((w) => broadForms.has(w)))) return true
        level = level.flatMap((set) => links(set, '@'))
      }
    }
  }
  return false
}
