import { splitQuestion, type AskResult, type Citation } from '../answer/index.ts'

/**
 * "When did the protests start and in what town?": each part asked on its own,
 * and a short answer only when both have one, each proved by its own excerpts.
 * Half an answer is no answer: with either part unsure, the whole question
 * gets the passages a two-part question gets.
 */

/** How many excerpts a two-part answer cites. */
const MAX_CITATIONS = 6

/**
 * The answer to both parts of `question`, or `null` when it does not split in
 * two or a part has no sure answer. `askPart` answers one part.
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
  if (!replies.every((r) => r.status === 'answered' && r.answer !== null)) return null
  // "When did it start and when was it over?" answered twice with one day from one excerpt: two questions asked, one
  // answered, and that one's sentence may answer neither.
  if (new Set(replies.map((r) => r.answer)).size < replies.length) return null
  // Each part's proof first, then the rest of either, without citing one excerpt twice.
  const ordered = [...replies.map((r) => r.citations.slice(0, 1)), ...replies.map((r) => r.citations.slice(1))].flat()
  const citations: Citation[] = []
  for (const c of ordered) if (!citations.some((d) => d.source === c.source && d.start === c.start)) citations.push(c)
  return { ...replies[0]!, question, answer: replies.map((r) => r.answer).join('; '), citations: citations.slice(0, MAX_CITATIONS), related: [] }
}
