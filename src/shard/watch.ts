import { readFileSync, statSync } from 'node:fs'
import type { Logger } from 'pino'
import { statePathOf } from '../corpus/index.ts'
import type { EngineHolder } from '../engine/index.ts'

/**
 * Keeps a process's index the same as the shared corpus folder's. Every change
 * made through any process (`/corpus` on a shard or an HTTP process, or
 * `npm run corpus -- reload`) ends by writing the folder's state file with the
 * new version, after its snapshot. Polling that one small file is cheap; the
 * folder is only re-read when the recorded version is not the one served.
 */

/** How often the state file is looked at by default. */
export const WATCH_INTERVAL_MS = 2_000

/** A running watch. */
export interface CorpusWatch {
  /** Looks once now; resolves when any reload it started has finished. */
  check(): Promise<void>
  stop(): void
}

/**
 * Starts watching `dir`'s state file and reloads `holder` from disk when it
 * records a version other than the one served.
 *
 * @example
 * ```ts
 * const watch = watchCorpus({ dir: config.corpusDir, holder, log })
 * process.once('SIGTERM', () => watch.stop())
 * ```
 */
export function watchCorpus(opts: { dir: string; holder: EngineHolder; log?: Logger; intervalMs?: number }): CorpusWatch {
  const path = statePathOf(opts.dir)
  let seen = signature(path)
  let running: Promise<void> | null = null

  const look = async () => {
    const now = signature(path)
    if (now === seen) return
    seen = now
    const recorded = readVersion(path)
    if (recorded === null || recorded === opts.holder.engine().version) return
    const outcome = await opts.holder.reloadFromDisk()
    if (outcome.ok && outcome.after !== outcome.before)
      opts.log?.info({ before: outcome.before, after: outcome.after, recorded }, 'picked up a corpus change from the shared folder')
  }

  const check = () => {
    running ??= look()
      .catch((err: unknown) => opts.log?.warn({ err }, 'could not check the corpus folder for changes'))
      .finally(() => (running = null))
    return running
  }

  const timer = setInterval(() => void check(), opts.intervalMs ?? WATCH_INTERVAL_MS)
  // The watch alone must never keep a process alive.
  timer.unref()
  return { check, stop: () => clearInterval(timer) }
}

function signature(path: string): string {
  try {
    const s = statSync(path)
    return `${s.mtimeMs}:${s.size}:${s.ino}`
  } catch {
    return 'absent'
  }
}

function readVersion(path: string): string | null {
  try {
    const v = (JSON.parse(readFileSync(path, 'utf8')) as { version?: unknown }).version
    return typeof v === 'string' ? v : null
  } catch {
    return null
  }
}
