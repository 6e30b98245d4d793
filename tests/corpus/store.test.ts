/** The corpus folder on disk: atomic writes, moves to removed/, never a deletion, never a partial article. */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { diffCorpora, diffManifests, describeDiff, manifestOf } from '../../src/corpus/diff.ts'
import { moveToRemoved, readState, removedDirOf, tempNameFor, writeArticle, writeState, writeTemp } from '../../src/corpus/store.ts'
import { isArticleFileName, loadCorpus } from '../../src/corpus/load.ts'
import { folderState, NEW_ARTICLE, tempCorpus } from '../support/corpus-fixtures.ts'

describe('writeArticle', () => {
  it('saves the exact bytes under the name and leaves no temporary file', () => {
    const dir = tempCorpus()
    writeArticle(dir, 'new.txt', Buffer.from(NEW_ARTICLE))
    expect(readFileSync(join(dir, 'new.txt'), 'utf8')).toBe(NEW_ARTICLE)
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([])
    expect(loadCorpus(dir).articles.map((a) => a.source)).toContain('new.txt')
  })

  it.each([
    ['an existing article', '000_b4e76a0625c4b189.txt', /already exists/],
    ['a path', '../outside.txt', /not a plain/],
    ['a hidden name', '.hidden.txt', /not a plain/],
    ['another type', 'x.pdf', /not a plain/],
  ])('refuses %s and changes nothing', (_case, name, why) => {
    const dir = tempCorpus()
    const before = folderState(dir)
    expect(() => writeArticle(dir, name, Buffer.from(NEW_ARTICLE))).toThrow(why)
    expect(folderState(dir)).toEqual(before)
    expect(existsSync(join(dirname(dir), 'outside.txt'))).toBe(false)
  })

  it('a crash between writing and renaming leaves no partial article: the temporary file is never loaded', () => {
    const dir = tempCorpus()
    const before = loadCorpus(dir)
    // Half an article, as a crash mid-upload would leave it.
    const tmp = writeTemp(dir, 'new.txt', Buffer.from(NEW_ARTICLE.slice(0, 60)))
    expect(existsSync(tmp)).toBe(true)
    const after = loadCorpus(dir)
    expect(after.articles.map((a) => a.source)).toEqual(before.articles.map((a) => a.source))
    expect(after.skipped).toEqual([])
    expect(diffCorpora(before, after)).toEqual({ added: [], removed: [], changed: [], skipped: [] })
  })

  it.each(['a.txt', 'Notes.MD', 'x'])('temporary names for %j are never article names', (name) => {
    expect(isArticleFileName(tempNameFor(name))).toBe(false)
  })
})

describe('moveToRemoved', () => {
  it('moves the file into removed/ beside the corpus, keeping its bytes, and keeps earlier removals of the same name', () => {
    const dir = tempCorpus()
    const name = '003_0f68f1a38a8ac23a.txt'
    const bytes = readFileSync(join(dir, name))
    const now = new Date('2022-01-13T10:00:00.123Z')
    const first = moveToRemoved(dir, name, now)
    expect(dirname(first)).toBe(removedDirOf(dir))
    expect(removedDirOf(dir)).toBe(join(dirname(dir), 'removed'))
    expect(readFileSync(first)).toEqual(bytes)
    expect(existsSync(join(dir, name))).toBe(false)
    writeFileSync(join(dir, name), 'Title\n\nAnother text. Second sentence.')
    const second = moveToRemoved(dir, name, now)
    expect(second).not.toBe(first)
    expect(readdirSync(removedDirOf(dir))).toHaveLength(2)
  })

  it.each([
    ['a missing article', 'missing.txt', /is not in/],
    ['a path out of the corpus', '../corpus/000_b4e76a0625c4b189.txt', /not a plain/],
  ])('refuses %s', (_case, name, why) => {
    const dir = tempCorpus()
    const before = folderState(dir)
    expect(() => moveToRemoved(dir, name, new Date())).toThrow(why)
    expect(folderState(dir)).toEqual(before)
  })
})

describe('state and diffs', () => {
  it('the state file round-trips beside the corpus, not inside it', () => {
    const dir = tempCorpus()
    const state = { version: 'abc', changedAt: '2022-01-13T10:00:00.000Z', changedBy: 'cli', change: 'reload', files: manifestOf(loadCorpus(dir)) }
    expect(readState(dir)).toBeNull()
    writeState(dir, state)
    expect(readState(dir)).toEqual(state)
    expect(readdirSync(dir).some((n) => n.includes('state'))).toBe(false)
  })

  it.each([
    ['nothing', { a: '1' }, { a: '1' }, { added: [], removed: [], changed: [] }, ['no changes']],
    ['one of each', { a: '1', b: '2' }, { b: '3', c: '4' }, { added: ['c'], removed: ['a'], changed: ['b'] }, ['added: c', 'removed: a', 'changed: b']],
  ])('diff of %s', (_case, before, after, expected, lines) => {
    const diff = diffManifests(before, after, [])
    expect(diff).toEqual({ ...expected, skipped: [] })
    expect(describeDiff(diff)).toEqual(lines)
  })
})
