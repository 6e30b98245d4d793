import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync, statSync } from 'node:fs'
import { isAbsolute, join, relative, sep } from 'node:path'

/**
 * The corpus folder as the loader sees it: article names directly inside it,
 * and each file's bytes read only when it is a regular file inside the folder
 * and within the size limit. Symbolic links are followed only to regular
 * files inside the folder, never out of it; sizes are taken from `fstat`
 * before a byte is read, so a 700 MB file costs nothing.
 */

/** File endings the loader reads; anything else in the folder is ignored. */
export const ARTICLE_EXTENSIONS = ['.txt', '.md'] as const

/** Files larger than this are skipped rather than read: no news article is this long. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024

/** What {@link readArticleFile} gives: the bytes, or why the file is not read. */
export type FileRead = { ok: true; bytes: Buffer } | { ok: false; reason: string }

// C0 and C1 controls, DEL, and the bidirectional controls that can reorder a printed line: matching them is the point.
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

/** True for a name the loader would read as an article (not hidden, `.txt` or `.md`). */
export function isArticleFileName(name: string): boolean {
  const lower = name.toLowerCase()
  return !name.startsWith('.') && ARTICLE_EXTENSIONS.some((ext) => lower.endsWith(ext))
}

/**
 * A file name made safe to print on a terminal, in a log line or a Discord
 * reply: control characters (escape, newline, ...) and bidirectional
 * controls are written as `\n`, `\u001b`, `\u202e`; everything else is kept.
 *
 * @example
 * ```ts
 * printableName('a\u001b[31m.txt') // => 'a\\u001b[31m.txt'
 * printableName('two\nlines.txt') // => 'two\\nlines.txt'
 * ```
 */
export function printableName(name: string): string {
  return name.replace(UNPRINTABLE, (c) =>
    c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}

/** True when the name holds a character {@link printableName} would escape. */
export function hasUnprintable(name: string): boolean {
  UNPRINTABLE.lastIndex = 0
  const found = UNPRINTABLE.test(name)
  UNPRINTABLE.lastIndex = 0
  return found
}

/**
 * The names of the article files (`.txt`, `.md`, not hidden) directly in
 * `dir`, in name order, whatever kind of entry each is.
 *
 * @throws Error `corpus: ...` when `dir` is missing or not a folder.
 */
export function listArticleNames(dir: string): string[] {
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a folder')
    return readdirSync(dir).filter(isArticleFileName).sort()
  } catch (err) {
    throw new Error(`corpus: cannot read the corpus folder "${dir}": ${(err as Error).message}`)
  }
}

/**
 * Reads the article file `name` of `dir`, or says why it is not read: not a
 * regular file, a symbolic link that leads out of the folder (or to a hidden
 * or missing file), larger than {@link MAX_ARTICLE_BYTES}, or unreadable.
 * Never reads more than the limit plus one byte, and never blocks on a pipe.
 *
 * @example
 * ```ts
 * readArticleFile('seeds', '000_b4e76a0625c4b189.txt').ok // => true
 * readArticleFile(dir, 'passwd.txt') // => { ok: false, reason: 'a symbolic link that leads out of the corpus folder; ...' }
 * ```
 */
export function readArticleFile(dir: string, name: string): FileRead {
  const path = join(dir, name)
  let target = path
  try {
    const link = lstatSync(path)
    if (link.isSymbolicLink()) {
      const followed = insideTarget(dir, path)
      if (!followed.ok) return followed
      target = followed.path
    } else if (!link.isFile()) return { ok: false, reason: `not a regular file (${kindOf(link)}); only plain files are read` }
  } catch (err) {
    return { ok: false, reason: `cannot read the file: ${(err as Error).message}` }
  }
  let fd: number
  try {
    // O_NOFOLLOW: a link swapped in after the check is refused; O_NONBLOCK: a pipe swapped in cannot hang the read.
    fd = openSync(target, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK)
  } catch (err) {
    return {
      ok: false,
      reason: `cannot read the file: ${(err as NodeJS.ErrnoException).code === 'ELOOP' ? 'it was replaced by a symbolic link' : (err as Error).message}`,
    }
  }
  try {
    const stat = fstatSync(fd)
    if (!stat.isFile()) return { ok: false, reason: `not a regular file (${kindOf(stat)}); only plain files are read` }
    if (stat.size > MAX_ARTICLE_BYTES) return tooLarge(stat.size)
    const bytes = Buffer.alloc(stat.size + 1)
    let read = 0
    for (let n = 1; n > 0 && read < bytes.length; read += n) n = readSync(fd, bytes, read, bytes.length - read, null)
    // The file grew between fstat and read: what is there now is over the limit or not, never read past it.
    if (read > MAX_ARTICLE_BYTES) return tooLarge(read)
    return { ok: true, bytes: bytes.subarray(0, read) }
  } catch (err) {
    return { ok: false, reason: `cannot read the file: ${(err as Error).message}` }
  } finally {
    closeSync(fd)
  }
}

function tooLarge(size: number): FileRead {
  return { ok: false, reason: `the file is ${size} bytes, over the ${MAX_ARTICLE_BYTES}-byte limit` }
}

/** Where the link at `path` leads, when that is a non-hidden place inside `dir`. */
function insideTarget(dir: string, path: string): { ok: true; path: string } | { ok: false; reason: string } {
  let target: string
  let root: string
  try {
    root = realpathSync(dir)
    target = realpathSync(path)
  } catch {
    return { ok: false, reason: 'a symbolic link to a file that does not exist' }
  }
  const rel = relative(root, target)
  if (rel === '' || isAbsolute(rel) || rel.split(sep).includes('..'))
    return { ok: false, reason: 'a symbolic link that leads out of the corpus folder; only links to files inside the folder are followed' }
  if (rel.split(sep).some((part) => part.startsWith('.')))
    return { ok: false, reason: 'a symbolic link to a hidden file or folder; only links to plain files of the folder are followed' }
  return { ok: true, path: target }
}

function kindOf(stat: { isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (stat.isDirectory()) return 'a folder'
  if (stat.isFIFO()) return 'a named pipe'
  if (stat.isSocket()) return 'a socket'
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device'
  return 'not a plain file'
}
