import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { loadCorpus } from '../../src/corpus/load.ts'
import { buildEngine, engineState } from '../../src/engine/engine.ts'
import { parseEvalSet } from '../../src/eval/ask.ts'
import { SNAPSHOT_FORMAT, loadNewestSnapshot, loadSnapshot, saveSnapshot, snapshotPath } from '../../src/engine/snapshot.ts'
import { flipByte, rewriteSnapshot } from '../support/snapshot-files.ts'
import { peopleOf } from '../../src/answer/people.ts'
import type { Sections } from '../../src/engine/snapshot-format.ts'

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

  it('restore the people of every article as peopleOf finds them afresh', () => {
    const loaded = loadSnapshot(dir, built.version)
    if (!loaded.ok) throw new Error(loaded.reason)
    const { people, corpus } = engineState(loaded.engine)!
    const restored = corpus.articles.map((a, i) => a.sentences.map((s) => people.mentions(i, s.index)))
    const fresh = corpus.articles.map((a) => a.sentences.map((s) => peopleOf(a).mentions.get(s.index) ?? []))
    expect(restored.flat(2).length).toBeGreaterThan(20)
    expect(restored).toEqual(fresh)
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
    ['cut short', (path: string) => writeFileSync(path, readFileSync(path).subarray(0, readFileSync(path).length - 1000)), /cut short/],
    ['longer than its sections', (path: string) => writeFileSync(path, Buffer.concat([readFileSync(path), Buffer.from('more')])), /4 bytes past the sections/],
    [
      'without a header line (an older or foreign file)',
      (path: string) => writeFileSync(path, `csto-snapshot sha256=${'0'.repeat(64)}\n{"format":6}`),
      /no snapshot header line/,
    ],
    ['with one byte changed', flipByte, /checksum does not match/],
    [
      'of another corpus (no articles)',
      (path: string) =>
        rewriteSnapshot(path, (s) => {
          s.lists.set('articles', [])
          for (const name of ['articles.paragraphEnds', 'articles.sentenceEnds']) s.arrays.set(name, new Int32Array(0))
        }),
      /added to the corpus after the snapshot|the corpus has \d+ articles, the snapshot 0/,
    ],
  ])('that are damaged (%s) are ignored with a reason, so the caller builds instead', (_case, damage, why) => {
    const other = mkdtempSync(join(tmpdir(), 'snapshot-corrupt-'))
    try {
      cpSync(dir, other, { recursive: true })
      damage(snapshotPath(other, built.version))
      for (const loaded of [loadSnapshot(other, built.version), loadSnapshot(other, built.version, loadCorpus(other)), loadNewestSnapshot(other)]) {
        expect(loaded.ok).toBe(false)
        if (!loaded.ok) expect(loaded.reason).toMatch(why)
      }
    } finally {
      rmSync(other, { recursive: true, force: true })
    }
  })

  it('store the passage arrays as binary, not as text', () => {
    const bytes = readFileSync(path)
    const header = JSON.parse(
      bytes
        .subarray(0, bytes.indexOf(0x0a))
        .toString()
        .replace(/^csto-snapshot-v2 /, ''),
    ) as { format: number; version: string; sections: { name: string; kind: string; bytes: number }[] }
    expect(header).toMatchObject({ format: SNAPSHOT_FORMAT, version: built.version })
    const terms = header.sections.find((x) => x.name === 'index.passageTerms')
    expect(terms?.kind).toBe('i32')
    expect(terms?.bytes).toBe(4 * engineState(built)!.index.data.passageTerms.length)
    expect(header.sections.filter((x) => x.kind !== 'json').map((x) => x.name)).toEqual(
      expect.arrayContaining(['index.termStart', 'postings.doc', 'articles.sentences']),
    )
  })

  it('are kept to the newest few', () => {
    for (let i = 0; i < 5; i++) writeFileSync(join(dir, '.snapshots', `${'a'.repeat(11)}${i}.${i % 2 ? 'json' : 'snap'}`), '{}')
    saveSnapshot(built, dir)
    expect(readdirSync(join(dir, '.snapshots')).length).toBeLessThanOrEqual(3)
    expect(readdirSync(join(dir, '.snapshots'))).toContain(`${built.version}.snap`)
  })
})

/** The flat offsets of article `i` in an offsets section, as a view to change in place. */
function offsets(s: Sections, kind: 'sentences' | 'paragraphs', i: number): Int32Array {
  const ends = s.arrays.get(`articles.${kind === 'sentences' ? 'sentenceEnds' : 'paragraphEnds'}`)!
  return (s.arrays.get(`articles.${kind}`) as Int32Array).subarray(i > 0 ? ends[i - 1]! : 0, ends[i])
}
const array = (s: Sections, name: string) => s.arrays.get(name) as Int32Array

const item = (s: Sections, name: string, i: number): any => s.lists.get(name)![i]

describe('scrambled arrays in a snapshot whose checksum still matches', () => {
  const withQuotes = built.quotes({ speaker: 'Suchkov' }).length > 0
  it.each([
    ['sentence offsets past the text', (s: Sections) => (offsets(s, 'sentences', 0)[1] = 10 ** 7), /sentence 0 .* outside the text/, 'shapes'],
    ['sentences out of order', (s: Sections) => offsets(s, 'sentences', 1).copyWithin(0, 3, 6), /out of order/, 'shapes'],
    ['a sentence in a paragraph that does not exist', (s: Sections) => (offsets(s, 'sentences', 2)[2] = 999), /names paragraph 999/, 'shapes'],
    ['paragraph offsets reversed', (s: Sections) => offsets(s, 'paragraphs', 0).subarray(0, 2).reverse(), /paragraph 0 .* out of order/, 'shapes'],
    ['term offsets shuffled', (s: Sections) => array(s, 'index.termStart').reverse(), /termStart/],
    ['a term id past the vocabulary', (s: Sections) => (array(s, 'index.passageTerms')[5] = 10 ** 6), /passageTerms\[5\]/],
    ['passages moved to another article', (s: Sections) => (array(s, 'index.passageArticle')[0] = 3), /passage 0 is not sentence 0 of article 0/],
    ['article starts swapped', (s: Sections) => array(s, 'index.articleStart').subarray(1, 3).reverse(), /articleStart|passages, not its/],
    ['a term list cut short', (s: Sections) => s.lists.set('index.terms', s.lists.get('index.terms')!.slice(0, 10)), /df has \d+ entries, not 10/],
    [
      'postings out of order',
      (s: Sections) => array(s, 'postings.doc').subarray(0, array(s, 'postings.start')[1]).reverse(),
      /postings\.doc\[\d+\] = \d+ is out of order/,
    ],
    ['a postings factor that does not exist', (s: Sections) => (s.arrays.get('postings.textFactor')![0] = 60_000), /postings\.textFactor\[0\] = 60000/],
    [
      'a dated expression in a sentence that does not exist',
      (s: Sections) => (array(s, 'dates.expressions.sentence')[0] = 10 ** 5),
      /dates: an expression .* sentence 100000/,
    ],
    ['a timeline event past its text', (s: Sections) => (array(s, 'dates.timeline.end_offset')[0] = 10 ** 8), /timeline event/],
    [
      'a column of the timeline cut short',
      (s: Sections) => s.arrays.set('dates.timeline.start', array(s, 'dates.timeline.start').slice(1)),
      /column dates\.timeline\.start .* not \d+ long/,
    ],
    [
      'a dated expression naming a date that is not stored',
      (s: Sections) => (array(s, 'dates.expressions.date')[0] = 10 ** 6),
      /dates\.expressions\.date names value 1000000/,
    ],
    [
      'expressions of more articles than stored',
      (s: Sections) => s.lists.get('dates.expressions.sources')!.push('x.txt'),
      /dates\.expressions\.ends is not one end/,
    ],
    ['dates of an article that is not there', (s: Sections) => (item(s, 'dates.published', 0)[0] = 'nope.txt'), /nope\.txt/],
    ...(withQuotes
      ? ([
          ['a quotation moved off its words', (s: Sections) => (array(s, 'quotes.quotes.start')[0]! += 3), /quotation 0 is not the text/],
          ['a speaker alias that is not a name', (s: Sections) => (item(s, 'quotes.speakers', 0).aliases[0] = 7), /a speaker lacks its name, role, aliases/],
          ['a speaker naming a quotation that does not exist', (s: Sections) => (item(s, 'quotes.speakers', 0).quotes[0] = 10 ** 6), /names quotation 1000000/],
          [
            'quotation stems that are not words',
            (s: Sections) => (s.lists.get('quotes.stems.values')![0] = 7),
            /quotes\.stems\.values is not a list of strings/,
          ],
          ['a quotation stem that is not stored', (s: Sections) => (array(s, 'quotes.stems.ids')[0] = -1), /quotes\.stems names word -1/],
          ['stems of fewer quotations', (s: Sections) => s.lists.get('quotes.norms')!.pop(), /stems or texts for other than the \d+ quotations/],
        ] as const)
      : []),
    ['people counted for more than are stored', (s: Sections) => (array(s, 'people.persons.counts')[0]! += 10 ** 6), /the people of article 0 run outside/],
    ['a lexicon that is not pairs', (s: Sections) => s.lists.set('lexicon.phrases', [['only one']]), /lexicon/],
  ] as [string, (s: Sections) => unknown, RegExp, string?][])('%s: refused, and the corpus is built instead', (_case, scramble, why, only) => {
    const other = mkdtempSync(join(tmpdir(), 'snapshot-scrambled-'))
    try {
      cpSync(dir, other, { recursive: true })
      rewriteSnapshot(snapshotPath(other, built.version), scramble)
      // Articles parsed from the files bring their own shapes; only a restore from the texts reads the stored ones.
      const loads =
        only === 'shapes' ? [loadSnapshot(other, built.version)] : [loadSnapshot(other, built.version), loadSnapshot(other, built.version, loadCorpus(other))]
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
    expect(saveSnapshot(engine, corpus, cache)).toBe(join(cache, `${engine.version}.snap`))
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
