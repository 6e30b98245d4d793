/**
 * `npm run timeline [-- --json]`: the dated events of the corpus in order.
 * The corpus folder is `$CORPUS_DIR`, or `seeds`. With `--json`, stdout holds
 * only `{ "events": [...] }`; skipped files are reported on stderr.
 */
import { pathToFileURL } from 'node:url'
import { loadCorpus } from '../corpus/index.ts'
import { buildDateIndex } from '../dates/index.ts'
import { formatDate, type Granularity } from '../dates/index.ts'
import type { Corpus } from '../corpus/index.ts'
import type { TimelineEvent } from '../dates/index.ts'
import { loadCorpusDir } from '../config/index.ts'

const USAGE = 'usage: npm run timeline [-- --json]'
const SHORT = 110

/** What the command prints, computed without touching the terminal. */
export interface TimelineOutput {
  stdout: string
  stderr: string
  code: number
}

/**
 * The command's output for a loaded corpus and its arguments.
 *
 * @example
 * ```ts
 * JSON.parse(timelineOutput(loadCorpus('seeds'), ['--json']).stdout).events[0].date // => '1956-01-01'
 * ```
 */
export function timelineOutput(corpus: Corpus, args: readonly string[]): TimelineOutput {
  const unknown = args.filter((a) => a !== '--json')
  if (unknown.length) return { stdout: '', stderr: `timeline: unknown argument "${unknown[0]}"\n${USAGE}\n`, code: 2 }
  const stderr = corpus.skipped.map((s) => `timeline: skipped ${s.source}: ${s.reason}\n`).join('')
  const dates = buildDateIndex(corpus.articles)
  const events = dates.timeline()
  if (args.includes('--json')) return { stdout: JSON.stringify({ events }, null, 2) + '\n', stderr, code: 0 }

  const articles = new Map(corpus.articles.map((a) => [a.source, a]))
  const lines = events.map((e) => {
    const a = articles.get(e.source)!
    const published = dates.articleDate(e.source)
    const cite = [a.title, a.outlet, published && (published.inferred ? `${published.date} (inferred)` : published.date), a.source]
      .filter((x) => x)
      .join(', ')
    return `${whenOf(e).padEnd(26)} “${e.phrase}”  ${shorten(e.sentence, e.phrase)}  [${cite}]`
  })
  return { stdout: lines.length ? lines.join('\n') + '\n' : 'No dated events in the corpus.\n', stderr, code: 0 }
}

function whenOf(e: TimelineEvent): string {
  if (!e.end) return formatDate(e.date, null, 'day')
  // The event keeps only its range; its width tells a decade, a year, a month and a week apart.
  const years = Number(e.end.slice(0, 4)) - Number(e.date.slice(0, 4))
  const whole = e.date.endsWith('-01-01') && e.end.endsWith('-12-31')
  const granularity: Granularity | null =
    whole && years === 9 ? 'decade' : whole && years === 0 ? 'year' : e.date.slice(0, 7) === e.end.slice(0, 7) && e.date.endsWith('-01') ? 'month' : years === 0 ? 'week' : null
  return granularity ? formatDate(e.date, e.end, granularity) : `${e.date} – ${e.end}`
}

/** The sentence cut to a window that keeps the phrase in view. */
function shorten(sentence: string, phrase: string): string {
  const flat = sentence.replace(/\s+/g, ' ')
  if (flat.length <= SHORT) return flat
  const at = Math.max(0, flat.indexOf(phrase.replace(/\s+/g, ' ')))
  const from = Math.max(0, Math.min(at - 40, flat.length - SHORT))
  const cut = flat.slice(from, from + SHORT)
  return `${from > 0 ? '…' : ''}${cut.trim()}${from + SHORT < flat.length ? '…' : ''}`
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
  const out = timelineOutput(corpus, args)
  process.stdout.write(out.stdout)
  process.stderr.write(out.stderr)
  process.exitCode = out.code
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main()
