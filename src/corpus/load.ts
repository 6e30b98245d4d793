import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { parseArticle } from './article.ts'
import type { Article, Corpus, SkippedFile } from './types.ts'

/** File endings the loader reads; anything else in the folder is ignored. */
export const ARTICLE_EXTENSIONS = ['.txt', '.md'] as const

/** Files larger than this are skipped rather than read: no news article is this long. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/** True for a name the loader would read as an article (not hidden, `.txt` or `.md`). */
export function isArticleFileName(name: string): boolean {
  const lower = name.toLowerCase()
  return !name.startsWith('.') && ARTICLE_EXTENSIONS.some((ext) => lower.endsWith(ext))
}

/**
 * Decodes and parses one file's bytes. A file that is empty, binary, not UTF-8
 * or has invalid front matter gives the reason it was skipped.
 *
 * @example
 * ```ts
 * decodeArticle('bad.txt', Buffer.from([0xff, 0xfe, 0x00]))
 * // => { ok: false, reason: 'binary file (contains NUL bytes)' }
 * ```
 */
export function decodeArticle(
  source: string,
  bytes: Uint8Array,
): { ok: true; article: Article } | { ok: false; reason: string } {
  if (bytes.length === 0) return { ok: false, reason: 'the file is empty' }
  if (bytes.length > MAX_ARTICLE_BYTES)
    return { ok: false, reason: `the file is ${bytes.length} bytes, over the ${MAX_ARTICLE_BYTES}-byte limit` }
  if (bytes.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes)' }
  let text: string
  try {
    text = utf8.decode(bytes)
  } catch {
    return { ok: false, reason: `not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)})` }
  }
  return parseArticle(source, text)
}

/**
 * Reads every `.txt` and `.md` file directly inside `dir`, in name order. Files
 * that cannot be read as articles are listed in `skipped` with the reason; the
 * others load. A folder that does not exist is an error, an empty one is not.
 *
 * @throws Error `corpus: ...` when `dir` is missing or not a folder.
 */
export function loadCorpus(dir: string): Corpus {
  let names: string[]
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a folder')
    names = readdirSync(dir)
  } catch (err) {
    throw new Error(`corpus: cannot read the corpus folder "${dir}": ${(err as Error).message}`)
  }
  const articles: Article[] = []
  const skipped: SkippedFile[] = []
  for (const name of names.filter(isArticleFileName).sort()) {
    const path = join(dir, name)
    let bytes: Buffer
    try {
      if (!statSync(path).isFile()) continue
      bytes = readFileSync(path)
    } catch (err) {
      skipped.push({ source: name, reason: `cannot read the file: ${(err as Error).message}` })
      continue
    }
    const result = decodeArticle(name, bytes)
    if (result.ok) articles.push(result.article)
    else skipped.push({ source: name, reason: result.reason })
  }
  return { articles, skipped }
}

/** Offset of the first byte that does not begin a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]!
    const size = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0
    if (size === 0) return i
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(i, i + size))
    } catch {
      return i
    }
    i += size
  }
  return i
}
