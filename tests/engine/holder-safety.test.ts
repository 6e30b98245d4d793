/**
 * The holder when things go wrong: a snapshot folder it cannot use, a damaged
 * snapshot, a state file that fell behind the folder (a writer that died
 * between saving a file and recording it).
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import pino from 'pino'
import { describe, expect, it } from 'vitest'
import { loadCorpus } from '../../src/corpus/load.ts'
import type { Article, Corpus } from '../../src/corpus/types.ts'
import { buildEngineInParallel } from '../../src/engine/parallel-build.ts'
import { readState, writeArticle, writeState } from '../../src/corpus/store.ts'
import { manifestOf } from '../../src/corpus/diff.ts'
import { inThreadBuilder } from '../../src/engine/builder.ts'
import { buildEngine, corpusVersion } from '../../src/engine/engine.ts'
import { openEngineHolder, snapshotsIn } from '../../src/engine/holder.ts'
import { loadSnapshot, saveSnapshot } from '../../src/engine/snapshot.ts'
import { flipByte, rewriteSnapshot } from '../support/snapshot-files.ts'
import { watchCorpus } from '../../src/shard/watch.ts'
import { NEW_ARTICLE, NEW_QUESTION, tempCorpus } from '../support/corpus-fixtures.ts'

const QUESTION = 'How many troops were in the CSTO force?'

function logs() {
  const lines: Record<string, any>[] = []
  const log = pino({ level: 'debug' }, { write: (line: string) => void lines.push(JSON.parse(line)) })
  return { log, lines, warnings: () => lines.filter((l) => l.level === 40) }
}

describe('a snapshot folder that cannot be used', () => {
  it.each([
    ['.snapshots is a file', (dir: string) => (writeFileSync(join(dir, '.snapshots'), 'not a folder'), undefined)],
    ['SNAPSHOT_DIR lies below a file', (dir: string) => (writeFileSync(join(dir, '..', 'blocker'), 'x'), join(dir, '..', 'blocker', 'snapshots'))],
  ])('(%s): the holder starts, serves from memory, and warns once however many changes follow', async (_case, make) => {
    const dir = tempCorpus()
    const folder = make(dir)
    const { log, warnings } = logs()
    const holder = await openEngineHolder({ dir, log, snapshots: snapshotsIn(dir, log, folder) })
    expect(holder.engine().ask(QUESTION)).toEqual(buildEngine(loadCorpus(dir)).ask(QUESTION))
    expect((await holder.add({ fileName: 'k.txt', bytes: Buffer.from(NEW_ARTICLE) }, 'test')).ok).toBe(true)
    expect((await holder.remove('k.txt', 'test')).ok).toBe(true)
    expect(warnings()).toEqual([
      expect.objectContaining({
        msg: 'could not save the index snapshot; serving from memory (the next start rebuilds)',
        reason: expect.stringMatching(/EEXIST|ENOTDIR/),
      }),
    ])
  })
})

describe('a damaged snapshot', () => {
  it.each([
    ['a changed byte', flipByte],
    [
      'scrambled arrays under a matching checksum',
      (path: string) =>
        rewriteSnapshot(path, (s) => {
          ;(s.arrays.get('articles.sentences') as Int32Array).subarray(0, 6).reverse()
          for (const speaker of s.lists.get('quotes.speakers') as { quotes: number[] }[]) speaker.quotes = speaker.quotes.map((q) => q + 10_000)
        }),
    ],
  ])('(%s) is rebuilt at start, never served, and replaced by a good one', async (_case, damage) => {
    const dir = tempCorpus()
    const expected = buildEngine(loadCorpus(dir))
    const path = saveSnapshot(expected, dir)
    damage(path)
    let builds = 0
    const holder = await openEngineHolder({ dir, snapshots: snapshotsIn(dir), build: (c) => (builds++, buildEngine(c)) })
    expect(builds).toBe(1)
    expect(holder.engine().ask(QUESTION)).toEqual(expected.ask(QUESTION))
    expect(holder.engine().quotes({ speaker: 'Suchkov' })).toEqual(expected.quotes({ speaker: 'Suchkov' }))
    expect(loadSnapshot(dir, expected.version).ok).toBe(true)
  })
})

describe('the state file never stays behind the folder', () => {
  /** A folder where an add wrote its file and died before recording it: the state file still has the old version. */
  function crashedAdd() {
    const dir = tempCorpus()
    const v0 = corpusVersion(loadCorpus(dir).articles)
    writeState(dir, { version: v0, changedAt: '2022-01-13T10:00:00.000Z', changedBy: 'discord:1', change: 'add old.txt', files: manifestOf(loadCorpus(dir)) })
    writeArticle(dir, 'kapshagay.txt', Buffer.from(NEW_ARTICLE))
    return { dir, v0, v1: corpusVersion(loadCorpus(dir).articles) }
  }

  /** A loader that misses the new file once, as a process that started before the crashed add did. */
  const startedBefore = () => {
    let first = true
    return (d: string) => {
      const corpus = loadCorpus(d)
      if (!first) return corpus
      first = false
      return { ...corpus, articles: corpus.articles.filter((a) => a.source !== 'kapshagay.txt') }
    }
  }

  it("a serving process that starts records the folder's version, and one that serves the old version follows", async () => {
    const { dir, v0, v1 } = crashedAdd()
    const old = await openEngineHolder({ dir, load: startedBefore() })
    expect(old.engine().version).toBe(v0)
    const watch = watchCorpus({ dir, holder: old, intervalMs: 60_000 })
    try {
      const restarted = await openEngineHolder({ dir, publish: true })
      expect(restarted.engine().version).toBe(v1)
      expect(readState(dir)).toMatchObject({ version: v1, changedBy: 'disk' })
      expect(restarted.info()).toMatchObject({ version: v1, changedBy: 'disk' })
      await watch.check()
    } finally {
      watch.stop()
    }
    expect(old.engine().version).toBe(v1)
    expect(
      old
        .engine()
        .ask(NEW_QUESTION)
        .citations.some((c) => c.source === 'kapshagay.txt'),
    ).toBe(true)
  })

  it('a process that is not serving (a terminal tool) leaves the record alone', async () => {
    const { dir, v0 } = crashedAdd()
    await openEngineHolder({ dir })
    expect(readState(dir)?.version).toBe(v0)
  })

  it('a change builds on the folder, so the file whose writer died is served and recorded with it', async () => {
    const { dir, v0 } = crashedAdd()
    const holder = await openEngineHolder({ dir, load: startedBefore() })
    const seed = loadCorpus(dir).articles[0]!.source
    const removed = await holder.remove(seed, 'test')
    expect(removed).toMatchObject({ ok: true, before: v0, diff: { added: ['kapshagay.txt'], removed: [seed] } })
    expect(
      holder
        .engine()
        .sources()
        .map((s) => s.source),
    ).toContain('kapshagay.txt')
    expect(readState(dir)?.version).toBe(corpusVersion(loadCorpus(dir).articles))
  })

  it("a catch-up records the folder's version when the state file lags, but never over a change recorded meanwhile", async () => {
    const { dir, v0, v1 } = crashedAdd()
    const plain = inThreadBuilder({ dir })
    let during: (() => void) | null = null
    const builder = { ...plain, folder: async (unless?: string) => (during?.(), plain.folder(unless)) }
    // Another process records a change while this one reads the folder: its record stands.
    const theirs = { version: 'abcdef123456', changedAt: '2022-01-14T00:00:00.000Z', changedBy: 'discord:2', change: 'add other.txt', files: {} }
    during = () => writeState(dir, theirs)
    const publishing = await openEngineHolder({ dir, builder, publish: true })
    expect(publishing.engine().version).toBe(v1)
    expect(readState(dir)).toEqual(theirs)
    // With nothing recorded meanwhile, the lagging record is brought up to the folder.
    during = null
    writeState(dir, { ...theirs, version: v0 })
    const outcome = await publishing.reloadFromDisk()
    expect(outcome).toMatchObject({ ok: true, before: v1, after: v1 })
    expect(readState(dir)?.version).toBe(v1)
  })
})

describe('a build across worker threads', () => {
  const parallel = (c: Corpus) => buildEngineInParallel(c, { threads: 2, minSlice: 1 })

  it('serves what one thread builds, and names a malformed file and why it is skipped', async () => {
    const dir = tempCorpus()
    const holder = await openEngineHolder({ dir, build: parallel })
    const serial = buildEngine(loadCorpus(dir))
    expect(holder.engine().version).toBe(serial.version)
    expect(holder.engine().ask(QUESTION)).toEqual(serial.ask(QUESTION))
    writeFileSync(join(dir, '002a_empty.txt'), '')
    writeFileSync(join(dir, 'kapshagay.txt'), NEW_ARTICLE)
    const reloaded = await holder.reload('test')
    expect(reloaded).toMatchObject({ ok: true, diff: { added: ['kapshagay.txt'] } })
    expect(holder.engine().ask(NEW_QUESTION)).toEqual(buildEngine(loadCorpus(dir)).ask(NEW_QUESTION))
    expect(holder.engine().corpus.skipped).toEqual([{ source: '002a_empty.txt', reason: expect.any(String) }])
    expect(holder.engine().corpus.skipped).toEqual(loadCorpus(dir).skipped)
  }, 60_000)

  it('a worker that fails fails the rebuild with its reason; the previous engine keeps serving', async () => {
    const dir = tempCorpus()
    let broken = false
    // An article no file could give (no title): the worker analysing it throws.
    const load = (d: string): Corpus => {
      const corpus = loadCorpus(d)
      if (!broken) return corpus
      const bad = { ...corpus.articles[0]!, source: 'zz_broken.txt', title: undefined } as unknown as Article
      return { ...corpus, articles: [...corpus.articles, bad] }
    }
    const holder = await openEngineHolder({ dir, load, build: parallel })
    const engine = holder.engine()
    broken = true
    const reloaded = await holder.reload('test')
    expect(reloaded).toMatchObject({ ok: false, before: engine.version, reason: expect.stringMatching(/^parallel build: /) })
    expect(holder.engine()).toBe(engine)
    expect(holder.engine().ask(QUESTION)).toEqual(buildEngine(loadCorpus(dir)).ask(QUESTION))
  }, 60_000)
})
