import { bestDateIn, describeDates } from '../dates/index.ts'
import type { DateIndex } from '../dates/index.ts'
import { formatDate } from '../dates/index.ts'
import type { Candidate, DateMention, Extraction } from './answer.ts'
import { DAY_PRECISION, type ExtractionContext } from './context.ts'
import { dayAnswers, spansDays } from './day-fit.ts'
import { FOR_GOOD } from './question.ts'
import { PAST_ASKED, plannedAt } from './expectations.ts'
import type { Article } from '../corpus/index.ts'

/**
 * The dates side of `/ask`: the resolved dates of a passage for the answer
 * extraction, and the reconciliation of passages that give different days.
 */

// Two days are two reports of one event; more leave no day to bet on.
const MAX_REPORTED_DAYS = 2
// How many of the ranked passages may tell of a beginning or an end the answer's day leaves out.
const MAX_SPAN_POOL = 20

/**
 * When the passages nearly as good as the one answered from give other days
 * for the event, the answer says which article says what; when no day was
 * found (the best passages only have dates relative to an unknown day),
 * there is no answer and the passages speak for themselves. Days are those
 * that answer the question as the answer's own does ({@link dayAnswers}); a
 * single day that is only half of what the question asks (a beginning, where
 * the passages also give the end: {@link spansDays}) is not bet on.
 */
export function reconcileDates(extraction: Extraction | null, candidates: readonly Candidate[], dates: DateIndex, ctx: ExtractionContext): Extraction | null {
  const single = extraction?.answer
  const keywords = ctx.concepts.map((c) => c.word)
  const answers = dayAnswers(ctx)
  const asked = { past: PAST_ASKED.test(ctx.question.normalized), last: ctx.question.focus === 'end' && FOR_GOOD.test(ctx.question.normalized) }
  const reconciled = combine(extraction, candidates, dates, keywords, answers, asked)
  // One day given where the passages tell of the event beginning on one day and ending on another: not bet on.
  const first = reconciled?.sources[0]
  if (reconciled && first && reconciled.answer === single && spansDays(ctx, candidates.slice(0, MAX_SPAN_POOL), first, answers)) reconciled.sure = false
  return reconciled
}

function combine(
  extraction: Extraction | null,
  candidates: readonly Candidate[],
  dates: DateIndex,
  keywords: string[],
  answers: (c: Candidate, at: number) => boolean,
  asked: { past: boolean; last: boolean },
): Extraction | null {
  const chosen = extraction?.sources[0]?.candidate ?? candidates[0]
  if (!chosen) return extraction
  // No day resolved: an article with no date of its own gives none as the answer, not even one written with its
  // month ("Jan 7" may be its dateline, not the day the question asks about); its passages are shown instead.
  if (!extraction) return null
  const close = candidates.filter((c) => c.coverage >= chosen.coverage * 0.9)
  const events = close.flatMap((c) => {
    // Of a sentence's days, the one nearest the question's words among those that answer it ("the last of them left on
    // January 19", not "arrived from January 6", for when they left for good).
    const e = bestDateIn(dates, c.article, c.sentence.index, keywords, (x) => answers(c, x.start))
    return e ? [{ e, c }] : []
  })
  const main = events.find((x) => x.c === chosen)
  // Without a day of its own the answer has nothing to be reconciled with: the others' days are not weighed.
  if (!main || main.e.when === null) return extraction
  // Only days that would answer the question as the answer's own does: not the day a withdrawal began for "when did it end".
  // The answer's own passage too: its likeliest day may be another than the one the answer took ("began on January 13,
  // and by January 19 ...").
  // A plan ("14 planes will fly them out tomorrow") is no other report of a deed the answer's passage tells as done ("the
  // last of them left on January 19"), where the question asks what happened ("when did they leave").
  const planned = (x: (typeof events)[number]) =>
    plannedAt(x.c.sentence.text, x.e.expression.start - x.c.sentence.start, x.e.expression.end - x.c.sentence.start)
  const planOnly = asked.past && !planned(main)
  const others = events.filter(
    (x) =>
      x.e.when !== null &&
      x.e.expression.granularity === main.e.expression.granularity &&
      answers(x.c, x.e.expression.start) &&
      (x === main || !planOnly || !planned(x)),
  )
  const days = new Set(others.map((x) => x.e.expression.date))
  if (!others.includes(main) || days.size < 2) return extraction
  // "When did they leave for good?" is the last of the days they left: earlier ones, of some leaving, are no other report.
  if (asked.last && [...days].every((d) => (d ?? '') <= (main.e.expression.date ?? ''))) return extraction
  extraction.answer = describeDates(others.map((x) => x.e))!
  extraction.sources = others.map((x) => ({ candidate: x.c, focus: x.e.expression }))
  if (days.size > MAX_REPORTED_DAYS) extraction.sure = false
  return extraction
}

export function datesIn(dates: DateIndex, article: Article, sentence: number): DateMention[] {
  const precision = { day: DAY_PRECISION, week: 4, month: 3, year: 2, decade: 1 } as const
  return dates
    .expressionsIn(article.source, sentence)
    .filter((e) => e.date !== null)
    .map((e) => ({
      start: e.start,
      end: e.end,
      phrase: e.text,
      display: formatDate(e.date!, e.endDate, e.granularity),
      date: e.date!,
      last: e.endDate ?? e.date!,
      precision: precision[e.granularity],
      // "This week" in a page with no date of its own is a week worked out from a guess: a weekday near a guessed
      // date is mostly right, a week is too vague to bet on.
      guessed: e.certainty === 'inferred' && e.rule.kind === 'period',
    }))
}
