import { isChrome, isFooter, isTrailer } from './boilerplate.ts'
import { dateOf } from './header-dates.ts'
import { isFurniture } from './furniture.ts'
import type { Article, Span } from './types.ts'

/**
 * Section headings inside an article's body: a subhead ("Nazarbayev breaks his
 * silence"), an explainer's question ("## Who sent soldiers?"), an interviewer's
 * line ("Q: Who spoke?") or a live blog's entry heading ("**22:10 GMT** — Troops
 * land"). A heading says what the paragraphs under it are about, which their own
 * sentences often leave unsaid ("Russia, Belarus and Armenia are contributing.").
 */

const MARKDOWN_HEADING = /^#{1,6}\s+\S/
const INTERVIEW_QUESTION = /^(?:Q|Question)\s*[:.]\s*\S/
// A line that ends as prose does (a full stop, a colon introducing what follows, a closing quotation mark).
const ENDS_AS_PROSE = /[.!:;,"”’'…)\]]$/
const MAX_SUBHEAD = 110
const MAX_QUESTION_HEADING = 160

/**
 * True when a body paragraph is a heading rather than prose.
 *
 * @example
 * ```ts
 * isHeading('## Why did Kazakhstan ask for help?') // => true
 * isHeading('Nazarbayev breaks his silence')        // => true
 * isHeading('The troops landed on Thursday.')       // => false
 * ```
 */
export function isHeading(paragraph: string): boolean {
  const text = paragraph.trim().replace(EDIT_LINK, '')
  if (text.includes('\n')) return false
  if (MARKDOWN_HEADING.test(text) || INTERVIEW_QUESTION.test(text)) return true
  if (text.endsWith('?')) return text.length <= MAX_QUESTION_HEADING
  return text.length <= MAX_SUBHEAD && !ENDS_AS_PROSE.test(text) && /\p{L}{2,}/u.test(text)
}

// A wiki's section heading ends in the link that edits it: "Casualties [edit]".
const EDIT_LINK = /\s*\[\s*edit(?: source)?\s*\]$/i
// "Location: Almaty", "Injuries: 4,300+": a label and its value.
const FIELD = /^[\p{L}][\p{L} ]{0,29}:\s+\S/u
const LIST_ITEM = /^(?:[-*•–—▸►▪●◦›]|\d{1,2}[.)])\s/
// A line this short that does not end as prose, above a line of unwrapped prose, heads what follows.
const MAX_INLINE_HEADING = 80
// A line of prose no editor wraps at: a block that holds one is written a paragraph to a line.
const UNWRAPPED = 120
// Or the line is this much shorter than the line after it, as a heading is and a wrapped line is not.
const SHORTER = 0.6

/**
 * Splits a block of a page into paragraphs where a heading stands on its own
 * line with no blank line under it ("Casualties [edit]" above its paragraph, a
 * subhead above a one-line paragraph). Hard-wrapped prose is left whole: its
 * lines run on into each other.
 *
 * @example
 * ```ts
 * headingLines('Casualties [edit]\nOfficial figures changed repeatedly. ...', { start: 0, end: 60 })
 * // => [{ start: 0, end: 17 }, { start: 18, end: 60 }]
 * ```
 */
export function headingLines(text: string, block: Span): Span[] {
  const lines: Span[] = []
  for (let start = block.start; start < block.end;) {
    const nl = text.indexOf('\n', start)
    const end = nl < 0 || nl > block.end ? block.end : nl
    lines.push({ start, end })
    start = end + 1
  }
  // A list of links under its label ("Related Topics", "Read more:") goes as one block of furniture.
  if (lines.length < 2 || isFooter(text.slice(block.start, block.end)) || isTrailer(text.slice(block.start, block.end))) return [block]
  const length = (l: Span) => text.slice(l.start, l.end).trim().length
  const unwrapped = lines.some((l) => length(l) > UNWRAPPED)
  const out: Span[] = []
  let from = block.start
  lines.forEach((line, i) => {
    const next = lines[i + 1]
    if (!next) return
    const own = text.slice(line.start, line.end).trim()
    const following = text.slice(next.start, next.end).trim()
    // "More on this story" above its links is page furniture with them, dropped as one block; "Date: 2 January"
    // is a field of an infobox and "- Russia" an item of a list, not headings. A wiki's "Main article: …" line
    // is furniture of its own.
    const furniture = isFooter(own) || isTrailer(own)
    const heads =
      own.length <= MAX_INLINE_HEADING &&
      !furniture &&
      !FIELD.test(own) &&
      !LIST_ITEM.test(own) &&
      !own.endsWith('?') &&
      isHeading(own) &&
      /^[\p{Lu}\p{N}"“'‘*#-]/u.test(following) &&
      // "**Helen Marchetti**" above "Sat 8 Jan 2022 07.00 GMT": a byline over its date line, not a heading.
      !dateOf(following) &&
      !isFurniture(following) &&
      (unwrapped || own.length < SHORTER * following.length)
    if (!heads && (furniture || !isChrome(own))) return
    if (line.start > from) out.push(trimmed(text, from, line.start))
    out.push(trimmed(text, line.start, line.end))
    from = next.start
  })
  if (from === block.start) return [block]
  out.push(trimmed(text, from, block.end))
  return out.filter((s) => s.end > s.start)
}

function trimmed(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start]!)) start++
  while (end > start && /\s/.test(text[end - 1]!)) end--
  return { start, end }
}

// A heading governs the paragraphs under it up to the next heading, but not a whole long article.
const MAX_SECTION_PARAGRAPHS = 6

/**
 * For each sentence of an article, the index of the sentence that heads its
 * section (the last sentence of the heading paragraph), the sentence's own
 * index when it is part of a heading, or -1 when no heading governs it.
 *
 * @example
 * ```ts
 * // "## Who went?\n\nRussia and Armenia did. Belarus too."
 * sectionHeads(article) // => [0, 0, 0]
 * ```
 */
export function sectionHeads(article: Article): number[] {
  const headingParagraph = article.paragraphs.map((p) => isHeading(article.text.slice(p.start, p.end)))
  const lastSentenceOf = new Map<number, number>()
  for (const s of article.sentences) lastSentenceOf.set(s.paragraph, s.index)
  let head = -1
  let headParagraph = -1
  return article.sentences.map((s) => {
    if (headingParagraph[s.paragraph]) {
      head = lastSentenceOf.get(s.paragraph)!
      headParagraph = s.paragraph
      return s.index
    }
    return head >= 0 && s.paragraph - headParagraph <= MAX_SECTION_PARAGRAPHS ? head : -1
  })
}
