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
  /** What the reader could not make out: a title taken from the file name, an unread date line, no date. */
  warnings: string[]
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
