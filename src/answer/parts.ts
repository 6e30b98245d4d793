import { conceptMatch } from '../search/index.ts'
import { termsOf, type ExtractionContext } from './context.ts'
import { findAges } from './counts.ts'

/**
 * Figures that are not the count a "how many" asks for, though they stand in
 * a sentence about it: a person's age after the name, a part of a total.
 */

/** Where a sentence's ages start, as {@link findAges} reads them ("Lask, 81,"): a figure there counts nothing. */
export function ageStarts(text: string): Set<number> {
  return new Set(findAges(text).map((a) => a.start))
}

const PART_OF = /^\s+of\s+(?:the|them|those|these|whom|which)\b([^,.;]*)/i
const ASKS_PART = /\b(?:of (?:the|them|those|these|whom)|among)\b/

/**
 * "…, with 139 of the deaths in Almaty": a part of a total, unless the
 * question asks about a part or names its place. `after` is the sentence after the figure.
 */
export function partOfAnother(ctx: ExtractionContext, after: string): boolean {
  const part = PART_OF.exec(after)
  if (!part || ASKS_PART.test(ctx.question.normalized)) return false
  const terms = termsOf(ctx, part[1]!)
  return !ctx.concepts.some((c) => c.named && conceptMatch(c, terms) > 0)
}

// "in December 2011", "in 2011": a year a sentence sets what it tells in.
const IN_YEAR = /\bin\s+(?:(?:early|late|mid-?)\s*)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?((?:19|20)\d\d)\b/gi

/**
 * "In December 2011 … at least 16 people died": a figure of an event the
 * sentence sets in a year before the article's own, which answers no
 * question that does not name a year. `before` is the sentence up to the figure.
 */
export function earlierEvent(question: string, articleDate: string | null, before: string): boolean {
  if (!articleDate || /\b(?:19|20)\d\d\b/.test(question)) return false
  const year = Number(articleDate.slice(0, 4))
  return [...before.matchAll(IN_YEAR)].some((m) => Number(m[1]) < year)
}
