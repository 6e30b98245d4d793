/**
 * `npm run timeline [-- --all] [--json]`: the dated events of the corpus's own
 * period in order; `--all` adds the background history. The corpus folder is
 * `$CORPUS_DIR`, or `seeds`. With `--json`, stdout holds only
 * `{ "events": [...] }`; skipped files are reported on stderr.
 */
import { pathToFileURL } from 'node:url'
import { buildDateIndex, corpusPeriod, scopeTimeline, type DateIndex } from '../dates/index.ts'
import type { Corpus } from '../corpus/index.ts'
import type { Engine } from '../engine/index.ts'
import { loadCorpusDir } from '../config/index.ts'
import { EXIT, helpText, parseCli, usageHint, UsageError, type CliSpec } from './args.ts'
import { openCliEngine } from './engine.ts'
import { DEFAULT_WIDTH, timelineText } from './timeline-text.ts'

export const TIMELINE = {
  name: 'timeline',
  summary: "the dated events of the corpus's own period in date order, each with its sentence and article",
  usage: ['[--all] [--json]'],
  options: {
    all: { type: 'boolean', description: 'add the background history the articles recall' },
    json: { type: 'boolean', description: 'print only { "events": [...] } on standard output' },
  },
  notes: ['The corpus is CORPUS_DIR (from the environment or .env; default seeds).'],
  examples: ['npm run timeline', 'npm run timeline -- --all', 'npm run --silent timeline -- --json > events.json'],
} satisfies CliSpec

/** Where the timeline's dates come from: a date index, or an engine's timeline and sources. */
export type TimelineDates = Pick<DateIndex, 'timeline' | 'articleDate'>

/** The dates of an engine restored from its snapshot, without building a date index again. */
export function engineDates(engine: Pick<Engine, 'timeline' | 'sources'>): TimelineDates {
  const published = new Map(engine.sources().map((a) => [a.source, a.date ? { date: a.date, inferred: a.dateInferred } : null]))
  return { timeline: () => engine.timeline(), articleDate: (source) => published.get(source) ?? null }
}

/** What the command prints, computed without touching the terminal. */
export interface TimelineOutput {
  stdout: string
  stderr: string
  code: number
}

/**
 * The command's output for a loaded corpus and its arguments, text wrapped to `width`.
 *
 * @example
 * ```ts
 * JSON.parse(timelineOutput(loadCorpus('seeds'), ['--json']).stdout).events[0].date // => '2022-01-05'
 * JSON.parse(timelineOutput(loadCorpus('seeds'), ['--json', '--all']).stdout).events[0].date // => '1956-01-01'
 * ```
 */
export function timelineOutput(
  corpus: Corpus,
  args: readonly string[],
  width = DEFAULT_WIDTH,
  dates: TimelineDates = buildDateIndex(corpus.articles),
): TimelineOutput {
  let values: { all?: boolean; json?: boolean }
  try {
    const parsed = parseCli(TIMELINE, args, false)
    if (parsed.help) return { stdout: helpText(TIMELINE), stderr: '', code: EXIT.ok }
    values = parsed.values
  } catch (err) {
    if (!(err instanceof UsageError)) throw err
    return { stdout: '', stderr: `${err.message}\n${usageHint(TIMELINE)}\n`, code: EXIT.usage }
  }
  const stderr = corpus.skipped.map((s) => `timeline: skipped ${s.source}: ${s.reason}\n`).join('')
  const scope = values.all ? 'all' : 'period'
  if (!values.json) return { stdout: timelineText(corpus, dates, { scope, width }), stderr, code: EXIT.ok }
  const all = dates.timeline()
  const events = scopeTimeline(
    all,
    corpusPeriod(
      all,
      corpus.articles.map((a) => dates.articleDate(a.source)?.date ?? null),
    ),
    scope,
  )
  return { stdout: JSON.stringify({ events }, null, 2) + '\n', stderr, code: EXIT.ok }
}

function main(): void {
  const args = process.argv.slice(2)
  const usage = timelineOutput({ articles: [], skipped: [] }, args)
  // Help and a wrong command line are answered before the corpus is read.
  if (usage.code !== EXIT.ok || args.includes('--help') || args.includes('-h')) {
    process.stdout.write(usage.stdout)
    process.stderr.write(usage.stderr)
    process.exitCode = usage.code
    return
  }
  try {
    const engine = openCliEngine(loadCorpusDir(), 'timeline', (line) => void process.stderr.write(`${line}\n`))
    const out = timelineOutput(engine.corpus, args, process.stdout.columns, engineDates(engine))
    process.stdout.write(out.stdout)
    process.stderr.write(out.stderr)
    process.exitCode = out.code
  } catch (err) {
    process.stderr.write(`timeline: ${(err as Error).message}\n`)
    process.exitCode = EXIT.failed
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main()
