import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { loadCorpus } from '../../src/corpus/load.ts'
import { buildEngine } from '../../src/engine/engine.ts'
import { parseEvalSet } from '../../src/eval/ask.ts'
import { loadNewestSnapshot, loadSnapshot, saveSnapshot, SNAPSHOT_FORMAT, snapshotPath } from '../../src/engine/snapshot.ts'

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
      expect(loadNewestSnapshot(empty)).toEqual({ ok: false, reason: `no snapshot folder in ${empty}` })
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

  it('that are corrupt are ignored with a reason, so the caller builds instead', () => {
    const other = mkdtempSync(join(tmpdir(), 'snapshot-corrupt-'))
    try {
      cpSync(dir, other, { recursive: true })
      writeFileSync(snapshotPath(other, built.version), `{"format":${SNAPSHOT_FORMAT},"version":"${built.version}","articles":[`)
      const loaded = loadSnapshot(other, built.version)
      expect(loaded.ok).toBe(false)
      if (!loaded.ok) expect(loaded.reason).toMatch(/unreadable/)
      writeFileSync(snapshotPath(other, built.version), JSON.stringify({ format: SNAPSHOT_FORMAT, version: built.version, articles: [], skipped: [] }))
      const empty = loadSnapshot(other, built.version)
      expect(empty.ok).toBe(false)
      const engine = empty.ok ? empty.engine : buildEngine(loadCorpus(other))
      expect(engine.ask(questions[0]!)).toEqual(built.ask(questions[0]!))
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
