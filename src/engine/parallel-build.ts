import { availableParallelism } from 'node:os'
import { isMainThread, parentPort, workerData } from 'node:worker_threads'
import { startModuleWorker } from './module-worker.ts'
import type { Article, Corpus } from '../corpus/index.ts'
import { mergePeopleData, peopleIndexFromData } from '../answer/index.ts'
import { buildDateIndex } from '../dates/index.ts'
import { buildQuoteIndex } from '../quotes/index.ts'
import { mergePassageData, searchIndexFromData, type PassageData } from '../search/index.ts'
import { buildLexicon, type Lexicon } from '../text/index.ts'
import { analyzeSlice, dress, inPlaceOf, prepareSlice, readSlice, strip, type Entry, type Prepared, type Read } from './parallel-slices.ts'
import { corpusVersion, engineFromState, type Engine } from './engine.ts'
import type { EngineState } from './state.ts'

/**
 * Builds that use every core: the corpus is cut into consecutive slices, one
 * per worker thread; each worker reads and parses its files (all a corpus
 * whose snapshot restores needs), then finds what the lexicon learns from
 * them, their dated expressions, quotations and people, then (given the
 * lexicon of the whole corpus) analyses their titles and
 * sentences into passage data of its own. The calling thread merges the
 * slices in corpus order, so the state is the one `buildEngineState` builds
 * over `loadCorpus`, array for array. Each step is linear in the size of the
 * slice; the merges are linear in the corpus.
 */

export type { Entry } from './parallel-slices.ts'

/** A slice's worker, or the calling thread standing in for one. */
interface Slice {
  load(dir: string, entries: readonly Entry[]): Promise<Read>
  prepare(): Promise<Prepared>
  analyze(lexicon: Lexicon): Promise<PassageData>
  close(): Promise<void>
}

/** A slice done on this thread (one core, or a corpus too small to be worth a worker). */
function localSlice(): Slice {
  let articles: Article[] = []
  return {
    load: (dir, entries) => Promise.resolve(readSlice(dir, entries)).then((r) => ((articles = r.articles), r)),
    prepare: () => Promise.resolve(prepareSlice(articles)),
    analyze: (lexicon) => Promise.resolve(analyzeSlice(articles, lexicon)),
    close: () => Promise.resolve(),
  }
}

const WORKER_DATA = { parallelBuild: true }

type Reply = { read: Read } | { prepared: Prepared } | { data: PassageData } | { error: string }

/** A slice done by a worker thread of its own, which keeps its articles between the two steps. */
function workerSlice(): Slice {
  const worker = startModuleWorker(import.meta.url, WORKER_DATA)
  let pending: { resolve: (r: Reply) => void; reject: (e: Error) => void } | null = null
  let failed: Error | null = null
  const fail = (err: Error) => {
    failed ??= err
    pending?.reject(err)
    pending = null
  }
  worker.on('message', (r: Reply) => {
    const p = pending
    pending = null
    if ('error' in r) p?.reject(new Error(`parallel build: ${r.error}`))
    else p?.resolve(r)
  })
  worker.once('error', (err) => fail(new Error(`parallel build: ${err.message}`)))
  worker.once('exit', (code) => fail(new Error(`parallel build: a worker exited with code ${code} before it finished`)))
  const ask = (message: unknown) =>
    new Promise<Reply>((resolve, reject) => {
      if (failed) return reject(failed)
      pending = { resolve, reject }
      worker.postMessage(message)
    })
  return {
    load: async (dir, entries) => {
      const r = await ask({ op: 'load', dir, entries: entries.map((e) => (typeof e === 'string' ? e : strip(e))) })
      if (!('read' in r)) throw new Error('parallel build: a worker answered out of turn')
      return { ...r.read, articles: inPlaceOf(entries, r.read) }
    },
    prepare: async () => {
      const r = await ask({ op: 'prepare' })
      if (!('prepared' in r)) throw new Error('parallel build: a worker answered out of turn')
      return r.prepared
    },
    analyze: async (lexicon) => {
      const r = await ask({ op: 'analyze', lexicon })
      if (!('data' in r)) throw new Error('parallel build: a worker answered out of turn')
      return r.data
    },
    close: async () => {
      failed ??= new Error('parallel build: closed')
      await worker.terminate()
    },
  }
}

/** A corpus read by the workers, and the build of its engine state. */
export interface ParallelBuild {
  corpus: Corpus
  /** The engine state over {@link ParallelBuild.corpus}, as `buildEngineState` builds it. */
  state(): Promise<EngineState>
  /** Stops the workers; call it whether or not {@link ParallelBuild.state} was. */
  close(): Promise<void>
}

/** How many worker threads, and the fewest articles a slice needs to be worth a worker's start-up. */
export interface ParallelOptions {
  threads?: number
  minSlice?: number
}

/**
 * Reads `entries` of the corpus folder `dir` (names of files, or articles
 * read already), in their order, in worker threads (one per core unless
 * `threads` says, and none for fewer than `minSlice` (1,000) articles a
 * thread); {@link ParallelBuild.state} then builds the engine state across
 * them. The files are read as `loadCorpus` reads them: a file it would skip
 * is in `corpus.skipped` with the same reason.
 *
 * @example
 * ```ts
 * const build = await startParallelBuild('seeds', listArticleNames('seeds'))
 * try {
 *   const state = await build.state()
 * } finally {
 *   await build.close()
 * }
 * ```
 */
export async function startParallelBuild(dir: string, entries: readonly Entry[], opts: ParallelOptions = {}): Promise<ParallelBuild> {
  // A worker takes 1 to 2 s to start (its modules, the word lists): at 1,000 articles (4 s on one thread) two gain nothing.
  const { threads = availableParallelism(), minSlice = 1000 } = opts
  const count = Math.max(1, Math.min(threads, Math.floor(entries.length / Math.max(1, minSlice))))
  const slices = Array.from({ length: count }, count > 1 ? workerSlice : localSlice)
  const close = () => Promise.all(slices.map((s) => s.close())).then(() => undefined)
  try {
    const size = Math.ceil(entries.length / count)
    const read = await Promise.all(slices.map((s, i) => s.load(dir, entries.slice(i * size, (i + 1) * size))))
    const articles = read.flatMap((r) => r.articles)
    const corpus: Corpus = { articles, skipped: read.flatMap((r) => r.skipped) }
    const state = async (): Promise<EngineState> => {
      const prepared = await Promise.all(slices.map((s) => s.prepare()))
      const lexicon = buildLexicon(
        articles,
        prepared.flatMap((l) => l.lexicon),
      )
      // The workers analyse the passages while this thread builds what needs none of it.
      const analyzed = Promise.all(slices.map((s) => s.analyze(lexicon)))
      // Should what follows throw, the workers' failure (they are then closed) is not left unhandled.
      analyzed.catch(() => undefined)
      const mentions = new Map(read.flatMap((r, k) => r.articles.map((a, i) => [a.source, prepared[k]!.mentions[i]!] as const)))
      const dates = buildDateIndex(articles, mentions)
      const quotes = buildQuoteIndex(
        articles,
        prepared.flatMap((l) => l.quotes),
        { stems: prepared.flatMap((l) => l.quoteText.stems), norms: prepared.flatMap((l) => l.quoteText.norms) },
      )
      const people = peopleIndexFromData(mergePeopleData(prepared.map((l) => l.people)), articles)
      const data = mergePassageData(await analyzed)
      return { version: corpusVersion(articles), corpus, lexicon, index: searchIndexFromData(articles, lexicon, data), dates, quotes, people }
    }
    return { corpus, state, close }
  } catch (err) {
    await close()
    throw err
  }
}

/**
 * The engine over a corpus read already, as `buildEngine` builds it, with the
 * analysis done across worker threads (see {@link startParallelBuild}).
 *
 * @example
 * ```ts
 * const engine = await buildEngineInParallel(loadCorpus(dir))
 * engine.version === buildEngine(loadCorpus(dir)).version // => true
 * ```
 */
export async function buildEngineInParallel(corpus: Corpus, opts: ParallelOptions = {}): Promise<Engine> {
  const build = await startParallelBuild('', corpus.articles, opts)
  try {
    // The articles are the very ones given; the skipped files are the loader's.
    return engineFromState({ ...(await build.state()), corpus })
  } finally {
    await build.close()
  }
}

if (!isMainThread && parentPort && (workerData as { parallelBuild?: unknown } | null)?.parallelBuild) {
  const port = parentPort
  let articles: Article[] = []
  port.on('message', (m: { op: 'load'; dir: string; entries: Entry[] } | { op: 'prepare' } | { op: 'analyze'; lexicon: Lexicon }) => {
    try {
      if (m.op === 'load') {
        const read = readSlice(
          m.dir,
          m.entries.map((e) => (typeof e === 'string' ? e : dress(e))),
        )
        articles = read.articles
        port.postMessage({ read: { ...read, articles: articles.map(strip) } } satisfies Reply)
      } else if (m.op === 'prepare') {
        port.postMessage({ prepared: prepareSlice(articles) } satisfies Reply)
      } else {
        const data = analyzeSlice(articles, m.lexicon)
        const buffers = Object.values(data as unknown as Record<string, unknown>).flatMap((v) => (ArrayBuffer.isView(v) ? [v.buffer as ArrayBuffer] : []))
        port.postMessage({ data } satisfies Reply, buffers)
      }
    } catch (err) {
      port.postMessage({ error: (err as Error).message } satisfies Reply)
    }
  })
}
