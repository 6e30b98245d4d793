/**
 * The data shapes shared by the core modules. Every offset is a UTF-16 index
 * into {@link Article.text}, the file's text exactly as read, so
 * `article.text.slice(start, end)` always gives back the span's words.
 */

/** A half-open character range `[start, end)` in an article's text. */
export interface Span {
  start: number
  end: number
}

/** One body paragraph (boilerplate already left out). */
export interface Paragraph extends Span {
  /** Position among the article's body paragraphs, from 0. */
  index: number
}

/** One sentence of a body paragraph. */
export interface Sentence extends Span {
  /** Position among all the article's sentences, from 0. */
  index: number
  /** Index of the {@link Paragraph} it belongs to. */
  paragraph: number
  /** `article.text.slice(start, end)`, kept for convenience. */
  text: string
}

/** An article read from the corpus folder. */
export interface Article {
  /** File name relative to the corpus folder, e.g. `001_10466e7ab9d79f5b.txt`. */
  source: string
  /** The whole file as read, decoded as UTF-8 exactly as `readFileSync(path, "utf8")` gives it (a BOM stays). */
  text: string
  title: string
  /** Publication date as `YYYY-MM-DD`, or `null` when neither the text nor front matter gives one. */
  date: string | null
  /** Outlet or author ("AP", "The Trenchant Observer") where the text names one. */
  outlet: string | null
  url: string | null
  paragraphs: Paragraph[]
  sentences: Sentence[]
}

/** A file the loader could not use, and why. */
export interface SkippedFile {
  source: string
  reason: string
}

/** What {@link loadCorpus} returns: the articles that loaded and the files that did not. */
export interface Corpus {
  articles: Article[]
  skipped: SkippedFile[]
}

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

/** A direct quotation attributed to a speaker (see `src/quotes.ts`). */
export interface Quote {
  /** Canonical name of the person or body quoted ("Antony Blinken", "Russian State Department"). */
  speaker: string
  /** The speaker's role as the articles give it ("US secretary of state"), or `null`. */
  role: string | null
  /** The words inside the quotation marks: `article.text.slice(start, end)`. */
  text: string
  source: string
  title: string
  date: string | null
  start: number
  end: number
  /** The sentence that attributes the quotation (may be the quotation's own sentence). */
  attribution: Span
}

/** One dated event of the corpus timeline (see `src/timeline.ts`). */
export interface TimelineEvent {
  /** Resolved day, or first day of a range, `YYYY-MM-DD`. */
  date: string
  /** Last day of a range (a week, a year), or `null` for a single day. */
  end: string | null
  /** The words the article used ("on Thursday morning"). */
  phrase: string
  /** The sentence the phrase is in, verbatim. */
  sentence: string
  source: string
  /** The sentence's offsets in the file. */
  start: number
  end_offset: number
}
