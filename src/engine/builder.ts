import { corpusVersion, type Engine } from './engine.ts'
import { buildEngineInParallel, startParallelBuild } from './parallel-build.ts'
import { engineFromState } from './engine.ts'
import {
  listArticleNames,
  loadCorpus,
  manifestOf,
  validateUpload,
  type Corpus,
  type SkippedFile,
  type UploadInput,
  type UploadSummary,
} from '../corpus/index.ts'
import { extractQuotes } from '../quotes/index.ts'
import type { SnapshotHooks } from './snapshot-hooks.ts'

/**
 * The work of a corpus change, apart from the serving engine: reading the
 * folder, checking an upload and building the index. Every change starts
 * from the folder as it is on disk, not from what a process serves, so a
 * process that missed a change (another process's, or one whose writer died
 * before recording it) builds on it instead of dropping it.
 * {@link inThreadBuilder} does it on the calling thread; `build-worker.ts`
 * runs the same in a worker thread and hands the engine back in pieces.
 */

/** An engine ready to serve, with what the holder records of it. */
export interface Built {
  engine: Engine
  /** File → text hash of its articles, for the diff and the state file. */
  manifest: Record<string, string>
  /** Why its snapshot could not be saved, when it could not (it is served from memory all the same). */
  snapshotError?: string
}

/** The folder is still at the version asked about; `skipped` is what the loader skips in it now. */
export interface Unchanged {
  unchanged: true
  skipped: SkippedFile[]
}

/** A change the moderator's input makes impossible (bad upload, unknown article): nothing was built. */
export interface Refusal {
  refused: string
}

/** An upload that passed every check: what to write once its index is built. */
export interface Accepted {
  name: string
  bytes: Uint8Array
  summary: UploadSummary
}

/** Where the work of a change runs. */
export interface Builder {
  /** The engine over the folder as it is now (from its snapshot when one matches); {@link Unchanged} when it is at version `unless`. */
  folder(unless?: string): Promise<Built | Unchanged>
  /** The engine over the folder with the upload added, or why the upload is refused. */
  add(input: UploadInput): Promise<(Built & { accepted: Accepted }) | Refusal>
  /** The engine over the folder without `source`, or a refusal when the folder has no such article. */
  remove(source: string): Promise<Built | Refusal>
}

/** What {@link inThreadBuilder} builds with; all but `dir` have defaults. */
export interface BuilderOptions {
  dir: string
  load?: (dir: string) => Corpus
  build?: (corpus: Corpus) => Engine | Promise<Engine>
  snapshots?: SnapshotHooks
}

/**
 * A {@link Builder} on the calling thread: loads the folder with `load`,
 * restores or builds with `snapshots` and `build` (by default
 * `buildEngineInParallel`: the analysis in worker threads, one per core, for
 * corpora large enough to gain from them; with neither `load` nor `build`
 * given, the folder is read by those workers too), saves a snapshot of what
 * it built (a failure to save is reported in `snapshotError`, not thrown).
 *
 * @example
 * ```ts
 * const built = await inThreadBuilder({ dir: 'seeds' }).folder()
 * 'engine' in built && built.engine.version // => '0536df60ab77'
 * ```
 */
export function inThreadBuilder(opts: BuilderOptions): Builder {
  const load = () => (opts.load ?? loadCorpus)(opts.dir)

  const finish = async (
    corpus: Corpus,
    version = corpusVersion(corpus.articles),
    build = () => (opts.build ?? buildEngineInParallel)(corpus),
  ): Promise<Built> => {
    const restored = await restore(opts.snapshots, corpus, version)
    if (restored) return { engine: restored, manifest: manifestOf(corpus) }
    const engine = await build()
    let snapshotError: string | undefined
    try {
      await opts.snapshots?.save(engine)
    } catch (err) {
      snapshotError = (err as Error).message
    }
    return { engine, manifest: manifestOf(engine.corpus), ...(snapshotError ? { snapshotError } : {}) }
  }

  // The folder read across worker threads, which build from what they read when no snapshot restores.
  const folderInParallel = async (unless?: string): Promise<Built | Unchanged> => {
    const build = await startParallelBuild(opts.dir, listArticleNames(opts.dir))
    try {
      const { corpus } = build
      const version = corpusVersion(corpus.articles)
      if (version === unless) return { unchanged: true, skipped: corpus.skipped }
      return await finish(corpus, version, async () => engineFromState(await build.state()))
    } finally {
      await build.close()
    }
  }

  return {
    async folder(unless) {
      if (!opts.load && !opts.build) return folderInParallel(unless)
      const corpus = load()
      const version = corpusVersion(corpus.articles)
      return version === unless ? { unchanged: true, skipped: corpus.skipped } : finish(corpus, version)
    },
    async add(input) {
      const corpus = load()
      const r = validateUpload(input, corpus.articles, (a) => extractQuotes(a).length)
      if (!r.ok) return { refused: r.reason }
      const articles = [...corpus.articles, r.article].sort((a, b) => (a.source < b.source ? -1 : 1))
      const built = await finish({ articles, skipped: corpus.skipped })
      return { ...built, accepted: { name: r.name, bytes: r.bytes, summary: r.summary } }
    },
    async remove(source) {
      const corpus = load()
      if (!corpus.articles.some((a) => a.source === source))
        return { refused: `remove: no article named ${JSON.stringify(source)} is in the corpus; pick one from the list` }
      return finish({ articles: corpus.articles.filter((a) => a.source !== source), skipped: corpus.skipped })
    },
  }
}

async function restore(hooks: SnapshotHooks | undefined, corpus: Corpus, version: string): Promise<Engine | null> {
  try {
    const engine = (await hooks?.load(corpus, version)) ?? null
    return engine?.version === version ? engine : null
  } catch {
    return null
  }
}
