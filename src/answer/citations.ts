import { foldText } from '../text/index.ts'
import type { Candidate } from './context.ts'
import type { Article, Span } from '../corpus/index.ts'
import type { AskResult, Citation } from './types.ts'

/**
 * Citations: verbatim excerpts of the corpus files, cut to a readable window
 * around what they prove, and the pieces of an answer a further excerpt must
 * repeat to count as corroboration.
 */

/** Excerpts are cut to this many characters (a window around the answer) so a citation stays readable. */
export const MAX_EXCERPT = 400

/** The distinctive pieces of an answer a corroborating sentence must repeat ("2,500", "geneva", "armenia"). */
export function answerKeys(answer: string): string[] {
  return foldText(answer)
    .split(/,\s+|\s+and\s+|;\s*|:\s*|\s*\(|\)/)
    .map((part) => part.replace(/^(?:the|a|an|about|almost|nearly|at least|some|over)\s+/, '').trim())
    .filter((part) => part.length >= 3 && part.split(' ').length <= 4)
}

export function relatedTitles(candidates: readonly Candidate[]): AskResult['related'] {
  const seen = new Map<string, string>()
  for (const c of candidates) {
    if (c.coverage < 0.25 || seen.size >= 3) break
    if (!seen.has(c.article.source)) seen.set(c.article.source, c.article.title)
  }
  return [...seen].map(([source, title]) => ({ source, title }))
}

/** Where the line holding offset `at` of `text` begins. */
export const lineStart = (text: string, at: number): number => text.lastIndexOf('\n', at - 1) + 1

/**
 * A citation of `sentence`, cut to {@link MAX_EXCERPT} characters around
 * `focus` at word boundaries when the sentence is longer. A focus before the
 * sentence (the day in a timeline entry's heading) is cited with it, from the
 * start of its line.
 */
export function cite(article: Article, cited: Span, focus: Span): Citation {
  const sentence = focus.start < cited.start ? { start: lineStart(article.text, focus.start), end: cited.end } : cited
  let { start, end } = sentence
  if (end - start > MAX_EXCERPT) {
    const mid = Math.floor((focus.start + focus.end) / 2)
    const hardStart = Math.max(sentence.start, Math.min(mid - MAX_EXCERPT / 2, sentence.end - MAX_EXCERPT))
    const hardEnd = Math.min(sentence.end, hardStart + MAX_EXCERPT)
    start = hardStart
    end = hardEnd
    while (start > sentence.start && start < end && /\S/.test(article.text[start - 1]!)) start++
    while (end < sentence.end && end > start && /\S/.test(article.text[end]!)) end--
    while (start < end && /\s/.test(article.text[start]!)) start++
    while (end > start && /\s/.test(article.text[end - 1]!)) end--
    // Text with few spaces (URLs, slash lists, CJK) has no word boundary to cut at: keep the window whole,
    // only never splitting a surrogate pair.
    if (end - start < MAX_EXCERPT / 2) {
      start = hardStart + (isLowSurrogate(article.text.charCodeAt(hardStart)) ? 1 : 0)
      end = hardEnd - (isLowSurrogate(article.text.charCodeAt(hardEnd)) ? 1 : 0)
    }
  }
  return {
    source: article.source,
    title: article.title,
    outlet: article.outlet,
    date: article.date,
    dateInferred: false,
    excerpt: article.text.slice(start, end),
    start,
    end,
  }
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff
