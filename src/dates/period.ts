/**
 * The corpus's own period: the days its articles report on, as opposed to the
 * background history they recall ("in 1968", "since its founding in 1999").
 * Worked out from the data: the densest run of day-precise dates, counting the
 * events told to the day and the articles' publication dates.
 */
import { dayNumber, formatDate, toDay, type Granularity } from './math.ts'
import type { TimelineEvent } from './types.ts'

/** First and last day of the corpus's own period, `YYYY-MM-DD`. */
export interface Period {
  from: string
  to: string
}

/** Which events a timeline shows: the corpus's own period, the history outside it, or both. */
export type TimelineScope = 'period' | 'background' | 'all'

// Days between two dated points of one run: a news story told over weeks has no longer silence.
const GAP_DAYS = 7
// A range this long or shorter ("this week") belongs to the days it overlaps; a month or a year is background.
const MAX_SPAN_DAYS = 7

/**
 * The densest run of day-precise dates: every event told to the day and every
 * publication date, sorted, split wherever more than a week passes without
 * one; the run with the most dates wins (the earlier on a tie). `null` when
 * nothing is dated to the day.
 *
 * @example
 * ```ts
 * corpusPeriod(buildDateIndex(articles).timeline(), ['2022-01-09']) // => { from: '2022-01-05', to: '2022-01-10' }
 * ```
 */
export function corpusPeriod(events: readonly TimelineEvent[], published: readonly (string | null)[]): Period | null {
  const days = [...events.filter((e) => e.end === null).map((e) => e.date), ...published.filter((d): d is string => d !== null)]
    .map(dayNumber)
    .sort((a, b) => a - b)
  if (days.length === 0) return null
  let best = { from: days[0]!, to: days[0]!, n: 1 }
  let run = { ...best }
  for (let i = 1; i < days.length; i++) {
    if (days[i]! - days[i - 1]! <= GAP_DAYS) run = { from: run.from, to: days[i]!, n: run.n + 1 }
    else run = { from: days[i]!, to: days[i]!, n: 1 }
    if (run.n > best.n) best = run
  }
  return { from: toDay(best.from), to: toDay(best.to) }
}

/**
 * Whether an event falls in the period: a day inside it, or a range of at most
 * a week that overlaps it.
 *
 * @example
 * ```ts
 * inPeriod({ date: '1968-01-01', end: '1968-12-31', … }, { from: '2022-01-05', to: '2022-01-10' }) // => false
 * ```
 */
export function inPeriod(e: TimelineEvent, period: Period): boolean {
  const end = e.end ?? e.date
  if (dayNumber(end) - dayNumber(e.date) + 1 > MAX_SPAN_DAYS) return false
  return e.date <= period.to && end >= period.from
}

/**
 * The events of one scope, in timeline order. Without a period (nothing
 * dated to the day) every event counts as the corpus's own.
 *
 * @example
 * ```ts
 * scopeTimeline(events, period, 'period')[0].date // => '2022-01-05'
 * ```
 */
export function scopeTimeline(events: readonly TimelineEvent[], period: Period | null, scope: TimelineScope): TimelineEvent[] {
  if (scope === 'all' || period === null) return scope === 'background' ? [] : [...events]
  const own = scope === 'period'
  return events.filter((e) => inPeriod(e, period) === own)
}

/**
 * An event's date as a reader says it: a day, a week, a month, a year or a decade.
 *
 * @example
 * ```ts
 * eventWhen({ date: '1968-01-01', end: '1968-12-31', … }) // => '1968'
 * eventWhen({ date: '2022-01-06', end: null, … }) // => 'Thursday, January 6, 2022'
 * ```
 */
export function eventWhen(e: Pick<TimelineEvent, 'date' | 'end'>): string {
  if (!e.end) return formatDate(e.date, null, 'day')
  // The event keeps only its range; its width tells a decade, a year, a month and a week apart.
  const years = Number(e.end.slice(0, 4)) - Number(e.date.slice(0, 4))
  const whole = e.date.endsWith('-01-01') && e.end.endsWith('-12-31')
  const granularity: Granularity | null =
    whole && years === 9
      ? 'decade'
      : whole && years === 0
        ? 'year'
        : e.date.slice(0, 7) === e.end.slice(0, 7) && e.date.endsWith('-01')
          ? 'month'
          : years === 0
            ? 'week'
            : null
  return granularity ? formatDate(e.date, e.end, granularity) : `${e.date} – ${e.end}`
}

/**
 * The period in words, for a heading.
 *
 * @example
 * ```ts
 * describePeriod({ from: '2022-01-05', to: '2022-01-10' }) // => 'January 5–10, 2022'
 * ```
 */
export function describePeriod(period: Period): string {
  const [fy, fm, fd] = period.from.split('-').map(Number) as [number, number, number]
  const [ty, tm, td] = period.to.split('-').map(Number) as [number, number, number]
  const month = (m: number) => formatDate(`2000-${String(m).padStart(2, '0')}-01`, null, 'month').split(' ')[0]!
  if (period.from === period.to) return `${month(fm)} ${fd}, ${fy}`
  if (fy !== ty) return `${month(fm)} ${fd}, ${fy} – ${month(tm)} ${td}, ${ty}`
  if (fm !== tm) return `${month(fm)} ${fd} – ${month(tm)} ${td}, ${ty}`
  return `${month(tm)} ${fd}–${td}, ${ty}`
}
