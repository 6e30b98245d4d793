/**
 * Calendar arithmetic on `YYYY-MM-DD` day strings, and the human formats of
 * resolved dates. Everything works in UTC on whole days, so results never
 * depend on the machine's time zone or clock.
 */

import { MONTHS, WEEKDAYS } from '../text/index.ts'

/** How wide a resolved date is. */
export type Granularity = 'day' | 'week' | 'month' | 'year' | 'decade'

const DAY_MS = 86_400_000
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/**
 * Days since 1970-01-01 of a `YYYY-MM-DD` string.
 *
 * @example
 * ```ts
 * dayNumber('1970-01-02') // => 1
 * ```
 * @throws Error `date-math: ...` when `day` is not a real `YYYY-MM-DD` date.
 */
export function dayNumber(day: string): number {
  const m = DAY.exec(day)
  const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN
  if (!m || Number.isNaN(ms) || toDay(ms / DAY_MS) !== day) throw new Error(`date-math: not a YYYY-MM-DD date: "${day}"`)
  return ms / DAY_MS
}

/** The `YYYY-MM-DD` string of a day number (see {@link dayNumber}). */
export function toDay(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10)
}

/**
 * Shifts a day by `n` days.
 *
 * @example
 * ```ts
 * addDays('2022-01-09', -3) // => '2022-01-06'
 * ```
 */
export function addDays(day: string, n: number): string {
  return toDay(dayNumber(day) + n)
}

/** Weekday of a day, 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: string): number {
  // 1970-01-01 was a Thursday (4).
  return (((dayNumber(day) + 4) % 7) + 7) % 7
}

/** `YYYY-MM-DD` from numeric parts. */
export function makeDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/**
 * True for a `YYYY-MM-DD` that is a day of the calendar.
 *
 * @example
 * ```ts
 * isRealDay('2024-02-29') // => true
 * isRealDay('2023-02-30') // => false
 * ```
 */
export function isRealDay(day: string): boolean {
  try {
    dayNumber(day)
    return true
  } catch {
    return false
  }
}

/** Last day of a month (`month` from 1). */
export function lastOfMonth(year: number, month: number): string {
  return toDay(Date.UTC(year, month, 1) / DAY_MS - 1)
}

/**
 * The Monday–Sunday week holding `day`, shifted by `weeks`.
 *
 * @example
 * ```ts
 * weekRange('2022-01-09', -1) // => ['2021-12-27', '2022-01-02']
 * ```
 */
export function weekRange(day: string, weeks = 0): [string, string] {
  const monday = addDays(day, -((weekdayOf(day) + 6) % 7) + 7 * weeks)
  return [monday, addDays(monday, 6)]
}

/**
 * Formats one day the way answers show it.
 *
 * @example
 * ```ts
 * formatDay('2022-01-06') // => 'Thursday, January 6, 2022'
 * ```
 */
export function formatDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  // As the wires write it ("Thursday, January 6, 2022"), and as most readers will type it.
  return `${WEEKDAYS[weekdayOf(day)]}, ${MONTHS[m - 1]} ${d}, ${y}`
}

/**
 * Formats a resolved date of any granularity.
 *
 * @example
 * ```ts
 * formatDate('1968-01-01', '1968-12-31', 'year') // => '1968'
 * formatDate('1990-01-01', '1999-12-31', 'decade') // => 'the 1990s'
 * formatDate('2022-01-03', '2022-01-09', 'week') // => 'the week of January 3–9, 2022'
 * ```
 */
export function formatDate(date: string, end: string | null, granularity: Granularity): string {
  const [y, m] = date.split('-').map(Number) as [number, number, number]
  switch (granularity) {
    case 'day':
      return formatDay(date)
    case 'month':
      return `${MONTHS[m - 1]} ${y}`
    case 'year':
      return String(y)
    case 'decade':
      return `the ${y}s`
    case 'week': {
      const last = end ?? addDays(date, 6)
      const [ly, lm, ld] = last.split('-').map(Number) as [number, number, number]
      const first = Number(date.slice(8, 10))
      if (ly !== y) return `the week of ${MONTHS[m - 1]} ${first}, ${y} – ${MONTHS[lm - 1]} ${ld}, ${ly}`
      if (lm !== m) return `the week of ${MONTHS[m - 1]} ${first} – ${MONTHS[lm - 1]} ${ld}, ${ly}`
      return `the week of ${MONTHS[m - 1]} ${first}–${ld}, ${y}`
    }
  }
}
