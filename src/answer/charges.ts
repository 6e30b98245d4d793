import { absolute, capitalise, type Candidate, type Extraction } from './context.ts'
import { GROUNDS, standsOut } from './open-answers.ts'

/**
 * "What is Lask accused of?": the charge a passage gives the person asked
 * about ("Lask was detained on suspicion of bribery"), not one a sentence
 * gives someone of theirs ("Lask's deputy is accused of fraud").
 */

const ALL_GROUNDS = new RegExp(GROUNDS.source, 'giu')
// A pronoun names nobody a sentence can be checked against.
const PRONOUN = /^(?:he|she|they|him|her|them)$/

/**
 * The charge the best passages give `subject` (the question's words for the
 * person), cited where it is said; `null` when none gives one. Only a passage
 * that gives the person other grounds is a rival.
 *
 * @example
 * ```ts
 * charge(candidates, 'lask')?.answer // => 'On suspicion of bribery'
 * ```
 */
export function charge(candidates: readonly Candidate[], subject: string): Extraction | null {
  const name = subject.trim().split(/\s+/).at(-1)?.toLowerCase() ?? ''
  if (name === '' || PRONOUN.test(name)) return null
  const chargeIn = (text: string) => [...text.matchAll(ALL_GROUNDS)].find((m) => ownCharge(text, m.index, name)) ?? null
  for (const c of candidates.slice(0, 3)) {
    const m = chargeIn(c.sentence.text)
    if (!m) continue
    const text = m[0].replace(/[\s,]+$/, '')
    // Passages that give the same grounds ("arrested for high treason", "on suspicion of high treason") agree with it.
    const head = /[\p{L}-]+$/u.exec(text)?.[0].toLowerCase()
    const agrees = (o: Candidate) => head !== undefined && head.length > 3 && o.sentence.text.toLowerCase().includes(head)
    return {
      answer: capitalise(text),
      sources: [{ candidate: c, focus: absolute(c, { start: m.index, end: m.index + text.length }) }],
      sure: standsOut(
        c,
        candidates.filter((o) => o === c || (!agrees(o) && chargeIn(o.sentence.text) !== null)),
      ),
    }
  }
  return null
}

/** True when the sentence names the person before the charge at `at`, and not only as someone's ("Lask's deputy"). */
function ownCharge(text: string, at: number, name: string): boolean {
  const before = text.slice(0, at).toLowerCase()
  for (const m of before.matchAll(new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'gu'))) {
    if (!/^['’]s\b/.test(before.slice(m.index + name.length))) return true
  }
  return false
}
