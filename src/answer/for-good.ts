/**
 * "When did they leave for good?": the last of the days a deed was done on,
 * not an earlier leaving, a plan's day or a dateline's.
 */
import { FOR_GOOD } from './question.ts'
import { inDateline, plannedAt } from './expectations.ts'
import { mentionAt, type Candidate, type ExtractionContext } from './context.ts'

/**
 * "When did they leave for good?" asks for the last of the days they left:
 * of the finds that fit, one of an earlier day than another is set aside
 * (marked a misfit), as some leaving before the last.
 */
export function lastDayOnly(
  ctx: ExtractionContext,
  finds: readonly { candidate: Candidate; found: { start: number; end: number; key: string; misfit?: boolean } }[],
): void {
  if (ctx.question.focus !== 'end' || !FOR_GOOD.test(ctx.question.normalized)) return
  // Each find's day, looked up once: it is compared again and again below.
  const days = new Map(finds.map((s) => [s, mentionAt(ctx, s.candidate, s.found.start)?.date ?? '']))
  const dayOf = (s: (typeof finds)[number]) => days.get(s)!
  // The last day of a deed: not a dateline's, nor a plan's ("the rest are to leave on March 28").
  const deeds = finds.filter(
    (s) => !s.found.misfit && !inDateline(s.candidate.sentence.text, s.found.start) && !plannedAt(s.candidate.sentence.text, s.found.start, s.found.end),
  )
  const latest = deeds.reduce<(typeof finds)[number] | undefined>((max, s) => (!max || dayOf(s) > dayOf(max) ? s : max), undefined)
  // "The navy confirmed on March 15 that the marines left": a later day may be the report's, not the last leaving.
  if (!latest || REPORTS.test(latest.candidate.sentence.text)) return
  for (const s of finds) if (dayOf(s) !== '' && dayOf(s) < dayOf(latest)) s.found.misfit = true
}

// A sentence that reports: its day may be the report's.
const REPORTS = /\b(?:said|says|confirmed|confirms|told|tells|announced|reported|stated|tweeted|wrote)\b/

/**
 * "When was it restored for good?" is the last of the days a sentence gives
 * for it ("restored on January 11, cut again on January 12 and restored on
 * January 14"): true where the sentence the answer comes from gives more than
 * one, so that no day is bet on. "Leave for good" asks for the end: of its
 * days, those that could be one ("the engineers left on March 12, and the
 * last of them on March 17").
 */
export function manyDaysForGood(ctx: ExtractionContext, first: Candidate, fitsDay: (c: Candidate, at: number) => boolean): boolean {
  return (
    FOR_GOOD.test(ctx.question.normalized) &&
    ctx
      .dates(first.article, first.sentence.index)
      .filter((d) => !inDateline(first.sentence.text, d.start - first.sentence.start))
      .filter((d) => ctx.question.focus !== 'end' || fitsDay(first, d.start)).length > 1
  )
}
