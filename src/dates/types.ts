/** One dated event of the corpus timeline (see `timeline.ts`). */
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

/** An article's publication date, read or inferred. */
export interface ArticleDate {
  date: string
  /** True when no date line was found: the date comes from other articles, a wire dateline's day or a live page's newest entry. */
  inferred: boolean
  /** For an inferred date: which expressions pinned it, and to what. */
  evidence?: string
}
