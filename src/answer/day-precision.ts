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
