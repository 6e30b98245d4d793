/** The engine holder: builds beside the serving index, swaps only when complete, one refresh at a time. */
import { readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readState, removedDirOf, writeTemp } from '../../src/corpus/store.ts'
import { loadCorpus } from '../../src/corpus/load.ts'
import { openEngineHolder, snapshotsIn, type SnapshotHooks } from '../../src/engine/holder.ts'
import { buildEngine, corpusVersion, type Engine } from '../../src/engine/engine.ts'
import type { Corpus } from '../../src/corpus/types.ts'
import { folderState, NEW_ARTICLE, NEW_QUESTION, tempCorpus } from '../support/corpus-fixtures.ts'

const cites = (engine: Engine, source: string) => engine.ask(NEW_QUESTION).citations.some((c) => c.source === source)

describe('add and remove', () => {
  it('an added article is cited at once; removing it takes it out again; each changes the version', async () => {
    const dir = tempCorpus()
    const holder = await openEngineHolder({ dir, now: () => new Date('2022-01-13T10:00:00Z') })
    const v0 = holder.engine().version
    expect(cites(holder.engine(), 'kapshagay.txt')).toBe(false)

    const added = await holder.add({ fileName: 'kapshagay.txt', bytes: Buffer.from(NEW_ARTICLE), fields: { date: '2022-01-11' } }, 'discord:42')
    expect(added).toMatchObject({ ok: true, before: v0, diff: { added: ['kapshagay.txt'], removed: [], changed: [] }, upload: { date: '2022-01-11' } })
    const v1 = holder.engine().version
    expect(v1).not.toBe(v0)
    expect(cites(holder.engine(), 'kapshagay.txt')).toBe(true)
    // What is served is what a fresh start over the folder would serve.
    expect(corpusVersion(loadCorpus(dir).articles)).toBe(v1)
    expect(holder.info()).toEqual({ version: v1, changedAt: '2022-01-13T10:00:00.000Z', changedBy: 'discord:42', change: 'add kapshagay.txt' })
    expect(readState(dir)).toMatchObject({ version: v1, changedBy: 'discord:42' })

    const removed = await holder.remove('kapshagay.txt', 'discord:43')
    expect(removed).toMatchObject({ ok: true, before: v1, after: v0, diff: { removed: ['kapshagay.txt'] } })
    expect(cites(holder.engine(), 'kapshagay.txt')).toBe(false)
    expect(readdirSync(dir)).not.toContain('kapshagay.txt')
    expect(readdirSync(removedDirOf(dir))).toEqual([expect.stringMatching(/_kapshagay\.txt$/)])
  })

  it.each([
    [
      'a duplicate of a seed',
      () => ({ fileName: 'dup.txt', bytes: loadCorpusBytes('001_10466e7ab9d79f5b.txt') }),
      /already in the corpus as "001_10466e7ab9d79f5b.txt"/,
    ],
    ['binary', () => ({ fileName: 'b.txt', bytes: Uint8Array.from([1, 2, 0, 3]) }), /binary/],
    ['a path trick', () => ({ fileName: '../evil.txt', bytes: Buffer.from(NEW_ARTICLE) }), /path separator/],
  ])('refuses %s, leaving folder, version and engine as they were', async (_case, input, why) => {
    const dir = tempCorpus()
    const holder = await openEngineHolder({ dir })
    const engine = holder.engine()
    const before = folderState(dir)
    const outcome = await holder.add(input(), 'discord:42')
    expect(outcome.ok).toBe(false)
    if (!outcome.ok) expect(outcome.reason).toMatch(why)
    expect(holder.engine()).toBe(engine)
    expect(folderState(dir)).toEqual(before)
    expect(readState(dir)).toBeNull()
  })

  it('refuses to remove an article that is not there', async () => {
    const holder = await openEngineHolder({ dir: tempCorpus() })
    const outcome = await holder.remove('nope.txt', 'discord:42')
    expect(outcome).toMatchObject({ ok: false, reason: expect.stringContaining('"nope.txt"') })
  })
})

describe('rebuilds', () => {
  it('a failed rebuild keeps the previous engine and says why; the file is not written', async () => {
    const dir = tempCorpus()
    let fail = false
    const holder = await openEngineHolder({
      dir,
      build: (c) => {
        if (fail) throw new Error('engine: out of memory (simulated)')
        return buildEngine(c)
      },
    })
    const engine = holder.engine()
    const before = folderState(dir)
    fail = true
    const added = await holder.add({ fileName: 'k.txt', bytes: Buffer.from(NEW_ARTICLE) }, 'discord:1')
    expect(added).toEqual({ ok: false, before: engine.version, reason: 'engine: out of memory (simulated)' })
    writeFileSync(join(dir, 'k.txt'), NEW_ARTICLE)
    const reloaded = await holder.reload('discord:1')
    expect(reloaded.ok).toBe(false)
    expect(holder.engine()).toBe(engine)
    rmSync(join(dir, 'k.txt'))
    expect(folderState(dir)).toEqual(before)
  })

  it('a missing corpus folder fails the reload and keeps serving', async () => {
    const dir = tempCorpus()
    const holder = await openEngineHolder({ dir })
    const engine = holder.engine()
    rmSync(dir, { recursive: true })
    const outcome = await holder.reload('cli')
    expect(outcome).toMatchObject({ ok: false, reason: expect.stringMatching(/^corpus: cannot read the corpus folder/) })
    expect(holder.engine()).toBe(engine)
  })

  it('concurrent reloads run one after the other while questions are answered; every answer names a version that existed', async () => {
    const dir = tempCorpus()
    const seen: string[] = []
    let building = 0
    let overlapped = false
    const holder = await openEngineHolder({
      dir,
      build: async (c: Corpus) => {
        building++
        overlapped ||= building > 1
        // Hand the event loop to the questions in the middle of a build.
        await new Promise((r) => setImmediate(r))
        const e = buildEngine(c)
        building--
        return e
      },
    })
    const versions = new Set([holder.engine().version])
    const reloads: Promise<unknown>[] = []
    for (let i = 0; i < 4; i++) {
      writeFileSync(join(dir, `extra-${i}.txt`), NEW_ARTICLE.replace('70', String(100 + i)))
      reloads.push(holder.reload(`discord:${i}`).then((o) => o.ok && versions.add(o.after)))
    }
    let done = false
    const all = Promise.all(reloads).then(() => (done = true))
    while (!done) {
      seen.push(holder.engine().ask(NEW_QUESTION).version)
      await new Promise((r) => setImmediate(r))
    }
    await all
    expect(overlapped).toBe(false)
    expect(versions.size).toBeGreaterThan(1)
    expect(seen.length).toBeGreaterThan(0)
    for (const v of seen) expect(versions).toContain(v)
    expect(holder.engine().version).toBe(corpusVersion(loadCorpus(dir).articles))
  })

  it('a crash between write and rename: the leftover temporary file changes nothing on reload', async () => {
    const dir = tempCorpus()
    const holder = await openEngineHolder({ dir })
    const v0 = holder.engine().version
    writeTemp(dir, 'kapshagay.txt', Buffer.from(NEW_ARTICLE.slice(0, 50)))
    const outcome = await holder.reload('discord:1')
    expect(outcome).toMatchObject({ ok: true, after: v0, diff: { added: [], removed: [], changed: [], skipped: [] } })
  })
})

describe('snapshots', () => {
  it('starts from a snapshot that matches the corpus version, and saves one after each change', async () => {
    const dir = tempCorpus()
    const saved = new Map<string, Engine>()
    let builds = 0
    const snapshots: SnapshotHooks = { load: (_c, v) => saved.get(v) ?? null, save: (e) => void saved.set(e.version, e) }
    const build = (c: Corpus) => (builds++, buildEngine(c))
    const first = await openEngineHolder({ dir, snapshots, build })
    expect(builds).toBe(1)
    expect([...saved.keys()]).toEqual([first.engine().version])
    const again = await openEngineHolder({ dir, snapshots, build })
    expect(builds).toBe(1)
    expect(again.engine()).toBe(first.engine())
    const added = await again.add({ fileName: 'k.txt', bytes: Buffer.from(NEW_ARTICLE) }, 'cli')
    expect(added.ok && saved.has(added.after)).toBe(true)
  })
})

describe('snapshot files', () => {
  it('a restart over the unchanged folder restores from .snapshots/ without building, and answers the same', async () => {
    const dir = tempCorpus()
    let builds = 0
    const build = (c: Corpus) => (builds++, buildEngine(c))
    const first = await openEngineHolder({ dir, snapshots: snapshotsIn(dir), build })
    const added = await first.add({ fileName: 'k.txt', bytes: Buffer.from(NEW_ARTICLE) }, 'cli')
    expect(added.ok).toBe(true)
    expect(builds).toBe(2)
    const restarted = await openEngineHolder({ dir, snapshots: snapshotsIn(dir), build })
    expect(builds).toBe(2)
    expect(restarted.engine().version).toBe(first.engine().version)
    expect(restarted.engine().ask(NEW_QUESTION)).toEqual(first.engine().ask(NEW_QUESTION))
    expect(restarted.info()).toEqual(first.info())
  })

  it('a restart restores the newest matching snapshot before parsing any article', async () => {
    const dir = tempCorpus()
    const first = await openEngineHolder({ dir, snapshots: snapshotsIn(dir) })
    let parsed = 0
    const load = (d: string) => (parsed++, loadCorpus(d))
    const restarted = await openEngineHolder({ dir, snapshots: snapshotsIn(dir), load })
    expect(parsed).toBe(0)
    expect(restarted.engine().version).toBe(first.engine().version)
    // A changed folder no longer matches: the corpus is parsed and built.
    writeFileSync(join(dir, 'new.txt'), NEW_ARTICLE)
    const changed = await openEngineHolder({ dir, snapshots: snapshotsIn(dir), load })
    expect(parsed).toBe(1)
    expect(changed.engine().version).not.toBe(first.engine().version)
  })
})

function loadCorpusBytes(name: string): Uint8Array {
  return Buffer.from(loadCorpus('seeds').articles.find((a) => a.source === name)!.text)
}
