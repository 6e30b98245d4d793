import { engineState, type Engine } from '../src/engine/index.ts'
import type { TypedCase } from './questions.ts'
import { medianSummary, summarize, type Summary } from './stats.ts'

/**
 * Autocomplete two ways over the same records: speed, and how often the record
 * the user was after is among the 25 choices Discord shows. The speakers'
 * baseline is the quote index's own matcher (aliases, surname keys, edit
 * distance); the articles' baseline is the substring filter `/corpus remove`
 * used before (title or file name contains what was typed). The other side is
 * minisearch as the bot serves it now.
 */

/** One way of completing what was typed: the chosen values, best first. */
export type Suggester = (typed: string) => string[]

/** Latency of a suggester over the cases, and the share of cases with a wanted record that got it in the choices. */
export interface SuggestFigures {
  latency: Summary
  found: number
}

const CHOICES = 25

/**
 * Times `suggest` on each case (after one untimed pass that warms it up) and
 * counts the cases whose wanted record is among its choices.
 *
 * @example
 * ```ts
 * measureSuggester([{ typed: 'bli', wanted: 'Antony Blinken' }], (t) => ['Antony Blinken']).found // => 1
 * ```
 */
export function measureSuggester(cases: readonly TypedCase[], suggest: Suggester): SuggestFigures {
  for (const c of cases) suggest(c.typed)
  let hits = 0
  let wanted = 0
  const ms = cases.map((c) => {
    const t = performance.now()
    const got = suggest(c.typed)
    const took = performance.now() - t
    if (c.wanted !== null) {
      wanted++
      if (got.slice(0, CHOICES).includes(c.wanted)) hits++
    }
    return took
  })
  return { latency: summarize(ms), found: wanted ? hits / wanted : 1 }
}

/** The quote index's own speaker matcher, which `/quote` autocomplete used before minisearch. */
export function quoteIndexSpeakers(engine: Engine): Suggester {
  const state = engineState(engine)
  if (!state) throw new Error('bench: the engine has no state to read its quote index from')
  return (typed) => state.quotes.suggest(typed, CHOICES)
}

/** minisearch over the speakers' names, as `/quote` autocomplete serves it ({@link Engine.suggestSpeakers}). */
export function minisearchSpeakers(engine: Engine): Suggester {
  return (typed) => engine.suggestSpeakers(typed, CHOICES)
}

/** The substring filter `/corpus remove` used before minisearch: file name or title contains the typed text. */
export function substringArticles(engine: Engine): Suggester {
  const sources = engine.sources()
  return (typed) => {
    const t = typed.toLowerCase()
    return sources
      .filter((s) => s.source.toLowerCase().includes(t) || s.title.toLowerCase().includes(t))
      .slice(0, CHOICES)
      .map((s) => s.source)
  }
}

/** minisearch over the articles' titles, outlets and file names, as `/corpus remove` and `/sources search:` serve it ({@link Engine.findSources}). */
export function minisearchArticles(engine: Engine): Suggester {
  return (typed) => engine.findSources(typed, CHOICES).map((s) => s.source)
}

/** A serve phase's suggester figures, one per repeat, as the bench reports them. */
export interface SuggestRuns {
  speakerIndexMs: number
  articleIndexMs: number
  speakers: { quoteIndex: SuggestFigures[]; minisearch: SuggestFigures[] }
  articles: { substring: SuggestFigures[]; minisearch: SuggestFigures[] }
}

/**
 * The repeats of each suggester as one figure: the median latency summary and the mean share found.
 *
 * @example
 * ```ts
 * suggestFigures(serve.suggest).speakers.minisearch.found // => 0.9
 * ```
 */
export function suggestFigures(runs: SuggestRuns) {
  const one = (figures: SuggestFigures[]): SuggestFigures => ({
    latency: medianSummary(figures.map((f) => f.latency)),
    found: figures.reduce((n, f) => n + f.found, 0) / Math.max(1, figures.length),
  })
  return {
    speakerIndexMs: runs.speakerIndexMs,
    articleIndexMs: runs.articleIndexMs,
    speakers: { quoteIndex: one(runs.speakers.quoteIndex), minisearch: one(runs.speakers.minisearch) },
    articles: { substring: one(runs.articles.substring), minisearch: one(runs.articles.minisearch) },
  }
}
