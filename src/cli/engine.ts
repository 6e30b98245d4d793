import { loadSnapshotDir } from '../config/index.ts'
import { loadCorpus, printableName } from '../corpus/index.ts'
import { buildEngine, loadNewestSnapshot, saveSnapshot, type Engine } from '../engine/index.ts'

/**
 * The engine for a terminal tool: restored from the newest snapshot in
 * the snapshot folder (`SNAPSHOT_DIR`, default `<dir>/.snapshots`) that still matches the files (a fraction of a build), or
 * built once and saved there for the next run. Files the loader skipped are
 * reported through `warn`, as is a snapshot that could not be saved (a
 * read-only folder): the answer does not depend on it.
 *
 * @throws Error `corpus: ...` when the folder cannot be read.
 * @example
 * ```ts
 * const engine = openCliEngine('seeds', 'ask', (line) => process.stderr.write(`${line}\n`))
 * engine.ask('When was the CSTO founded?').answer // => '1999'
 * ```
 */
export function openCliEngine(dir: string, tool: string, warn: (line: string) => void, snapshotDir = loadSnapshotDir(dir)): Engine {
  const restored = loadNewestSnapshot(dir, snapshotDir)
  let engine: Engine
  if (restored.ok) engine = restored.engine
  else {
    engine = buildEngine(loadCorpus(dir))
    try {
      saveSnapshot(engine, dir, snapshotDir)
    } catch (err) {
      warn(`${tool}: could not save the index snapshot, so the next run builds again: ${(err as Error).message}`)
    }
  }
  for (const s of engine.corpus.skipped) warn(`${tool}: skipped ${printableName(s.source)}: ${s.reason}`)
  return engine
}
