/**
 * Temporal expressions of an article, resolved against its publication date
 * with the rules of news writing: "on Thursday" in a Sunday story is the
 * Thursday before, "the next day" follows the event dated just before it, a
 * month and day without a year is the one nearest the story, or, in a
 * timeline's entry under a period heading ("## 2022"), the one of that period.
 */
import { writesDayFirst, type Article } from '../corpus/index.ts'
import { headingYears, inYear } from './period-headings.ts'
import { addDays, dayNumber, isRealDay, lastOfMonth, makeDay, weekdayOf, weekRange, type Granularity } from './math.ts'
import { findHits, type Rule } from './rules.ts'

export { formatDate, formatDay, type Granularity } from './math.ts'

/** How sure a resolution is. */
export type Certainty =
  /** The text states the date or year itself ("January 10, 2022", "in 1968"). */
  | 'explicit'
  /** Worked out from the article's own publication date ("on Thursday", "last year"). */
  | 'relative'
  /** Worked out from a publication date that was itself inferred from other articles. */
  | 'inferred'
  /** Relative to a date nobody knows; `date` is `null`. */
  | 'unresolved'

/** One temporal expression of an article and what it resolves to. */
export interface TemporalExpression {
  /** The words as written: `article.text.slice(start, end)`. */
  text: string
  start: number
  end: number
  /** Index into `article.sentences`. */
  sentence: number
  /** First day, `YYYY-MM-DD`, or `null` when unresolved. */
  date: string | null
  /** Last day of a range (week, month, year, decade), or `null` for a single day. */
  endDate: string | null
  granularity: Granularity
  certainty: Certainty
  /** The rule that resolved it, so the date can be recomputed for another anchor. */
  rule: Rule
}

/** A resolved date before it is placed in an article. */
export interface Resolution {
  date: string
  endDate: string | null
  granularity: Granularity
}

/**
 * Resolves one rule against the publication date `anchor` and the day of the
 * event dated just before it (`previous`, for "the next day"). `null` when
 * the rule needs a date that is not known.
 *
 * @example
 * ```ts
 * resolveRule({ kind: 'weekday', weekday: 4, tense: 'past', strict: false }, '2022-01-09', null)
 * // => { date: '2022-01-06', endDate: null, granularity: 'day' }
 * ```
 */
export function resolveRule(rule: Rule, anchor: string | null, previous: string | null): Resolution | null {
  const day = (date: string | null): Resolution | null => (date ? { date, endDate: null, granularity: 'day' } : null)
  switch (rule.kind) {
    case 'absolute':
      return { date: rule.date, endDate: rule.endDate, granularity: rule.granularity }
    case 'chain':
      return day(previous && addDays(previous, rule.days))
    default:
      if (!anchor) return null
  }
  const year = Number(anchor.slice(0, 4))
  switch (rule.kind) {
    case 'offset':
      return day(addDays(anchor, rule.days))
    case 'weekday': {
      // Past: 0–6 days back ("on Thursday" in a Sunday story); future: 0–6 ahead; "last"/"next" skip today.
      const gap = rule.tense === 'past' ? (weekdayOf(anchor) - rule.weekday + 7) % 7 : (rule.weekday - weekdayOf(anchor) + 7) % 7
      const shift = rule.strict && gap === 0 ? 7 : gap
      return day(addDays(anchor, rule.tense === 'past' ? -shift : shift))
    }
    case 'monthDay': {
      const candidates = [year - 1, year, year + 1].map((y) => makeDay(y, rule.month, rule.day)).filter(isRealDay)
      return day(nearest(candidates, anchor))
    }
    case 'dayOfMonth': {
      const month = Number(anchor.slice(5, 7))
      const candidates = [-1, 0, 1].map((k) => makeDay(year + Math.floor((month - 1 + k) / 12), ((month - 1 + k + 12) % 12) + 1, rule.day)).filter(isRealDay)
      return day(nearest(candidates, anchor))
    }
    case 'month': {
      const firsts = [year - 1, year, year + 1].map((y) => makeDay(y, rule.month, 1))
      const first = nearest(firsts, anchor.slice(0, 8) + '01')
      return { date: first, endDate: lastOfMonth(Number(first.slice(0, 4)), rule.month), granularity: 'month' }
    }
    case 'period':
      return periodOf(rule.unit, rule.shift, anchor)
  }
}

/** A temporal expression found but not yet resolved. */
export type Mention = Pick<TemporalExpression, 'text' | 'start' | 'end' | 'sentence' | 'rule'>

/**
 * Finds the temporal expressions of an article without resolving them; pair
 * with {@link resolveMentions} to try several publication dates cheaply.
 *
 * @example
 * ```ts
 * detectMentions(article).map((m) => m.text) // => ['in 1968', 'on Thursday', ...]
 * ```
 */
export function detectMentions(article: Article): Mention[] {
  const dayFirst = writesDayFirst(article.text)
  // "## March - November 2022" over "- **17 Sep** - …": the heading gives the year.
  const years = headingYears(article)
  return article.sentences.flatMap((s) =>
    findHits(s.text, dayFirst).map((hit) => ({
      text: article.text.slice(s.start + hit.start, s.start + hit.end),
      start: s.start + hit.start,
      end: s.start + hit.end,
      sentence: s.index,
      rule: inYear(hit.rule, years[s.index] ?? null),
    })),
  )
}

/**
 * Resolves mentions (in text order) against the publication date `anchor`;
 * `inferred` marks an anchor that was inferred rather than read.
 *
 * @example
 * ```ts
 * resolveMentions(detectMentions(article), '2022-01-09')[0].date // => '1968-01-01'
 * ```
 */
export function resolveMentions(mentions: Mention[], anchor: string | null, inferred = false): TemporalExpression[] {
  const out: TemporalExpression[] = []
  // The day of the last dated event, for "the next day"; only the same or the previous sentence counts.
  let previous = null as { day: string; sentence: number; inferred: boolean } | null
  // "**Jan 12** – Tokayev says the withdrawal starts tomorrow": a day the sentence names is what its "tomorrow" counts from.
  let named = null as { day: string; sentence: number } | null
  const stated = statedYears(mentions)
  for (const m of mentions) {
    if (previous && previous.sentence < m.sentence - 1) previous = null
    const from = m.rule.kind === 'offset' && Math.abs(m.rule.days) <= 1 && named?.sentence === m.sentence ? named.day : anchor
    const resolved = earlierStated(m.rule, anchor, stated) ?? resolveRule(m.rule, from, previous?.day ?? null)
    const certainty = certaintyOf(m.rule, resolved, inferred, previous?.inferred ?? false)
    out.push({
      ...m,
      date: resolved?.date ?? null,
      endDate: resolved?.endDate ?? null,
      granularity: resolved?.granularity ?? 'day',
      certainty,
    })
    if (resolved?.granularity === 'day') previous = { day: resolved.date, sentence: m.sentence, inferred: certainty === 'inferred' }
    if (resolved?.granularity === 'day' && (m.rule.kind === 'absolute' || m.rule.kind === 'monthDay')) named = { day: resolved.date, sentence: m.sentence }
  }
  return out
}

/** For each month, the years an article gives in full dates of it ("January 15, 2022"). */
function statedYears(mentions: readonly Mention[]): Map<number, Set<number>> {
  const years = new Map<number, Set<number>>()
  for (const { rule } of mentions) {
    if (rule.kind !== 'absolute' || rule.granularity !== 'day') continue
    const month = Number(rule.date.slice(5, 7))
    years.set(month, (years.get(month) ?? new Set()).add(Number(rule.date.slice(0, 4))))
  }
  return years
}

/**
 * "January 6" in a story published on 5 January 2023 that looks back on
 * "January 15, 2022": a day the article gives without a year, which would
 * otherwise fall after the story was published, is in the year the article
 * gives that month elsewhere, when that puts it before the story.
 */
function earlierStated(rule: Rule, anchor: string | null, stated: ReadonlyMap<number, ReadonlySet<number>>): Resolution | null {
  // "The next vote is scheduled for March 26": a day still to come is the next one, whatever the article looks back on.
  if (rule.kind !== 'monthDay' || rule.tense !== 'past' || !anchor) return null
  const nearest = resolveRule(rule, anchor, null)
  if (!nearest || nearest.date <= anchor) return null
  const before = [...(stated.get(rule.month) ?? [])]
    .map((y) => makeDay(y, rule.month, rule.day))
    .filter((d) => isRealDay(d) && d <= anchor)
    .sort()
    .at(-1)
  return before ? { date: before, endDate: null, granularity: 'day' } : null
}

/**
 * Finds and resolves every temporal expression of an article against the
 * publication date `anchor` (`null` leaves relative ones unresolved). Set
 * `inferred` when the anchor was inferred rather than read.
 *
 * @example
 * ```ts
 * const [e] = findTemporalExpressions(article, '2022-01-09') // article says "arrived on Thursday."
 * e.text // => 'on Thursday'
 * e.date // => '2022-01-06'
 * ```
 */
export function findTemporalExpressions(article: Article, anchor: string | null, inferred = false): TemporalExpression[] {
  return resolveMentions(detectMentions(article), anchor, inferred)
}

function certaintyOf(rule: Rule, resolved: Resolution | null, inferred: boolean, previousInferred: boolean): Certainty {
  if (!resolved) return 'unresolved'
  if (rule.kind === 'absolute') return 'explicit'
  if (rule.kind === 'chain') return previousInferred ? 'inferred' : 'relative'
  return inferred ? 'inferred' : 'relative'
}

function periodOf(unit: 'week' | 'month' | 'year', shift: number, anchor: string): Resolution {
  const [y, m] = anchor.split('-').map(Number) as [number, number]
  if (unit === 'week') {
    const [date, endDate] = weekRange(anchor, shift)
    return { date, endDate, granularity: 'week' }
  }
  if (unit === 'year') return { date: makeDay(y + shift, 1, 1), endDate: makeDay(y + shift, 12, 31), granularity: 'year' }
  const months = y * 12 + (m - 1) + shift
  const [py, pm] = [Math.floor(months / 12), (months % 12) + 1]
  return { date: makeDay(py, pm, 1), endDate: lastOfMonth(py, pm), granularity: 'month' }
}

function nearest(days: string[], anchor: string): string {
  const a = dayNumber(anchor)
  // On a tie the earlier day wins: news more often looks back.
  return days.reduce((best, d) => (Math.abs(dayNumber(d) - a) < Math.abs(dayNumber(best) - a) ? d : best))
}
