import { existsSync } from 'node:fs'
import type { Logger } from 'pino'
import type { Corpus } from '../corpus/index.ts'
import type { Engine } from './engine.ts'
import { loadNewestSnapshot, loadSnapshot as readSnapshot, saveSnapshot as writeSnapshot, snapshotPath } from './snapshot.ts'

/**
 * Where a built index is saved and found again (`snapshot.ts` plugs
 * in here), so a restart over an unchanged corpus need not rebuild.
 */
export interface SnapshotHooks {
  /** The engine saved for this corpus at `version`, or `null`. */
  load(corpus: Corpus, version: string): Engine | null | Promise<Engine | null>
  save(engine: Engine): void | Promise<void>
  /** The newest snapshot that still matches the folder, restored without parsing the corpus, or `null`. */
  newest?(): Engine | null
}

/**
 * {@link SnapshotHooks} over `snapshot.ts`: snapshots in `<dir>/.snapshots/`.
 *
 * @example
 * ```ts
 * const holder = await openEngineHolder({ dir, snapshots: snapshotsIn(dir) })
 * ```
 */
export function snapshotsIn(dir: string, log?: Logger): SnapshotHooks {
  return {
    load(corpus, version) {
      const found = readSnapshot(dir, version, corpus)
      if (!found.ok) log?.info({ version, reason: found.reason }, 'no usable index snapshot; building')
      return found.ok ? found.engine : null
    },
    // A worker build has saved it already; writing 70 MB again would only block this thread.
    save: (engine) => void (existsSync(snapshotPath(dir, engine.version)) || writeSnapshot(engine, dir)),
    newest() {
      const found = loadNewestSnapshot(dir)
      if (!found.ok) log?.info({ reason: found.reason }, 'no snapshot matches the folder; parsing the corpus')
      return found.ok ? found.engine : null
    },
  }
}
