import * as chrono from 'chrono-node'

/**
 * Reads the date line of a news page: a line that is a publication date and
 * nothing else but the furniture around it ("Updated", a time, a time zone, a
 * weekday). The one home of the publication-date parse: headers, front matter
 * and sign-off dates all go through {@link parseDateLine}.
 */

// Words a page puts around its date: "Updated 14:20 GMT, 7 January 2022", "Published On 11 Jan 2022", an
// encyclopedia's "This page was last edited on 3 February 2022, at 08:14", a report's "Date of issue: 21 January 2022".
const LEAD =
  /^(?:(?:this (?:page|article|story|post) was\s+)?(?:last\s+)?(?:updated|modified|edited|published|posted|first published|released|issued|date of issue|issue date|date|dated|aired|broadcast|recorded|filed|sent)(?:\s+(?:on|at))?\s*[:|]?\s*)+/i
// A time with its zone: "4:05 PM ET", "10:00 (UTC+6)", a mail's "06:02:11 -0500".
const TIME = /\b\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\.?)?(?:\s*\(?(?:[A-Z]{2,5}|UTC[+-]\d{1,2}|GMT[+-]\d{1,2}|[+-]\d{4})\)?)?/gi
const WEEKDAY = /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?/gi
// "2022-01-13T09:15:00Z", "2023-11-08 06:15 CET": a day, its time, and the zone as an offset or a name.
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2}|\s[A-Z]{2,5})?)?$/
// A numeric date, which may carry a time; which number is the day is `numericOrder`'s to say.
const NUMERIC = /^(\d{1,2})[./](\d{1,2})[./](\d{4})\b(.*)$/
const MAX_LINE = 80
/** A line's part that is a time of day and no more: "11:00 local time", "10:42 AM ET", "08h40". */
export const TIME_OF_DAY = /^\d{1,2}[:.h]\d{2}\b[\w\s.]{0,16}$/
// A time followed by the place, in brackets, whose clock it is: "08:00 (Almaty)", "9:15 am (New York)".
const TIME_PLACE = /(\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?)\s*\(\p{Lu}[\p{L}'-]*(?:[\s-]\p{Lu}[\p{L}'-]*){0,2}\)\s*$/iu
// ", at 08:14": the word before a time goes with it.
const AT_TIME = /,?\s+at\s+(?=\d{1,2}[:.]\d{2})/gi

/**
 * The publication date a line states, as `YYYY-MM-DD`, or `null` when the
 * line is not just a date (a year and a day are required; a month name or a
 * numeric form both do).
 *
 * @example
 * ```ts
 * parseDateLine('Updated 14:20 GMT, 7 January 2022') // => '2022-01-07'
 * parseDateLine('19.01.2022')                        // => '2022-01-19'
 * parseDateLine('Jan. 7, 2022 10:42 AM ET')          // => '2022-01-07'
 * parseDateLine('2022-01-13T09:15:00Z')              // => '2022-01-13'
 * parseDateLine('Troops landed on January 7, 2022')  // => null
 * ```
 */
export function parseDateLine(line: string): string | null {
  // "(Almaty time)", "(updated 06.01.2022 09:40)": a note on the time, or a later edit, after the date itself;
  // "08:00 (Almaty)": the place whose clock the time is.
  const text = unglued(stripMarkup(line))
    .replace(/\s*\((?:[^()]*\btime|updated[^()]*)\)\s*$/i, '')
    .replace(TIME_PLACE, '$1')
    .replace(UPDATED_AGO, '')
    .replace(POSTED_BY, '')
    .replace(POSTED_BY_NAME, '$1 $2')
    .replace(ON_PROGRAMME, '$1')
  if (text.length === 0 || text.length > MAX_LINE) return null
  const first = text.replace(LATER_EDIT, '')
  if (first !== text && /\d/.test(first)) return parseDateLine(first)
  // "Recorded 22 November 2022 | 31 min | Transcript": the date among short furniture set off by bars.
  const parts = text.split(/\s+\|\s+/)
  if (parts.length > 1 && parts.every((p) => p.split(/\s+/).length <= 5)) {
    const dated = parts.map(parseDateLine).filter((d) => d !== null)
    if (dated.length === 1) return dated[0]!
  }
  const lead = text.replace(DOCUMENT_NUMBER, '').replace(LEAD, '')
  // "2022-01-13T09:15:00Z", "Published 2022-01-21", "Recorded 2022-01-24".
  const iso = ISO.exec(text) ?? ISO.exec(lead)
  if (iso) return validDate(+iso[1]!, +iso[2]!, +iso[3]!)
  // "Wed 12/01/2022, 18:05": the weekday says which number is the day where either may be.
  const weekday = LEADING_WEEKDAY.exec(lead)
  const digits = weekday ? lead.slice(weekday[0].length) : lead
  const numeric = NUMERIC.exec(digits)
  if (numeric && numeric[4]!.replace(TIME, '').replace(/[\s,|·•–—-]+/g, '') === '') {
    const order = numericOrder(digits, false)
    const date = order && validDate(+numeric[3]!, order[0], order[1])
    const other = order && validDate(+numeric[3]!, order[1], order[0])
    return weekday && other && !onWeekday(date, weekday[1]!) && onWeekday(other, weekday[1]!) ? other : date
  }
  const core = lead
    .replace(AT_TIME, ' ')
    .replace(TIME, ' ')
    .replace(WEEKDAY, ' ')
    .replace(/[\s,|·•–—-]+/g, ' ')
    .trim()
  if (!/[a-z]/i.test(core) || !/\b\d{4}\b/.test(core)) return null
  const [hit] = chrono.strict.parse(core, { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 })
  if (!hit || !hit.start.isCertain('year') || !hit.start.isCertain('day') || !hit.start.isCertain('month')) return null
  const rest = (core.slice(0, hit.index) + core.slice(hit.index + hit.text.length)).replace(/[\s,.()]/g, '')
  return rest === '' ? validDate(hit.start.get('year')!, hit.start.get('month')!, hit.start.get('day')!) : null
}

// "No. 734 of 5 January 2022": an official document's number before its date.
const DOCUMENT_NUMBER = /^(?:no\.?|№|number)\s*\d[\w/.-]*\s+(?:of|dated|from)\s+(?=\d)/i
const LEADING_WEEKDAY = /^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+(?=\d)/i
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat']

/** True when `date` (YYYY-MM-DD) falls on the weekday a page abbreviates as `day` ("Wed"). */
function onWeekday(date: string | null, day: string): boolean {
  return date !== null && WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()] === day.toLowerCase()
}

/**
 * True for a line that names a month or a numeric date and a year but that
 * {@link parseDateLine} cannot read: a header line worth a warning.
 *
 * @example
 * ```ts
 * looksLikeDate('7th of the January month, 2022') // => true
 * looksLikeDate('Troops land')                    // => false
 * ```
 */
export function looksLikeDate(line: string): boolean {
  const text = stripMarkup(line)
  return (
    text.length <= MAX_LINE &&
    /\b(?:19|20)\d{2}\b/.test(text) &&
    (/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i.test(text) || /\d{1,2}[./-]\d{1,2}[./-]\d{2,4}/.test(text))
  )
}

// "Posted on 19/06/2021 by Admin": a blog's date line, with who posted it after the date.
const POSTED_BY = /\s+by\s+[\p{L}\p{N}_.'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}\s*$/u
// "Posted by Neil Ashworth on 2024-08-07 in Sea, Industry": who posted it, before the date, and the post's sections after.
const POSTED_BY_NAME =
  /^(posted|published|written)\s+by\s+[\p{L}\p{N}_.'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s+on\s+(.*?\d{4}(?:[-/.]\d{1,2}[-/.]\d{1,2})?)(?:\s+in\s+\p{Lu}[^.!?]{0,60})?$/iu
// "Aired Tuesday, January 9, 2024 on Lakeshore Evening Report": the programme a broadcast went out on.
const ON_PROGRAMME = /^((?:aired|broadcast)\b.*?\d{4})\s+on\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4}\s*$/iu
// "Issued on: 04/03/2022 - 14:32 Modified: 05/03/2022 - 09:05": a later edit's label and date after the first.
const LATER_EDIT = /\s+(?:last\s+)?(?:modified|updated|edited)\b:?.*$/i

// "Updated 3 hours ago": when the page was last touched, said relative to a clock the reader no longer shares.
const UPDATED_AGO = /\s*(?:last\s+)?updated\s+\d+\s+(?:min(?:ute)?s?|hours?|hrs?|days?)\s+ago\s*$/i

/** A copied page's words run together: "January 7, 20225:48 PM GMTUpdated 3 hours ago". */
function unglued(text: string): string {
  return text.replace(/\b((?:19|20)\d{2})(\d{1,2}:\d{2})/g, '$1 $2').replace(/(\p{Ll}|[A-Z]{2,})(Updated\b)/gu, '$1 $2')
}

/** Markdown emphasis, heading marks and brackets a scraped page leaves around a line. */
function stripMarkup(line: string): string {
  return (
    line
      .trim()
      .replace(/^#{1,6}\s+/, '')
      // "**Issued:** 07 Jan 2022": a label set in bold before the date.
      .replace(/(\*\*|__)([^*_]+?)\1/g, '$2')
      .replace(/^[*_]+|[*_]+$/g, '')
      .replace(/^\[(.*)\]$/, '$1')
      .trim()
  )
}

function validDate(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day))
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null
  return d.toISOString().slice(0, 10)
}

// The page's own address, a date in its path ("…/2022/01/15/death-toll/"), and a page's HTML date tag.
// (As a clipper saves it too: "Saved from: https://…".)
const ADDRESS = /^(?:(?:saved|clipped|archived) from:?\s+|(?:url|link):\s+)?(?:https?:\/\/|www\.)\S+$/i
const ADDRESS_DATE = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=[/-]|$)/
const HTML_TAG = /^<[a-z][^>]*>$/i
const META_DATE = /\b(?:published_time|datePublished|date|pubdate|dc\.date)["'][^>]*\bcontent=["'](\d{4}-\d{2}-\d{2})/i

/**
 * For a line that is the page's address or an HTML tag: the date it carries,
 * or `null` (a line of furniture with none); `undefined` for any other line.
 */
export function pageDate(line: string): string | null | undefined {
  if (ADDRESS.test(line)) {
    const m = ADDRESS_DATE.exec(line)
    return m ? isoDay(Number(m[1]), Number(m[2]), Number(m[3])) : null
  }
  if (HTML_TAG.test(line)) return META_DATE.exec(line)?.[1] ?? null
  return undefined
}

function isoDay(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day))
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? d.toISOString().slice(0, 10) : null
}

const NUMERIC_DATE = /^(\d{1,2})([./-])(\d{1,2})\2(\d{2}|\d{4})\b/

/**
 * Month and day of an all-numeric date ("05.01.2022", "07/01/2022 09:40"), or
 * `null` for another form. Dots are day first wherever they are used; a slashed
 * date is month first, as American copy writes it, unless its first number
 * cannot be a month or `dayFirst` says the page writes the day first.
 *
 * @example
 * ```ts
 * numericOrder('05.01.2022', false) // => [1, 5]
 * numericOrder('07/01/2022', false) // => [7, 1]
 * numericOrder('07/01/2022', true)  // => [1, 7]
 * ```
 */
export function numericOrder(text: string, dayFirst: boolean): [month: number, day: number] | null {
  const m = NUMERIC_DATE.exec(text)
  if (!m) return null
  const [a, b] = [Number(m[1]), Number(m[3])]
  const first = a > 12 || (b <= 12 && (m[2] === '.' || dayFirst))
  const [month, day] = first ? [b, a] : [a, b]
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? [month, day] : null
}

/**
 * A header date read month first from a slashed date either of whose numbers
 * may be the month ("06/01/2022"), read day first instead where the header
 * shows a slashed date whose first number cannot be a month ("Updated
 * 20/01/2022"), or the page writes days before months' names at least twice
 * and never after them ("on 5 January", not "Jan. 5", "January 5:"), days
 * of another year left out ("6 June 1944", "25 May 2018").
 *
 * @example
 * ```ts
 * settleOrder('2022-06-01', 'Published 06/01/2022 · Updated 07/01/2022', 'Troops landed on 6 January. On 5 January …') // => '2022-01-06'
 * settleOrder('2022-06-01', 'Published 06/01/2022', 'Troops landed on Jan. 6.')                                            // => '2022-06-01'
 * ```
 */
export function settleOrder(date: string, header: string, text: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  if (month === day || day > 12 || !new RegExp(String.raw`\b0?${month}/0?${day}/${year}\b`).test(header)) return date
  const dayMonth = [...text.matchAll(DAY_MONTH)].filter((m) => m[1] === undefined || Number(m[1]) === year).length
  const dayFirst = DAY_ABOVE_TWELVE.test(header) || (dayMonth >= 2 && !MONTH_DAY.test(text))
  return dayFirst ? (validDate(year, day, month) ?? date) : date
}

// English month names, from the platform rather than a list of our own.
const MONTHS = Array.from({ length: 12 }, (_, m) => new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, m, 1))))
// A month's name or its abbreviation ("Jan.", "Sept").
const MONTH_WORD = String.raw`(?:${MONTHS.map((m) => `${m}|${m.slice(0, 3)}\\.?`).join('|')}|Sept\.?)`
// "5 January", "5th January 2022" (its year captured); "January 5", "Jan. 5", "January 5:".
const DAY_MONTH = new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_WORD}(?![\p{L}])(?:,?\s+(\d{4}))?`, 'gu')
const MONTH_DAY = new RegExp(String.raw`\b${MONTH_WORD}\s+\d{1,2}(?:st|nd|rd|th)?\b`, 'u')

/**
 * True when a text's numeric dates are written day first: one of them has a
 * first number above 12 ("13/01/2022") and none a second one ("01/13/2022").
 */
export function writesDayFirst(text: string): boolean {
  return DAY_ABOVE_TWELVE.test(text) && !MONTH_FIRST_PROOF.test(text)
}

const DAY_ABOVE_TWELVE = /\b(?:1[3-9]|2\d|3[01])[./-](?:0?[1-9]|1[0-2])[./-]\d{2,4}\b/
const MONTH_FIRST_PROOF = /\b(?:0?[1-9]|1[0-2])\/(?:1[3-9]|2\d|3[01])\/\d{2,4}\b/
