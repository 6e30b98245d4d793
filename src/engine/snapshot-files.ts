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

/** Removes all but the newest few snapshots (always keeping `current`). */
export function prune(folder: string, current: string): void {
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .map((name) => ({ path: join(folder, name), mtime: statSync(join(folder, name)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime)
  for (const f of files.slice(KEEP)) if (f.path !== current) rmSync(f.path, { force: true })
}

// The first line of every snapshot file: the checksum of everything after it.
const MAGIC = 'csto-snapshot sha256='

/**
 * A snapshot file's bytes: one line with the SHA-256 of the JSON, then the JSON.
 *
 * @example
 * ```ts
 * unframe(frame('{"a":1}')) // => { ok: true, json: '{"a":1}' }
 * ```
 */
export function frame(json: string): Buffer {
  const body = Buffer.from(json, 'utf8')
  return Buffer.concat([Buffer.from(`${MAGIC}${createHash('sha256').update(body).digest('hex')}\n`), body])
}

/** The JSON of a framed snapshot, or why it cannot be trusted (no checksum line, or one the bytes do not match). */
export function unframe(bytes: Buffer): { ok: true; json: string } | { ok: false; reason: string } {
  const eol = bytes.indexOf(0x0a)
  const head = eol > 0 ? bytes.subarray(0, eol).toString('latin1') : ''
  if (!head.startsWith(MAGIC) || !/^[0-9a-f]{64}$/.test(head.slice(MAGIC.length))) return { ok: false, reason: 'it has no checksum line (an older or foreign file)' }
  const body = bytes.subarray(eol + 1)
  const sum = createHash('sha256').update(body).digest('hex')
  if (sum !== head.slice(MAGIC.length)) return { ok: false, reason: `its checksum does not match its contents (sha256 ${sum.slice(0, 12)}…, recorded ${head.slice(MAGIC.length, MAGIC.length + 12)}…)` }
  return { ok: true, json: body.toString('utf8') }
}
