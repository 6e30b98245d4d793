/** The shapes of an answer: what `/ask` and `npm run ask` return. */

/** The kind of answer a question asks for. */
export type AnswerKind =
  | 'person'
  | 'date'
  | 'number'
  | 'place'
  | 'countries'
  | 'organisation'
  | 'description'
  | 'yesno'
  | 'quote'
  | 'other'

/** A verbatim excerpt of a corpus file, with what is needed to cite it. */
export interface Citation {
  /** File name inside the corpus folder. */
  source: string
  title: string
  outlet: string | null
  /** The article's publication date, `YYYY-MM-DD`, or `null`. */
  date: string | null
  /** Exactly `article.text.slice(start, end)`; at most 400 characters. */
  excerpt: string
  start: number
  end: number
}

/** What `/ask` and `npm run ask` return for one question. */
export interface AskResult {
  question: string
  /** The short answer, or `null` when the articles do not support one. */
  answer: string | null
  kind: AnswerKind
  /** Supporting excerpts, best first. */
  citations: Citation[]
  /** When `answer` is null: titles of the articles closest to the question, if any. */
  related: { source: string; title: string }[]
  /** Short hash of the corpus content the answer was computed from. */
  version: string
}
