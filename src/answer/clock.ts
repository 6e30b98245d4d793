import { beginsAt, endsAt } from './day-ends.ts'

/**
 * Times of day, as news copy writes them: "11 p.m.", "7am", "23:00", "noon".
 * "What time does the curfew start?" is answered by one, never by a day.
 */

// "11 p.m.", "7 a.m.", "9.30pm", "23:00", "noon", "midnight"; not "2.5 per cent", nor a length ("2:30 hours").
const TIME = String.raw`(?:(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s*(?:a\.\s?m\.?|p\.\s?m\.?|am|pm)(?![\p{L}\d])|(?:[01]?\d|2[0-3]):[0-5]\d(?!\d)(?!\s*(?:hours?|hrs?|minutes?|mins?|h)\b)|noon|midnight)`
// Two times joined as a span: "from 11 p.m. to 7 a.m.", "between 9am and 5pm", "11pm-7am"; the first may leave its
// "p.m." to the second ("between 8 and 10 pm").
const SPAN = String.raw`(?:${TIME}|(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?)\s*(?:to|until|till|and|[–-])\s*${TIME}`
const WHOLE_SPAN = new RegExp(String.raw`^(?:(?:from|between)\s+)?${SPAN}$`, 'iu')
const CLOCK = new RegExp(String.raw`(?<![\p{L}\d])(?:(?:from|between)\s+${SPAN}|${SPAN}|${TIME})`, 'giu')

/** A time of day or a span of two found in a text; offsets are relative to the text. */
export interface ClockTime {
  text: string
  start: number
  end: number
}

/**
 * The times of day in a text, left to right; two joined as a span ("from 11
 * p.m. to 7 a.m.") are one, since the span answers when it starts and when it
 * ends alike.
 *
 * @example
 * ```ts
 * clockTimes('The curfew now runs from 11 p.m. to 7 a.m.').map((t) => t.text) // => ['from 11 p.m. to 7 a.m.']
 * clockTimes('Turnout was 9.30 per cent.')                                   // => []
 * ```
 */
export function clockTimes(text: string): ClockTime[] {
  return [...text.matchAll(CLOCK)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }))
}

/**
 * True when a text holds a time of day.
 *
 * @example
 * ```ts
 * holdsClockTime('at 11pm')      // => true
 * holdsClockTime('on January 5') // => false
 * ```
 */
export function holdsClockTime(text: string): boolean {
  return clockTimes(text).length > 0
}

// A day written right before a time: "05.01.2022 01:52", "2022-01-05T01:52", "Jan. 5, 2022, 10:42".
const DAY_BEFORE =
  /(?:\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\b\d{4}-\d{2}-\d{2}T?|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4},?|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4},?)\s*$/i

/**
 * True for a time that stamps a post or an update rather than telling when
 * something happened: written right after its day ("[05.01.2022 01:52]",
 * "Jan. 5, 2022, 10:42 AM") or "Updated", or in a line that says nothing but
 * the stamp.
 *
 * @example
 * ```ts
 * stampedTime('[05.01.2022 01:52]', clockTimes('[05.01.2022 01:52]')[0]!)              // => true
 * stampedTime('The curfew starts at 23:00.', clockTimes('The curfew starts at 23:00.')[0]!) // => false
 * ```
 */
export function stampedTime(text: string, time: ClockTime): boolean {
  const before = text.slice(Math.max(0, time.start - 24), time.start)
  if (DAY_BEFORE.test(before) || /\b(?:updated|posted|published|modified)(?:\s+at)?\s*$/i.test(before)) return true
  return !/\p{L}{3,}/u.test(text.replace(CLOCK, ' ').replace(/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?/gi, ' '))
}

/**
 * True for a time that is the other end of a span than the one asked for:
 * "until 00:00" for when something started, "from 01:30" for when it ended.
 * A span written whole ("from 23:00 to 07:00") answers both.
 *
 * @example
 * ```ts
 * const text = 'from 01:30 on 5 May until 00:00 on 19 May'
 * otherEndOfSpan(text, clockTimes(text)[1]!, 'start') // => true
 * ```
 */
export function otherEndOfSpan(text: string, time: ClockTime, focus: string | null): boolean {
  if (WHOLE_SPAN.test(time.text)) return false
  if (focus === 'start') return endsAt(text, time.start)
  if (focus === 'end') return beginsAt(text, time.start)
  return false
}

/**
 * True for a time told of a saying ("announced the curfew at 3 p.m.", "told
 * reporters at noon"): when it was said, not when the thing said of began.
 *
 * @example
 * ```ts
 * const text = 'The mayor announced the Velsk curfew at 3 p.m. on Tuesday.'
 * timeOfSaying(text, clockTimes(text)[0]!) // => true
 * ```
 */
export function timeOfSaying(text: string, time: ClockTime): boolean {
  const clause =
    text
      .slice(0, time.start)
      .split(/[,;:]|\band\b/)
      .at(-1) ?? ''
  return SAYS.test(clause) && !beginsAt(text, time.start) && !endsAt(text, time.start)
}
const SAYS = /\b(?:announc|declar|said|says|told|tells|report|confirm|reveal|claim|posted|tweeted|wrote|stated|briefed)\w*\b/i
