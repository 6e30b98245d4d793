import type { Logger } from 'pino'
import type { CorpusDiff, UploadInput, UploadSummary } from '../corpus/index.ts'
import type { Engine } from './engine.ts'
import type { Builder, BuilderOptions } from './builder.ts'

/**
 * The engine holder's public types: its options, what it tells of the serving
 * index, and what a change did (see `openEngineHolder` in `holder.ts`).
 */

/** What `openEngineHolder` needs; everything but `dir` has a default. */
export interface HolderOptions extends BuilderOptions {
  /** Where the work of a change runs; by default on this thread with `load`, `build` and `snapshots`. */
  builder?: Builder
  /**
   * Serving processes set this: on start and after every change or catch-up,
   * when the folder's version is not the one the state file records (a
   * writer died between saving a file and recording it), record it, so every
   * process following the state file converges on the folder.
   */
  publish?: boolean
  now?: () => Date
  log?: Logger
}

/** The serving index's version and its last recorded change. */
export interface HolderInfo {
  version: string
  changedAt: string | null
  changedBy: string | null
  change: string | null
}

/** What a refresh did: the versions before and after and what changed, or why nothing did. */
export type RefreshOutcome =
  { ok: true; before: string; after: string; diff: CorpusDiff; upload?: UploadSummary; movedTo?: string } | { ok: false; before: string; reason: string }

/** Holds the serving engine and swaps in a new one only when it is completely built. */
export interface EngineHolder {
  engine(): Engine
  info(): HolderInfo
  /** Re-reads the corpus folder and rebuilds. */
  reload(by: string): Promise<RefreshOutcome>
  /** Validates an upload, builds the index of the folder with it, then saves the file and swaps. */
  add(input: UploadInput, by: string): Promise<RefreshOutcome>
  /** Builds the index of the folder without `source`, then moves the file to `removed/` and swaps. */
  remove(source: string, by: string): Promise<RefreshOutcome>
  /**
   * Serves what another process (a shard, an HTTP process, the CLI) saved to
   * the shared folder: re-reads it and, only when its version differs, swaps in
   * the snapshot that process saved (or builds). Writes nothing but a snapshot
   * it had to build, and (with `publish`) the folder's version when the state file lags.
   */
  reloadFromDisk(): Promise<RefreshOutcome>
}
