import { expandWord, foldText, isVerbLemma, namesPeople, stemWord } from '../text/index.ts'

/**
 * True when a count of people is a count of the doers a "how many" question
 * asks about by the noun for them: "as many as 20,000 'bandits' had attacked
 * Almaty" counts attackers, "3,000 students protested" protesters. The noun
 * asked for (`focus`) names people and derives from a verb in WordNet; the
 * count's noun (`unit`) names people; the words `after` the count say that
 * verb first, past auxiliaries ("had", "who"), and not in the passive.
 *
 * @example
 * ```ts
 * countsDoers('attackers', 'bandits', ' had attacked Almaty') // => true
 * countsDoers('attackers', 'bandits', ' were arrested')       // => false
 * countsDoers('attackers', 'tourists', ' were attacked')      // => false (those attacked)
 * ```
 */
export function countsDoers(focus: string | null, unit: string | null, after: string): boolean {
  const noun = unit?.split(/\s+/).at(-1)
  // Doers are people: "deaths" derives from "die" too, but the dead are what it counts, not who did anything.
  if (!focus || !noun || !namesPeople(foldText(focus)) || !namesPeople(foldText(noun))) return false
  const deeds = new Set([...expandWord(foldText(focus))].filter(([word, weight]) => weight >= DERIVED && isVerbLemma(word)).map(([word]) => stemWord(word)))
  if (deeds.size === 0) return false
  const words = after
    .toLowerCase()
    .split(/[^\p{L}'’-]+/u)
    .filter(Boolean)
    .slice(0, 4)
  const at = words.findIndex((w) => !AUXILIARIES.has(w))
  const verb = words[at]
  // "30 tourists were attacked": what was done to them, unless they were doing it ("were protesting").
  const passive = words.slice(0, Math.max(0, at)).some((w) => BE.has(w)) && !verb?.endsWith('ing')
  return verb !== undefined && !passive && deeds.has(stemWord(verb))
}

// A derivational link (WordNet's "attacker" ↔ "attack"), not a synonym.
const DERIVED = 0.8
// Words that may stand between a count and its verb: "had attacked", "who were protesting", "that have voted".
const AUXILIARIES = new Set('had have has were was been are is being who that which reportedly allegedly then also'.split(' '))
const BE = new Set('were was been are is being'.split(' '))
