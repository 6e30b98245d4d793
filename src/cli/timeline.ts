/**
 * `npm run timeline [-- --all] [--json]`: the dated events of the corpus's own
 * period in order; `--all` adds the background history. The corpus folder is
 * `$CORPUS_DIR`, or `seeds`. With `--json`, stdout holds only
 * `{ "events": [...] }`; skipped files are reported on stderr.
 */
import { pathToFileURL } from 'node:url'
import { loadCorpus } from '../corpus/index.ts'
import { buildDateIndex } from '../dates/index.ts'
import { corpusPeriod, scopeTimeline } from '../dates/index.ts'
import type { Corpus } from '../corpus/index.ts'
import { loadCorpusDir } from '../config/index.ts'
import { DEFAULT_WIDTH, timelineText } from './timeline-text.ts'

const USAGE = 'usage: npm run timeline [-- --all] [--json]'

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
export function timelineOutput(corpus: Corpus, args: readonly string[], width = DEFAULT_WIDTH): TimelineOutput {
  const unknown = args.filter((a) => a !== '--json' && a !== '--all')
  if (unknown.length) return { stdout: '', stderr: `timeline: unknown argument "${unknown[0]}"\n${USAGE}\n`, code: 2 }
  const stderr = corpus.skipped.map((s) => `timeline: skipped ${s.source}: ${s.reason}\n`).join('')
  const dates = buildDateIndex(corpus.articles)
  const scope = args.includes('--all') ? 'all' : 'period'
  if (!args.includes('--json')) return { stdout: timelineText(corpus, dates, { scope, width }), stderr, code: 0 }
  const all = dates.timeline()
  const events = scopeTimeline(all, corpusPeriod(all, corpus.articles.map((a) => dates.articleDate(a.source)?.date ?? null)), scope)
  return { stdout: JSON.stringify({ events }, null, 2) + '\n', stderr, code: 0 }
}

function main(): void {
  const args = process.argv.slice(2)
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${USAGE}\n`)
    return
  }
  let corpus: Corpus
  try {
    corpus = loadCorpus(loadCorpusDir())
  } catch (err) {
    process.stderr.write(`timeline: ${(err as Error).message}\n`)
    process.exitCode = 1
    return
  }
  const out = timelineOutput(corpus, args, process.stdout.columns)
  process.stdout.write(out.stdout)
  process.stderr.write(out.stderr)
  process.exitCode = out.code
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main()
