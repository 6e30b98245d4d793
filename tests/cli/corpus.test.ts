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
import { buildBeforeAll, nodeArgs } from '../support/entry-points.ts'

describe('check', () => {
  it.each([
    ['a clean corpus', {}, 0, []],
    ['a binary file', { 'bad.txt': Buffer.from([0, 1, 2]) }, 1, [/bad\.txt would be skipped: binary/]],
    [
      'bad front matter and an empty file',
      { 'fm.md': Buffer.from('---\ndate: soon\n---\nBody.'), 'e.txt': Buffer.alloc(0) },
      1,
      [/e\.txt would be skipped: the file is empty/, /fm\.md would be skipped: invalid front matter/],
    ],
  ])('%s', async (_case, files, code, reasons) => {
    const dir = tempCorpus()
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes)
    const run = await corpusCli(['check'], { dir })
    expect(run.code).toBe(code)
    const errors = run.err.filter((line) => !line.includes(': warning: '))
    expect(errors).toHaveLength(reasons.length)
    reasons.forEach((why, i) => expect(errors[i]).toMatch(why))
    expect(run.out[0]).toContain(`index version ${corpusVersion(loadCorpus(dir).articles)}`)
  })
})

describe('check warnings and list', () => {
  const dir = tempCorpus()
  writeFileSync(join(dir, 'no-header.txt'), 'The convoy reached the border on Tuesday, officials said. More units were expected.')
  writeFileSync(join(dir, 'dated.txt'), 'Convoy reaches the border\nMar. 3, 2021 4:05 PM ET\n\nThe convoy reached the border on Tuesday, officials said.')

  it('warns, with exit 0, of a title taken from the file name and of a missing date, naming the file', async () => {
    const run = await corpusCli(['check'], { dir })
    expect(run.code).toBe(0)
    expect(run.err).toContainEqual(expect.stringMatching(/warning: no-header\.txt: no headline found/))
    expect(run.err.some((l) => /warning: no-header\.txt: (?:no publication date|the date .* was inferred)/.test(l))).toBe(true)
    expect(run.err.some((l) => l.includes('dated.txt'))).toBe(false)
  })

  it('list --json prints every article with its headline, date, outlet and warnings', async () => {
    const run = await corpusCli(['list', '--json'], { dir })
    expect(run.code).toBe(0)
    const { articles } = JSON.parse(run.out.join('\n')) as { articles: Record<string, unknown>[] }
    expect(articles).toHaveLength(loadCorpus(dir).articles.length)
    for (const a of articles) expect(Object.keys(a).sort()).toEqual(['date', 'dateInferred', 'outlet', 'passages', 'source', 'title', 'url', 'warnings'])
    expect(articles.find((a) => a.source === 'dated.txt')).toMatchObject({
      title: 'Convoy reaches the border',
      date: '2021-03-03',
      dateInferred: false,
      warnings: [],
    })
  })

  it('--json goes with list only', async () => {
    expect((await corpusCli(['check', '--json'], { dir })).code).toBe(2)
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

describe('npm run corpus (spawned)', () => {
  buildBeforeAll()
  it('npm run corpus -- check runs as a process and exits non-zero on a bad file', () => {
    const dir = tempCorpus()
    writeFileSync(join(dir, 'bad.txt'), Buffer.from([0xff, 0xfe, 0xfd]))
    const run = spawnSync(process.execPath, nodeArgs('src/cli/corpus.ts', ['check']), { env: { ...process.env, CORPUS_DIR: dir }, encoding: 'utf8' })
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/bad\.txt would be skipped: not valid UTF-8/)
  })
})
