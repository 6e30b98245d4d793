import { isMarkedCounter } from './boilerplate.ts'
import type { Span } from './types.ts'

/**
 * Characters that may close a sentence after its final punctuation:
 * quotation marks and brackets ("...," he said. / ...end.” Next).
 */
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»'])

// Abbreviations after which a full stop does not end a sentence in news copy.
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'gov',
  'sen',
  'rep',
  'st',
  'jr',
  'sr',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'no',
  'vs',
  'etc',
  'inc',
  'ltd',
  'co',
  'corp',
  'govt',
  'approx',
  'est',
  'dept',
  'dep',
  'incl',
  'excl',
  'fig',
  'vol',
])

const WHITE = /[\s\u00a0\ufeff]/
const FOOTNOTE = /^\[(?:\d{1,3}|[a-z]|citation needed)\]/

/**
 * Splits `text[start, end)` into sentences and returns their spans, trimmed of
 * surrounding white space. Handles the full stops of abbreviations and initials
 * ("U.S.", "U.N. Charter", "Jan. 10", "7:43 a.m"), closing quotation marks after the
 * final punctuation, and ellipses that run on.
 *
 * @example
 * ```ts
 * splitSentences('He left. “We stay,” she said.').map(s => s.start)
 * // => [0, 9]
 * ```
 */
export function splitSentences(text: string, start = 0, end = text.length): Span[] {
  const spans: Span[] = []
  let from = start
  let i = start
  while (i < end) {
    const ch = text[i]!
    if (ch === '.' || ch === '!' || ch === '?' || ch === '…') {
      let j = i + 1
      while (j < end && (text[j] === '.' || text[j] === '!' || text[j] === '?' || text[j] === '…')) j++
      while (j < end && CLOSERS.has(text[j]!)) j++
      // A wiki's footnote marks after the full stop ("by road.[7][8] Serdyukov …") belong to the sentence they follow.
      for (let m = FOOTNOTE.exec(text.slice(j, Math.min(end, j + 20))); m && j < end; m = FOOTNOTE.exec(text.slice(j, Math.min(end, j + 20)))) j += m[0].length
      if (j >= end) break
      if (WHITE.test(text[j]!) && endsSentence(text, i, j, end)) {
        pushTrimmed(text, from, j, spans)
        from = j
      }
      i = j
      continue
    }
    if (
      ch === '\n' &&
      (isBlankLineBreak(text, i, end) ||
        BULLET.test(text.slice(i + 1, i + 8)) ||
        TALK_INDENT.test(text.slice(i + 1, i + 8)) ||
        STAMPED.test(text.slice(i + 1, i + 30)) ||
        tableRowAt(text, i + 1) ||
        counterAround(text, i))
    ) {
      pushTrimmed(text, from, i, spans)
      from = i
    } else if (ch === '\n') {
      // "SPP-KZ-0119-07" over a picture's caption: a reference code on a line of its own, opening a block, says nothing
      // and is no part of the sentence under it; one inside a sentence ("the flight\nNA-302-B\nwas diverted") is.
      const line = Math.max(from, text.lastIndexOf('\n', i - 1) + 1)
      if (text.slice(from, line).trim() === '' && CODE_LINE.test(text.slice(line, i))) {
        pushTrimmed(text, from, line, spans)
        from = i
      }
    }
    i++
  }
  pushTrimmed(text, from, end, spans)
  return spans
}

// A reference code alone on a line: letters and figures in three or more parts ("SPP-KZ-0119-07", "AFP_2022_0107");
// not a date ("2023-03-05", "14-MAR-2023"), which may be a wrapped sentence going on.
const CODE_LINE = /^[ \t]*(?=[^\s]*\d)(?=[^\s]*[A-Z])(?![^\s]*\b(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\b)[A-Z0-9]+(?:[-_./][A-Z0-9]+){2,}[ \t]*$/

// A list item's marker at the start of a line: "- ", "* ", "• ", "▸ ", "1. ", "2) ".
const BULLET = /^[ \t]*(?:[-*•–—▸►▪●◦›]|\d{1,2}[.)])[ \t]/
// A wiki talk page's reply, indented with colons (":::Agree."), opens a comment of its own.
const TALK_INDENT = /^:{1,6}[ \t]*\S/

// A ticker's or log's line opens with its stamp: a date with its clock time ("13 JAN 2022 09:31", "2022-01-13 09:31"),
// or a time in brackets ("[14:20]"). A date or a figure alone may be a wrapped sentence going on ("arrived on\n13
// January", "rose by\n12.50 percent").
const STAMPED =
  /^[ \t]*(?:\[\d{1,2}:\d{2}\]|\[?(?:\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}),?\s+\d{1,2}:\d{2}\b)/i

// A spreadsheet's or a table's row exported as text: its fields parted by tabs ("2022-01-11<TAB>Ministry: 9,900 detained").
// The first field may be blank (a row opening with a tab).
const TABLE_ROW = /^\t*[^\t\n]*\S[^\t\n]*\t+[^\t\n]*\S/
// Or set with dot leaders between a name and its value ("Lask ........ 18 years"): four dots or more, no ellipsis.
const LEADER_ROW = /^[^\n.]*\S[^\S\n]*\.{4,}[^\S\n]*\S/

/** True when the line before the break at `at`, or the one after it, is a count of views or shares ("👁 96.4K  ↪ 1.2K"). */
function counterAround(text: string, at: number): boolean {
  const next = text.indexOf('\n', at + 1)
  return isMarkedCounter(text.slice(text.lastIndexOf('\n', at - 1) + 1, at)) || isMarkedCounter(text.slice(at + 1, next < 0 ? undefined : next))
}

/** True when the line at `at`, and the one before it, are rows of a table (tabs or dot leaders): each row is a sentence. */
function tableRowAt(text: string, at: number): boolean {
  const before = text.lastIndexOf('\n', at - 2) + 1
  const row = (line: string) => TABLE_ROW.test(line) || LEADER_ROW.test(line)
  return row(text.slice(at)) && row(text.slice(before, at - 1))
}

/** A line break counts as a sentence boundary before a blank line (a paragraph break), a list item or a stamped line. */
function isBlankLineBreak(text: string, i: number, end: number): boolean {
  let j = i + 1
  while (j < end && text[j] !== '\n' && WHITE.test(text[j]!)) j++
  return j < end && text[j] === '\n'
}

function endsSentence(text: string, punct: number, after: number, end: number): boolean {
  let k = after
  while (k < end && WHITE.test(text[k]!)) k++
  if (k >= end) return true
  const next = text[k]!
  // Only a full stop is ambiguous; "?" and "!" end a sentence whatever follows.
  if (text[punct] !== '.') return !/[a-z]/.test(next)
  if (/[a-z0-9,;]/.test(next)) return false
  // "1. Power is back": the number of a list item, not the end of a sentence.
  if (/(?:^|\n)[ \t]*\d{1,2}$/.test(text.slice(Math.max(0, punct - 6), punct))) return false
  const word = wordBefore(text, punct)
  if (ABBREVIATIONS.has(word.toLowerCase())) return false
  // "… until 7 a.m. Banks reopened": a clock's "a.m." ends a sentence before a word that does not go on telling the time.
  if (/\d\s?[ap]\.\s?m$/i.test(text.slice(Math.max(0, punct - 7), punct))) return !TELLS_TIME.test(text.slice(k, k + 40))
  // Initials and dotted acronyms: "U.S.", "U.N.", "J. Smith".
  if (/^[A-Za-z]$/.test(word)) return false
  return true
}

// What may follow a clock's "a.m.": its day ("Thursday", "May 5"), its zone, or the place whose time it is ("9 a.m.
// Moscow time"); not any short word in capitals ("UN monitors said").
const TELLS_TIME =
  /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|(?:GMT|UTC|CET|CEST|EET|EEST|MSK|BST|IST|ALMT|[A-Z][SD]T|ET|PT|CT|MT)\b|\p{Lu}\p{L}+\s+(?:local\s+)?time\b)/u

function wordBefore(text: string, punct: number): string {
  let k = punct
  while (k > 0 && /[A-Za-z]/.test(text[k - 1]!)) k--
  return text.slice(k, punct)
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && WHITE.test(text[start]!)) start++
  while (end > start && WHITE.test(text[end - 1]!)) end--
  if (end > start && /[\p{L}\p{N}]/u.test(text.slice(start, end))) out.push({ start, end })
}
