import { tokenize } from '../text/index.ts'
import { canonicalTerm, type Lexicon } from '../text/index.ts'
import type { PersonMention } from './people.ts'
import type { Concept } from '../search/index.ts'
import type { QuestionAnalysis } from './question.ts'
import type { Article, Sentence, Span } from '../corpus/index.ts'

/**
 * The shapes answer extraction works on: the passages retrieved for a
 * question, what extraction may look up about them, and what it returns.
 */

/** A passage retrieved for a question. */
export interface Candidate {
  id: number
  article: Article
  sentence: Sentence
  /** Share of the question's concepts the passage covers, 0..1. */
  coverage: number
}

/** A resolved date in a sentence, as the dates module gives it. */
export interface DateMention extends Span {
  phrase: string
  /** How the answer shows it ("Thursday, 6 January 2022", "1999"). */
  display: string
  /** 'day' beats 'year' when both are in a sentence. */
  precision: number
}

export interface ExtractionContext {
  question: QuestionAnalysis
  concepts: readonly Concept[]
  lexicon: Lexicon
  people: (article: Article, sentence: number) => PersonMention[]
  dates: (article: Article, sentence: number) => DateMention[]
}

/** An extracted answer and the passages it came from, best first; spans are absolute offsets of the answer in each. */
export interface Extraction {
  answer: string
  sources: { candidate: Candidate; focus: Span }[]
}

/** Absolute offsets of a span given within a candidate's sentence. */
export function absolute(c: Candidate, f: { start: number; end: number }): Span {
  return { start: c.sentence.start + f.start, end: c.sentence.start + f.end }
}

/** The index terms of a text, as a set. */
export const termsOf = (ctx: ExtractionContext, text: string) =>
  new Set(tokenize(text).map((t) => canonicalTerm(ctx.lexicon, t.word)).filter((t): t is string => t !== null))

/** The text with its first letter in capitals. */
export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)
