import { randomBytes } from 'node:crypto'
import { closeSync, existsSync, fsyncSync, linkSync, mkdirSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { isArticleFileName } from './files.ts'
import type { Manifest } from './diff.ts'

/**
 * The corpus folder on disk. Files are only ever added by rename from a
 * temporary name in the same folder, and only ever taken out by moving them to
 * `removed/` beside the corpus folder (`<corpus>/../removed/`), never deleted.
 */

/** What the bot remembers about the last change, kept beside the corpus so a restart still knows it. */
export interface CorpusState {
  version: string
  /** ISO time of the last change. */
  changedAt: string
  /** Who made it, e.g. `discord:<user id>` or `cli`. */
  changedBy: string
  /** What the change was, e.g. `add 005_new.txt`. */
  change: string
  files: Manifest
}

/**
 * The temporary name an article is written under before it is renamed into
 * place. It starts with a dot and ends in `.tmp`, so the loader never reads a
 * leftover one as an article.
 *
 * @example
 * ```ts
 * isArticleFileName(tempNameFor('a.txt')) // => false
 * ```
 */
export function tempNameFor(name: string): string {
  return `.${name}.${randomBytes(4).toString('hex')}.tmp`
}

/** `<corpus>/../removed/`, where removed articles go. */
export function removedDirOf(corpusDir: string): string {
  return join(dirname(resolve(corpusDir)), 'removed')
}

/** `<corpus>/../.<corpus name>.state.json`, the {@link CorpusState} file. */
export function statePathOf(corpusDir: string): string {
  const abs = resolve(corpusDir)
  return join(dirname(abs), `.${basename(abs)}.state.json`)
}

/**
 * Writes `bytes` to a temporary file in `dir` and flushes it to disk. The first
 * half of {@link writeArticle}; a crash after it leaves only a hidden `.tmp` file.
 *
 * @example
 * ```ts
 * const tmp = writeTemp('corpus', 'a.txt', bytes) // => 'corpus/.a.txt.1f2e3d4c.tmp'
 * ```
 */
export function writeTemp(dir: string, name: string, bytes: Uint8Array): string {
  const path = join(dir, tempNameFor(name))
  const fd = openSync(path, 'wx', 0o644)
  try {
    writeSync(fd, bytes)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  return path
}

/**
 * Saves a new article atomically: written under a temporary name, then linked
 * into place (which fails rather than overwrite) and the temporary name removed.
 *
 * @throws Error `corpus-store: ...` when `name` is not a plain article name or already exists.
 * @example
 * ```ts
 * writeArticle('corpus', '005_new.txt', Buffer.from('Title\n\nBody.')) // => 'corpus/005_new.txt'
 * ```
 */
export function writeArticle(dir: string, name: string, bytes: Uint8Array): string {
  const target = join(dir, checkName(name))
  if (existsSync(target)) throw new Error(`corpus-store: "${name}" already exists in ${dir}`)
  const tmp = writeTemp(dir, name, bytes)
  try {
    try {
      linkSync(tmp, target)
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code
      if (code === 'EEXIST') throw new Error(`corpus-store: "${name}" already exists in ${dir}`)
      // Some file systems cannot hard-link; a rename is still atomic, and the existence check above guards it.
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') throw err
      renameSync(tmp, target)
      return target
    }
    unlinkSync(tmp)
  } catch (err) {
    if (existsSync(tmp)) unlinkSync(tmp)
    throw err
  }
  return target
}

/**
 * Moves an article out of the corpus into `removed/` beside it, under a
 * time-stamped name so earlier removals of the same name are kept too.
 *
 * @throws Error `corpus-store: ...` when `name` is not a plain article name or is not in `dir`.
 * @example
 * ```ts
 * moveToRemoved('data/corpus', '005_new.txt', new Date()) // => 'data/removed/2022-01-10T12-00-00Z_005_new.txt'
 * ```
 */
export function moveToRemoved(dir: string, name: string, now: Date): string {
  const from = join(dir, checkName(name))
  if (!existsSync(from)) throw new Error(`corpus-store: "${name}" is not in ${dir}`)
  const into = removedDirOf(dir)
  mkdirSync(into, { recursive: true })
  const stamp = now
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/:/g, '-')
  let to = join(into, `${stamp}_${name}`)
  for (let n = 2; existsSync(to); n++) to = join(into, `${stamp}_${n}_${name}`)
  renameSync(from, to)
  return to
}

/** The saved {@link CorpusState}, or `null` when there is none or it cannot be read. */
export function readState(corpusDir: string): CorpusState | null {
  try {
    const state = JSON.parse(readFileSync(statePathOf(corpusDir), 'utf8')) as CorpusState
    return typeof state.version === 'string' && typeof state.files === 'object' ? state : null
  } catch {
    return null
  }
}

/**
 * A cheap fingerprint of the state file (time, size, inode; `absent` when there
 * is none): when it differs from an earlier one, another process has recorded
 * a change since.
 *
 * @example
 * ```ts
 * const seen = stateSignature(dir)
 * // ... read the folder ...
 * if (stateSignature(dir) === seen) writeState(dir, state)
 * ```
 */
export function stateSignature(corpusDir: string): string {
  try {
    const s = statSync(statePathOf(corpusDir))
    return `${s.mtimeMs}:${s.size}:${s.ino}`
  } catch {
    return 'absent'
  }
}

/** Saves the {@link CorpusState} atomically (temporary file, then rename). */
export function writeState(corpusDir: string, state: CorpusState): void {
  const path = statePathOf(corpusDir)
  const tmp = `${path}.${randomBytes(4).toString('hex')}.tmp`
  const fd = openSync(tmp, 'wx', 0o644)
  try {
    writeSync(fd, `${JSON.stringify(state, null, 2)}\n`)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  renameSync(tmp, path)
}

function checkName(name: string): string {
  if (name !== basename(name) || name.includes('..') || !isArticleFileName(name))
    throw new Error(`corpus-store: "${name}" is not a plain .txt or .md file name`)
  return name
}
