import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'
import { loadCorpus } from './corpus.ts'
import { buildEngine, type Engine } from './engine.ts'
import { loadSnapshot, saveSnapshot } from './snapshot.ts'
import type { Corpus } from './types.ts'

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

/**
 * The engine for the corpus in `dir`, built in a worker thread and restored
 * from the snapshot it saved. Pass the corpus when it is already loaded, to
 * check that the worker built the same articles and to reuse them. Falls back
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
    reply = await runWorker(dir)
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

function runWorker(dir: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { dir } })
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
  const { dir } = workerData as { dir: string }
  try {
    const engine = buildEngine(loadCorpus(dir))
    saveSnapshot(engine, dir)
    parentPort.postMessage({ version: engine.version } satisfies Reply)
  } catch (err) {
    parentPort.postMessage({ error: (err as Error).message } satisfies Reply)
  }
}
