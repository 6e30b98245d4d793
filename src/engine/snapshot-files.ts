import { createHash } from 'node:crypto'
import { lstatSync, readdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { MAX_ARTICLE_BYTES, readArticleFile, type SkippedFile } from '../corpus/index.ts'

/** How many snapshots a folder keeps. */
const KEEP = 3

/**
 * A digest of the files skipped when a snapshot was made, so a change to one
 * makes the snapshot stale. A plain file within the size limit counts by its
 * bytes (read as the loader reads it); anything else (a link out of the
 * folder, a pipe, a file over the limit) only by what `lstat` says of it, so
 * it is never read.
 */
export function skippedDigest(dir: string, skipped: readonly SkippedFile[]): string {
  const hash = createHash('sha256')
  for (const s of skipped) {
    hash.update(s.source).update('\0')
    try {
      const st = lstatSync(join(dir, s.source))
      const read = st.isFile() && st.size <= MAX_ARTICLE_BYTES ? readArticleFile(dir, s.source) : null
      if (read?.ok) hash.update(read.bytes)
      else hash.update(`(${st.mode}:${st.size}:${st.mtimeMs}:${st.ino})`)
    } catch {
      hash.update('(missing)')
    }
    hash.update('\0')
  }
  return hash.digest('hex').slice(0, 16)
}

/** The name of a snapshot file: `<version>.snap`. */
export const SNAPSHOT_NAME = /^[0-9a-f]{6,64}\.snap$/

/** Removes all but the newest few snapshots (always keeping `current`); those of the older JSON format age out with them. */
export function prune(folder: string, current: string): void {
  const files = readdirSync(folder)
    .filter((name) => SNAPSHOT_NAME.test(name) || /^[0-9a-f]{6,64}\.json$/.test(name))
    .map((name) => ({ path: join(folder, name), mtime: statSync(join(folder, name)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime)
  for (const f of files.slice(KEEP)) if (f.path !== current) rmSync(f.path, { force: true })
}
