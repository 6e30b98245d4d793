import { foldText } from '../text/index.ts'
import { type Candidate, type Extraction, type ExtractionContext } from './context.ts'
import { GROUNDS, statedGrounds } from './open-answers.ts'

/**
 * "What is Lask accused of?": the charge a passage gives the person asked
 * about ("Lask was detained on suspicion of bribery"), not one a sentence
 * gives someone of theirs ("Lask's deputy is accused of fraud").
 */

// "What is Lask (even) accused of?", "what was he arrested for", "what did he get arrested for", and typed in the order
// of a statement, "lask got arrested for what exactly": the person (group 1, 2 after "get", or 3 before "got"), and a
// verb that asks for a charge.
export const ACCUSED_OF =
  /^what (?:exactly |actually |really )?(?:(?:is|was|are|were|has|had) (.+?)|(?:did|does|do) (.+?) get|(?!(?:is|was|are|were|has|had|did|does|do)\b)(.+?) (?:got|gets|was|were|is|has been|had been)) (?:(?:even|actually|really|being|been|now|formally|officially) )*(?:ac+used|suspected|charged|convicted|arrested|detained|jailed|held|sentenced|indicted|nabbed|busted|picked up|locked up) (?:of|with|for|over)$/

// "What did they arrest Lask for?", "what did police charge him with": the same, asked of those who did it (the
// authorities, not a person who accuses another: "what did Kessa accuse Lask of" is her claim). Each verb with its
// own preposition: "charge Lask for" is a price.
const ACCUSED_ACTIVE = new RegExp(
  String.raw`^what (?:did|do|does|have|had) (?:they|police|the police|(?:the )?authorities|prosecutors|investigators|officials|the (?:state|government|security service|court)) ` +
    String.raw`(?:(?:accuse|suspect) (?!the\b)(.+?) of|(?:charge|indict) (?!the\b)(.+?) with|(?:arrest|detain|jail|nab|bust|sentence|convict) (?!the\b)(.+?) (?:for|over)|(?:pick|lock|haul) (?!the\b)(.+?) (?:up|in) (?:for|over))$`,
)

/**
 * The person a question asks the charge against ("what was lask arrested for", "what did they nab lask for"), or `null`.
 *
 * @example
 * ```ts
 * accusedAsked('what did they nab lask for') // => 'lask'
 * ```
 */
export const accusedAsked = (question: string): string | null => {
  const m = ACCUSED_OF.exec(question) ?? ACCUSED_ACTIVE.exec(question)
  return m?.slice(1).find((g) => g !== undefined) ?? null
}

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
 * charge(ctx, candidates, 'lask')?.answer // => 'On suspicion of bribery'
 * ```
 */
export function charge(ctx: ExtractionContext, candidates: readonly Candidate[], subject: string): Extraction | null {
  const name = foldText(subject.trim().split(/\s+/).at(-1) ?? '')
  if (name === '' || PRONOUN.test(name)) return null
  const chargeIn = (c: Candidate) => [...c.sentence.text.matchAll(ALL_GROUNDS)].find((m) => ownCharge(ctx, c, m.index, name)) ?? null
  // Only a passage that gives the person other grounds is a rival.
  return statedGrounds(candidates, chargeIn, (o) => chargeIn(o) !== null)
}

/**
 * True when the charge at `at` is the asked person's: the last person the
 * sentence names before it is that person, and not as someone's ("Lask's
 * deputy"), nor after "of", "for" or "by" ("the lawyer of Ivo Lask"); or the
 * sentence opens with "He"/"She" and the one before names that person last.
 */
function ownCharge(ctx: ExtractionContext, c: Candidate, at: number, name: string): boolean {
  const text = c.sentence.text
  const named = ctx.people(c.article, c.sentence.index).filter((m) => m.end <= at)
  // "Karim Masimov, the former prime minister who was seen as Nazarbayev's man, was arrested …": one named in an aside
  // set off by commas after the person is not whom the charge is of.
  const before = named.filter((m, i) => !named.slice(0, i).some((p) => inAside(text.slice(p.end, m.start)) && /,/.test(text.slice(m.end, at))))
  const last = before.at(-1)
  if (!last) {
    if (!/^(?:He|She)\b/.test(text) || c.sentence.index === 0) return false
    const previous = ctx.people(c.article, c.sentence.index - 1).at(-1)
    return previous !== undefined && isNamed(previous.person.name, name)
  }
  return (
    isNamed(last.person.name, name) &&
    !/^['’]s\b/.test(text.slice(last.end)) &&
    !/\b(?:of|for|from|by|to|with|against|about)\s+$/i.test(text.slice(0, last.start))
  )
}

/**
 * True for the words between a person and another named after them that set off an aside about the first (", the
 * former prime minister who was seen as"): no clause of its own after the aside closes ("…, the harbour master, was
 * released, and"), and no second subject ("…, 54, and").
 */
function inAside(between: string): boolean {
  const m = /^\s*,([^,]*)(,?)(.*)$/s.exec(between)
  if (!m) return false
  const rest = m[2] ? m[3]! : ''
  return !/\band\b/.test(m[2] ? rest : '') && !/\b(?:was|were|is|are|has|had|will|would)\b/.test(rest) && !/^\s*\d+\s*$/.test(m[1]!)
}

/** True when `name` (folded) is one of the words of the person's name. */
function isNamed(person: string, name: string): boolean {
  return foldText(person).split(/\s+/).includes(name)
}
