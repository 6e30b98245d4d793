import type { AskResult, Corpus, Quote, TimelineEvent } from './types.ts'

/** One article as listed by `/sources`. */
export interface ArticleSummary {
  source: string
  title: string
  outlet: string | null
  date: string | null
  /** True when the date was inferred from other articles rather than read from this one. */
  dateInferred: boolean
  url: string | null
  passages: number
}

/** A speaker of the quote index, as offered by `/quote` autocomplete and `--speakers`. */
export interface SpeakerSummary {
  name: string
  role: string | null
  quotes: number
}

/** The paragraph around an excerpt, for "Show context". */
export interface ContextResult {
  source: string
  title: string
  text: string
  start: number
  end: number
}

/**
 * Everything the command layers (CLI, Discord) ask of the corpus. Built once per
 * index version by {@link buildEngine}; immutable afterwards, so a refresh swaps
 * in a whole new engine.
 */
export interface Engine {
  /** Short hash of the corpus content. */
  readonly version: string
  readonly corpus: Corpus
  ask(question: string): AskResult
  sources(): ArticleSummary[]
  /** The paragraph of `source` that contains offset `at`, or `null`. */
  context(source: string, at: number): ContextResult | null
  quotes(query: { speaker?: string; text?: string }, limit?: number): Quote[]
  speakers(): SpeakerSummary[]
  /** Canonical speaker names matching what a user has typed so far, best first, at most `limit`. */
  suggestSpeakers(prefix: string, limit?: number): string[]
  timeline(): TimelineEvent[]
}
