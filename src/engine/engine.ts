import { createHash } from 'node:crypto'
import { buildDateIndex } from '../dates/index.ts'
import { buildLexicon } from '../text/index.ts'
import { buildQuoteIndex } from '../quotes/index.ts'
import { peopleData, peopleIndexFromData } from '../answer/index.ts'
import { buildSearchIndex } from '../search/index.ts'
import { createAsk } from './ask.ts'
import { createSuggestions } from './suggest.ts'
import type { EngineState } from './state.ts'
import { sentenceCount, type Article, type Corpus } from '../corpus/index.ts'

export type { EngineState } from './state.ts'
import type { AskResult, Citation } from '../answer/index.ts'
import type { Quote } from '../quotes/index.ts'
import type { TimelineEvent } from '../dates/index.ts'

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
  /** What the reader could not make out (see `Article.warnings`), and an inferred date, for `corpus check`. */
  warnings: string[]
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
  /** The `limit` passages ranked best for `question`, whatever the reply would be: retrieval on its own. */
  retrieve(question: string, limit?: number): Citation[]
  sources(): ArticleSummary[]
  /** The paragraph of `source` that contains offset `at`, or `null`. */
  context(source: string, at: number): ContextResult | null
  quotes(query: { speaker?: string; text?: string }, limit?: number): Quote[]
  speakers(): SpeakerSummary[]
  /** Canonical speaker names matching what a user has typed so far (words cut short or misspelt), best first, at most `limit` (25). */
  suggestSpeakers(prefix: string, limit?: number): string[]
  /** The articles whose title, outlet or file name match every typed word (cut short or misspelt), best first; all, in order, when nothing is typed. */
  findSources(typed: string, limit?: number): ArticleSummary[]
  timeline(): TimelineEvent[]
}

export { cite, MAX_EXCERPT } from '../answer/index.ts'

/**
 * Runs every expensive step over a corpus: lexicon, passage index, dates and
 * quotations. Pure and deterministic.
 *
 * @example
 * ```ts
 * const state = buildEngineState(loadCorpus('seeds'))
 * state.index.size // => number of sentences in the corpus
 * ```
 */
export function buildEngineState(corpus: Corpus): EngineState {
  const { articles } = corpus
  const lexicon = buildLexicon(articles)
  return {
    version: corpusVersion(articles),
    corpus,
    lexicon,
    index: buildSearchIndex(articles, lexicon),
    dates: buildDateIndex(articles),
    quotes: buildQuoteIndex([...articles]),
    people: peopleIndexFromData(peopleData(articles), articles),
  }
}

const states = new WeakMap<Engine, EngineState>()

/**
 * The state an engine was made from, for a snapshot; `null` for an engine not
 * made by {@link engineFromState} (a test double).
 *
 * @example
 * ```ts
 * engineState(buildEngine(corpus))?.version === buildEngine(corpus).version // => true
 * ```
 */
export function engineState(engine: Engine): EngineState | null {
  return states.get(engine) ?? null
}

/**
 * Builds the engine over a loaded corpus: lexicon, passage index, people and
 * dates. Pure and deterministic: the same corpus gives the same version and
 * the same answers.
 *
 * @example
 * ```ts
 * const engine = buildEngine(loadCorpus('seeds'))
 * engine.ask('How many troops were in the CSTO force?').answer // => 'about 2,500 people'
 * ```
 */
export function buildEngine(corpus: Corpus): Engine {
  return engineFromState(buildEngineState(corpus))
}

/**
 * The engine over a state built by {@link buildEngineState} or read from a
 * snapshot; cheap (no text is analysed).
 *
 * @example
 * ```ts
 * const engine = engineFromState(buildEngineState(corpus))
 * ```
 */
export function engineFromState(state: EngineState): Engine {
  const { corpus, dates, version } = state
  const quoteIndex = state.quotes
  const { articles } = corpus
  const articleBySource = new Map(articles.map((a) => [a.source, a]))
  const { ask, retrieve } = createAsk(state)
  const suggestions = createSuggestions(
    () => quoteIndex.speakers(),
    () => engine.sources(),
  )

  const engine: Engine = {
    version,
    corpus,
    ask,
    retrieve: (question, limit = 3) => retrieve(question, limit),
    sources: () =>
      articles.map((a) => {
        const published = dates.articleDate(a.source)
        return {
          source: a.source,
          title: a.title,
          outlet: a.outlet,
          date: a.date ?? published?.date ?? null,
          dateInferred: a.date === null && published !== null,
          url: a.url,
          passages: sentenceCount(a),
          warnings:
            a.date === null && published !== null
              ? [...a.warnings.filter((w) => !w.startsWith('no publication date')), `the date ${published.date} was inferred from other articles`]
              : a.warnings,
        }
      }),
    context: (source, at) => {
      const article = articleBySource.get(source)
      const p = article?.paragraphs.find((para) => para.start <= at && at < para.end)
      if (!article || !p) return null
      return { source, title: article.title, text: article.text.slice(p.start, p.end), start: p.start, end: p.end }
    },
    quotes: (query, limit) => quoteIndex.search(query, limit),
    speakers: () => quoteIndex.speakers(),
    suggestSpeakers: (prefix, limit) => suggestions.speakers(prefix, limit),
    findSources: (typed, limit) => suggestions.sources(typed, limit),
    timeline: () => dates.timeline(),
  }
  states.set(engine, state)
  return engine
}

/** Short hash of the corpus content: file names and texts, in name order. */
export function corpusVersion(articles: readonly Article[]): string {
  const hash = createHash('sha256')
  for (const a of [...articles].sort((x, y) => (x.source < y.source ? -1 : 1))) hash.update(a.source).update('\0').update(a.text).update('\0')
  return hash.digest('hex').slice(0, 12)
}
