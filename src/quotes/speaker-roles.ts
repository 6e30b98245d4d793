import { ROLE_NOUNS } from '../text/index.ts'

/**
 * Speakers asked for by what they are rather than who: "the Kremlin" for its
 * spokesman, "the UN human rights chief" for the person the articles give that
 * role. Only a role that names one speaker answers, and only when what is asked
 * says whose the role is: "the president" of an index with a vice-president
 * of a chamber of commerce names nobody, nor does "the city" a city transport director.
 */

interface Role {
  stems: Set<string>
  /** The stems of its capitalised words ("Kremlin", "EU's"): the body the role serves. */
  named: Set<string>
  /** The stems of its title words ("spokesman", "chief"), a hyphenated title ("vice-president") kept whole. */
  titles: Set<string>
}

/**
 * A lookup of speakers by role: the position of the one speaker whose role
 * holds every word of `typed` (as stems), or `null` when none or several do.
 * `typed` must name whose role it is (a word that is not a title); that word
 * must be a name in the role ("Kremlin spokesman"), or the title asked must be
 * the role's own ("the refugee chief" for "UN refugee chief"). `stemsOf`
 * reduces a text to its content stems (the index's own).
 *
 * @example
 * ```ts
 * const byRole = createRoleMatcher(['Kremlin spokesman', "EU's foreign policy chief", null], stemsOf)
 * byRole('the kremlin') // => 0
 * byRole('the EU') // => 1
 * byRole('the chief') // => null
 * ```
 */
export function createRoleMatcher(roles: readonly (string | null)[], stemsOf: (text: string) => Set<string>): (typed: string) => number | null {
  const words = (text: string) => text.replace(/(\p{L})-(\p{L})/gu, '$1$2').split(/[^\p{L}\p{N}'’]+/u)
  const stemsOfWords = (list: readonly string[]) => new Set(list.flatMap((w) => [...stemsOf(w)]))
  const parsed: (Role | null)[] = roles.map((role) => {
    if (!role) return null
    const all = words(role)
    return {
      stems: stemsOfWords(all),
      named: stemsOfWords(all.filter((w) => /^\p{Lu}/u.test(w))),
      titles: stemsOfWords(all.filter(isTitle)),
    }
  })
  return (typed) => {
    const all = words(typed)
    // A letter alone ("u.s.", a possessive's "s") tells no role from another.
    const wanted = [...stemsOfWords(all)].filter((w) => w.length > 1)
    const titles = stemsOfWords(all.filter(isTitle))
    const whose = wanted.filter((w) => !titles.has(w))
    if (whose.length === 0) return null
    let found: number | null = null
    for (let i = 0; i < parsed.length; i++) {
      const role = parsed[i]
      if (!role || !wanted.every((w) => role.stems.has(w))) continue
      if (!whose.some((w) => role.named.has(w)) && (titles.size === 0 || ![...titles].every((t) => role.titles.has(t)))) continue
      if (found !== null) return null
      found = i
    }
    return found
  }
}

// A whole word that is a title (ROLE_NOUNS anchored), compiled once rather than per word tested.
const TITLE = new RegExp(`^(?:${ROLE_NOUNS.source})$`, 'i')
const isTitle = (word: string): boolean => TITLE.test(word)
