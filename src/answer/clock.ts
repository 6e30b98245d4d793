/**
 * Times of day, as news copy writes them: "11 p.m.", "7am", "23:00", "noon".
 * "What time does the curfew start?" is answered by one, never by a day.
 */

// "11 p.m.", "7 a.m.", "9.30pm", "23:00", "noon", "midnight"; not "2.5 per cent" nor a score.
const TIME = String.raw`(?:(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s*(?:a\.\s?m\.?|p\.\s?m\.?|am|pm)(?![\p{L}\d])|(?:[01]?\d|2[0-3]):[0-5]\d(?!\d)|noon|midnight)`
// Two times joined as a span: "from 11 p.m. to 7 a.m.", "between 9am and 5pm", "11pm-7am".
const CLOCK = new RegExp(String.raw`(?<![\p{L}\d])(?:(?:from|between)\s+)?${TIME}(?:\s*(?:to|until|till|and|[–-])\s*${TIME})?`, 'giu')

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
