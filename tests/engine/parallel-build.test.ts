/** Builds across worker threads: the same engine state, array for array, as one thread builds over loadCorpus. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { listArticleNames, loadCorpus } from '../../src/corpus/index.ts'
import { buildEngineState, engineFromState, type EngineState } from '../../src/engine/engine.ts'
import { startParallelBuild, type Entry } from '../../src/engine/parallel-build.ts'
import { parseEvalSet } from '../../src/eval/ask.ts'
import { NEW_ARTICLE, tempCorpus } from '../support/corpus-fixtures.ts'
import { decodeArticle } from '../../src/corpus/index.ts'

const questions = parseEvalSet(readFileSync('tests/fixtures/dev.jsonl', 'utf8'))
  .filter((i) => i.type === 'ask')
  .map((i) => String(i.q))

/** Everything a state holds, as plain values to compare. */
function contents(state: EngineState) {
  return {
    version: state.version,
    corpus: state.corpus,
    lexicon: state.lexicon,
    data: state.index.data,
    postings: state.index.postings,
    dates: state.dates.toData(),
    quotes: state.quotes.toData(),
    quoteText: state.quotes.textData(),
    people: state.people.toData(),
  }
}

async function parallel(dir: string, entries: Entry[], threads: number) {
  const build = await startParallelBuild(dir, entries, { threads, minSlice: 1 })
  try {
    return { corpus: build.corpus, state: await build.state() }
  } finally {
    await build.close()
  }
}

describe('startParallelBuild', () => {
  // A copy of the seeds with a file the loader skips among them, and one the wide set's articles.
  const dir = tempCorpus()
  writeFileSync(join(dir, '002a_empty.txt'), '')
  const wide = 'tests/fixtures/wide/articles'

  it.each([
    ['the seeds, one file skipped, 2 threads', dir, 2],
    ['the seeds in 3 slices', dir, 3],
    ['the wide set in 2 slices', wide, 2],
    ['the wide set on this thread', wide, 1],
  ])(
    '%s: the state buildEngineState builds over loadCorpus',
    async (_case, folder, threads) => {
      const expected = buildEngineState(loadCorpus(folder))
      const { corpus, state } = await parallel(folder, listArticleNames(folder), threads)
      expect(corpus).toEqual(expected.corpus)
      expect(contents(state)).toEqual(contents(expected))
      const [a, b] = [engineFromState(state), engineFromState(expected)]
      for (const q of questions) expect(a.ask(q)).toEqual(b.ask(q))
    },
    60_000,
  )

  it('takes an article read already (an upload) in its place among the files', async () => {
    const upload = decodeArticle('003a_upload.txt', Buffer.from(NEW_ARTICLE))
    if (!upload.ok) throw new Error(upload.reason)
    const names = listArticleNames(dir)
    const entries: Entry[] = [...names.filter((n) => n < '003a'), upload.article, ...names.filter((n) => n > '003a')]
    const loaded = loadCorpus(dir)
    const expected = buildEngineState({
      articles: [...loaded.articles, upload.article].sort((x, y) => (x.source < y.source ? -1 : 1)),
      skipped: loaded.skipped,
    })
    const { state } = await parallel(dir, entries, 2)
    expect(contents(state)).toEqual(contents(expected))
  }, 60_000)

  it('skips files it cannot read, with the reason, as loadCorpus does', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'parallel-missing-'))
    await expect(parallel(empty, ['a.txt', 'b.txt'], 2)).resolves.toMatchObject({
      corpus: { articles: [], skipped: [{ source: 'a.txt' }, { source: 'b.txt' }] },
    })
  }, 60_000)
})
