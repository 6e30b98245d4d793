import { readlinkSync } from 'node:fs'
import { setPriority } from 'node:os'
import { isMainThread, parentPort, workerData, type Worker } from 'node:worker_threads'
import { startModuleWorker } from './module-worker.ts'
import type { UploadInput } from '../corpus/index.ts'
import { inThreadBuilder, type Accepted, type Builder, type Built, type Refusal, type Unchanged } from './builder.ts'
import { engineState } from './engine.ts'
import { bodyOf, restoreSteps, runStepsPaused, type SnapshotBody } from './snapshot-body.ts'
import { snapshotsIn } from './snapshot-hooks.ts'

/**
 * Corpus changes off the serving thread: a worker thread reads the folder,
 * checks an upload, builds the index (or restores a snapshot; the build's
 * analysis runs in worker threads of its own, which inherit its lowered
 * priority) and saves the snapshot, then hands the engine over as data in many small messages. The
 * serving thread only puts the pieces together, a step at a time, handing
 * the event loop back between steps, so questions keep being acknowledged
 * while 10,000 articles are rebuilt. Nothing depends on the snapshot being
 * written: the engine travels as data, so a read-only snapshot folder only
 * means the next start rebuilds.
 */

/** Where the worker builds: the corpus folder and the snapshot folder (default `<dir>/.snapshots`). */
export interface WorkerBuilderOptions {
  dir: string
  snapshotDir?: string
}

type Job = WorkerBuilderOptions & ({ op: 'folder'; unless?: string } | { op: 'add'; input: UploadInput } | { op: 'remove'; source: string })

/** One message from the worker. */
type Message =
  | { head: SnapshotBody }
  | { part: string; items: unknown[] }
  | { done: { manifest: Record<string, string>; snapshotError?: string; accepted?: Accepted } }
  | { refused: string }
  | { unchanged: Unchanged }
  | { error: string }

/** Arrays sent in slices, so no one message takes the serving thread long to receive. */
const PARTS = [
  'articles',
  'texts',
  'skipped',
  'index.terms',
  'lexicon.synonyms',
  'dates.published',
  'dates.expressions',
  'dates.timeline',
  'quotes.quotes',
  'quotes.speakers',
  'quoteText.stems',
  'quoteText.norms',
  'people.persons',
  'people.extras',
] as const
const SLICE = 500

/**
 * A {@link Builder} that does every change's work in a worker thread and
 * restores the result here in small steps. The worker is started by the
 * first change, kept for the next ones, and stopped after a minute with
 * nothing to do (so its memory goes back); a worker that dies is replaced.
 *
 * @example
 * ```ts
 * const holder = await openEngineHolder({ dir, builder: workerBuilder({ dir, snapshotDir }), publish: true })
 * ```
 */
export function workerBuilder(opts: WorkerBuilderOptions, idleMs = 60_000): Builder {
  const host = workerHost(idleMs)
  return {
    folder: (unless) => run(host, { ...opts, op: 'folder', ...(unless ? { unless } : {}) }) as Promise<Built | Unchanged>,
    add: (input) =>
      run(host, { ...opts, op: 'add', input: { fileName: input.fileName, bytes: input.bytes, ...(input.fields ? { fields: input.fields } : {}) } }) as Promise<
        (Built & { accepted: Accepted }) | Refusal
      >,
    remove: (source) => run(host, { ...opts, op: 'remove', source }) as Promise<Built | Refusal>,
  }
}

const WORKER_DATA = { buildWorker: true }
const NEXT = { next: true }
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve))

type End = Extract<Message, { done: unknown } | { refused: string } | { unchanged: Unchanged } | { error: string }>
type Host = (job: Job, onPart: (m: Message) => void) => Promise<End>

/** Runs jobs one at a time on one long-lived worker. */
function workerHost(idleMs: number): Host {
  let worker: Worker | null = null
  let current: { onPart: (m: Message) => void; resolve: (m: End) => void; reject: (err: Error) => void } | null = null
  let idle: NodeJS.Timeout | undefined
  let queue: Promise<unknown> = Promise.resolve()
  const start = () => {
    const w = startModuleWorker(import.meta.url, WORKER_DATA)
    // Only the worker running the job can fail it: one stopped for idling is no longer `worker`.
    const gone = (err: Error) => {
      if (worker !== w) return
      worker = null
      current?.reject(err)
    }
    w.on('message', (m: Message) => {
      if (!('head' in m || 'part' in m)) return current?.resolve(m)
      current?.onPart(m)
      // Node delivers every queued message in one task: the worker sends the next piece only when asked,
      // and it is asked only after whatever else was waiting (a question) has had its turn.
      setImmediate(() => w.postMessage(NEXT))
    })
    w.once('error', (err) => gone(new Error(`build worker: ${err.message}`)))
    w.once('exit', (code) => gone(new Error(`build worker: exited with code ${code} before it finished`)))
    return w
  }
  const once = (job: Job, onPart: (m: Message) => void) =>
    new Promise<End>((resolve, reject) => {
      clearTimeout(idle)
      worker ??= start()
      worker.ref()
      current = { onPart, resolve, reject }
      worker.postMessage(job)
    }).finally(() => {
      current = null
      // An idle worker neither keeps the process alive nor holds its memory for long.
      worker?.unref()
      idle = setTimeout(() => {
        const w = worker
        worker = null
        void w?.terminate()
      }, idleMs).unref()
    })
  return (job, onPart) => {
    const next = queue.then(() => once(job, onPart))
    queue = next.catch(() => undefined)
    return next
  }
}

async function run(host: Host, job: Job): Promise<Built | (Built & { accepted: Accepted }) | Refusal | Unchanged> {
  let head: SnapshotBody | undefined
  const texts: string[] = []
  const end = await host(job, (m) => {
    if ('head' in m) head = m.head
    else if ('part' in m) {
      const into = m.part === 'texts' ? texts : (at(head!, m.part) as unknown[])
      for (const item of m.items) into.push(item)
    }
  })
  if ('error' in end) throw new Error(`build worker: ${end.error}`)
  if ('refused' in end) return { refused: end.refused }
  if ('unchanged' in end) return end.unchanged
  if (!head) throw new Error('build worker: finished without sending the index')
  // The worker built this very state from these very texts: hashing or checking it again would only hold up the serving thread.
  const engine = await runStepsPaused(restoreSteps(head, { texts }, { hash: false, check: false }), nextTurn)
  const { manifest, snapshotError, accepted } = end.done
  return { engine, manifest, ...(snapshotError ? { snapshotError } : {}), ...(accepted ? { accepted } : {}) }
}

/** The array at a dotted path of the body. */
function at(body: SnapshotBody, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], body)
}

async function work(job: Job): Promise<void> {
  const port = parentPort!
  const builder = inThreadBuilder({ dir: job.dir, snapshots: snapshotsIn(job.dir, undefined, job.snapshotDir) })
  const result = job.op === 'folder' ? await builder.folder(job.unless) : job.op === 'add' ? await builder.add(job.input) : await builder.remove(job.source)
  if ('refused' in result) return port.postMessage({ refused: result.refused } satisfies Message)
  if ('unchanged' in result) return port.postMessage({ unchanged: result } satisfies Message)
  const state = engineState(result.engine)
  if (!state) throw new Error('the engine has no state to hand over')
  const body = bodyOf(state, '')
  const parts = PARTS.map((path) => [path, path === 'texts' ? state.corpus.articles.map((a) => a.text) : (at(body, path) as unknown[])] as const)
  // The head goes first with every sliced array empty; the passage arrays and postings move over without a copy.
  const { index, lexicon, dates, quotes, people } = body
  const head: SnapshotBody = {
    ...body,
    articles: [],
    skipped: [],
    index: { ...index, terms: [] },
    lexicon: { ...lexicon, synonyms: [] },
    dates: { ...dates, published: [], expressions: [], timeline: [] },
    quotes: { ...quotes, quotes: [], speakers: [] },
    quoteText: { stems: [], norms: [] },
    people: { ...people, persons: [], extras: [] },
  }
  const fields = [body.index, body.postings, body.people].flatMap((part): unknown[] => Object.values(part))
  const buffers = fields.flatMap((v) => (ArrayBuffer.isView(v) ? [v.buffer as ArrayBuffer] : []))
  port.postMessage({ head } satisfies Message, [...new Set(buffers)])
  await asked()
  for (const [part, list] of parts) {
    for (let i = 0; i < list.length; i += SLICE) {
      port.postMessage({ part, items: list.slice(i, i + SLICE) } satisfies Message)
      await asked()
    }
  }
  const accepted = 'accepted' in result ? (result as { accepted: Accepted }).accepted : undefined
  port.postMessage({
    done: { manifest: result.manifest, ...(result.snapshotError ? { snapshotError: result.snapshotError } : {}), ...(accepted ? { accepted } : {}) },
  } satisfies Message)
}

/** Waiters for the serving thread's "send the next piece". */
const waiting: (() => void)[] = []
const asked = () => new Promise<void>((resolve) => waiting.push(resolve))

/**
 * Lowers this thread's scheduling priority, so that on a busy machine the
 * serving thread gets the CPU first and a build only takes longer. Linux
 * schedules each thread on its own, with its own nice value; elsewhere (or
 * when not permitted) the build keeps the normal priority.
 */
function yieldToServing(): void {
  try {
    setPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()), 10)
  } catch {
    // Not Linux: the build competes with the serving thread as an equal.
  }
}

if (!isMainThread && parentPort && (workerData as { buildWorker?: unknown } | null)?.buildWorker) {
  yieldToServing()
  const port = parentPort
  port.on('message', (m: Job | typeof NEXT) => {
    if ('next' in m) return waiting.shift()?.()
    void work(m).catch((err: unknown) => port.postMessage({ error: (err as Error).message } satisfies Message))
  })
}
