import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildEngineOffThread } from '../../src/engine/build-worker.ts'
import { loadCorpus } from '../../src/corpus/load.ts'
import { buildEngine } from '../../src/engine/engine.ts'
import { snapshotPath } from '../../src/engine/snapshot.ts'

const dir = mkdtempSync(join(tmpdir(), 'build-worker-'))
cpSync('seeds', dir, { recursive: true })
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('buildEngineOffThread', () => {
  it('gives the engine buildEngine gives, and leaves its snapshot next to the corpus', async () => {
    const corpus = loadCorpus(dir)
    const expected = buildEngine(corpus)
    const engine = await buildEngineOffThread(dir, corpus)
    expect(engine.version).toBe(expected.version)
    expect(engine.ask('How many troops were in the CSTO force?')).toEqual(expected.ask('How many troops were in the CSTO force?'))
    expect(existsSync(snapshotPath(dir, engine.version))).toBe(true)
  })

  it('builds the articles it is given when they are not the folder\'s yet (an upload indexed before it is written)', async () => {
    const corpus = loadCorpus(dir)
    const fewer = { articles: corpus.articles.slice(1), skipped: [] }
    const engine = await buildEngineOffThread(dir, fewer)
    expect(engine.version).toBe(buildEngine(fewer).version)
    expect(engine.version).not.toBe(buildEngine(corpus).version)
    expect(engine.corpus.articles.map((a) => a.source)).toEqual(fewer.articles.map((a) => a.source))
    expect(existsSync(snapshotPath(dir, engine.version))).toBe(true)
  })
})
