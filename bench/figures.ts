import type { Summary } from './stats.ts'
import type { SuggestRuns } from './suggest.ts'

/**
 * What each phase of the bench prints as its one JSON line (bench/phase.ts),
 * and what bench/run.ts makes of a corpus size's three phases.
 */

interface Memory {
  heapMB: number
  rssMB: number
}

/** `phase.ts build`: parse, build and snapshot save. */
export interface BuildFigures extends Memory {
  version: string
  parseMs: number
  buildMs: number
  saveMs: number
  snapshotMB: number
  passages: number
  articles: number
}

/** `phase.ts serve`: the engine restored from its snapshot, one summary per repeat. */
export interface ServeFigures extends Memory {
  loadMs: number
  ask: Summary[]
  quote: Summary[]
  autocomplete: Summary[]
  suggest: SuggestRuns
}

/** `phase.ts baseline`: plain minisearch over the same paragraphs. */
export interface BaselineFigures {
  paragraphs: number
  buildMs: number
  saveMs: number
  loadMs: number
  snapshotMB: number
  indexHeapMB: number
  ask: Summary[]
}

/** The phases' names and what each prints. */
export interface PhaseFigures {
  build: BuildFigures
  serve: ServeFigures
  baseline: BaselineFigures
}
