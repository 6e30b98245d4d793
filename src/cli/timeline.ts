/**
 * `npm run timeline [-- --json]`: the dated events of the corpus in order,
 * from the corpus's snapshot. The corpus folder is `$CORPUS_DIR` (environment
 * or `.env`), or `seeds`. With `--json`, stdout holds only `{ "events": [...] }`;
 * skipped files are reported on stderr.
 */
import { pathToFileURL } from 'node:url'
import { formatDate, type Granularity } from '../dates/index.ts'
import type { Engine } from '../engine/index.ts'
import type { TimelineEvent } from '../dates/index.ts'
import { loadCorpusDir } from '../config/index.ts'
import { EXIT, type CliSpec } from './args.ts'
import { openCliEngine } from './engine.ts'
import { runTool } from './tool.ts'

export const TIMELINE = {
  name: 'timeline',
  summary: 'the dated events of the corpus in date order, each with the sentence and article it comes from',
  usage: ['[--json]'],
  options: {
    json: { type: 'boolean', description: 'print only { "events": [...] } on standard output' },
  },
  notes: ['The corpus is CORPUS_DIR (from the environment or .env; default seeds).'],
  examples: ['npm run timeline', 'npm run --silent timeline -- --json > events.json'],
} satisfies CliSpec

const SHORT = 110

/** What the timeline is read from: an engine (restored or built). */
export type TimelineSource = Pick<Engine, 'corpus' | 'timeline' | 'sources'>

/** What the command prints, computed without touching the terminal. */
export interface TimelineOutput {
  stdout: string
  stderr: string
  code: number
}

/**
 * The command's output for an engine and the parsed options.
 *
 * @example
 * ```ts
 * JSON.parse(timelineOutput(buildEngine(loadCorpus('seeds')), { json: true }).stdout).events[0].date // => '1956-01-01'
 * ```
 */
export function timelineOutput(source: TimelineSource, opts: { json?: boolean }): TimelineOutput {
  const { corpus } = source
  const events = source.timeline()
  if (opts.json) return { stdout: JSON.stringify({ events }, null, 2) + '\n', stderr: '', code: 0 }

  const articles = new Map(corpus.articles.map((a) => [a.source, a]))
  const summaries = new Map(source.sources().map((a) => [a.source, a]))
  const lines = events.map((e) => {
    const a = articles.get(e.source)!
    const published = summaries.get(e.source)
    const cite = [a.title, a.outlet, published?.date && (published.dateInferred ? `${published.date} (inferred)` : published.date), a.source]
      .filter((x) => x)
      .join(', ')
    return `${whenOf(e).padEnd(26)} “${e.phrase}”  ${shorten(e.sentence, e.phrase)}  [${cite}]`
  })
  return { stdout: lines.length ? lines.join('\n') + '\n' : 'No dated events in the corpus.\n', stderr: '', code: 0 }
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

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runTool(
    TIMELINE,
    process.argv.slice(2),
    ({ values }) => {
      const engine = openCliEngine(loadCorpusDir(), 'timeline', (line) => void process.stderr.write(`${line}\n`))
      const out = timelineOutput(engine, values)
      process.stdout.write(out.stdout)
      process.stderr.write(out.stderr)
      return out.code === 0 ? EXIT.ok : out.code
    },
    false,
  )
}
