import { pathToFileURL } from 'node:url'
import { countIndexed } from '../bot/index.ts'
import { describeDiff, diffManifests, manifestOf } from '../corpus/index.ts'
import { readState, writeState } from '../corpus/index.ts'
import { loadCorpus, printableName } from '../corpus/index.ts'
import { openEngineHolder, snapshotsIn } from '../engine/index.ts'
import { corpusVersion, type ArticleSummary } from '../engine/index.ts'
import { loadCorpusDir, loadSnapshotDir } from '../config/index.ts'
import { EXIT, helpText, parseCli, usageHint, UsageError, type CliSpec } from './args.ts'

/**
 * `npm run corpus -- status | reload | check | list [--json]`: the host's view of the corpus
 * folder (`CORPUS_DIR` from the environment or `.env`, default `seeds`), without Discord.
 */

/** What a run prints and its exit code; the pure part of the CLI, so tests need no process. */
export interface CliRun {
  code: number
  out: string[]
  err: string[]
}

export const CORPUS = {
  name: 'corpus',
  summary: "the host's view of the corpus folder, without Discord",
  usage: ['status | reload | check', 'list [--json]'],
  options: {
    json: { type: 'boolean', description: 'with list: one JSON object, {"articles":[{source,title,date,dateInferred,outlet,url,passages,warnings}]}' },
  },
  notes: [
    'commands:',
    '  status  articles, passages, quotes and dated events indexed; the last recorded change and what differs since',
    '  reload  re-read the folder, record it as the current version; running bots and HTTP processes follow',
    '  check   every file the loader would skip, and why (exit code 1 when there is any); warnings (exit 0)',
    '          for an article whose title fell back to its file name, whose date was inferred, or with no date',
    '  list    every article with its headline, date (inferred ones marked), outlet and warnings',
    '',
    'The corpus is CORPUS_DIR (from the environment or .env; default seeds).',
  ],
  examples: ['npm run corpus -- status', 'npm run corpus -- check', 'npm run --silent corpus -- list --json', 'CORPUS_DIR=articles npm run corpus -- reload'],
} satisfies CliSpec

/**
 * Runs one corpus subcommand against `dir`.
 *
 * @example
 * ```ts
 * const run = await corpusCli(['check'], { dir: 'seeds' })
 * run.code // => 0 when every file would load
 * ```
 */
export async function corpusCli(argv: readonly string[], opts: { dir: string; snapshotDir?: string; now?: () => Date }): Promise<CliRun> {
  const run: CliRun = { code: EXIT.ok, out: [], err: [] }
  let command: string | undefined
  let json = false
  try {
    const args = parseCli(CORPUS, argv)
    if (args.help) return { ...run, out: [helpText(CORPUS).trimEnd()] }
    const [first, ...rest] = args.positionals
    if (!first) throw new UsageError('corpus: no command given')
    json = args.values.json === true
    if (json && first !== 'list') throw new UsageError('corpus: --json goes with list')
    if (rest.length || !['status', 'reload', 'check', 'list'].includes(first))
      throw new UsageError(`corpus: unknown command ${JSON.stringify(args.positionals.join(' '))}`)
    command = first
  } catch (err) {
    if (!(err instanceof UsageError)) throw err
    run.err.push(err.message, usageHint(CORPUS))
    return { ...run, code: EXIT.usage }
  }
  try {
    const holder = await openEngineHolder({ dir: opts.dir, snapshots: snapshotsIn(opts.dir, undefined, opts.snapshotDir) })
    const engine = holder.engine()
    if (command === 'check') return check(opts.dir, engine.sources(), run)
    if (command === 'list') return list(engine.sources(), json, run)
    const state = readState(opts.dir)
    const n = countIndexed(engine)
    run.out.push(
      `corpus ${opts.dir}: ${n.articles} articles, ${n.passages} passages, ${n.quotes} quotes, ${n.events} dated events`,
      `index version: ${engine.version}`,
    )
    const diff = diffManifests(state?.files ?? {}, manifestOf(engine.corpus), engine.corpus.skipped)
    if (command === 'status') {
      run.out.push(
        state ? `last changed: ${state.changedAt} by ${state.changedBy} (${state.change}), version ${state.version}` : 'last changed: no change recorded yet',
      )
      if (state && state.version !== engine.version)
        run.out.push('the folder differs from the last recorded change:', ...describeDiff(diff).map((l) => `  ${l}`))
      for (const s of engine.corpus.skipped) run.out.push(`skipped: ${printableName(s.source)}: ${s.reason}`)
      return run
    }
    const changedAt = (opts.now ?? (() => new Date()))().toISOString()
    writeState(opts.dir, { version: engine.version, changedAt, changedBy: 'cli', change: 'reload', files: manifestOf(engine.corpus) })
    run.out.push(`reloaded (was ${state?.version ?? 'unrecorded'}):`, ...describeDiff(diff).map((l) => `  ${l}`))
    run.out.push('running bots and HTTP processes on this folder follow the new version within a few seconds')
    return run
  } catch (err) {
    run.err.push((err as Error).message)
    return { ...run, code: EXIT.failed }
  }
}

/** Every file the loader would skip, with why (exit code 1 when there is any), and what it could not read in those it loads. */
function check(dir: string, sources: readonly ArticleSummary[], run: CliRun): CliRun {
  const corpus = loadCorpus(dir)
  const empty = corpus.articles.filter((a) => a.sentences.length === 0)
  // Names are escaped: a file name on disk may hold a newline or a terminal escape sequence.
  for (const s of corpus.skipped) run.err.push(`corpus: ${printableName(s.source)} would be skipped: ${s.reason}`)
  for (const a of empty) run.err.push(`corpus: ${printableName(a.source)} loads but has no body text to cite`)
  for (const a of sources) for (const w of a.warnings) run.err.push(`corpus: warning: ${printableName(a.source)}: ${w}`)
  const warned = sources.filter((a) => a.warnings.length > 0).length
  run.out.push(
    `${corpus.articles.length} articles load (${warned} with warnings), ${corpus.skipped.length} would be skipped; index version ${corpusVersion(corpus.articles)}`,
  )
  return { ...run, code: corpus.skipped.length + empty.length > 0 ? EXIT.failed : EXIT.ok }
}

/** Every article as `/sources` shows it, one line each or as JSON. */
function list(sources: readonly ArticleSummary[], json: boolean, run: CliRun): CliRun {
  if (json) {
    const articles = sources.map(({ source, title, date, dateInferred, outlet, url, passages, warnings }) => ({
      source,
      title,
      date,
      dateInferred,
      outlet,
      url,
      passages,
      warnings,
    }))
    run.out.push(JSON.stringify({ articles }))
    return run
  }
  for (const a of sources)
    run.out.push(
      `${printableName(a.source)}  ${a.date ? `${a.date}${a.dateInferred ? ' (inferred)' : ''}` : 'undated'}  ${a.title}${a.outlet ? ` — ${a.outlet}` : ''}${a.warnings.length ? `  [${a.warnings.length} warning${a.warnings.length > 1 ? 's' : ''}]` : ''}`,
    )
  return run
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  // Read through the one config path, so CORPUS_DIR in .env is the folder the bot serves.
  const dir = loadCorpusDir()
  corpusCli(process.argv.slice(2), { dir, snapshotDir: loadSnapshotDir(dir) }).then(
    (run) => {
      for (const line of run.out) process.stdout.write(`${line}\n`)
      for (const line of run.err) process.stderr.write(`${line}\n`)
      process.exitCode = run.code
    },
    // What corpusCli did not turn into a result is still one line and exit 1, as every tool reports it.
    (err: unknown) => {
      process.stderr.write(`corpus: ${(err as Error).message ?? String(err)}\n`)
      process.exitCode = EXIT.failed
    },
  )
}
