/** The worker builder: the folder read, the upload checked and the index built in a worker thread, the engine handed back as data. */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { workerBuilder } from '../../src/engine/build-worker.ts'
import { loadCorpus } from '../../src/corpus/load.ts'
import { buildEngine } from '../../src/engine/engine.ts'
import { snapshotPath } from '../../src/engine/snapshot.ts'
import { NEW_ARTICLE, NEW_QUESTION, tempCorpus } from '../support/corpus-fixtures.ts'

const QUESTION = 'How many troops were in the CSTO force?'

describe('workerBuilder', () => {
  it('gives the engine buildEngine gives over the folder, and saves its snapshot in the snapshot folder', async () => {
    const dir = tempCorpus()
    const snapshotDir = mkdtempSync(join(tmpdir(), 'worker-snapshots-'))
    const expected = buildEngine(loadCorpus(dir))
    const built = await workerBuilder({ dir, snapshotDir }).folder()
    if ('unchanged' in built) throw new Error('expected an engine')
    expect(built.engine.version).toBe(expected.version)
    expect(built.engine.ask(QUESTION)).toEqual(expected.ask(QUESTION))
    expect(built.engine.timeline()).toEqual(expected.timeline())
    expect(built.engine.speakers()).toEqual(expected.speakers())
    // The quote index is put together from stems the worker computed: lookups by words must not change.
    for (const query of [{ speaker: 'Suchkov' }, { text: 'checkers' }, { text: 'troops' }, { speaker: 'blinkin', text: 'Kazakhstan' }])
      expect(built.engine.quotes(query)).toEqual(expected.quotes(query))
    expect(built.engine.suggestSpeakers('bli')).toEqual(expected.suggestSpeakers('bli'))
    expect(built.snapshotError).toBeUndefined()
    expect(existsSync(snapshotPath(dir, built.engine.version, snapshotDir))).toBe(true)
    expect(existsSync(join(dir, '.snapshots'))).toBe(false)
    expect(await workerBuilder({ dir, snapshotDir }).folder(expected.version)).toEqual({ unchanged: true, skipped: [] })
  })

  it('checks an upload in the worker: an accepted one is indexed with the folder, a duplicate is refused', async () => {
    const dir = tempCorpus()
    const builder = workerBuilder({ dir })
    const added = await builder.add({ fileName: 'Kapshagay dam.TXT', bytes: Buffer.from(NEW_ARTICLE), fields: { date: '2022-01-11' } })
    if ('refused' in added) throw new Error(added.refused)
    expect(added.accepted).toMatchObject({ name: 'Kapshagay_dam.txt', summary: { date: '2022-01-11', source: 'Kapshagay_dam.txt' } })
    expect(added.engine.ask(NEW_QUESTION).citations.some((c) => c.source === 'Kapshagay_dam.txt')).toBe(true)
    expect(existsSync(join(dir, 'Kapshagay_dam.txt'))).toBe(false)
    const seed = loadCorpus(dir).articles[0]!
    expect(await builder.add({ fileName: 'dup.txt', bytes: Buffer.from(seed.text) })).toEqual({
      refused: expect.stringContaining(`already in the corpus as "${seed.source}"`),
    })
  })

  it('serves from memory when the snapshot folder is unusable, and says why', async () => {
    const dir = tempCorpus()
    writeFileSync(join(dir, '.snapshots'), 'a file where the snapshot folder should be')
    const built = await workerBuilder({ dir }).folder()
    if ('unchanged' in built) throw new Error('expected an engine')
    expect(built.snapshotError).toMatch(/EEXIST|ENOTDIR/)
    expect(built.engine.ask(QUESTION)).toEqual(buildEngine(loadCorpus(dir)).ask(QUESTION))
  })

  it('keeps its worker for the next change, and starts a new one after it stopped for idling', async () => {
    const dir = tempCorpus()
    const builder = workerBuilder({ dir }, 20)
    const first = await builder.folder()
    await new Promise((r) => setTimeout(r, 100))
    const second = await builder.folder()
    const third = await builder.remove(loadCorpus(dir).articles[0]!.source)
    expect('engine' in first && 'engine' in second && second.engine.version).toBe('engine' in first && first.engine.version)
    expect('engine' in third && third.engine.corpus.articles.length).toBe(loadCorpus(dir).articles.length - 1)
  })

  it('fails with the reason when the folder cannot be read, building nothing', async () => {
    await expect(workerBuilder({ dir: join(tmpdir(), 'no-such-corpus-folder') }).folder()).rejects.toThrow(
      /^build worker: corpus: cannot read the corpus folder/,
    )
  })
})
