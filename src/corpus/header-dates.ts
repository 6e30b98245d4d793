import { TIME_OF_DAY, pageDate, parseDateLine } from './date-line.ts'
import { stripMarks } from './furniture.ts'

/**
 * The date a header line gives, whatever else the line holds: a byline, a
 * section, a place, a time ({@link dateOf}). {@link parseDateLine} reads a
 * line that is a date and nothing else.
 */

/**
 * The publication date a header or footer line gives, on its own or in one of
 * its parts: `|`-, `·`- or `•`-separated ("By A. Writer | Published 8:14 AM EST,
 * January 7, 2022", "Live coverage · Thursday 6 January 2022 · newest first")
 * or, in a short line, comma-separated ("Nur-Sultan, 20 January 2022, 11:00 local time").
 *
 * @example
 * ```ts
 * dateOf('By A. Writer | January 7, 2022')                  // => '2022-01-07'
 * dateOf('13 January 2022 · 5 min read')                    // => '2022-01-13'
 * dateOf('Nur-Sultan, 20 January 2022, 11:00 local time')   // => '2022-01-20'
 * dateOf('Recorded 7 June 2022. Host: Ana Berg.')           // => '2022-06-07'
 * dateOf('Troops left Almaty, officials said, on 20 January 2022') // => null
 * ```
 */
export function dateOf(line: string): string | null {
  const page = pageDate(line.trim())
  if (page !== undefined) return page
  // "11 Jun 2019 - 02 Aug 2021": a span of days (an archive's captures) dates no page.
  const span = stripMarks(line).split(/\s+[-–—]\s+/)
  if (span.length === 2 && span.every((p) => BARE_DAY.test(p.trim())) && parseDateLine(span[0]!) !== parseDateLine(span[1]!)) return null
  const whole = parseDateLine(line)
  if (whole) return whole
  const bare = stripMarks(line)
  // "Recorded 7 June 2022. Host: Ana Berg. Guest: …": a date line run on into a programme's credits.
  const credited = CREDITS.exec(bare)
  const first = credited && parseDateLine(credited[1]!)
  if (first) return first
  // "NUR-SULTAN, 11 January 2022 — VELINFORM", "By Jane Roe — 3 March 2021": a dash parts a dateline from a name;
  // "05.01.2023 — Curfew declared", "Remembering Bloody January — January 5, 2022" are a chronology's entry, a headline.
  const dashed = bare.split(DASH)
  if (dashed.length > 1) {
    const date = dashed.map((p) => parseDateLine(p) ?? commaDate(p)).find((d) => d !== null)
    if (date && dashed.every((p) => (parseDateLine(p) ?? commaDate(p)) !== null || (DASH_NAME.test(p) && p.split(/\s+/).length <= MAX_DASH_NAME))) return date
  }
  if (PARTS.test(bare)) {
    for (const part of bare.split(PARTS)) {
      const d = parseDateLine(part) ?? commaDate(part)
      if (d) return d
    }
    return null
  }
  return commaDate(bare)
}

// A date line's parts: "By A. Writer | Jan 7, 2022", "Jan 11, 2022 2:31 PM UTC   Updated 4 hours ago".
// A day and nothing else: "11 Jun 2019", "Jun 11, 2019" (a labelled one, "Published 3 March 2023", is a date line).
const BARE_DAY = /^(?:\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4}|\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4})$/u
const PARTS = /\s+[|/>›»·•]\s+|\s*\|\s*|\s{3,}/
const DASH = /\s+[—–]\s+/
// Beside a dash, a dateline's other part is a place, an agency in capitals or a byline; not "Remembering Bloody January".
const DASH_NAME = /^(?:[^\p{Ll}]+|By\s.+|\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)$/u
const MAX_DASH_NAME = 5
const MAX_COMMA_LINE = 10
// A sentence of a header line, then a credit's label and colon: "Host:", "Guest:", "Producer:".
const CREDITS = /^([^.]{6,60})\.\s+\p{Lu}\p{Ll}+(?:\s\p{Ll}+)?:\s/u
// Where a programme was recorded, beside the day it went out: "Recorded in Almaty, broadcast 2 February 2022".
const RECORDED_IN = /^(?:recorded|filmed|filed|reporting)\s+(?:in|from)\s+\p{Lu}[\p{L}'-]*(?:\s\p{Lu}[\p{L}'-]*){0,2}$/iu

/** A short line of comma-separated parts, one of them a date, the others a place or a time: a dateline. */
function commaDate(line: string): string | null {
  const parts = line.split(/\s*,\s*/)
  if (parts.length < 2 || parts.length > 4 || line.split(/\s+/).length > MAX_COMMA_LINE) return null
  for (let i = 0; i < parts.length; i++)
    for (let j = parts.length; j > i; j--) {
      const d = parseDateLine(parts.slice(i, j).join(', '))
      // "Troops leave, officials say, 3 March 2021" is a headline that mentions a date, not a dateline.
      if (d) return [...parts.slice(0, i), ...parts.slice(j)].every((p) => PLACE.test(p) || TIME_OF_DAY.test(p) || RECORDED_IN.test(p)) ? d : null
    }
  return null
}

// "Nur-Sultan", "New York": capitalised words only.
export const PLACE = /^\p{Lu}[\p{L}'-]*(?:\s\p{Lu}[\p{L}'-]*){0,2}$/u
