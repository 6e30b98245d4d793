import type { Logger } from 'pino'
import type { Corpus } from '../corpus/index.ts'
import type { Engine } from './engine.ts'
import { loadNewestSnapshot, loadSnapshot as readSnapshot, saveSnapshot as writeSnapshot } from './snapshot.ts'

/**
 * Where a built index is saved and found again (`snapshot.ts` plugs
 * in here), so a restart over an unchanged corpus need not rebuild.
 */
export interface SnapshotHooks {
  /** The engine saved for this corpus at `version`, or `null`. */
  load(corpus: Corpus, version: string): Engine | null | Promise<Engine | null>
  /** Saves the engine; throws when it cannot (the caller serves from memory and says so). */
  save(engine: Engine): void | Promise<void>
  /** The newest snapshot that still matches the folder, restored without parsing the corpus, or `null`. */
  newest?(): Engine | null
}

/**
 * {@link SnapshotHooks} over `snapshot.ts`: snapshots in `folder`, or in `<dir>/.snapshots/` when none is given.
 *
 * @example
 * ```ts
 * const holder = await openEngineHolder({ dir, snapshots: snapshotsIn(dir, log, config.snapshotDir) })
 * ```
 */
export function snapshotsIn(dir: string, log?: Logger, folder?: string): SnapshotHooks {
  return {
    load(corpus, version) {
      const found = readSnapshot(dir, version, corpus, folder)
      if (!found.ok) log?.info({ version, reason: found.reason }, 'no usable index snapshot; building')
      return found.ok ? found.engine : null
    },
    // Called only after a build: a file already there for this version did not restore, so it is replaced.
    save: (engine) => void writeSnapshot(engine, dir, folder),
    newest() {
      const found = loadNewestSnapshot(dir, folder)
      if (!found.ok) log?.info({ reason: found.reason }, 'no snapshot matches the folder; parsing the corpus')
      return found.ok ? found.engine : null
    },
  }
}
