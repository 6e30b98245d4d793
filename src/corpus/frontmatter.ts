import { z } from 'zod'
import { dateOf } from './header-dates.ts'

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/

/** The fields a front-matter header may set; each overrides what the loader infers. */
export const FrontMatterSchema = z
  .object({
    title: z.string().trim().min(1, 'title is empty').max(300, 'title is longer than 300 characters'),
    date: z.string().regex(ISO_DAY, 'date must be YYYY-MM-DD or a full written date').refine(isRealDate, 'date is not a real calendar day'),
    source: z.string().trim().min(1, 'source is empty').max(200, 'source is longer than 200 characters'),
    url: z.url('url is not a valid URL'),
  })
  .partial()
  .strict()

export type FrontMatter = z.infer<typeof FrontMatterSchema>

/**
 * Result of {@link parseFrontMatter}: the fields, where the body starts in the
 * text, and the keys it does not read (a blog's `author`, `tags`, `layout`).
 */
export type FrontMatterResult = { ok: true; fields: FrontMatter; bodyStart: number; ignored: string[] } | { ok: false; error: string }

const KNOWN = new Set(Object.keys(FrontMatterSchema.shape))
// Zero width: the unfenced header's lines are read as a fenced one's are, up to its closing "---".
const UNFENCED = /^\ufeff?(?=(?:[A-Za-z_][\w-]*[ \t]*:[^\n]*\r?\n){3,}---[ \t]*(?:\r?\n|$))/

/**
 * Reads an optional `---` delimited header of `key: value` lines at the top of a
 * file (or three or more such lines closed by `---` alone, as CMS exports leave
 * them), or a reader service's "Title: …" / "URL Source: …" / "Published Time: …"
 * header over "Markdown Content:". A file without one gives `{ ok: true, fields: {}, bodyStart: 0 }`.
 *
 * @example
 * ```ts
 * parseFrontMatter('---\ntitle: Troops land\ndate: 2022-01-06\n---\nBody')
 * // => { ok: true, fields: { title: 'Troops land', date: '2022-01-06' }, bodyStart: 45 }
 * ```
 */
export function parseFrontMatter(text: string): FrontMatterResult {
  const reader = READER.exec(text)
  if (reader) return settle({ title: reader[1]!.trim(), url: reader[2]!, ...(reader[3] ? { published: reader[3].trim() } : {}) }, reader[0].length)
  // A CMS export may leave out the opening fence: three or more "key: value" lines from the top, closed by one.
  const open = /^\ufeff?---[ \t]*\r?\n/.exec(text) ?? UNFENCED.exec(text)
  if (!open) return { ok: true, fields: {}, bodyStart: 0, ignored: [] }
  const close = /^---[ \t]*(?:\r?\n|$)/m
  const rest = text.slice(open[0].length)
  const closing = close.exec(rest)
  if (!closing) return { ok: false, error: 'front matter opened with --- is never closed' }
  const raw: Record<string, string> = {}
  const lines = rest.slice(0, closing.index).split(/\r?\n/)
  for (const [n, line] of lines.entries()) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue
    // A YAML list's items, a nested key or a folded value's lines belong to the key above them, which we do not read.
    if (/^(?:\s+\S|-\s)/.test(line)) continue
    const m = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line)
    if (!m) return { ok: false, error: `front matter line ${n + 2} is not "key: value": ${JSON.stringify(line)}` }
    const key = m[1]!.toLowerCase()
    if (key in raw) return { ok: false, error: `front matter sets "${key}" twice` }
    raw[key] = unquote(m[2]!.trim())
  }
  return settle(raw, open[0].length + closing.index + closing[0].length)
}

// A reader service's page ("Title: …" / "URL Source: …" / "Published Time: …" / "Markdown Content:"), the header
// text-extraction tools put over a page they fetched.
const READER =
  /^\ufeff?Title:[ \t]*(.+)\r?\n\s*URL Source:[ \t]*(\S+)\r?\n(?:\s*Published Time:[ \t]*(.+)\r?\n)?(?:\s*\w[\w ]{0,30}:[ \t]*.*\r?\n)*?\s*Markdown Content:[ \t]*\r?\n/

/** The fields a header's `key: value` pairs give, as {@link parseFrontMatter} returns them, the body from `bodyStart`. */
function settle(raw: Record<string, string>, bodyStart: number): FrontMatterResult {
  const site = raw.site
  // A page exported from a blog carries its engine's keys too: they are set aside, not a reason to lose the page.
  const published = raw.published
  const ignored = Object.keys(raw).filter((key) => !KNOWN.has(key))
  for (const key of ignored) delete raw[key]
  // A web clipper writes the page's address as its "source" and the site's name as "site": the site is the outlet.
  // An address that is no valid URL is set aside like an unread key, not a reason to lose the page.
  if (raw.source !== undefined && /^https?:\/\//i.test(raw.source)) {
    if (URL.canParse(raw.source)) raw.url ??= raw.source
    else ignored.push('source')
    delete raw.source
  }
  // A folded or literal value (">", "|") goes on over lines we do not read: the key is set aside.
  for (const key of Object.keys(raw))
    if (/^[>|][+-]?$/.test(raw[key]!)) {
      ignored.push(key)
      delete raw[key]
    }
  // "published: 2022-01-10T19:42:00+03:00": a CMS's name for the date, where the header gives no "date".
  if (raw.date === undefined && published !== undefined) {
    raw.date = published
    ignored.splice(ignored.indexOf('published'), 1)
  }
  if (raw.source === undefined && site !== undefined && site !== '') {
    raw.source = site
    ignored.splice(ignored.indexOf('site'), 1)
  }
  // The clipped title ends with the site's name: "Colombia and Venezuela reopen talks - The Caribbean Times".
  if (raw.title !== undefined && raw.source !== undefined) raw.title = withoutOutlet(raw.title, raw.source)
  // A site-relative address ("/2022/01/17/slug/") cites nothing outside the site: set aside like an unread key.
  if (raw.url?.startsWith('/')) {
    ignored.push('url')
    delete raw.url
  }
  // "2022-1-7", "2022/01/17": a year-first date with its parts unpadded or slashed.
  const ymd = raw.date !== undefined ? /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(raw.date) : null
  if (ymd) raw.date = `${ymd[1]}-${ymd[2]!.padStart(2, '0')}-${ymd[3]!.padStart(2, '0')}`
  // And its own way of writing the date ("January 17, 2022", "2022-01-17 10:00:00 +0600"), read as a date line is.
  if (raw.date !== undefined && !ISO_DAY.test(raw.date)) raw.date = /^(\d{4}-\d{2}-\d{2})[T ]\d/.exec(raw.date)?.[1] ?? dateOf(raw.date) ?? raw.date
  const parsed = FrontMatterSchema.safeParse(raw)
  if (!parsed.success) {
    const why = parsed.error.issues.map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message)).join('; ')
    return { ok: false, error: `invalid front matter: ${why}` }
  }
  return { ok: true, fields: parsed.data, bodyStart, ignored }
}

/** `title` without its outlet's name after a bar or a dash ("… | The Danube Observer"). */
export function withoutOutlet(title: string, outlet: string): string {
  const end = new RegExp(`\\s+[|–—-]\\s+${outlet.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'i').exec(title)
  return end ? title.slice(0, end.index) : title
}

function unquote(value: string): string {
  const m = /^(["'])(.*)\1$/.exec(value)
  return m ? m[2]! : value
}

function isRealDate(value: string): boolean {
  const d = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value)
}
