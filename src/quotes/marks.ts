/**
 * Finding the quoted words in a paragraph: pairs of quotation marks (curly,
 * straight, guillemets, or mismatched as news copy often has them) and the
 * interview layout where a dash opens an answer ("– ..., – says Igor Shatrov").
 */
import type { Span } from '../corpus/index.ts'

/** One quoted stretch of a paragraph, before attribution. */
export interface MarkedQuote {
  /** Offset of the opening mark (or the opening dash). */
  open: number
  /** Offset of the closing mark, or `null` when the quotation runs to the paragraph's end. */
  close: number | null
  /** The words inside the marks, trimmed: `text.slice(start, end)`. */
  start: number
  end: number
}

/** How a paragraph of an interview reads. */
export type Turn = { kind: 'question' } | { kind: 'answer'; quote: MarkedQuote; tail: Span | null } | { kind: 'prose' }

const MARKS = new Set(['"', '“', '”', '„', '«', '»'])
const DASH_OPEN = /^[–—-]\s+/
const LIST_ITEMS = /\n[ \t]*[-*•▸]\s/
// An interviewer's line: a short label, often in marks, a colon and a dash ("“SP”: – ...", "Q: ...").
const QUESTION = /^["“”«»]?(?:\p{Lu}{1,6}|Q|Question)["“”«»]?\s*:\s*/u
const REPORTING_TAIL = /^(?:he|she|they|I)\s+\p{Ll}+/u
const NAME_AT_END = /\p{Lu}[\p{L}’'-]+\s+\p{Lu}[\p{L}’'-]+\.?$/u
const SPACE = /[\s\u00a0]/

/**
 * The quotations marked in `text[para.start, para.end)`, in order. Marks pair up
 * in turn whatever their shape, so a closing mark typed as an opening one
 * (`NATO “, – he said`) still closes; a last mark with nothing after it is dropped,
 * and a quotation left open runs to the paragraph's end. Pass the paragraph's
 * {@link collectMarks} when they are already at hand.
 *
 * @example
 * ```ts
 * findMarkedQuotes('“We stay,” he said.', { start: 0, end: 19 })
 * // => [{ open: 0, close: 9, start: 1, end: 8 }]
 * ```
 */
export function findMarkedQuotes(text: string, para: Span, marks: readonly number[] = collectMarks(text, para)): MarkedQuote[] {
  const out: MarkedQuote[] = []
  for (let k = 0; k < marks.length; k += 2) {
    const q = pairAt(text, marks, k, marks.length, para.end)
    if (q) out.push(q)
  }
  return out
}

/**
 * The offsets of the quotation marks in `text[para.start, para.end)`, in order:
 * collected once per paragraph, so that looking for the quotation after or
 * before another is a binary search rather than a new scan of the paragraph.
 */
export function collectMarks(text: string, para: Span): number[] {
  const marks: number[] = []
  for (let i = para.start; i < para.end; i++) if (MARKS.has(text[i]!)) marks.push(i)
  return marks
}

/**
 * Where the first quotation marked in `text[from, para.end)` opens, or `null`:
 * `findMarkedQuotes(text, { start: from, end: para.end })[0]?.open`, read from
 * the paragraph's {@link collectMarks} instead of scanning the rest of it.
 */
export function nextQuoteOpen(text: string, para: Span, marks: readonly number[], from: number): number | null {
  const hi = lowerBound(marks, para.end)
  for (let k = lowerBound(marks, from); k < hi; k += 2) {
    const q = pairAt(text, marks, k, hi, para.end)
    if (q) return q.open
  }
  return null
}

/**
 * The last quotation marked in `text[para.start, before)`, or `null`:
 * `findMarkedQuotes(text, { start: para.start, end: before }).at(-1)`, read
 * from the paragraph's {@link collectMarks} instead of scanning its start again.
 */
export function lastQuoteBefore(text: string, para: Span, marks: readonly number[], before: number): MarkedQuote | null {
  const lo = lowerBound(marks, para.start)
  const hi = lowerBound(marks, before)
  if (hi <= lo) return null
  // Marks pair up from the paragraph's first one, so the last pair opens at an even distance from it.
  for (let k = hi - 1 - ((hi - 1 - lo) % 2); k >= lo; k -= 2) {
    const q = pairAt(text, marks, k, hi, before)
    if (q) return q
  }
  return null
}

/** The quotation opened by `marks[k]` and closed by the next mark below `marks[hi]`, or running to `end`. */
function pairAt(text: string, marks: readonly number[], k: number, hi: number, end: number): MarkedQuote | null {
  const open = marks[k]!
  const close = k + 1 < hi ? marks[k + 1]! : null
  const span = trimQuote(text, open + 1, close ?? end)
  return span && { open, close, ...span }
}

/** The first index of sorted `marks` whose offset is `at` or more. */
function lowerBound(marks: readonly number[], at: number): number {
  let lo = 0
  let hi = marks.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (marks[mid]! < at) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Trims white space, and a trailing comma or dash that belongs to the attribution, from a quoted span. */
export function trimQuote(text: string, start: number, end: number): Span | null {
  while (start < end && SPACE.test(text[start]!)) start++
  while (end > start && (SPACE.test(text[end - 1]!) || /[,–—-]/.test(text[end - 1]!))) end--
  return end > start && /[\p{L}\p{N}]/u.test(text.slice(start, end)) ? { start, end } : null
}

/**
 * Reads one paragraph as a turn of an interview: an interviewer's question, an
 * answer opened by a dash (with the speaker named in a tail after a second dash,
 * "– ..., – I am sure Head of the Council Igor Shatrov"), or ordinary prose.
 *
 * @example
 * ```ts
 * readTurn('– We won, – says Ivan Petrov', { start: 0, end: 28 }).kind // => 'answer'
 * ```
 */
export function readTurn(text: string, para: Span): Turn {
  const body = text.slice(para.start, para.end)
  if (QUESTION.test(body) && /[–—-]\s/.test(body.slice(0, 16))) return { kind: 'question' }
  const dash = DASH_OPEN.exec(body)
  // "- Protests spread …\n- Troops arrived …": a list's items, not the turns of an interview.
  if (!dash || LIST_ITEMS.test(body)) return { kind: 'prose' }
  const tail = findTail(body)
  const endRel = tail ? tail.sep : body.length
  const span = trimQuote(text, para.start + dash[0].length, para.start + endRel)
  if (!span) return { kind: 'prose' }
  const quote: MarkedQuote = { open: para.start, close: null, ...span }
  return {
    kind: 'answer',
    quote,
    tail: tail ? { start: para.start + tail.start, end: para.start + tail.end } : null,
  }
}

/** The attribution after the last dash of an answer, when it is one short clause naming a speaker. */
function findTail(body: string): { sep: number; start: number; end: number } | null {
  const last = [...body.matchAll(/,?\s+[–—]\s+/g)].at(-1)
  if (!last || last.index === undefined || last.index < 3) return null
  const start = last.index + last[0].length
  const tail = body.slice(start).replace(/[.\s]+$/, '')
  const words = tail.split(/\s+/).length
  if (words > 30 || /[.!?]\s/.test(tail)) return null
  const named = NAME_AT_END.test(tail)
  const pronoun = REPORTING_TAIL.test(tail) && words <= 6
  return named || pronoun ? { sep: last.index, start, end: start + tail.length } : null
}
