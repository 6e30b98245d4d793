/** `npm run corpus`: the pure core on temporary copies of seeds/, and one spawned run. */
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { corpusCli } from '../../src/cli/corpus.ts'
import { readState } from '../../src/corpus/store.ts'
import { loadCorpus } from '../../src/corpus/load.ts'
import { corpusVersion } from '../../src/engine/engine.ts'
import { NEW_ARTICLE, tempCorpus } from '../support/corpus-fixtures.ts'

describe('check', () => {
  it.each([
    ['a clean corpus', {}, 0, []],
    ['a binary file', { 'bad.txt': Buffer.from([0, 1, 2]) }, 1, [/bad\.txt would be skipped: binary/]],
    ['bad front matter and an empty file', { 'fm.md': Buffer.from('---\ndate: soon\n---\nBody.'), 'e.txt': Buffer.alloc(0) }, 1, [/e\.txt would be skipped: the file is empty/, /fm\.md would be skipped: invalid front matter/]],
  ])('%s', async (_case, files, code, reasons) => {
    const dir = tempCorpus()
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes)
    const run = await corpusCli(['check'], { dir })
    expect(run.code).toBe(code)
    expect(run.err).toHaveLength(reasons.length)
    reasons.forEach((why, i) => expect(run.err[i]).toMatch(why))
    expect(run.out[0]).toContain(`index version ${corpusVersion(loadCorpus(dir).articles)}`)
  })
})

describe('status and reload', () => {
  it('reload records the folder; status then shows who and when, and later what differs', async () => {
    const dir = tempCorpus()
    const now = () => new Date('2022-01-14T09:00:00Z')
    const first = await corpusCli(['status'], { dir })
    expect(first.code).toBe(0)
    expect(first.out).toContain('last changed: no change recorded yet')
    const reload = await corpusCli(['reload'], { dir, now })
    expect(reload.code).toBe(0)
    const version = corpusVersion(loadCorpus(dir).articles)
    expect(readState(dir)).toMatchObject({ version, changedBy: 'cli', changedAt: '2022-01-14T09:00:00.000Z' })
    writeFileSync(join(dir, 'new.txt'), NEW_ARTICLE)
    const status = await corpusCli(['status'], { dir })
    expect(status.out).toContain(`last changed: 2022-01-14T09:00:00.000Z by cli (reload), version ${version}`)
    expect(status.out).toContain('  added: new.txt')
  })

  it.each([[[]], [['frobnicate']], [['status', 'extra']]])('usage errors exit 2: %j', async (argv) => {
    const run = await corpusCli(argv, { dir: tempCorpus() })
    expect(run.code).toBe(2)
    expect(run.err.at(-1)).toMatch(/^usage:/)
  })

  it('a missing folder exits 1 naming it', async () => {
    const run = await corpusCli(['status'], { dir: '/nonexistent/corpus-dir' })
    expect(run).toMatchObject({ code: 1, err: [expect.stringContaining('"/nonexistent/corpus-dir"')] })
  })
})

it('npm run corpus -- check runs as a process and exits non-zero on a bad file', () => {
  const dir = tempCorpus()
  writeFileSync(join(dir, 'bad.txt'), Buffer.from([0xff, 0xfe, 0xfd]))
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/corpus.ts', 'check'], { env: { ...process.env, CORPUS_DIR: dir }, encoding: 'utf8' })
  expect(run.status).toBe(1)
  expect(run.stderr).toMatch(/bad\.txt would be skipped: not valid UTF-8/)
})
