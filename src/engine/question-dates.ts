import { MONTHS, monthNumber } from '../text/index.ts'
import { corpusPeriod, type DateIndex, type Period } from '../dates/index.ts'
import type { Article } from '../corpus/index.ts'

/**
 * A day a question names ("on jan 15", "January 6th", "6 January 2022", "on the 7th"),
 * matched against the days the articles' sentences resolve to: "how many
 * planes brought troops back on jan 15" is answered by a sentence that says
 * "on Saturday" in an article that makes that Saturday January 15.
 */

/** A day named in a question, where, and the calendar day it is. */
export interface QuestionDay {
  /** `YYYY-MM-DD`. */
  day: string
  start: number
  end: number
}

const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`
const YEAR = String.raw`(?:,?\s+(\d{4}))?`
const MONTH_DAY = new RegExp(String.raw`\b${MONTH}\s+${DAY}\b${YEAR}`, 'gi')
const DAY_MONTH = new RegExp(String.raw`\b${DAY}\s+(?:of\s+)?${MONTH}(?![a-z])${YEAR}`, 'gi')

// "the 7th" alone, as a time after its preposition ("on the 7th", "by the 7th?"), not a unit's name ("the 45th brigade")
// nor a place in a race ("who came 2nd", "who was the 3rd").
const ORDINAL_DAY =
  /(?<=\b(?:on|by|since|until|till|before|after|from|as of)\s+)the\s+(\d{1,2})(?:st|nd|rd|th)\b(?=\s*(?:$|[?,.!;:]|(?:and|or|when|before|after|did|was|were|in|at|for)\b))/gi

/** True when day `d` of month `m`, in the year {@link yearIn} gives it, is inside the period. */
function within(period: Period, m: number, d: number): boolean {
  const iso = `${yearIn(period, m, d)}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
  return iso >= period.from && iso <= period.to
}

/** A month's number (1–12) from its name or short form, or 0. */

/**
 * The days a question names, in the year it gives or else the year that puts
 * them in, or nearest to, the corpus's own period (where its events cluster).
 *
 * @example
 * ```ts
 * questionDays('how many planes landed on jan 15', { from: '2022-01-05', to: '2022-01-19' })
 * // => [{ day: '2022-01-15', start: 24, end: 30 }]
 * ```
 */
export function questionDays(question: string, period: Period | null): QuestionDay[] {
  const days: QuestionDay[] = []
  const add = (month: string, day: string, given: string | undefined, start: number, end: number) => {
    const m = monthNumber(month)
    const d = Number(day)
    const y = given ? Number(given) : yearIn(period, m, d)
    if (m < 1 || d < 1 || d > 31 || y === null) return
    if (days.some((x) => x.start < end && start < x.end)) return
    days.push({ day: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`, start, end })
  }
  for (const m of question.matchAll(MONTH_DAY)) add(m[1]!, m[2]!, m[3], m.index, m.index + m[0].length)
  for (const m of question.matchAll(DAY_MONTH)) add(m[2]!, m[1]!, m[3], m.index, m.index + m[0].length)
  // "on the 7th": the day of that number in the corpus's own period, where one month's is in it.
  for (const m of question.matchAll(ORDINAL_DAY)) {
    const inPeriod = period ? MONTHS.map((_, k) => k + 1).filter((month) => within(period, month, Number(m[1]))) : []
    if (inPeriod.length === 1) add(MONTHS[inPeriod[0]! - 1]!, m[1]!, undefined, m.index, m.index + m[0].length)
  }
  return days.sort((a, b) => a.start - b.start)
}

/** The corpus's own period (see `corpusPeriod`), or `null` for a corpus without dated events. */
export function ownPeriod(dates: DateIndex, articles: readonly Article[]): Period | null {
  return corpusPeriod(
    dates.timeline(),
    articles.map((a) => dates.articleDate(a.source)?.date ?? null),
  )
}

/** The year of the period in which month `m`, day `d` falls, or the nearest; `null` without a period. */
function yearIn(period: Period | null, m: number, d: number): number | null {
  if (!period) return null
  const from = Number(period.from.slice(0, 4))
  const to = Number(period.to.slice(0, 4))
  const iso = (y: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
  const distance = (y: number) =>
    iso(y) < period.from ? Date.parse(period.from) - Date.parse(iso(y)) : iso(y) > period.to ? Date.parse(iso(y)) - Date.parse(period.to) : 0
  let best = from
  for (let y = from; y <= to; y++) if (distance(y) < distance(best)) best = y
  return best
}

/**
 * The question's words without the days it names (`days`, found by
 * {@link questionDays}), which are matched as days ({@link saysDay}), not as
 * the words "jan" and "15"; and without a month it names alone ("in mid jan").
 *
 * @example
 * ```ts
 * withoutDays('death toll the prosecutors gave in mid jan', []) // => 'death toll the prosecutors gave'
 * ```
 */
export function withoutDays(text: string, days: readonly QuestionDay[]): string {
  const rest = days.length ? text.replace(MONTH_DAY, GONE).replace(DAY_MONTH, GONE).replace(ORDINAL_DAY, GONE) : text
  // "gave in mid jan": the preposition goes with its time, or the verb before it reads as "give in".
  return rest.replace(MONTH_ALONE, GONE).replace(TIME_PREPOSITION, ' ').replace(/¦/g, ' ').replace(/\s+/g, ' ').trim()
}

// Where a time was taken out, and the preposition that led it there.
const GONE = ' ¦ '
const TIME_PREPOSITION = /\b(?:in|on|by|during|around|at|through)\s+(?:the\s+)?¦/g

// A month without its day ("in mid jan", "early january"): a time, not a name a passage must say. "March" and "May"
// only with "mid", "early" or "late" before them: alone they are a protest and a verb.
export const OTHER_MONTHS = String.raw`jan(?:uary)?|feb(?:ruary)?|apr(?:il)?|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?`
// A month's short form that is also a given name ("Jan Kral", "June Lask") is a month only after a preposition ("in jan").
const AFTER_PREPOSITION = String.raw`(?<=\b(?:in|by|since|during|until|till|through|of|before|after|from|around|on|early|mid|late)\s+(?:the\s+)?)`
const NAME_LIKE = String.raw`jan|june|july`
// A month is a time where it ends the phrase it is in ("in february", "by early march, how many"), not where it names
// what follows it ("the february quake", "the july floods").
const TIME_ENDS = String.raw`(?=\s*(?:$|[?,.!;:]|\d|(?:and|or|to|of|in|on|at|by|when|before|after|for|according|while|until|than|this|that|the|last|next|so|did|was|were)\b))`
const MONTH_ALONE = new RegExp(
  String.raw`\b(?:(?:mid|early|late)[- ]?(?:${OTHER_MONTHS}|mar(?:ch)?|may)|${AFTER_PREPOSITION}(?:${NAME_LIKE})|(?!(?:${NAME_LIKE})\b)(?:${OTHER_MONTHS}))\.?(?![\w-]|\s*\d)${TIME_ENDS}`,
  'gi',
)

/** True when the sentence resolves one of its temporal expressions to `day`. */
export function saysDay(dates: DateIndex, article: Article, sentence: number, day: string): boolean {
  return dates.expressionsIn(article.source, sentence).some((e) => e.granularity === 'day' && e.date === day)
}

/** What {@link onDays} reads and reweighs of a candidate passage. */
export interface DayCandidate {
  article: Article
  sentence: { index: number }
  coverage: number
  own: number
  gap: number
  missesName: boolean
}

/**
 * A candidate reweighed for the days a question names: each is one more
 * concept, as heavy as the heaviest, that a sentence says when it resolves to
 * that day ("on Saturday" in an article that makes it January 15), and that
 * must be there, as a name must. Unchanged when the question names no day.
 *
 * @example
 * ```ts
 * onDays(dates, candidate, questionDays('how many planes landed on jan 15', period), concepts).missesName
 * // => false where the sentence resolves to January 15
 * ```
 */
export function onDays<C extends DayCandidate>(
  dates: DateIndex,
  c: C,
  days: readonly QuestionDay[],
  concepts: readonly { weight: number }[],
): C & { missesDay?: boolean; wordGap?: number } {
  if (days.length === 0) return c
  const total = concepts.reduce((sum, k) => sum + k.weight, 0)
  const weight = Math.max(1, ...concepts.map((k) => k.weight)) * days.length
  const own = days.every((d) => saysDay(dates, c.article, c.sentence.index, d.day))
  const near =
    own || days.every((d) => [-1, 1].some((k) => c.article.sentences[c.sentence.index + k] && saysDay(dates, c.article, c.sentence.index + k, d.day)))
  const share = weight / (total + weight)
  return {
    ...c,
    coverage: c.coverage * (1 - share) + share * (own ? 1 : near ? 0.5 : 0),
    own: c.own * (1 - share) + share * (own ? 1 : 0),
    gap: own ? c.gap * (1 - share) : Math.max(c.gap * (1 - share), share),
    missesName: c.missesName || !own,
    missesDay: !own,
    wordGap: c.gap,
  }
}

/**
 * The months a question names alone ("in mid jan", "early january"), as
 * `YYYY-MM` in the year that puts them in or nearest the corpus's period.
 *
 * @example
 * ```ts
 * questionMonths('the toll prosecutors gave in mid jan', { from: '2022-01-05', to: '2022-03-20' }) // => ['2022-01']
 * ```
 */
export function questionMonths(question: string, period: Period | null): string[] {
  const months = new Set<string>()
  for (const m of question.matchAll(MONTH_ALONE)) {
    const month = monthNumber(m[0].replace(/^(?:mid|early|late)[- ]?/i, ''))
    const year = yearIn(period, month, 15)
    if (month > 0 && year !== null) months.add(`${year}-${String(month).padStart(2, '0')}`)
  }
  return [...months]
}

const LATER = /\b(?:later|subsequently|eventually|since then|has since|have since)\b/i
// What a passage keeps of its coverage when it dates what it tells to another month than the one asked about.
const OTHER_MONTH = 0.85

/**
 * A candidate reweighed for the months a question names alone: a sentence
 * whose days and months all fall in other months ("By mid-March …" for "the
 * toll given in mid jan") tells of another time, and counts as missing the
 * day, as a name it does not say: no short answer comes from it. One with no
 * date, or one in the month, is unchanged.
 */
export function inMonths<C extends DayCandidate & { missesDay?: boolean }>(dates: DateIndex, c: C, months: readonly string[]): C {
  if (months.length === 0) return c
  const dated = dates.expressionsIn(c.article.source, c.sentence.index).filter((e) => e.date !== null && (e.granularity === 'day' || e.granularity === 'month'))
  // "Official figures later rose to 238": a figure of a time after the one the page had got to, no time asked about.
  const later = dated.length === 0 && LATER.test(c.article.sentences[c.sentence.index]!.text)
  if ((dated.length === 0 && !later) || dated.some((e) => months.includes(e.date!.slice(0, 7)))) return c
  return { ...c, coverage: c.coverage * OTHER_MONTH, own: c.own * OTHER_MONTH, missesDay: true, missesName: true }
}
