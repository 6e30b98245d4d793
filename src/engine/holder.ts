import { diffManifests, manifestOf, moveToRemoved, readState, stateSignature, writeArticle, writeState, type CorpusState } from '../corpus/index.ts'
import type { UploadSummary } from '../corpus/index.ts'
import { inThreadBuilder, type Builder, type Built, type Refusal, type Unchanged } from './builder.ts'
import type { EngineHolder, HolderInfo, HolderOptions, RefreshOutcome } from './holder-types.ts'

export { snapshotsIn, type SnapshotHooks } from './snapshot-hooks.ts'
export type { EngineHolder, HolderInfo, HolderOptions, RefreshOutcome } from './holder-types.ts'

/** A refusal the moderator caused (bad upload, unknown article), as opposed to a failure. */
class Refused extends Error {}

const PUBLISHED = 'found in the folder (no change had recorded it)'

/**
 * Loads the corpus and opens a holder over it: from the newest snapshot that
 * matches the folder, else through the builder (which restores or builds).
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
  const builder = opts.builder ?? inThreadBuilder(opts)
  const seen = stateSignature(opts.dir)
  // Parsing every file takes longer than restoring a snapshot of a large corpus: try the snapshot first.
  const restored = opts.snapshots?.newest?.()
  let initial: Built
  if (restored) {
    opts.log?.info({ version: restored.version }, 'index loaded from snapshot')
    initial = { engine: restored, manifest: manifestOf(restored.corpus) }
  } else {
    const built = await builder.folder()
    if ('unchanged' in built) throw new Error('engine: the builder found nothing to build')
    initial = built
  }
  return createHolder(initial, opts, builder, seen)
}

/**
 * The holder over a first engine. Refreshes run one after the other (a
 * promise chain); each builds beside the serving engine through the builder
 * and swaps only on success.
 */
function createHolder(initial: Built, opts: HolderOptions, builder: Builder, seen: string): EngineHolder {
  const now = opts.now ?? (() => new Date())
  const { dir, log } = opts
  let current: Built = initial
  let info = infoFor(initial.engine.version, readState(dir))
  let chain: Promise<unknown> = Promise.resolve()
  const warned = new Set<string>()

  /** A warning that would repeat on every change (a read-only folder) is logged once, then at debug. */
  const warnOnce = (key: string, fields: Record<string, unknown>, message: string) => {
    if (warned.has(key)) return log?.debug(fields, message)
    warned.add(key)
    log?.warn(fields, message)
  }

  const serve = (next: Built) => {
    if (next.snapshotError)
      warnOnce(
        'snapshot',
        { reason: next.snapshotError, version: next.engine.version },
        'could not save the index snapshot; serving from memory (the next start rebuilds)',
      )
    current = next
  }

  const record = (state: CorpusState) => {
    try {
      writeState(dir, state)
    } catch (err) {
      warnOnce('state', { err }, 'could not save the corpus state file')
    }
  }

  /** Records the served version when the state file lags, unless another process recorded a change since `since`. */
  const publish = (since: string) => {
    if (!opts.publish) return
    const { engine, manifest } = current
    const saved = readState(dir)
    if (saved?.version === engine.version || stateSignature(dir) !== since) return
    info = { version: engine.version, changedAt: now().toISOString(), changedBy: 'disk', change: PUBLISHED }
    log?.info({ recorded: saved?.version ?? null, version: engine.version }, "the state file lagged behind the folder; recorded the folder's version")
    record({ version: engine.version, changedAt: info.changedAt!, changedBy: 'disk', change: PUBLISHED, files: manifest })
  }

  const serialised = (task: () => Promise<RefreshOutcome>): Promise<RefreshOutcome> => {
    const run = chain.then(task, task)
    chain = run.catch(() => undefined)
    return run
  }

  const change = <T extends Built>(
    by: string,
    labelOf: string | ((built: T) => string),
    work: () => Promise<T | Refusal | Unchanged>,
    commit?: (built: T) => Partial<RefreshOutcome> | void,
  ) =>
    serialised(async () => {
      const before = current
      try {
        const r = await work()
        if ('refused' in r) throw new Refused(r.refused)
        const next = 'unchanged' in r ? before : r
        const extra = 'unchanged' in r ? {} : (commit?.(r) ?? {})
        serve(next)
        const { version } = next.engine
        const label = typeof labelOf === 'string' || 'unchanged' in r ? String(labelOf) : labelOf(r)
        info = { version, changedAt: now().toISOString(), changedBy: by, change: label }
        // The snapshot is saved already (the builder saves before it returns): other processes react to the state file and find it ready.
        record({ version, changedAt: info.changedAt!, changedBy: by, change: label, files: next.manifest })
        const diff = diffManifests(before.manifest, next.manifest, 'unchanged' in r ? r.skipped : next.engine.corpus.skipped)
        log?.info(
          {
            by,
            change: label,
            before: before.engine.version,
            after: version,
            added: diff.added.length,
            removed: diff.removed.length,
            changed: diff.changed.length,
          },
          'corpus changed',
        )
        const upload = 'accepted' in r ? { upload: (r as { accepted: { summary: UploadSummary } }).accepted.summary } : {}
        return { ok: true, before: before.engine.version, after: version, diff, ...upload, ...extra } as RefreshOutcome
      } catch (err) {
        const reason = (err as Error).message
        if (err instanceof Refused) log?.info({ by, before: before.engine.version }, 'corpus change refused')
        else log?.error({ err, by, before: before.engine.version }, 'corpus refresh failed; the previous index stays')
        return { ok: false, before: before.engine.version, reason }
      }
    })

  const reloadFromDisk = () =>
    serialised(async () => {
      const before = current
      const since = stateSignature(dir)
      try {
        const r = await builder.folder(before.engine.version)
        if ('unchanged' in r) {
          publish(since)
          return { ok: true, before: before.engine.version, after: before.engine.version, diff: diffManifests(before.manifest, before.manifest, r.skipped) }
        }
        serve(r)
        const saved = readState(dir)
        info =
          saved?.version === r.engine.version
            ? infoFor(r.engine.version, saved)
            : { version: r.engine.version, changedAt: now().toISOString(), changedBy: 'disk', change: 'reload from the shared folder' }
        publish(since)
        const diff = diffManifests(before.manifest, r.manifest, r.engine.corpus.skipped)
        log?.info(
          { before: before.engine.version, after: r.engine.version, added: diff.added.length, removed: diff.removed.length, changed: diff.changed.length },
          'corpus reloaded from the shared folder',
        )
        return { ok: true, before: before.engine.version, after: r.engine.version, diff }
      } catch (err) {
        log?.error({ err, before: before.engine.version }, 'reload from the shared folder failed; the previous index stays')
        return { ok: false, before: before.engine.version, reason: (err as Error).message }
      }
    })

  serve(initial)
  publish(seen)
  return {
    engine: () => current.engine,
    info: () => info,
    reloadFromDisk,
    reload: (by) => change(by, 'reload', () => builder.folder(current.engine.version)),
    add: (input, by) =>
      change(
        by,
        (r) => `add ${r.accepted.name}`,
        () => builder.add(input),
        (r) => {
          writeArticle(dir, r.accepted.name, r.accepted.bytes)
        },
      ),
    remove: (source, by) =>
      change(
        by,
        `remove ${source}`,
        () => builder.remove(source),
        () => ({ movedTo: moveToRemoved(dir, source, now()) }),
      ),
  }
}

function infoFor(version: string, saved: CorpusState | null): HolderInfo {
  return saved?.version === version
    ? { version, changedAt: saved.changedAt, changedBy: saved.changedBy, change: saved.change }
    : { version, changedAt: null, changedBy: null, change: null }
}
