import { conceptMatch } from '../search/index.ts'
import { DAY_PRECISION, mentionAt, termsOfSentence, type Candidate, type ExtractionContext } from './context.ts'

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
 * answered by "June 2022", however surely June is right. Nor is a day bet on
 * that stands in an aside about a noun while the sentence gives another.
 *
 * @example
 * ```ts
 * dayNotGiven(ctx, { candidate, focus }) // => true for "in June" when asked "what date"
 * ```
 */
export function dayNotGiven(ctx: ExtractionContext, answer: { candidate: Candidate; focus: { start: number } }): boolean {
  if (ctx.question.kind !== 'date') return false
  const mention = mentionAt(ctx, answer.candidate, answer.focus.start - answer.candidate.sentence.start)
  return (ASKS_DAY.test(ctx.question.normalized) && mention !== undefined && mention.precision < DAY_PRECISION) || dayInAside(ctx, answer.candidate, mention)
}

// An aside set off by commas that tells of its noun: "The port, called Selby since 2019, is renamed …".
const ASIDE =
  /^(?:who|which|whose|then|formerly|previously|once|[a-z]+ed|known|run|led|held|built|kept|made|taken|given|won|chosen|sold|bought|brought|set up)\b/

/**
 * "- **17 Sep** - The port, called Selby since 2019, is renamed Orvik again": a day in an aside about a
 * noun, where the sentence gives another day outside it, may be the aside's or the sentence's: not bet on.
 */
function dayInAside(ctx: ExtractionContext, c: Candidate, mention: { start: number; end: number } | undefined): boolean {
  if (mention === undefined) return false
  const text = c.sentence.text
  const [start, end] = [mention.start - c.sentence.start, mention.end - c.sentence.start]
  const open = text.lastIndexOf(',', start)
  const close = text.indexOf(',', end)
  if (open < 0 || close < 0 || !ASIDE.test(text.slice(open + 1, start).trimStart())) return false
  // "Lask, who took office in 2019, ordered the troops home on March 7" answers when he took office: what follows the
  // aside says none of the question.
  const after = termsOfSentence(ctx, text.slice(close + 1))
  if (!ctx.concepts.some((k) => conceptMatch(k, after) > 0)) return false
  return ctx.dates(c.article, c.sentence.index).some((d) => d.end - c.sentence.start <= open || d.start - c.sentence.start > close)
}

/**
 * A find of the day the question names wins over one of another day, but is not bet on where a sentence of another
 * day says more of the question (a smaller gap of its words): "300 troops flew home on Saturday" is no count of those
 * guarding the airport then.
 */
export function saysMoreOnAnotherDay(finds: readonly { candidate: Candidate }[], first: Candidate): boolean {
  const wordGap = (c: Candidate) => c.wordGap ?? c.gap
  return finds.some(({ candidate: c }) => c.missesDay === true && wordGap(c) < wordGap(first))
}
