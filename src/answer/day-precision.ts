import { DAY_PRECISION, mentionAt, type Candidate, type ExtractionContext } from './context.ts'

/**
 * "Asked for help last week" and "appealed for assistance on 5 January" tell
 * of one day, the second exactly: a week, a month or a year that holds a day
 * another passage gives for the question is that day told less exactly.
 */

/**
 * Sets aside (marks a misfit) each find of a week, a month or a year that
 * holds the day of a find that fits: the day is the answer, told exactly.
 *
 * @example
 * ```ts
 * // finds: "last week" (January 3–9), "5 January"
 * coarserAside(ctx, finds) // "last week" is now a misfit
 * ```
 */
export function coarserAside(ctx: ExtractionContext, finds: readonly { candidate: Candidate; found: { start: number; misfit?: boolean } }[]): void {
  const mentions = new Map(finds.map((s) => [s, mentionAt(ctx, s.candidate, s.found.start)]))
  const days = finds.filter((s) => !s.found.misfit && (mentions.get(s)?.precision ?? 0) >= DAY_PRECISION).map((s) => mentions.get(s)!.date)
  for (const s of finds) {
    const m = mentions.get(s)
    if (!m || m.precision >= DAY_PRECISION || s.found.misfit) continue
    if (days.some((day) => m.date <= day && day <= (m.last ?? m.date))) s.found.misfit = true
  }
}

// "What date …", "which day …", "on what day …": a question for a day.
const ASKS_DAY = /\b(?:what|which)\s+(?:date|day)\b/

/**
 * True when the question asks for a day and the answer it was given is a
 * month, a week or a year: "what date was the referendum held" is not
 * answered by "June 2022", however surely June is right.
 *
 * @example
 * ```ts
 * dayNotGiven(ctx, { candidate, focus }) // => true for "in June" when asked "what date"
 * ```
 */
export function dayNotGiven(ctx: ExtractionContext, answer: { candidate: Candidate; focus: { start: number } }): boolean {
  if (ctx.question.kind !== 'date' || !ASKS_DAY.test(ctx.question.normalized)) return false
  const mention = mentionAt(ctx, answer.candidate, answer.focus.start - answer.candidate.sentence.start)
  return mention !== undefined && mention.precision < DAY_PRECISION
}
