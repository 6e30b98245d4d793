import type { Article } from './types.ts'

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
  const text = paragraph.trim()
  if (text.includes('\n')) return false
  if (MARKDOWN_HEADING.test(text) || INTERVIEW_QUESTION.test(text)) return true
  if (text.endsWith('?')) return text.length <= MAX_QUESTION_HEADING
  return text.length <= MAX_SUBHEAD && !ENDS_AS_PROSE.test(text) && /\p{L}{2,}/u.test(text)
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
