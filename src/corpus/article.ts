// The English parsers only: the package root also loads fifteen other locales, a third of a second at start-up.
import * as chrono from 'chrono-node/en'
import type { ParsedComponents } from 'chrono-node'
import { classifyBlocks, isCounter } from './boilerplate.ts'
import { parseFrontMatter } from './frontmatter.ts'
import { splitSentences } from './sentences.ts'
import type { Article, Paragraph, Sentence, Span } from './types.ts'

/** Result of {@link parseArticle}: the article, or why the file cannot be one. */
export type ParseResult = { ok: true; article: Article } | { ok: false; reason: string }

const WHITE = /^[\s\u00a0\ufeff]*$/
const MAX_TITLE = 250
// A dateline such as "WASHINGTON (AP) –" or "MOSCOW, Jan. 7 (Reuters) -" names the wire service.
const DATELINE = /^[A-Z][A-Z .'-]{2,}(?:,[^()\n]{0,30})?\s*\(([A-Za-z][\w .&-]{0,40})\)\s*[-–—]/
// A sign-off line at the end of a post: the author or blog name, with no sentence punctuation.
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
export function parseArticle(source: string, text: string): ParseResult {
  if (WHITE.test(text)) return { ok: false, reason: 'the file is empty' }
  const front = parseFrontMatter(text)
  if (!front.ok) return { ok: false, reason: front.error }

  const blocks = splitBlocks(text, front.bodyStart)
  let title: string | null = null
  let date: string | null = null
  let first = 0
  // The page header: date lines, counters and the title, before the first paragraph of prose.
  for (; first < blocks.length; first++) {
    const block = blockText(text, blocks[first]!)
    // A header block may stack a date line and a share counter ("Jan 10, 2022\n0 0").
    const lines = block.split('\n').map((line) => line.trim())
    if (lines.every((line) => wholeDate(line) !== null || isCounter(line) || line === '')) {
      for (const line of lines) date ??= wholeDate(line)
      continue
    }
    if (title === null && !block.includes('\n') && block.length <= MAX_TITLE && !isProse(block)) {
      title = block
      date ??= dateInside(block)
      continue
    }
    break
  }

  const rest = blocks.slice(first)
  const kinds = classifyBlocks(rest.map((b) => blockText(text, b)))
  let body = rest.filter((_, i) => kinds[i] === 'body')
  let outlet: string | null = null
  const last = body.at(-1)
  if (last && body.length > 1 && isSignOff(blockText(text, last))) {
    outlet = blockText(text, last)
      .replace(/^[-–—]\s*/, '')
      .replace(/^by\s+/i, '')
    body = body.slice(0, -1)
  }
  const lead = body[0] && DATELINE.exec(blockText(text, body[0]))
  if (lead) outlet = lead[1]!.trim()

  if (body.length === 0) return { ok: false, reason: 'no article text found after removing page boilerplate' }

  const paragraphs: Paragraph[] = body.map((span, index) => ({ ...span, index }))
  const sentences: Sentence[] = []
  for (const p of paragraphs) {
    for (const s of splitSentences(text, p.start, p.end)) {
      sentences.push({ ...s, index: sentences.length, paragraph: p.index, text: text.slice(s.start, s.end) })
    }
  }
  const fm = front.fields
  return {
    ok: true,
    article: {
      source,
      text,
      title: fm.title ?? title ?? titleFromFile(source),
      date: fm.date ?? date,
      outlet: fm.source ?? outlet,
      url: fm.url ?? null,
      paragraphs,
      sentences,
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

/** A block that is only a date ("Saturday 8 January 2022", "Jan 10, 2022"), as YYYY-MM-DD. */
function wholeDate(block: string): string | null {
  if (block.length > 40) return null
  const [hit] = chrono.parse(block)
  if (!hit || !hit.start.isCertain('year') || !hit.start.isCertain('day')) return null
  const rest = (block.slice(0, hit.index) + block.slice(hit.index + hit.text.length)).replace(/[\s,.()]/g, '')
  return rest === '' ? isoDate(hit.start) : null
}

/** A full date with its year inside a title line ("... (January 7, 2022)"). */
function dateInside(block: string): string | null {
  const hit = chrono.parse(block).find((r) => r.start.isCertain('year') && r.start.isCertain('day'))
  return hit ? isoDate(hit.start) : null
}

function isoDate(c: ParsedComponents): string {
  const pad = (n: number | null, w: number) => String(n ?? 0).padStart(w, '0')
  return `${pad(c.get('year'), 4)}-${pad(c.get('month'), 2)}-${pad(c.get('day'), 2)}`
}

/** Prose rather than a headline: several sentences, or one long one ending in a full stop. */
function isProse(block: string): boolean {
  return splitSentences(block).length > 1 || (block.length > 120 && /[.]["”’]?$/.test(block))
}

function isSignOff(block: string): boolean {
  return block.length <= 60 && !block.includes('\n') && SIGN_OFF.test(block) && !/[.!?:;,]$/.test(block)
}

function titleFromFile(source: string): string {
  return source.replace(/\.[^.]+$/, '').replace(/[_-]+/g, ' ').trim() || source
}
