import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { loadCorpus } from '../../src/corpus/load.ts'
import { buildEngine } from '../../src/engine/engine.ts'
import { parseEvalSet } from '../../src/eval/ask.ts'
import { loadNewestSnapshot, loadSnapshot, saveSnapshot, snapshotPath } from '../../src/engine/snapshot.ts'
import { frame, unframe } from '../../src/engine/snapshot-files.ts'

const dir = mkdtempSync(join(tmpdir(), 'snapshot-'))
cpSync('seeds', dir, { recursive: true })
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const questions = parseEvalSet(readFileSync('tests/fixtures/dev.jsonl', 'utf8'))
  .filter((i) => i.type === 'ask')
  .map((i) => String(i.q))
const built = buildEngine(loadCorpus(dir))
const path = saveSnapshot(built, dir)

describe('snapshots', () => {
  it('are written in a hidden folder the corpus loader does not read', () => {
    expect(path).toBe(snapshotPath(dir, built.version))
    expect(loadCorpus(dir).articles.map((a) => a.source)).toEqual(built.corpus.articles.map((a) => a.source))
  })

  it.each([
    ['reading the texts from the files', () => loadSnapshot(dir, built.version)],
    ['with the corpus already loaded', () => loadSnapshot(dir, built.version, loadCorpus(dir))],
  ])('restore an engine that answers every dev question identically, %s', (_, load) => {
    const loaded = load()
    expect(loaded.ok).toBe(true)
    if (!loaded.ok) return
    expect(loaded.engine.version).toBe(built.version)
    for (const q of questions) expect(loaded.engine.ask(q)).toEqual(built.ask(q))
    expect(loaded.engine.timeline()).toEqual(built.timeline())
    expect(loaded.engine.sources()).toEqual(built.sources())
    expect(loaded.engine.suggestSpeakers('bli')).toEqual(built.suggestSpeakers('bli'))
    expect(loaded.engine.quotes({ speaker: 'Suchkov' })).toEqual(built.quotes({ speaker: 'Suchkov' }))
  })

  it('are found without knowing the version, the newest that still matches the files first', () => {
    const loaded = loadNewestSnapshot(dir)
    expect(loaded.ok && loaded.engine.version).toBe(built.version)
    const empty = mkdtempSync(join(tmpdir(), 'snapshot-none-'))
    try {
      expect(loadNewestSnapshot(empty)).toEqual({ ok: false, reason: expect.stringContaining(`no usable snapshot folder ${join(empty, '.snapshots')}`) })
    } finally {
      rmSync(empty, { recursive: true, force: true })
    }
  })

  it('are stale once a file skipped when they were made has changed', () => {
    const other = mkdtempSync(join(tmpdir(), 'snapshot-skipped-'))
    try {
      cpSync(dir, other, { recursive: true })
      writeFileSync(join(other, 'zz_empty.txt'), '')
      const engine = buildEngine(loadCorpus(other))
      saveSnapshot(engine, other)
      expect(loadSnapshot(other, engine.version).ok).toBe(true)
      writeFileSync(join(other, 'zz_empty.txt'), 'Jan 10, 2022\n\nNow an article\n\nTroops left Almaty on Thursday.')
      const loaded = loadSnapshot(other, engine.version)
      expect(loaded.ok).toBe(false)
      if (!loaded.ok) expect(loaded.reason).toMatch(/skipped/)
    } finally {
      rmSync(other, { recursive: true, force: true })
    }
  })

  it('are not loaded for another version', () => {
    const loaded = loadSnapshot(dir, 'abcdef123456')
    expect(loaded).toEqual({ ok: false, reason: 'no snapshot for version abcdef123456' })
  })

  it('are not loaded when the corpus changed since', () => {
    const other = mkdtempSync(join(tmpdir(), 'snapshot-changed-'))
    try {
      cpSync(dir, other, { recursive: true })
      writeFileSync(join(other, 'zz_new.txt'), 'Jan 10, 2022\n\nA new article\n\nTroops left Almaty on Thursday.')
      const loaded = loadSnapshot(other, built.version)
      expect(loaded.ok).toBe(false)
      if (!loaded.ok) expect(loaded.reason).toContain('zz_new.txt')
    } finally {
      rmSync(other, { recursive: true, force: true })
    }
  })

  it.each([
    ['cut off inside its checksum frame', (json: string) => frame(json.slice(0, json.length / 2)), /corrupt/],
    ['without a checksum line (an older file)', (json: string) => Buffer.from(json), /no checksum line/],
    ['with one byte changed', (json: string) => flipByte(frame(json)), /checksum does not match/],
    ['of another corpus (no articles)', (json: string) => frame(JSON.stringify({ ...JSON.parse(json), articles: [] })), /added to the corpus after the snapshot|the corpus has \d+ articles, the snapshot 0/],
  ])('that are damaged (%s) are ignored with a reason, so the caller builds instead', (_case, damage, why) => {
    const other = mkdtempSync(join(tmpdir(), 'snapshot-corrupt-'))
    try {
      cpSync(dir, other, { recursive: true })
      const good = unframe(readFileSync(snapshotPath(other, built.version)))
      if (!good.ok) throw new Error(good.reason)
      writeFileSync(snapshotPath(other, built.version), damage(good.json))
      for (const loaded of [loadSnapshot(other, built.version), loadSnapshot(other, built.version, loadCorpus(other)), loadNewestSnapshot(other)]) {
        expect(loaded.ok).toBe(false)
        if (!loaded.ok) expect(loaded.reason).toMatch(why)
      }
    } finally {
      rmSync(other, { recursive: true, force: true })
    }
  })

  it('are kept to the newest few', () => {
    for (let i = 0; i < 5; i++) writeFileSync(join(dir, '.snapshots', `${'a'.repeat(11)}${i}.json`), '{}')
    saveSnapshot(built, dir)
    expect(readdirSync(join(dir, '.snapshots')).length).toBeLessThanOrEqual(3)
    expect(readdirSync(join(dir, '.snapshots'))).toContain(`${built.version}.json`)
  })
})

/** Reads and rewrites one Int32 array of the passage index as the snapshot stores it (base64 of its bytes). */
function int32(file: any, key: string, change: (a: Int32Array) => void): void {
  const bytes = Buffer.from(file.index[key], 'base64')
  const a = new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4)
  change(a)
  file.index[key] = Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64')
}

describe('scrambled arrays in a snapshot whose checksum still matches', () => {
  const withQuotes = built.quotes({ speaker: 'Suchkov' }).length > 0
  it.each([
    ['sentence offsets past the text', (f: any) => (f.articles[0].sentences[1] = 10 ** 7), /sentence 0 .* outside the text/, 'shapes'],
    ['sentences out of order', (f: any) => f.articles[1].sentences.splice(0, 3, ...f.articles[1].sentences.slice(3, 6)), /out of order/, 'shapes'],
    ['a sentence in a paragraph that does not exist', (f: any) => (f.articles[2].sentences[2] = 999), /names paragraph 999/, 'shapes'],
    ['paragraph offsets reversed', (f: any) => ([f.articles[0].paragraphs[0], f.articles[0].paragraphs[1]] = [f.articles[0].paragraphs[1], f.articles[0].paragraphs[0]]), /paragraph 0 .* out of order/, 'shapes'],
    ['term offsets shuffled', (f: any) => int32(f, 'termStart', (a) => a.reverse()), /termStart/],
    ['a term id past the vocabulary', (f: any) => int32(f, 'passageTerms', (a) => (a[5] = 10 ** 6)), /passageTerms\[5\]/],
    ['passages moved to another article', (f: any) => int32(f, 'passageArticle', (a) => (a[0] = 3)), /passage 0 is not sentence 0 of article 0/],
    ['article starts swapped', (f: any) => int32(f, 'articleStart', (a) => ([a[1], a[2]] = [a[2]!, a[1]!])), /articleStart|passages, not its/],
    ['a term list cut short', (f: any) => (f.index.terms = f.index.terms.slice(0, 10)), /arrays disagree/],
    ['a dated expression in a sentence that does not exist', (f: any) => (f.dates.expressions[0][1][0].sentence = 10 ** 5), /dates: an expression .* sentence 100000/],
    ['a timeline event past its text', (f: any) => (f.dates.timeline[0].end_offset = 10 ** 8), /timeline event/],
    ['dates of an article that is not there', (f: any) => (f.dates.published[0][0] = 'nope.txt'), /nope\.txt/],
    ...(withQuotes
      ? ([
          ['a quotation moved off its words', (f: any) => (f.quotes.quotes[0].start += 3), /quotation 0 is not the text/],
          ['a speaker naming a quotation that does not exist', (f: any) => (f.quotes.speakers[0].quotes[0] = 10 ** 6), /names quotation 1000000/],
        ] as const)
      : []),
    ['a lexicon that is not pairs', (f: any) => (f.lexicon.phrases = [['only one']]), /lexicon/],
  ] as [string, (f: any) => unknown, RegExp, string?][])('%s: refused, and the corpus is built instead', (_case, scramble, why, only) => {
    const other = mkdtempSync(join(tmpdir(), 'snapshot-scrambled-'))
    try {
      cpSync(dir, other, { recursive: true })
      const good = unframe(readFileSync(snapshotPath(other, built.version)))
      if (!good.ok) throw new Error(good.reason)
      const file = JSON.parse(good.json)
      scramble(file)
      writeFileSync(snapshotPath(other, built.version), frame(JSON.stringify(file)))
      // Articles parsed from the files bring their own shapes; only a restore from the texts reads the stored ones.
      const loads = only === 'shapes' ? [loadSnapshot(other, built.version)] : [loadSnapshot(other, built.version), loadSnapshot(other, built.version, loadCorpus(other))]
      for (const loaded of loads) {
        expect(loaded.ok).toBe(false)
        if (!loaded.ok) expect(loaded.reason).toMatch(why)
      }
    } finally {
      rmSync(other, { recursive: true, force: true })
    }
  })
})

describe('a snapshot folder of its own (SNAPSHOT_DIR)', () => {
  it('holds the snapshots, so the corpus folder is only read', () => {
    const corpus = mkdtempSync(join(tmpdir(), 'snapshot-ro-corpus-'))
    const cache = join(mkdtempSync(join(tmpdir(), 'snapshot-cache-')), 'nested', 'csto')
    cpSync('seeds', corpus, { recursive: true, filter: (src) => !src.split('/').at(-1)!.startsWith('.') })
    const before = readdirSync(corpus).sort()
    const engine = buildEngine(loadCorpus(corpus))
    expect(saveSnapshot(engine, corpus, cache)).toBe(join(cache, `${engine.version}.json`))
    expect(readdirSync(corpus).sort()).toEqual(before)
    const loaded = loadNewestSnapshot(corpus, cache)
    expect(loaded.ok && loaded.engine.version).toBe(engine.version)
    expect(loadNewestSnapshot(corpus).ok).toBe(false)
  })

  it.each([
    ['a file where the folder should be', (root: string) => (writeFileSync(join(root, 'snaps'), 'x'), join(root, 'snaps'))],
    ['a folder below a file', (root: string) => (writeFileSync(join(root, 'file'), 'x'), join(root, 'file', 'snaps'))],
  ])('that is unusable (%s): saving throws, finding one says none is there', (_case, make) => {
    const folder = make(mkdtempSync(join(tmpdir(), 'snapshot-bad-')))
    expect(() => saveSnapshot(built, dir, folder)).toThrow(/EEXIST|ENOTDIR/)
    expect(loadNewestSnapshot(dir, folder)).toEqual({ ok: false, reason: expect.stringMatching(/^no usable snapshot folder .*ENOTDIR/) })
  })
})

/** The bytes with one digit of the JSON changed to another, so the file still parses. */
function flipByte(bytes: Buffer): Buffer {
  const out = Buffer.from(bytes)
  const at = out.indexOf('"sentences":[', out.indexOf(0x0a)) + 14
  out[at] = out[at] === 0x31 ? 0x32 : 0x31
  return out
}
