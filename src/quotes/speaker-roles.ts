/**
 * Speakers asked for by what they are rather than who: "the Kremlin" for its
 * spokesman, "the UN human rights chief" for the person the articles give that
 * role. Only a role that names one speaker answers; "the president" of an
 * index with two presidents names nobody in particular.
 */

/**
 * A lookup of speakers by role: the position of the one speaker whose role
 * holds every word of `typed` (as stems), or `null` when none or several do.
 * `stemsOf` reduces a text to its content stems (the index's own).
 *
 * @example
 * ```ts
 * const byRole = createRoleMatcher(['Kremlin spokesman', "EU's foreign policy chief", null], stemsOf)
 * byRole('the kremlin') // => 0
 * byRole('the EU') // => 1
 * byRole('the ministry') // => null
 * ```
 */
export function createRoleMatcher(roles: readonly (string | null)[], stemsOf: (text: string) => Set<string>): (typed: string) => number | null {
  const roleStems = roles.map((role) => (role ? stemsOf(role) : new Set<string>()))
  return (typed) => {
    // A letter alone ("u.s.", a possessive's "s") tells no role from another.
    const wanted = [...stemsOf(typed)].filter((w) => w.length > 1)
    if (wanted.length === 0) return null
    let found: number | null = null
    for (let i = 0; i < roleStems.length; i++) {
      if (!wanted.every((w) => roleStems[i]!.has(w))) continue
      if (found !== null) return null
      found = i
    }
    return found
  }
}
