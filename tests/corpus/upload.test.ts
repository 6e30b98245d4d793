/** The pure upload check: every malformed input is refused with a reason naming it, good ones read as the moderator expects. */
import { describe, expect, it } from 'vitest'
import { parseFrontMatter } from '../../src/corpus/frontmatter.ts'
import { loadCorpus } from '../../src/corpus/load.ts'
import { contentHash, MAX_UPLOAD_BYTES, sanitizeFileName, validateUpload } from '../../src/corpus/upload.ts'
import { NEW_ARTICLE } from '../support/corpus-fixtures.ts'
import { extractQuotes } from '../../src/quotes/extract.ts'

const countQuotes = (a: Parameters<typeof extractQuotes>[0]) => extractQuotes(a).length

const seeds = loadCorpus('seeds').articles
const seed = seeds[0]!
const bytes = (s: string) => Buffer.from(s, 'utf8')

describe('sanitizeFileName', () => {
  it.each([
    ['plain.txt', 'plain.txt'],
    ['Troops land.TXT', 'Troops_land.txt'],
    ['notes.md', 'notes.md'],
    ['  spaced  name .txt', 'spaced_name.txt'],
    ['Казахстан 2022.txt', 'Казахстан_2022.txt'],
    ['a&b;c$(rm).txt', 'a_b_c_rm.txt'],
  ])('%j becomes %j', (raw, name) => {
    expect(sanitizeFileName(raw)).toEqual({ ok: true, name })
  })

  it.each([
    ['../escape.txt', /path separator/],
    ['..\\escape.txt', /path separator/],
    ['/etc/passwd.txt', /path separator/],
    ['sub/dir.txt', /path separator/],
    ['x..txt', /".."/],
    ['.hidden.txt', /hidden/],
    ['.txt', /hidden/],
    ['bad\u0000name.txt', /control/],
    ['line\nbreak.txt', /control/],
    ['delete\u007fchar.txt', /control/],
    ['next\u0085line.txt', /control/],
    ['article.pdf', /must end in \.txt or \.md/],
    ['article.txt.exe', /must end in/],
    ['noextension', /must end in/],
    ['***.txt', /no usable characters/],
    ['', /no name/],
    [`${'a'.repeat(120)}.txt`, /longer than 100/],
  ])('refuses %j', (raw, why) => {
    const r = sanitizeFileName(raw)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.reason).toMatch(why)
    if (!r.ok) expect(r.reason.startsWith('upload: ')).toBe(true)
  })
})

describe('validateUpload refuses malformed uploads', () => {
  const huge = bytes(`Title\n\n${'The troops landed in Almaty on Thursday. '.repeat(30_000)}`)
  it.each([
    ['empty', 'empty.txt', new Uint8Array(0), {}, /empty/],
    ['only whitespace', 'blank.txt', bytes(' \n\n \t'), {}, /empty/],
    ['binary', 'image.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d, 0x0a]), {}, /binary/],
    ['bad UTF-8', 'latin1.txt', Uint8Array.from([...bytes('Caf'), 0xe9, ...bytes(' au lait. Troops came.')]), {}, /not valid UTF-8 .*offset 3/],
    ['huge', 'huge.txt', huge, {}, new RegExp(`${huge.length} bytes, over the ${MAX_UPLOAD_BYTES}-byte limit`)],
    ['front matter never closed', 'open.txt', bytes('---\ntitle: x\nBody text here.'), {}, /never closed/],
    ['front matter with an unreadable date', 'when.txt', bytes('---\nauthor: me\ndate: last week\n---\nTitle\n\nBody. More body.'), {}, /invalid front matter/],
    ['front matter with a bad date', 'date.txt', bytes('---\ndate: 2022-02-30\n---\nTitle\n\nBody. More body.'), {}, /not a real calendar day/],
    ['option date malformed', 'opt.txt', bytes(NEW_ARTICLE), { date: '7 January 2022' }, /date must be YYYY-MM-DD/],
    ['option url malformed', 'url.txt', bytes(NEW_ARTICLE), { url: 'not a url' }, /url is not a valid URL/],
    ['option over two lines', 'two.txt', bytes(NEW_ARTICLE), { title: 'one\ntwo' }, /must be one line/],
    ['no body', 'title-only.txt', bytes('Just a headline'), {}, /no (body|article) text/],
    ['same name as a seed', seed.source, bytes(NEW_ARTICLE), {}, new RegExp(`named "${seed.source}" is already in the corpus`)],
    ['same text as a seed', 'copy.txt', bytes(seed.text), {}, new RegExp(`already in the corpus as "${seed.source}"`)],
    [
      'same text with CRLF and a header',
      'copy2.md',
      bytes(`---\ntitle: Copy\n---\n${seed.text.replace(/\n/g, '\r\n')}`),
      {},
      new RegExp(`as "${seed.source}"`),
    ],
    ['path trick', '../../etc/cron.d/x.txt', bytes(NEW_ARTICLE), {}, /path separator/],
  ])('%s', (_case, fileName, data, fields, why) => {
    const r = validateUpload({ fileName, bytes: data, fields }, seeds, countQuotes)
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.reason).toMatch(why)
      expect(r.reason.startsWith('upload: ')).toBe(true)
    }
  })
})

describe('validateUpload accepts articles', () => {
  it.each([
    ['no options: read as written', {}, { title: 'Armenian unit guards Kapshagay reservoir', date: null, outlet: 'Reuters' }],
    [
      'options become the header',
      { title: 'Guards at the dam', date: '2022-01-11', source: 'Reuters', url: 'https://example.org/a' },
      { title: 'Guards at the dam', date: '2022-01-11', outlet: 'Reuters', url: 'https://example.org/a' },
    ],
    ['a quoted title survives', { title: '"Stay as needed"' }, { title: '"Stay as needed"' }],
  ])('%s', (_case, fields, expected) => {
    const r = validateUpload({ fileName: 'New Article.txt', bytes: bytes(NEW_ARTICLE), fields }, seeds, countQuotes)
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.name).toBe('New_Article.txt')
    expect(r.summary).toMatchObject({ source: 'New_Article.txt', ...expected })
    expect(r.summary.passages).toBe(r.article.sentences.length)
    expect(r.summary.passages).toBeGreaterThan(1)
    expect(r.summary.quotes).toBeGreaterThanOrEqual(1)
    // The saved bytes are the article the summary describes.
    expect(Buffer.from(r.bytes).toString('utf8')).toBe(r.article.text)
    const front = parseFrontMatter(r.article.text)
    expect(front.ok && Object.keys(front.fields).length).toBe(Object.keys(fields).length)
  })

  it('merges options over the file’s own header, keeping its other fields', () => {
    const text = `---\ntitle: Own title\nurl: https://example.org/own\n---\n${NEW_ARTICLE}`
    const r = validateUpload({ fileName: 'a.md', bytes: bytes(text), fields: { date: '2022-01-12' } }, seeds, countQuotes)
    expect(r.ok && r.summary).toMatchObject({ title: 'Own title', url: 'https://example.org/own', date: '2022-01-12' })
  })

  it('the content hash ignores header, BOM and line endings but not words', () => {
    expect(contentHash(`\ufeff---\ntitle: A\n---\n${NEW_ARTICLE.replace(/\n/g, '\r\n')}`)).toBe(contentHash(NEW_ARTICLE))
    expect(contentHash(NEW_ARTICLE.replace('70', '80'))).not.toBe(contentHash(NEW_ARTICLE))
  })
})
