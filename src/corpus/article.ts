// The English parsers only: the package root also loads fifteen other locales, a third of a second at start-up.
import * as chrono from 'chrono-node/en'
import type { ParsedComponents } from 'chrono-node'
import { classifyBlocks, isMarkedCounter, isTextBox } from './boilerplate.ts'
import { headingLines } from './headings.ts'
import { readHeader } from './header.ts'
import { dateOf } from './header-dates.ts'
import { settleOrder } from './date-line.ts'
import { bannerEnd, isFurniture } from './furniture.ts'
import { unColumned } from './columns.ts'
import { copyrightHolder, namedAgain } from './credits.ts'
import { parseFrontMatter } from './frontmatter.ts'
import { splitSentences } from './sentences.ts'
import type { Article, Paragraph, Sentence, Span } from './types.ts'

/** Result of {@link parseArticle}: the article, or why the file cannot be one. */
export type ParseResult = { ok: true; article: Article } | { ok: false; reason: string }

const WHITE = /^[\s\u00a0\ufeff]*$/
// A dateline such as "WASHINGTON (AP) –" or "MOSCOW, Jan. 7 (Reuters) -" names the wire service.
// A TASS-style one ("NUR-SULTAN, January 13. /TASS/.") names it between slashes.
const DATELINE = /^[A-Z][A-Z .'-]{2,}(?:(?:,[^()\n]{0,30})?\s*\(([A-Za-z][\w .&-]{0,40})\)\s*[-–—]|,[^/\n]{0,30}\/([A-Za-z][\w .&-]{0,30})\/)/
/**
 * The wire a dateline at the start of `text` credits ("MOSCOW, Jan. 7 (Reuters) -" → "Reuters"), or `null`.
 *
 * @example
 * ```ts
 * datelineCredit('ORSA, March 14 (Nordic Wire) - Troops began leaving.') // => 'Nordic Wire'
 * ```
 */
export function datelineCredit(text: string): string | null {
  const m = DATELINE.exec(text)
  const credit = m ? (m[1] ?? m[2])!.trim() : null
  // "ALMATY, KAZAKHSTAN (Jan. 9) —": a photo caption's brackets hold its day, no wire.
  return credit !== null && !CAPTION_DAY.test(credit) ? credit : null
}
const CAPTION_DAY =
  /^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{4})?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/i

/**
 * The length of a dateline at the start of `text` ("ALMATY, KAZAKHSTAN (Jan. 9) — ", "MOSCOW, Jan. 7 (Reuters) - "),
 * or 0: the names in it say where the report was filed, not who did what.
 *
 * @example
 * ```ts
 * datelineLength('ORSA, NORLAND (March 14) — Troops began leaving.') // => 26 (to the dash)
 * ```
 */
export function datelineLength(text: string): number {
  return Math.max(DATELINE.exec(text)?.[0].length ?? 0, PLACE_LINE.exec(text)?.[0].length ?? 0)
}
// A place in capitals, its country or day after commas, a day or agency in brackets, then a dash: "VELSK, Finland —",
// "KALMA, Sweden, March 16 —", "ORSA, Norway (March 14, 2023) —".
const PLACE_LINE = /^\p{Lu}[\p{Lu} .'’-]{2,}(?:,[^—–()\n]{1,40}?)?\s*(?:\([^)\n]{1,40}\))?\s*[—–-](?=\s)/u
// A sign-off line at the end of a post: the author or blog name, with no sentence punctuation.
// The end of a transcript or a wire copy: no outlet's name.
const END_MARK = /^(?:END|ENDS|ENDIT|ENDITEM)$/i
const SIGN_OFF = /^(?:[-–—]\s*)?(?:by\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z&][\w'’.&-]*){0,5}$/

/**
 * Reads one article from a file's text: optional front matter, publication
 * date, title, outlet, and the body paragraphs and sentences with their offsets,
 * leaving out page boilerplate.
 *
 * @example
 * ```ts
 * const r = parseArticle('a.txt', 'Jan 10, 2022\n\nTroops land\n\nThe first planes landed.')
 * r.ok && r.article.date // => '2022-01-10'
 * ```
 */
export function parseArticle(source: string, file: string): ParseResult {
  if (WHITE.test(file)) return { ok: false, reason: 'the file is empty' }
  // A print edition's two columns side by side are read as printed: the left column down, then the right.
  const text = unColumned(file)
  const front = parseFrontMatter(text)
  if (!front.ok) return { ok: false, reason: front.error }

  // An archive's banner over the page it kept is no part of the page.
  const header = readHeader(text, bannerEnd(text, front.bodyStart))
  let date = header.date && settleOrder(header.date, text.slice(front.bodyStart, header.bodyStart), text)
  date ??= header.title && dateInside(header.title)
  // A heading on its own line above its paragraph is a paragraph of its own.
  const rest = splitBlocks(text, header.bodyStart).flatMap((b) => headingLines(text, b))
  const footer = footerDate(text, rest)
  if (footer) {
    date ??= footer.date
    rest.splice(footer.at)
  }
  const kinds = classifyBlocks(rest.map((b) => blockText(text, b)))
  // Date lines and furniture left below a standfirst are no part of the body either.
  let body = rest.filter((b, i) => kinds[i] === 'body' && !isHeaderLine(blockText(text, b)) && !isTextBox(blockText(text, b)))
  let outlet: string | null = null
  const last = body.at(-1)
  if (last && body.length > 1 && isSignOff(blockText(text, last))) {
    outlet = blockText(text, last)
      .replace(/^[-–—]\s*/, '')
      .replace(/^by\s+/i, '')
    body = body.slice(0, -1)
  }
  if (body[0]) outlet = datelineCredit(blockText(text, body[0])) ?? outlet
  outlet ??= header.issuer
  // A site's name over the headline that the page's credits name again, else the holder of its copyright.
  const holder = outlet === null ? copyrightHolder(text, header.bodyStart) : null
  outlet ??= header.mastheads.find((name) => namedAgain(name, text, header.bodyStart, holder)) ?? holder

  if (body.length === 0) return { ok: false, reason: 'no article text found after removing page boilerplate' }

  const paragraphs: Paragraph[] = body.map((span, index) => ({ ...span, index }))
  const sentences: Sentence[] = []
  for (const p of paragraphs) {
    for (const s of splitSentences(text, p.start, p.end)) {
      // A post's count of views or shares under it ("👁 96.4K  ↪ 1.2K") says nothing.
      if (isMarkedCounter(text.slice(s.start, s.end))) continue
      sentences.push({ ...s, index: sentences.length, paragraph: p.index, text: text.slice(s.start, s.end) })
    }
  }
  const fm = front.fields
  const title = fm.title ?? header.title
  const warnings: string[] = []
  if (!title) warnings.push(`no headline found: the title falls back to the file name (first line: ${JSON.stringify(firstLine(text, front.bodyStart))})`)
  if (front.ignored.length) warnings.push(`front matter keys not read: ${front.ignored.join(', ')}`)
  for (const line of header.unreadDates) warnings.push(`could not read the date line ${JSON.stringify(line)}`)
  if (!(fm.date ?? date)) warnings.push('no publication date found')
  return {
    ok: true,
    article: {
      source,
      text,
      title: title ?? titleFromFile(source),
      date: fm.date ?? date ?? null,
      outlet: fm.source ?? outlet,
      url: fm.url ?? null,
      paragraphs,
      sentences,
      warnings,
    },
  }
}

/** Splits text from `from` into blocks separated by blank lines, each trimmed of white space. */
export function splitBlocks(text: string, from = 0): Span[] {
  const spans: Span[] = []
  const blank = /\n[ \t\u00a0\ufeff\r]*\n/g
  blank.lastIndex = from
  let start = from
  for (let m = blank.exec(text); m; m = blank.exec(text)) {
    pushTrimmed(text, start, m.index, spans)
    start = m.index + m[0].length
    blank.lastIndex = start
  }
  pushTrimmed(text, start, text.length, spans)
  return spans
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && /[\s\u00a0\ufeff]/.test(text[start]!)) start++
  while (end > start && /[\s\u00a0\ufeff]/.test(text[end - 1]!)) end--
  if (end > start) out.push({ start, end })
}

function blockText(text: string, span: Span): string {
  return text.slice(span.start, span.end)
}

/** A full date with its year inside a title line ("... (January 7, 2022)"). */
function dateInside(block: string): string | null {
  // Only a date written out with its year: "in two days" or "on Monday" would resolve against the machine's clock.
  const hit = chrono
    .parse(block, { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 })
    .find((r) => /\b\d{4}\b/.test(r.text) && r.start.isCertain('year') && r.start.isCertain('day') && r.start.isCertain('month'))
  return hit ? isoDate(hit.start) : null
}

function isoDate(c: ParsedComponents): string {
  const pad = (n: number | null, w: number) => String(n ?? 0).padStart(w, '0')
  return `${pad(c.get('year'), 4)}-${pad(c.get('month'), 2)}-${pad(c.get('day'), 2)}`
}

function isSignOff(block: string): boolean {
  return block.length <= 60 && !block.includes('\n') && SIGN_OFF.test(block) && !/[.!?:;,]$/.test(block) && !END_MARK.test(block) && !isFurniture(block)
}

function titleFromFile(source: string): string {
  return (
    source
      .replace(/\.[^.]+$/, '')
      .replace(/[_-]+/g, ' ')
      .trim() || source
  )
}

/**
 * A date printed at the foot of the page ("Nur-Sultan, 19 January 2022",
 * "Published: 19 January 2022"), in one of the last blocks: its date and the
 * index of the first block of the footer, which is no part of the body.
 */
function footerDate(text: string, blocks: readonly Span[]): { date: string; at: number } | null {
  for (let i = blocks.length - 1; i >= Math.max(1, blocks.length - 3); i--) {
    const lines = blockText(text, blocks[i]!)
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
    const date = lines.map(dateOf).find((d) => d !== null)
    if (date && lines.every((l) => dateOf(l) !== null || isFurniture(l) || isSignOffLine(l))) return { date, at: i }
  }
  return null
}

function isSignOffLine(line: string): boolean {
  return line.length <= 60 && SIGN_OFF.test(line)
}

function firstLine(text: string, from: number): string {
  return text.slice(from).trim().split('\n')[0]!.slice(0, 80)
}

function isHeaderLine(block: string): boolean {
  return !block.includes('\n') && (dateOf(block) !== null || (block.length <= 80 && isFurniture(block)))
}
