/** The shapes of an answer: what `/ask` and `npm run ask` return. */

/** The kind of answer a question asks for. */
export type AnswerKind = 'person' | 'date' | 'time' | 'number' | 'place' | 'countries' | 'organisation' | 'description' | 'yesno' | 'quote' | 'other'

/** A verbatim excerpt of a corpus file, with what is needed to cite it. */
export interface Citation {
  /** File name inside the corpus folder. */
  source: string
  title: string
  outlet: string | null
  /** The article's publication date, `YYYY-MM-DD`, as `/sources` shows it, or `null`. */
  date: string | null
  /** True when {@link Citation.date} was inferred from other articles, not printed in this one. */
  dateInferred: boolean
  /** Exactly `article.text.slice(start, end)`; at most 400 characters. */
  excerpt: string
  start: number
  end: number
}

/**
 * The three kinds of reply: a short answer proved by its excerpts; passages that
 * may answer the question when no short answer is certain; or nothing relevant.
 */
export type AskStatus = 'answered' | 'passages' | 'not_covered'

/** What `/ask` and `npm run ask` return for one question. */
export interface AskResult {
  question: string
  status: AskStatus
  /** The short answer when `status` is `answered`, otherwise `null`. */
  answer: string | null
  kind: AnswerKind
  /** Supporting excerpts, best first: proof of the answer, or the passages that may answer (empty when not covered). */
  citations: Citation[]
  /** When `answer` is null: titles of the articles closest to the question, if any. */
  related: { source: string; title: string }[]
  /** Short hash of the corpus content the answer was computed from. */
  version: string
}

/** What a question asks for, read from its wording alone. */
export interface QuestionAnalysis {
  /** The question as asked, trimmed. */
  text: string
  kind: AnswerKind
  /** For "which countries ..." true, for "which country ..." false. */
  plural: boolean
  /** The noun after "which"/"what" ("article" in "Which article of the charter ..."), or `null`. */
  focus: string | null
  /** The person or thing a description or quotation question is about ("Fiona Hill"), or `null`. */
  subject: string | null
  /** For "Who said ...?" the words quoted; for "What did X say about Y?" Y. Otherwise `null`. */
  topic: string | null
  /** The words that carry the question's meaning, with question words and typos of them removed. */
  content: string
  /** The whole question folded, with typos in its question words corrected ("who sayd" → "who said"). */
  normalized: string
  /**
   * The verb whose subject the question asks for ("wanted" in "Which country wanted to send troops?"),
   * or `null` when the question asks for its object ("Who did Tokayev thank?") or has none ("Who is ...?").
   */
  subjectOf: string | null
  /** "Who got fired?", "who was arrested": the passive verb as asked ("fired"), whose answer is whom it was done to. */
  passive?: string
  /** "Who took over, and when?": the question asks two things, which one short answer cannot give. */
  twoPart: boolean
  /** "Who became PM?", "who got made mayor": asks for whom a post went to, the one who came in. */
  successor?: boolean
  /** "What is the fund called?": the focus is the thing the question is about, not a word its answer may leave out. */
  focusIsTopic?: boolean
}
