import { LIGHT_VERBS, isVerbLemma } from '../text/index.ts'

/**
 * A question of two parts split in two ("when did the protests start and in
 * what town"): each part is asked on its own, the second with the first's
 * words beside it, since it leans on them ("in what town" did what?).
 */

// Where a second question starts: a question word or an auxiliary after "and", "or", a comma or a question mark
// ("… and in what town", "…, were they flown out?").
export const SECOND_QUESTION =
  /(?:[,?;]|\band\b|\bor\b)\s+(?:and\s+)?(?:(?:in|on|at|from|by|for|to|with)\s+(?=wh))?(?=(?:whom|who|when|where|why|how|what|which|did|does|do|is|are|was|were|has|have)\b)/
const BOUNDARY = new RegExp(SECOND_QUESTION.source, 'g')
// The first part's question word and auxiliary: what is left says what the question is about.
const LEAD =
  /^\s*(?:(?:so|ok|and)\s+)?(?:when|where|who|whom|what|which|why|how(?: many| much| long| old)?|whats|what's)\b(?:\s+(?!the\b|a\b)[a-z]+)??\s*(?:\b(?:did|does|do|is|are|was|were|has|have|had|will|would)\b\s*)?/i
// A part needs this many words to be a question of its own ("how many" alone leans on what came before).
const MIN_WORDS = 2

/**
 * The two questions a two-part question asks, or `null` when it does not split
 * into two of some words each. The second carries the first's words in
 * brackets.
 *
 * @example
 * ```ts
 * splitQuestion('when did the floods start and in what town')
 * // => ['when did the floods start', 'in what town (the floods start)']
 * ```
 */
export function splitQuestion(question: string): [string, string] | null {
  for (const m of question.toLowerCase().matchAll(BOUNDARY)) {
    const first = question.slice(0, m.index).replace(/[\s,?;]+$/, '')
    const second = question
      .slice(m.index)
      .replace(/^[\s,?;]*(?:(?:and|or)\s+)?(?:and\s+)?/i, '')
      .replace(/[\s?!.]+$/, '')
    if (words(first) < MIN_WORDS || words(second) < MIN_WORDS) continue
    // Only two parts: a third question word in the second part makes it two of its own.
    if (SECOND_QUESTION.test(second.toLowerCase())) return null
    const about = first.replace(LEAD, '')
    // "when were they fully out" asks its own deed of what "they" stands for: the first part's subject, not its verb.
    return [first, `${second} (${PRONOUN_SUBJECT.test(second) ? withoutVerb(about) : about})`]
  }
  return null
}

// A pronoun standing for the first part's subject ("… and when were they over"); "it" may as well stand for its object ("ask for help and when did it arrive").
const PRONOUN_SUBJECT = /\b(?:they|he|she)\b/i
const PARTICLE = new Set(['out', 'off', 'up', 'down', 'in', 'back', 'over', 'away', 'on'])

/** "the floods start" → "the floods", "the troops pull out" → "the troops", "the crews get home" → "the crews": a subject without the verb that ends it. */
function withoutVerb(about: string): string {
  const ws = about.split(/\s+/)
  // A particle or a light verb's complement goes with the verb before it ("pull out", "get home").
  const before = ws.at(-2)?.toLowerCase() ?? ''
  const cut = ws.length > 2 && ((PARTICLE.has(ws.at(-1)!.toLowerCase()) && isVerbLemma(before)) || LIGHT_VERBS.has(before)) ? 2 : 1
  return ws.length > cut && isVerbLemma(ws.at(-cut)!.toLowerCase()) && !/s$/i.test(ws.at(-cut)!) ? ws.slice(0, -cut).join(' ') : about
}

const words = (text: string) => text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length
