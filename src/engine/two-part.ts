import { splitQuestion, type AskResult, type Citation } from '../answer/index.ts'

/**
 * "When did the protests start and in what town?": each part asked on its own,
 * and a short answer only when both have one, each proved by its own excerpts.
 * Half an answer is no answer: with either part unsure, the reply is each
 * part's best passages in turn.
 */

/** How many excerpts a two-part answer cites, and a reply of passages shows. */
const MAX_CITATIONS = 6
const MAX_PASSAGES = 3

/**
 * The answer to both parts of `question`, or their passages where a part has no
 * sure answer; `null` when it does not split in two or a part finds nothing.
 * `askPart` answers one part.
 *
 * @example
 * ```ts
 * askInParts('when did the floods start and in what town', ask)?.answer
 * // => 'Monday, March 6, 2023; Velta'
 * ```
 */
export function askInParts(question: string, askPart: (part: string) => AskResult): AskResult | null {
  const parts = splitQuestion(question)
  if (!parts) return null
  const replies = parts.map(askPart)
  // "When did it start and when was it over?" answered twice with one day from one excerpt: two questions asked, one
  // answered, and that one's sentence may answer neither.
  const answered = replies.every((r) => r.status === 'answered' && r.answer !== null) && new Set(replies.map((r) => r.answer)).size === replies.length
  if (answered) {
    return { ...replies[0]!, question, answer: replies.map((r) => r.answer).join('; '), citations: eachFirst(replies, MAX_CITATIONS), related: [] }
  }
  // Half an answer is no answer, but each half's best passages are what the whole asks about: the passages shown
  // take turns, one part's best then the other's, where every part has some.
  if (!replies.every((r) => r.citations.length > 0)) return null
  return { ...replies[0]!, question, status: 'passages', answer: null, citations: eachFirst(replies, MAX_PASSAGES), related: [] }
}

/** Each reply's first excerpt, then each one's second, and so on, without citing one excerpt twice. */
function eachFirst(replies: readonly AskResult[], limit: number): Citation[] {
  return inTurn(
    replies.map((r) => r.citations),
    (a, b) => a.source === b.source && a.start === b.start,
    limit,
  )
}

/**
 * The first of each list, then the second of each, and so on, up to `limit`,
 * leaving out any that is `same` as one taken.
 *
 * @example
 * ```ts
 * inTurn([[1, 2, 3], [4, 1]], (a, b) => a === b, 4) // => [1, 4, 2, 3]
 * ```
 */
export function inTurn<T>(lists: readonly (readonly T[])[], same: (a: T, b: T) => boolean, limit: number): T[] {
  const taken: T[] = []
  const longest = Math.max(0, ...lists.map((l) => l.length))
  for (let i = 0; i < longest && taken.length < limit; i++) {
    for (const l of lists) {
      const x = l[i]
      if (x !== undefined && !taken.some((t) => same(t, x))) taken.push(x)
    }
  }
  return taken.slice(0, limit)
}
