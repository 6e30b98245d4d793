import { parseArticle } from './article.ts'
import { hasUnprintable, listArticleNames, MAX_ARTICLE_BYTES, readArticleFile } from './files.ts'
import type { Article, Corpus, SkippedFile } from './types.ts'

export { isArticleFileName } from './files.ts'

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

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
export function decodeArticle(source: string, bytes: Uint8Array): { ok: true; article: Article } | { ok: false; reason: string } {
  if (bytes.length === 0) return { ok: false, reason: 'the file is empty' }
  if (bytes.length > MAX_ARTICLE_BYTES) return { ok: false, reason: `the file is ${bytes.length} bytes, over the ${MAX_ARTICLE_BYTES}-byte limit` }
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
 * others load. Only regular files of the folder are read (see `files.ts`): a
 * symbolic link out of the folder, a pipe or a file over 2 MB is skipped
 * without reading it, as is a name with control characters. A folder that
 * does not exist is an error, an empty one is not.
 *
 * @throws Error `corpus: ...` when `dir` is missing or not a folder.
 */
export function loadCorpus(dir: string): Corpus {
  const articles: Article[] = []
  const skipped: SkippedFile[] = []
  for (const name of listArticleNames(dir)) {
    const result = loadArticleFile(dir, name)
    if (result.ok) articles.push(result.article)
    else skipped.push({ source: name, reason: result.reason })
  }
  return { articles, skipped }
}

/**
 * One article file of `dir`, read and parsed as {@link loadCorpus} does, or why it is skipped.
 *
 * @example
 * ```ts
 * loadArticleFile('seeds', '000_b4e76a0625c4b189.txt').ok // => true
 * ```
 */
export function loadArticleFile(dir: string, name: string): { ok: true; article: Article } | { ok: false; reason: string } {
  // Such a name cannot come through an upload; printed raw it could rewrite a terminal line or a reply.
  if (hasUnprintable(name)) return { ok: false, reason: 'the file name holds control characters (shown escaped); rename the file' }
  const read = readArticleFile(dir, name)
  return read.ok ? decodeArticle(name, read.bytes) : read
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
