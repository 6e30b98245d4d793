import { createHash } from 'node:crypto'
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { SkippedFile } from '../corpus/index.ts'

/** How many snapshots a folder keeps. */
const KEEP = 3

/** A digest of the files skipped when a snapshot was made, so a change to one makes the snapshot stale. */
export function skippedDigest(dir: string, skipped: readonly SkippedFile[]): string {
  const hash = createHash('sha256')
  for (const s of skipped) {
    hash.update(s.source).update('\0')
    try {
      hash.update(readFileSync(join(dir, s.source)))
    } catch {
      hash.update('(unreadable)')
    }
    hash.update('\0')
  }
  return hash.digest('hex').slice(0, 16)
}

/** Removes all but the newest few snapshots (always keeping `current`). */
export function prune(folder: string, current: string): void {
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .map((name) => ({ path: join(folder, name), mtime: statSync(join(folder, name)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime)
  for (const f of files.slice(KEEP)) if (f.path !== current) rmSync(f.path, { force: true })
}
