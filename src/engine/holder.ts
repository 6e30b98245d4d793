import { diffCorpora, manifestOf, type CorpusDiff } from '../corpus/index.ts'
import { moveToRemoved, readState, writeArticle, writeState, type CorpusState } from '../corpus/index.ts'
import { loadCorpus } from '../corpus/index.ts'
import { buildEngine, corpusVersion, type Engine } from './engine.ts'
import type { Logger } from 'pino'
import type { SnapshotHooks } from './snapshot-hooks.ts'

export { snapshotsIn, type SnapshotHooks } from './snapshot-hooks.ts'
import type { Corpus } from '../corpus/index.ts'
import { extractQuotes } from '../quotes/index.ts'
import { validateUpload, type UploadInput, type UploadSummary } from '../corpus/index.ts'

/** What {@link openEngineHolder} needs; everything but `dir` has a default. */
export interface HolderOptions {
  dir: string
  build?: (corpus: Corpus) => Engine | Promise<Engine>
  load?: (dir: string) => Corpus
  snapshots?: SnapshotHooks
  now?: () => Date
  log?: Logger
}

/** The serving index's version and its last recorded change. */
export interface HolderInfo {
  version: string
  changedAt: string | null
  changedBy: string | null
  change: string | null
}

/** What a refresh did: the versions before and after and what changed, or why nothing did. */
export type RefreshOutcome =
  | { ok: true; before: string; after: string; diff: CorpusDiff; upload?: UploadSummary; movedTo?: string }
  | { ok: false; before: string; reason: string }

/** Holds the serving engine and swaps in a new one only when it is completely built. */
export interface EngineHolder {
  engine(): Engine
  info(): HolderInfo
  /** Re-reads the corpus folder and rebuilds. */
  reload(by: string): Promise<RefreshOutcome>
  /** Validates an upload, builds the index with it, then saves the file and swaps. */
  add(input: UploadInput, by: string): Promise<RefreshOutcome>
  /** Builds the index without `source`, then moves the file to `removed/` and swaps. */
  remove(source: string, by: string): Promise<RefreshOutcome>
  /**
   * Serves what another process (a shard, an HTTP process, the CLI) saved to
   * the shared folder: re-reads it and, only when its version differs, swaps in
   * the snapshot that process saved (or builds). Writes nothing but a snapshot it had to build.
   */
  reloadFromDisk(): Promise<RefreshOutcome>
}

interface Plan {
  corpus: Corpus
  change: string
  commit?: () => Partial<Extract<RefreshOutcome, { ok: true }>> | void
  upload?: UploadSummary
}

/** A refusal the moderator caused (bad upload, unknown article), as opposed to a failure. */
class Refused extends Error {}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve))

/**
 * Loads the corpus and opens a holder over it: from the snapshot when one
 * matches the corpus version, else by building (and then saving a snapshot).
 *
 * @throws Error `corpus: ...` when the corpus folder cannot be read.
 * @example
 * ```ts
 * const holder = await openEngineHolder({ dir: 'seeds' })
 * const outcome = await holder.reload('cli')
 * outcome.ok && outcome.after // => '0536df60ab77'
 * ```
 */
export async function openEngineHolder(opts: HolderOptions): Promise<EngineHolder> {
  // Parsing every file takes longer than restoring a snapshot of a large corpus: try the snapshot first.
  const restored = opts.snapshots?.newest?.()
  if (restored) {
    opts.log?.info({ version: restored.version }, 'index loaded from snapshot')
    return createEngineHolder(restored, opts)
  }
  const corpus = (opts.load ?? loadCorpus)(opts.dir)
  const version = corpusVersion(corpus.articles)
  let engine = await snapshotFor(opts, corpus, version)
  if (engine) opts.log?.info({ version }, 'index loaded from snapshot')
  else {
    engine = await (opts.build ?? buildEngine)(corpus)
    await keepSnapshot(opts, engine)
  }
  return createEngineHolder(engine, opts)
}

/**
 * A holder over an engine already built. Refreshes run one after the other
 * (a promise chain); each builds beside the serving engine, yielding between
 * steps so questions keep being answered, and swaps only on success.
 *
 * @example
 * ```ts
 * const holder = createEngineHolder(buildEngine(loadCorpus(dir)), { dir })
 * await holder.remove('005_new.txt', 'discord:1234')
 * ```
 */
export function createEngineHolder(initial: Engine, opts: HolderOptions): EngineHolder {
  const now = opts.now ?? (() => new Date())
  const build = opts.build ?? buildEngine
  let current = initial
  const saved = readState(opts.dir)
  let info: HolderInfo =
    saved?.version === initial.version
      ? { version: initial.version, changedAt: saved.changedAt, changedBy: saved.changedBy, change: saved.change }
      : { version: initial.version, changedAt: null, changedBy: null, change: null }
  let chain: Promise<unknown> = Promise.resolve()

  const serialised = (task: () => Promise<RefreshOutcome>): Promise<RefreshOutcome> => {
    const run = chain.then(task, task)
    chain = run.catch(() => undefined)
    return run
  }

  /** Serves what the shared folder now holds, when its version differs; not serialised by itself. */
  const catchUp = async (): Promise<Extract<RefreshOutcome, { ok: true }>> => {
    const before = current
    const corpus = (opts.load ?? loadCorpus)(opts.dir)
    const version = corpusVersion(corpus.articles)
    const saved = readState(opts.dir)
    if (saved?.version === version) info = { version, changedAt: saved.changedAt, changedBy: saved.changedBy, change: saved.change }
    if (version === before.version) return { ok: true, before: before.version, after: version, diff: diffCorpora(before.corpus, before.corpus) }
    await nextTurn()
    let next = await snapshotFor(opts, corpus, version)
    if (!next) {
      next = await build(corpus)
      await keepSnapshot(opts, next)
    }
    current = next
    if (saved?.version !== version) info = { version, changedAt: now().toISOString(), changedBy: 'disk', change: 'reload from the shared folder' }
    const diff = diffCorpora(before.corpus, next.corpus)
    opts.log?.info({ before: before.version, after: next.version, added: diff.added.length, removed: diff.removed.length, changed: diff.changed.length }, 'corpus reloaded from the shared folder')
    return { ok: true, before: before.version, after: next.version, diff }
  }

  const refresh = (by: string, plan: (engine: Engine) => Plan, fromFolder = false) =>
    serialised(async () => {
      let before = current
      try {
        // Another process changed the folder since: build on what it saved, not on what this one serves.
        const recorded = fromFolder ? undefined : readState(opts.dir)?.version
        if (recorded !== undefined && recorded !== before.version) {
          await catchUp()
          before = current
        }
        const p = plan(before)
        await nextTurn()
        const next = await build(p.corpus)
        await nextTurn()
        const extra = p.commit?.() ?? {}
        current = next
        info = { version: next.version, changedAt: now().toISOString(), changedBy: by, change: p.change }
        const state: CorpusState = { version: next.version, changedAt: info.changedAt!, changedBy: by, change: p.change, files: manifestOf(next.corpus) }
        // The snapshot first: other processes react to the state file and should find it ready.
        await keepSnapshot(opts, next)
        try {
          writeState(opts.dir, state)
        } catch (err) {
          opts.log?.warn({ err }, 'could not save the corpus state file')
        }
        const diff = diffCorpora(before.corpus, next.corpus)
        opts.log?.info({ by, change: p.change, before: before.version, after: next.version, added: diff.added.length, removed: diff.removed.length, changed: diff.changed.length }, 'corpus changed')
        return { ok: true, before: before.version, after: next.version, diff, ...(p.upload ? { upload: p.upload } : {}), ...extra }
      } catch (err) {
        const reason = (err as Error).message
        if (err instanceof Refused) opts.log?.info({ by, before: before.version }, 'corpus change refused')
        else opts.log?.error({ err, by, before: before.version }, 'corpus refresh failed; the previous index stays')
        return { ok: false, before: before.version, reason }
      }
    })

  const reloadFromDisk = () =>
    serialised(() =>
      catchUp().catch((err: unknown): RefreshOutcome => {
        opts.log?.error({ err, before: current.version }, 'reload from the shared folder failed; the previous index stays')
        return { ok: false, before: current.version, reason: (err as Error).message }
      }),
    )

  return {
    engine: () => current,
    info: () => info,
    reloadFromDisk,
    reload: (by) => refresh(by, () => ({ corpus: (opts.load ?? loadCorpus)(opts.dir), change: 'reload' }), true),
    add: (input, by) =>
      refresh(by, (engine) => {
        const r = validateUpload(input, engine.corpus.articles, (a) => extractQuotes(a).length)
        if (!r.ok) throw new Refused(r.reason)
        const articles = [...engine.corpus.articles, r.article].sort((a, b) => (a.source < b.source ? -1 : 1))
        return {
          corpus: { articles, skipped: engine.corpus.skipped },
          change: `add ${r.name}`,
          upload: r.summary,
          commit: () => void writeArticle(opts.dir, r.name, r.bytes),
        }
      }),
    remove: (source, by) =>
      refresh(by, (engine) => {
        if (!engine.corpus.articles.some((a) => a.source === source))
          throw new Refused(`remove: no article named ${JSON.stringify(source)} is in the corpus; pick one from the list`)
        return {
          corpus: { articles: engine.corpus.articles.filter((a) => a.source !== source), skipped: engine.corpus.skipped },
          change: `remove ${source}`,
          commit: () => ({ movedTo: moveToRemoved(opts.dir, source, now()) }),
        }
      }),
  }
}

async function snapshotFor(opts: HolderOptions, corpus: Corpus, version: string): Promise<Engine | null> {
  try {
    const engine = (await opts.snapshots?.load(corpus, version)) ?? null
    return engine?.version === version ? engine : null
  } catch (err) {
    opts.log?.warn({ err, version }, 'could not load the index snapshot; rebuilding')
    return null
  }
}

async function keepSnapshot(opts: HolderOptions, engine: Engine): Promise<void> {
  if (!opts.snapshots) return
  try {
    await opts.snapshots.save(engine)
  } catch (err) {
    // A snapshot only speeds up the next start; failing to write one must not fail the change.
    opts.log?.warn({ err, version: engine.version }, 'could not save the index snapshot')
  }
}
