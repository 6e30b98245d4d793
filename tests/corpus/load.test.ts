import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/corpus/article.ts'
import { classifyBlocks, isCaption, isCounter, isTextBox, isTrailer } from '../../src/corpus/boilerplate.ts'
import { decodeArticle, loadCorpus } from '../../src/corpus/load.ts'
import { parseFrontMatter } from '../../src/corpus/frontmatter.ts'

const seeds = loadCorpus('seeds')
const bySource = new Map(seeds.articles.map((a) => [a.source, a]))

describe('loading the seeds', () => {
  it.each([
    ['000_b4e76a0625c4b189.txt', 'Blinken wants to know why Russian troops are in Kazakhstan', '2022-01-08', null],
    ['001_10466e7ab9d79f5b.txt', 'Putin is taking a risk by sending troops to Kazakhstan', '2022-01-09', null],
    ['002_4b552bcad1b25064.txt', 'USA: Tokayev must decide with whom he is – with us or with Moscow?', '2022-01-10', null],
    ['003_0f68f1a38a8ac23a.txt', 'Kazakhstan increases uncertainty in talks with Russia about Ukraine', null, 'AP'],
    ['004_788d4815c7cc736b.txt', 'Russian intervention in Kazakhstan II (January 7, 2022)', '2022-01-07', 'The Trenchant Observer'],
  ])('%s: title, date and outlet', (source, title, date, outlet) => {
    const a = bySource.get(source)
    expect(a, source).toBeDefined()
    expect(a!.title).toBe(title)
    expect(a!.date).toBe(date)
    expect(a!.outlet).toBe(outlet)
  })

  it('loads every seed and skips none', () => {
    expect(seeds.articles).toHaveLength(5)
    expect(seeds.skipped).toEqual([])
  })

  it('gives every paragraph and sentence offsets into the file as read', () => {
    for (const a of seeds.articles) {
      const onDisk = readFileSync(join('seeds', a.source), 'utf8')
      expect(a.text).toBe(onDisk)
      for (const s of a.sentences) expect(onDisk.slice(s.start, s.end)).toBe(s.text)
      for (const p of a.paragraphs) expect(onDisk.slice(p.start, p.end).trim().length).toBeGreaterThan(0)
    }
  })

  it.each([
    'No comments',
    'Post a Comment',
    'Leave a Reply',
    'Source link',
    'Comments are closed',
    'Article Categories',
    'Fears are growing that Russia may use gas',
    'In the photo:',
    '0 0',
    'Macedonian',
  ])('keeps page boilerplate out of the indexed text: %s', (junk) => {
    for (const a of seeds.articles) for (const s of a.sentences) expect(s.text).not.toContain(junk)
  })

  it('keeps the sign-off and header lines out of the body', () => {
    const observer = bySource.get('004_788d4815c7cc736b.txt')!
    expect(observer.sentences.at(-1)!.text).not.toBe('The Trenchant Observer')
    expect(bySource.get('000_b4e76a0625c4b189.txt')!.sentences[0]!.text).toMatch(/^Antony Blinken/)
  })
})

describe('boilerplate', () => {
  it.each([
    ['No comments:', 'trailer'],
    ['Post a Comment', 'trailer'],
    ['Leave a Reply', 'trailer'],
    ['Comments are closed.', 'trailer'],
    ['Source link', 'trailer'],
    ['COMMENTS (47)\nSort by: Newest | Oldest', 'trailer'],
    ['Join the conversation', 'trailer'],
    ['In the photo: troops landing', 'caption'],
    ['Troops land at the airport (Photo: TASS)', 'caption'],
    ['0 0', 'counter'],
    ['12 shares', 'counter'],
    ['Troops arrived on Thursday.', 'body'],
  ])('%s is %s', (block, kind) => {
    expect(classifyBlocks([block])[0]).toBe(kind)
  })

  it('drops everything after the comment section, and repeated blocks', () => {
    expect(classifyBlocks(['Body one.', 'Body one.', 'No comments:', 'Teaser of another story...'])).toEqual(['body', 'duplicate', 'trailer', 'trailer'])
  })

  it('keeps a one-line paragraph that opens "By <day>": a sentence, not a byline', () => {
    const r = parseArticle(
      'grid.txt',
      'Grid failure in Marovia\nMay 5, 2023\nBy Ana Lind\n\nPower failed in Orlin on Monday.\n\nBy Tuesday the outage had become a nationwide blackout.\n\nEngineers restored power on Friday.',
    )
    if (!r.ok) throw new Error(r.reason)
    expect(r.article.sentences.map((s) => s.text)).toEqual([
      'Power failed in Orlin on Monday.',
      'By Tuesday the outage had become a nationwide blackout.',
      'Engineers restored power on Friday.',
    ])
  })

  it('drops a box drawn in plain text, and keeps a Markdown table out of it', () => {
    const box = [
      '+-------------------------------+',
      '|  CLAIM: troops fired on crowds |',
      '|                               |',
      '|  VERDICT:  NO EVIDENCE         |',
      '+-------------------------------+',
    ].join('\n')
    expect(isTextBox(box)).toBe(true)
    expect(isTextBox('| Country | Troops |\n|---|---|\n| Norland | 100 |')).toBe(false)
    const r = parseArticle(
      'check.txt',
      `Did marines fire on crowds?\nMarch 20, 2023\n\n${box}\n\nVideos shared online show men firing near the port.\n\nWe found no evidence that league marines fired.`,
    )
    if (!r.ok) throw new Error(r.reason)
    expect(r.article.sentences.map((s) => s.text)).toEqual([
      'Videos shared online show men firing near the port.',
      'We found no evidence that league marines fired.',
    ])
  })

  it("drops an encyclopedia page's list of references: its titles and dates are other pages'", () => {
    const r = parseArticle(
      'wiki.md',
      [
        '# Velsk border crisis',
        '',
        'The convoy crossed the border on 3 March 2021.[4] It left again on 9 March 2021.[5]',
        '',
        '## References [edit]',
        '',
        '4. ^ "Convoy crosses today", *Velsk Today*, 3 March 2021.',
        '5. ^ Ministry briefing, 9 March 2021.',
        '^ "Border reopens", *Velsk Wire*, 10 March 2021.',
      ].join('\n'),
    )
    if (!r.ok) throw new Error(r.reason)
    expect(r.article.sentences.map((s) => s.text).join(' ')).not.toMatch(/Convoy crosses today|briefing|reopens/)
    expect(r.article.sentences[0]!.text).toMatch(/^The convoy crossed/)
  })

  it('does not take a sentence with a parenthesis for a caption', () => {
    expect(isCaption('He spoke to reporters (in Russian) on Friday.')).toBe(false)
    expect(isTrailer('Source link to the report was broken.')).toBe(false)
    expect(isCounter('2,500 troops')).toBe(false)
  })

  it.each([
    ['👁 96.4K  ↪ 1.2K', true],
    ['1.2K views', true],
    ['❤️ 312   🔁 40', true],
    ['2023-03-14', false],
    ['12:40', false],
  ])('reads %j as a count of views or shares: %s', (line, counter) => {
    expect(isCounter(line)).toBe(counter)
  })

  it("drops a post's count of views under it, and reads the line after it as a sentence of its own", () => {
    const r = parseArticle(
      'channel.txt',
      'Velsk Pulse channel export\n\n[05.03.2021 13:52]\nThe town hall in Velsk is on fire.\n👁 96.4K  ↪ 1.2K\n💬 So the mayor is out\n\n[05.03.2021 15:20]\nThe army has taken the airport.\n👁 12K',
    )
    if (!r.ok) throw new Error(r.reason)
    const texts = r.article.sentences.map((s) => s.text)
    expect(texts.some((t) => /👁/.test(t))).toBe(false)
    expect(texts).toContain('💬 So the mayor is out')
  })
})

describe('front matter', () => {
  it('overrides what is inferred', () => {
    const text =
      '---\ntitle: "Troops land"\ndate: 2022-01-06\nsource: Example Wire\nurl: https://example.com/a\n---\nJan 1, 2020\n\nOther title\n\nThe first planes landed on Thursday.\n'
    const r = parseArticle('a.md', text)
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.article).toMatchObject({ title: 'Troops land', date: '2022-01-06', outlet: 'Example Wire', url: 'https://example.com/a' })
    expect(text.slice(r.article.sentences[0]!.start, r.article.sentences[0]!.end)).toBe('The first planes landed on Thursday.')
  })

  it.each([
    ['January 17, 2022', '2022-01-17'],
    ['2022-01-17 10:00:00 +0600', '2022-01-17'],
    ['2022-01-17T04:00:00Z', '2022-01-17'],
    ['Mon, 17 Jan 2022 10:00:00 GMT', '2022-01-17'],
  ])("reads a blog engine's date %j", (written, date) => {
    const r = parseFrontMatter(`---\ndate: ${written}\n---\nBody text here.`)
    expect(r.ok && r.fields.date).toBe(date)
  })

  it("reads a blog engine's YAML: lists, nested keys, folded values and a site-relative address are set aside", () => {
    const r = parseFrontMatter(
      '---\ntitle: Troops land\ntags:\n  - flood\n  - velta\nauthor:\n  name: Ivo\ndescription: >\n  A long summary\n  over two lines\nurl: /2022/01/17/troops-land/\ndate: 2022-1-7\n---\nBody text here.',
    )
    expect(r).toMatchObject({ ok: true, fields: { title: 'Troops land', date: '2022-01-07' }, ignored: ['tags', 'author', 'description', 'url'] })
  })

  it('reads a CMS export\'s header without its opening fence, its date from "published"', () => {
    const r = parseArticle(
      'meta.txt',
      'title: Lask wins the Velta vote\nslug: lask-wins\nauthor: Ivo Dorn\npublished: 2023-03-20T19:42:00+03:00\nsection: World\n---\n\nVELTA, March 20 - Ivo Lask won the vote on Sunday.\n\nTurnout was 41 percent.\n',
    )
    expect(r.ok && { title: r.article.title, date: r.article.date }).toEqual({ title: 'Lask wins the Velta vote', date: '2023-03-20' })
    expect(r.ok && r.article.warnings).toContain('front matter keys not read: slug, author, section')
  })

  it.each([
    // Two lines of "key: value" are a body's ("Update: …"), and no closing fence, no header.
    'Update: the vote was held.\nNote: turnout was low.\n---\n\nLask won the Velta vote on Sunday.',
    'Lask wins\nWhat: the Velta vote\nWhen: Sunday\nWho: Ivo Lask\n\nLask won the Velta vote on Sunday.',
  ])('reads no header from %j', (text) => {
    expect(parseFrontMatter(text)).toMatchObject({ ok: true, fields: {}, bodyStart: 0 })
  })

  it('sets aside the keys it does not read, and the article says which', () => {
    const r = parseArticle(
      'blog.md',
      '---\ntitle: Troops land\nauthor: steppe-notes\ntags: [csto, kazakhstan]\ntitel: Typo\n---\nTroops land in Almaty\n\nThe first planes landed on Thursday. More came on Friday.\n',
    )
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.article.title).toBe('Troops land')
    expect(r.article.warnings).toContain('front matter keys not read: author, tags, titel')
  })

  it.each([
    ['---\ndate: 2022-13-45\n---\nBody text here.', /date/],
    ['---\ndate: 6 January\n---\nBody text here.', /YYYY-MM-DD/],
    ['---\nurl: not a url\n---\nBody text here.', /url/],
    ['---\ntitle: Never closed\nBody text here.', /never closed/],
    ['---\njust words\n---\nBody', /key: value/],
  ])('rejects %j', (text, why) => {
    const r = parseFrontMatter(text)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error).toMatch(why)
  })
})

describe('bad files', () => {
  it('skips each with its name and reason while the others load', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corpus-'))
    writeFileSync(join(dir, 'good.txt'), 'Jan 10, 2022\n\nA headline\n\nTroops arrived on Thursday. They left later.\n')
    writeFileSync(join(dir, 'empty.txt'), '')
    writeFileSync(join(dir, 'blank.md'), ' \n\n \n')
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 au lait was served.', 'latin1'))
    writeFileSync(join(dir, 'front.md'), '---\ndate: yesterday\n---\nText.')
    writeFileSync(join(dir, 'notes.json'), '{}')
    writeFileSync(join(dir, '.hidden.txt'), 'secret')
    const corpus = loadCorpus(dir)
    expect(corpus.articles.map((a) => a.source)).toEqual(['good.txt'])
    const reasons = Object.fromEntries(corpus.skipped.map((s) => [s.source, s.reason]))
    expect(Object.keys(reasons).sort()).toEqual(['binary.txt', 'blank.md', 'empty.txt', 'front.md', 'latin1.txt'])
    expect(reasons['empty.txt']).toMatch(/empty/)
    expect(reasons['blank.md']).toMatch(/empty/)
    expect(reasons['binary.txt']).toMatch(/binary/)
    expect(reasons['latin1.txt']).toMatch(/UTF-8.*offset 3/)
    expect(reasons['front.md']).toMatch(/front matter.*date/)
  })

  it('reports a missing corpus folder by name', () => {
    expect(() => loadCorpus('no/such/folder')).toThrow(/corpus: .*no\/such\/folder/)
  })

  it('keeps a byte-order mark in the text so offsets match the file', () => {
    const r = decodeArticle('bom.txt', Buffer.from('\ufeffJan 10, 2022\n\nHeadline here\n\nTroops arrived.', 'utf8'))
    expect(r.ok).toBe(true)
    if (r.ok) expect(r.article.text.slice(r.article.sentences[0]!.start, r.article.sentences[0]!.end)).toBe('Troops arrived.')
  })
})
