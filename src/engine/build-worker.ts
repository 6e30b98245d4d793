import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'
import { decodeArticle, loadCorpus } from '../corpus/index.ts'
import { buildEngine, type Engine } from './engine.ts'
import { loadSnapshot, saveSnapshot } from './snapshot.ts'
import type { Corpus, SkippedFile } from '../corpus/index.ts'

/**
 * Builds an engine off the serving thread: a worker thread loads the corpus
 * folder, runs the whole build and saves the snapshot; the calling thread then
 * only restores the snapshot (a JSON parse and a few array passes), so the
 * bot keeps answering during a build that takes a minute at 10,000 articles.
 */

interface Reply {
  version?: string
  error?: string
}

/** What the worker is given: the folder, and the articles to build when they are not (yet) the folder's. */
interface Job {
  dir: string
  files?: { source: string; text: string }[]
  skipped?: SkippedFile[]
}

/**
 * The engine for the corpus in `dir`, built in a worker thread and restored
 * from the snapshot it saved. Pass the corpus when it is already loaded, or
 * when it is not the folder's yet (an upload is indexed before it is written):
 * the worker builds exactly those articles. Falls back
 * to building on this thread when no worker can be started (for example
 * under a test runner that cannot load TypeScript in workers).
 *
 * @throws Error `build worker: ...` when the worker's build fails, naming why.
 * @example
 * ```ts
 * const engine = await buildEngineOffThread('seeds')
 * engine.version // => '0536df60ab77'
 * ```
 */
export async function buildEngineOffThread(dir: string, corpus?: Corpus): Promise<Engine> {
  let reply: Reply
  try {
    reply = await runWorker(corpus ? { dir, files: corpus.articles.map((a) => ({ source: a.source, text: a.text })), skipped: corpus.skipped } : { dir })
  } catch (err) {
    if ((err as Error).message.startsWith('build worker:')) throw err
    const engine = buildEngine(corpus ?? loadCorpus(dir))
    saveSnapshot(engine, dir)
    return engine
  }
  if (reply.error || !reply.version) throw new Error(`build worker: the build of ${dir} failed: ${reply.error ?? 'no version'}`)
  const loaded = loadSnapshot(dir, reply.version, corpus)
  if (!loaded.ok) throw new Error(`build worker: the snapshot it saved did not load: ${loaded.reason}`)
  return loaded.engine
}

// Under tsx (how `npm start` runs) a worker does not inherit the TypeScript loader: register it first.
const WORKER_CODE = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(import.meta.url)}) })`

function runWorker(job: Job): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const worker = import.meta.url.endsWith('.ts')
      ? new Worker(WORKER_CODE, { eval: true, workerData: job })
      : new Worker(new URL(import.meta.url), { workerData: job })
    let settled = false
    worker.once('message', (reply: Reply) => {
      settled = true
      resolve(reply)
    })
    worker.once('error', (err) => {
      if (!settled) reject(err)
    })
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`worker exited with code ${code} before replying`))
    })
  })
}

if (!isMainThread && parentPort && (workerData as { dir?: unknown } | null)?.dir) {
  const { dir, files, skipped } = workerData as Job
  try {
    const engine = buildEngine(files ? corpusOf(files, skipped ?? []) : loadCorpus(dir))
    saveSnapshot(engine, dir)
    parentPort.postMessage({ version: engine.version } satisfies Reply)
  } catch (err) {
    parentPort.postMessage({ error: (err as Error).message } satisfies Reply)
  }
}

/** The corpus of the given texts, parsed as the loader parses files. */
function corpusOf(files: readonly { source: string; text: string }[], skipped: SkippedFile[]): Corpus {
  const articles = files.flatMap((f) => {
    const r = decodeArticle(f.source, Buffer.from(f.text, 'utf8'))
    return r.ok ? [{ ...r.article, text: f.text }] : []
  })
  return { articles, skipped }
}
