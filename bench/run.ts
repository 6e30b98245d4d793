import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateCorpus } from './synthetic.ts'
import { medianSummary, type Summary } from './stats.ts'
import { measureColdAsk } from './cli.ts'
import { suggestFigures } from './suggest.ts'
import type { PhaseFigures } from './figures.ts'

/**
 * `npm run bench`: generates the synthetic corpus at each size, then measures
 * in separate processes the build (and snapshot save), the serving engine
 * restored from the snapshot (`/ask`, `/quote`, autocomplete) and plain
 * minisearch over the same paragraphs as the baseline. Prints a table and
 * writes the figures to `bench/results/<time>.json`.
 *
 * Environment: BENCH_SIZES (default "1000,10000"), BENCH_SEED (1),
 * BENCH_REPEATS (3 sets of 200 questions for our engine), BENCH_BASELINE_REPEATS
 * (3 at 1,000 articles, 1 above: plain minisearch takes a minute a set at 10,000),
 * BENCH_HEAP_MB (each phase's V8 heap limit, 4096; plain minisearch needs more
 * than that at 50,000 articles), BENCH_BASELINE=off (our phases only: the
 * 100,000-article run).
 *
 * A size whose build or serve phase fails is reported as failed, and one whose
 * baseline fails keeps our figures: a late failure loses nothing measured before it.
 */

const sizes = (process.env.BENCH_SIZES ?? '1000,10000').split(',').filter(Boolean).map(Number)
const seed = Number(process.env.BENCH_SEED ?? 1)
const repeats = Number(process.env.BENCH_REPEATS ?? 3)
const heapMB = Number(process.env.BENCH_HEAP_MB ?? 4096)
// Plain minisearch takes twenty minutes at 50,000 articles: BENCH_BASELINE=off measures our phases only.
const withBaseline = process.env.BENCH_BASELINE !== 'off'

function phase<P extends keyof PhaseFigures>(name: P, dir: string, articles: number, reps: number, version = ''): PhaseFigures[P] {
  const started = performance.now()
  const run = spawnSync(
    process.execPath,
    [
      '--expose-gc',
      `--max-old-space-size=${heapMB}`,
      '--import',
      'tsx',
      join(import.meta.dirname, 'phase.ts'),
      name,
      dir,
      String(articles),
      String(seed),
      String(reps),
      version,
    ],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 2 ** 20,
    },
  )
  if (run.status !== 0) throw new Error(`bench: phase ${name} at ${articles} articles failed:\n${run.stderr}`)
  const line = run.stdout.trim().split('\n').at(-1)!
  process.stderr.write(`  ${name}: ${((performance.now() - started) / 1000).toFixed(1)} s\n`)
  return JSON.parse(line) as PhaseFigures[P]
}

/** One corpus size's figures, as printed and saved. */
function sizeResult(articles: number, build: PhaseFigures['build'], serve: PhaseFigures['serve'], baseline: PhaseFigures['baseline'] | null) {
  return {
    articles,
    passages: build.passages,
    paragraphs: baseline?.paragraphs,
    build: { parseMs: build.parseMs, buildMs: build.buildMs, saveMs: build.saveMs, snapshotMB: build.snapshotMB },
    serve: { loadMs: serve.loadMs, heapMB: serve.heapMB, rssMB: serve.rssMB },
    ask: medianSummary(serve.ask),
    quote: medianSummary(serve.quote),
    autocomplete: medianSummary(serve.autocomplete),
    suggest: suggestFigures(serve.suggest),
    baseline: baseline && {
      buildMs: baseline.buildMs,
      saveMs: baseline.saveMs,
      loadMs: baseline.loadMs,
      snapshotMB: baseline.snapshotMB,
      heapMB: baseline.indexHeapMB,
      ask: medianSummary(baseline.ask),
    },
    runs: { ask: serve.ask, baseline: baseline?.ask },
  }
}

process.stderr.write('bench: cold npm run ask on the seeds\n')
const coldAsk = measureColdAsk(join(import.meta.dirname, '..', 'seeds'), Number(process.env.BENCH_CLI_RUNS ?? 5))
const results: ReturnType<typeof sizeResult>[] = []
// A phase's failure, by corpus size: what the table cannot show.
const failures: { articles: number; phase: string; error: string }[] = []
const failed = (articles: number, phase: string, error: unknown) => {
  const message = error instanceof Error ? error.message : String(error)
  // The phase's stderr says why, in V8's "FATAL ERROR" line or a thrown error's; a stack trace says nothing more.
  const lines = message.trim().split('\n')
  const why = lines.find((l) => /FATAL ERROR|\bError\b/.test(l)) ?? lines.at(-1)
  failures.push({ articles, phase, error: `${lines[0]!.replace(/:$/, '')}: ${why?.trim()}` })
  process.stderr.write(`  ${phase} failed at ${articles} articles\n`)
}
for (const articles of sizes) {
  process.stderr.write(`bench: ${articles} articles\n`)
  const dir = mkdtempSync(join(tmpdir(), `bench-${articles}-`))
  try {
    for (const f of generateCorpus({ seed, count: articles, seedDir: join(import.meta.dirname, '..', 'seeds') }).files) writeFileSync(join(dir, f.name), f.text)
    const build = phase('build', dir, articles, 1)
    const serve = phase('serve', dir, articles, repeats, build.version)
    const baselineRepeats = Number(process.env.BENCH_BASELINE_REPEATS ?? (articles > 2000 ? 1 : 3))
    let baseline: PhaseFigures['baseline'] | null = null
    try {
      if (withBaseline) baseline = phase('baseline', dir, articles, baselineRepeats)
    } catch (error) {
      failed(articles, 'baseline', error)
    }
    results.push(sizeResult(articles, build, serve, baseline))
  } catch (error) {
    failed(articles, 'build or serve', error)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const ms = (n: number) => (n >= 1000 ? `${(n / 1000).toFixed(1)} s` : n < 1 ? `${n.toFixed(2)} ms` : `${n.toFixed(1)} ms`)
// A baseline figure, or a dash where the baseline phase failed.
const base = (r: (typeof results)[number], cell: (b: NonNullable<(typeof results)[number]['baseline']>) => string) => (r.baseline ? cell(r.baseline) : '—')
const suggestCell = (f: { latency: Summary; found: number }) => `${ms(f.latency.p99)}, ${(f.found * 100).toFixed(0)}%`
const rows: [string, ...string[]][] = [
  ['', ...results.map((r) => `${r.articles} articles`)],
  ['passages (sentences) / paragraphs', ...results.map((r) => `${r.passages} / ${r.paragraphs ?? '—'}`)],
  ['/ask p50 / p90 / p99', ...results.map((r) => `${ms(r.ask.p50)} / ${ms(r.ask.p90)} / ${ms(r.ask.p99)}`)],
  ['baseline p50 / p90 / p99', ...results.map((r) => base(r, (b) => `${ms(b.ask.p50)} / ${ms(b.ask.p90)} / ${ms(b.ask.p99)}`))],
  ['ratio ours/baseline p50 / p99', ...results.map((r) => base(r, (b) => `${(r.ask.p50 / b.ask.p50).toFixed(3)} / ${(r.ask.p99 / b.ask.p99).toFixed(3)}`))],
  ['baseline ÷ ours at p99', ...results.map((r) => base(r, (b) => `${(b.ask.p99 / r.ask.p99).toFixed(1)}×`))],
  ['/quote p99', ...results.map((r) => ms(r.quote.p99))],
  ['autocomplete p50 / p99', ...results.map((r) => `${ms(r.autocomplete.p50)} / ${ms(r.autocomplete.p99)}`)],
  [
    'speakers: quote index p99, found / minisearch',
    ...results.map((r) => `${suggestCell(r.suggest.speakers.quoteIndex)} / ${suggestCell(r.suggest.speakers.minisearch)}`),
  ],
  [
    'articles: substring p99, found / minisearch',
    ...results.map((r) => `${suggestCell(r.suggest.articles.substring)} / ${suggestCell(r.suggest.articles.minisearch)}`),
  ],
  ['minisearch first use (speakers / articles)', ...results.map((r) => `${ms(r.suggest.speakerIndexMs)} / ${ms(r.suggest.articleIndexMs)}`)],
  ['read and parse corpus (build workers)', ...results.map((r) => ms(r.build.parseMs))],
  ['build index (ours / baseline)', ...results.map((r) => `${ms(r.build.buildMs)} / ${base(r, (b) => ms(b.buildMs))}`)],
  ['snapshot save (ours / baseline)', ...results.map((r) => `${ms(r.build.saveMs)} / ${base(r, (b) => ms(b.saveMs))}`)],
  ['start-up from snapshot (ours / baseline)', ...results.map((r) => `${ms(r.serve.loadMs)} / ${base(r, (b) => ms(b.loadMs))}`)],
  ['snapshot size (ours / baseline)', ...results.map((r) => `${r.build.snapshotMB.toFixed(1)} MB / ${base(r, (b) => `${b.snapshotMB.toFixed(1)} MB`)}`)],
  ['heap / RSS after load (ours)', ...results.map((r) => `${r.serve.heapMB.toFixed(0)} MB / ${r.serve.rssMB.toFixed(0)} MB`)],
  ['baseline index heap', ...results.map((r) => base(r, (b) => `${b.heapMB.toFixed(0)} MB`))],
]
const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)))
const line = (r: string[]) => `| ${r.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`
const table = [line(rows[0]!), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n')
process.stdout.write(
  `\ncold \`npm run ask\` on the seeds (one new process per question): first run (builds the snapshot) ${ms(coldAsk.firstMs)}; then p50 ${ms(coldAsk.restored.p50)}, max ${ms(coldAsk.restored.max)}\n`,
)
process.stdout.write(
  `\n${table}\n\nmedians of ${repeats} sets of 200 questions (baseline: see BENCH_BASELINE_REPEATS); ${cpus().length} cores, Node ${process.version}, heap limit ${heapMB} MB\n`,
)
for (const f of failures) process.stdout.write(`${f.articles} articles: the ${f.phase} phase failed: ${f.error}\n`)

mkdirSync(join(import.meta.dirname, 'results'), { recursive: true })
const out = join(import.meta.dirname, 'results', `${new Date().toISOString().replace(/[:.]/g, '-')}.json`)
writeFileSync(
  out,
  JSON.stringify({ date: new Date().toISOString(), node: process.version, cores: cpus().length, seed, repeats, heapMB, coldAsk, results, failures }, null, 2),
)
process.stdout.write(`figures written to ${out}\n`)
