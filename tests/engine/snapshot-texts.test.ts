/** The texts a snapshot holds, trusted by a file's stat only while it is the one recorded, else compared. */
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { loadCorpus } from '../../src/corpus/load.ts'
import { decodeTexts, textSections, textsOf } from '../../src/engine/snapshot-texts.ts'
import { buildEngine } from '../../src/engine/engine.ts'
import { loadNewestSnapshot, loadSnapshot, saveSnapshot } from '../../src/engine/snapshot.ts'
import type { TypedArray } from '../../src/engine/snapshot-format.ts'

const dir = mkdtempSync(join(tmpdir(), 'snapshot-texts-'))
cpSync('seeds', dir, { recursive: true })
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const { articles } = loadCorpus(dir)
const sources = articles.map((a) => a.source)
const arrays = (now: number, folder = dir) => new Map(textSections(articles, folder, now).map((s) => [s.name, (s as { array: TypedArray }).array]))

describe('snapshot texts', () => {
  it.each([
    ['recorded as settled (their stats are trusted)', Date.now() + 60_000],
    ['written just now (every file is compared)', Date.now()],
  ])('give back every article text, %s', (_, now) => {
    expect(textsOf(arrays(now), sources, dir)).toEqual(articles.map((a) => a.text))
  })

  it('record a file as unknown while it is too recent to trust its times', () => {
    const stats = arrays(Date.now()).get('texts.stats')!
    expect(Array.from(stats).every(Number.isNaN)).toBe(true)
    expect(Array.from(arrays(Date.now() + 60_000).get('texts.stats')!).some(Number.isNaN)).toBe(false)
  })

  it.each<[string, (path: string) => void, RegExp]>([
    [
      'rewritten with the same length',
      (path) =>
        writeFileSync(
          path,
          readFileSync(path, 'utf8').replace(/[a-z]/, (c) => (c === 'a' ? 'b' : 'a')),
        ),
      /has changed since the snapshot/,
    ],
    ['rewritten with the same bytes (only its times moved)', (path) => writeFileSync(path, readFileSync(path)), /^$/],
    [
      'rewritten with the same length and its modification time set back',
      (path) => {
        const { atime, mtime } = statSync(path)
        writeFileSync(
          path,
          readFileSync(path, 'utf8').replace(/[a-z]/, (c) => (c === 'a' ? 'b' : 'a')),
        )
        utimesSync(path, atime, mtime)
      },
      /has changed since the snapshot/,
    ],
    ['removed', (path) => unlinkSync(path), /is no longer readable/],
  ])('find a file %s', (_, change, why) => {
    const other = mkdtempSync(join(tmpdir(), 'snapshot-texts-changed-'))
    try {
      cpSync(dir, other, { recursive: true })
      const recorded = arrays(Date.now() + 60_000, other)
      change(join(other, sources[1]!))
      const read = () => textsOf(recorded, sources, other)
      if (why.source === '^$') expect(read()).toEqual(articles.map((a) => a.text))
      else expect(read).toThrow(new RegExp(`${JSON.stringify(sources[1]!).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} ${why.source}`))
    } finally {
      rmSync(other, { recursive: true, force: true })
    }
  })
})

describe('a snapshot holding the texts', () => {
  const built = buildEngine(loadCorpus(dir))
  saveSnapshot(built, dir)

  it.each([
    ['with the same length', (text: string) => text.replace('troops', 'Troops')],
    ['cut short', (text: string) => text.slice(0, -10)],
  ])('are not loaded once an article file has changed (%s), though the snapshot holds the texts', (_, change) => {
    const other = mkdtempSync(join(tmpdir(), 'snapshot-edited-'))
    try {
      cpSync(dir, other, { recursive: true })
      const name = built.corpus.articles.find((a) => a.text.includes('troops'))!.source
      const before = readFileSync(join(other, name), 'utf8')
      writeFileSync(join(other, name), change(before))
      expect(change(before)).not.toBe(before)
      for (const loaded of [loadSnapshot(other, built.version), loadNewestSnapshot(other)]) {
        expect(loaded.ok).toBe(false)
        if (!loaded.ok) expect(loaded.reason).toContain(`${JSON.stringify(name)} has changed since the snapshot`)
      }
    } finally {
      rmSync(other, { recursive: true, force: true })
    }
  })
})

/** Texts as a snapshot stores them: their UTF-8 bytes back to back, and where each ends. */
function stored(texts: readonly string[]) {
  const parts = texts.map((t) => Buffer.from(t, 'utf8'))
  let end = 0
  return { bytes: new Uint8Array(Buffer.concat(parts)), ends: Float64Array.from(parts, (p) => (end += p.length)) }
}

describe('texts decoded a chunk of articles at a time', () => {
  const kinds = [
    'Plain ASCII text.',
    'Curly “quotes” and an em dash — in Almaty’s news.',
    'Accents: Nazarbayev, Tokaïev, Zürich, Kraków.',
    'Outside the basic plane: 𝔸 and 😀 take two code units.',
    '\uFEFFA byte order mark kept as written.',
    '',
    'Кириллица и казақ тілі.',
  ]
  it.each([
    ['one chunk', 1 << 20],
    ['a chunk per article or two', 40],
    ['chunks smaller than an article', 1],
  ])('give every article its own text back: %s', (_, chunk) => {
    const texts = [...kinds, ...kinds.reverse()]
    const { bytes, ends } = stored(texts)
    expect(decodeTexts(bytes, ends, chunk)).toEqual(texts)
    // The same bytes one byte into their buffer: not read four at a time.
    const shifted = new Uint8Array(bytes.length + 1)
    shifted.set(bytes, 1)
    expect(decodeTexts(shifted.subarray(1), ends, chunk)).toEqual(texts)
  })

  it.each([
    ['an article ending inside a character', (ends: Float64Array): unknown => (ends[1] = ends[1]! - 1), /starts inside a character/],
    ['an end past the bytes', (ends: Float64Array): unknown => (ends[2] = 10 ** 6), /text of article 2 runs outside its section/],
    ['ends falling', (ends: Float64Array): unknown => (ends[2] = 1), /text of article 2 runs outside its section/],
  ] as const)('refuse %s', (_, spoil, why) => {
    const { bytes, ends } = stored(['naïve', '“a”', 'café', 'end'])
    spoil(ends)
    expect(() => decodeTexts(bytes, ends)).toThrow(why)
  })
})
