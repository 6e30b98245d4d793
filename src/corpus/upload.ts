import { createHash } from 'node:crypto'
import { decodeArticle } from './load.ts'
import { FrontMatterSchema, parseFrontMatter, type FrontMatter } from './frontmatter.ts'
import type { Article } from './types.ts'

/** Uploads larger than this are refused before anything is read or written. */
export const MAX_UPLOAD_BYTES = 1024 * 1024
/** File endings an upload may have. */
export const UPLOAD_EXTENSIONS = ['.txt', '.md'] as const
const MAX_NAME = 100

/** What a moderator sent: the file's name and bytes, and the optional header fields of `/corpus add`. */
export interface UploadInput {
  fileName: string
  bytes: Uint8Array
  fields?: FrontMatter
}

/** How an accepted upload was read, to show the moderator at once. */
export interface UploadSummary {
  source: string
  title: string
  date: string | null
  outlet: string | null
  url: string | null
  passages: number
  quotes: number
}

/** An accepted upload: the name and exact bytes to save, and the article they parse to. */
export interface AcceptedUpload {
  ok: true
  name: string
  bytes: Uint8Array
  article: Article
  summary: UploadSummary
}

export type UploadResult = AcceptedUpload | { ok: false; reason: string }

/**
 * Turns a user-supplied file name into a corpus file name, or says why it
 * cannot be one. Path separators, `..`, hidden names and control characters are
 * refused outright (they are tricks, not typos); other odd characters become `_`.
 *
 * @example
 * ```ts
 * sanitizeFileName('Troops land.TXT') // => { ok: true, name: 'Troops_land.txt' }
 * sanitizeFileName('../seeds/x.txt').ok // => false
 * ```
 */
export function sanitizeFileName(raw: string): { ok: true; name: string } | { ok: false; reason: string } {
  const shown = JSON.stringify(raw.slice(0, 120))
  if (raw.trim() === '') return { ok: false, reason: 'upload: the file has no name' }
  if (/[/\\]/.test(raw)) return { ok: false, reason: `upload: file name ${shown} contains a path separator` }
  if (raw.includes('..')) return { ok: false, reason: `upload: file name ${shown} contains ".."` }
  if (raw.startsWith('.')) return { ok: false, reason: `upload: file name ${shown} is a hidden file (starts with ".")` }
  if (/\p{Cc}/u.test(raw)) return { ok: false, reason: `upload: file name ${shown} contains control characters` }
  const dot = raw.lastIndexOf('.')
  const ext = dot > 0 ? raw.slice(dot).toLowerCase() : ''
  if (!(UPLOAD_EXTENSIONS as readonly string[]).includes(ext))
    return { ok: false, reason: `upload: file name ${shown} must end in ${UPLOAD_EXTENSIONS.join(' or ')}` }
  const stem = raw
    .slice(0, dot)
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}_-]+/gu, '_')
    .replace(/^_+|_+$/g, '')
  if (stem === '') return { ok: false, reason: `upload: file name ${shown} has no usable characters before its extension` }
  if (stem.length + ext.length > MAX_NAME) return { ok: false, reason: `upload: file name ${shown} is longer than ${MAX_NAME} characters` }
  return { ok: true, name: stem + ext }
}

/**
 * A fingerprint of an article's words without its front matter, BOM, line
 * endings or surrounding blank space, so a re-upload with a new header is still
 * recognised as the same article.
 *
 * @example
 * ```ts
 * contentHash('---\ntitle: A\n---\nBody\r\n') === contentHash('Body') // => true
 * ```
 */
export function contentHash(text: string): string {
  const front = parseFrontMatter(text)
  const body = (front.ok ? text.slice(front.bodyStart) : text)
    .replace(/^\ufeff/, '')
    .replace(/\r\n?/g, '\n')
    .trim()
  return createHash('sha256').update(body).digest('hex')
}

/**
 * Validates an upload against the corpus it would join: name, type, size,
 * encoding, front matter, a body with sentences, no name clash and no duplicate
 * content. Options given with the upload become (or override) its front-matter
 * header, so the saved file carries them. Pure: nothing is written.
 *
 * `countQuotes` tells how many quotations the article holds, for the summary.
 *
 * @example
 * ```ts
 * const r = validateUpload({ fileName: 'a.txt', bytes: Buffer.from('Troops land\n\nThe first planes landed.'), fields: { date: '2022-01-06' } }, [], () => 0)
 * r.ok && r.summary.date // => '2022-01-06'
 * ```
 */
export function validateUpload(input: UploadInput, existing: readonly Article[], countQuotes: (article: Article) => number): UploadResult {
  const named = sanitizeFileName(input.fileName)
  if (!named.ok) return named
  const { name } = named
  const fail = (reason: string): UploadResult => ({ ok: false, reason: `upload: ${name}: ${reason}` })
  if (input.bytes.length > MAX_UPLOAD_BYTES) return fail(`the file is ${input.bytes.length} bytes, over the ${MAX_UPLOAD_BYTES}-byte limit`)
  const clash = existing.find((a) => a.source.toLowerCase() === name.toLowerCase())
  if (clash) return fail(`an article named "${clash.source}" is already in the corpus; remove it first with /corpus remove, or rename the file`)

  const decoded = decodeArticle(name, input.bytes)
  if (!decoded.ok) return fail(decoded.reason)
  let bytes = input.bytes
  const fields = Object.fromEntries(Object.entries(input.fields ?? {}).filter(([, v]) => v !== undefined && v !== ''))
  if (Object.keys(fields).length > 0) {
    const header = withHeader(decoded.article.text, fields)
    if (!header.ok) return fail(header.reason)
    bytes = Buffer.from(header.text, 'utf8')
    if (bytes.length > MAX_UPLOAD_BYTES) return fail(`with its header the file is ${bytes.length} bytes, over the ${MAX_UPLOAD_BYTES}-byte limit`)
  }
  const parsed = decodeArticle(name, bytes)
  if (!parsed.ok) return fail(parsed.reason)
  const article = parsed.article
  if (article.sentences.length === 0) return fail('no body text was found (only a title, dates or page boilerplate)')
  const hash = contentHash(article.text)
  const twin = existing.find((a) => contentHash(a.text) === hash)
  if (twin) return fail(`the same text is already in the corpus as "${twin.source}"`)
  const summary: UploadSummary = {
    source: name,
    title: article.title,
    date: article.date,
    outlet: article.outlet,
    url: article.url,
    passages: article.sentences.length,
    quotes: countQuotes(article),
  }
  return { ok: true, name, bytes, article, summary }
}

/** The text with a front-matter header holding its own fields overridden by `fields`. */
function withHeader(text: string, fields: Record<string, string>): { ok: true; text: string } | { ok: false; reason: string } {
  for (const [key, value] of Object.entries(fields))
    if (/[\r\n]/.test(value)) return { ok: false, reason: `option ${key} must be one line (got ${JSON.stringify(value.slice(0, 80))})` }
  const front = parseFrontMatter(text)
  if (!front.ok) return { ok: false, reason: front.error }
  const merged = FrontMatterSchema.safeParse({ ...front.fields, ...fields })
  if (!merged.success) {
    const why = merged.error.issues.map((i) => `${i.path.join('.') || 'header'}: ${i.message}`).join('; ')
    return { ok: false, reason: `invalid option: ${why}` }
  }
  // Values are always quoted: the reader strips one pair of matching quotes, so any value survives.
  const lines = Object.entries(merged.data).map(([k, v]) => `${k}: "${v}"`)
  const body = text.slice(front.bodyStart).replace(/^\ufeff/, '')
  return { ok: true, text: `---\n${lines.join('\n')}\n---\n${body}` }
}
