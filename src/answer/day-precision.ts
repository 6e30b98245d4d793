import { DAY_PRECISION, mentionAt, type Candidate, type ExtractionContext } from './context.ts'

/**
 * "Asked for help last week" and "appealed for assistance on 5 January" tell
 * of one day, the second exactly; "since 2016" and "since October 2016" of one
 * month. A week, a month or a year that holds what another passage gives more
 * exactly for the question is that told less exactly, not a rival to it.
 */

/**
 * Sets aside (marks a misfit) each find of a week, a month or a year that
 * holds the start of a find that fits and is told more exactly: that is the
 * answer, told exactly.
 *
 * @example
 * ```ts
 * // finds: "last week" (January 3–9), "5 January"
 * coarserAside(ctx, finds) // "last week" is now a misfit
 * ```
 */
export function coarserAside(ctx: ExtractionContext, finds: readonly { candidate: Candidate; found: { start: number; misfit?: boolean } }[]): void {
  const mentions = new Map(finds.map((s) => [s, mentionAt(ctx, s.candidate, s.found.start)]))
  const exact = finds.filter((s) => !s.found.misfit).flatMap((s) => mentions.get(s) ?? [])
  for (const s of finds) {
    const m = mentions.get(s)
    if (!m || m.precision >= DAY_PRECISION || s.found.misfit) continue
    if (exact.some((e) => e.precision > m.precision && m.date <= e.date && e.date <= (m.last ?? m.date))) s.found.misfit = true
  }
}
