import { createInterface } from 'node:readline'
import { loadCorpus } from '../corpus/index.ts'
import { buildEngine, type Engine } from '../engine/index.ts'
import type { AskResult } from '../answer/index.ts'
import { loadCorpusDir } from '../config/index.ts'

/**
 * `npm run ask -- "question"`: answers in the terminal with the bot's engine.
 * `--json` prints the machine-readable object; with no question, `--json`
 * reads questions from standard input, one per line, and answers each as soon
 * as it is read.
 */

/** The JSON contract of `ask --json` (other tools depend on this exact shape). */
export function toJson(result: AskResult): object {
  return {
    question: result.question,
    answer: result.answer,
    citations: result.citations.map((c) => ({ source: c.source, title: c.title, date: c.date, excerpt: c.excerpt, start: c.start, end: c.end })),
    version: result.version,
  }
}

/** The human-readable answer: short answer, then numbered, cited excerpts. */
export function formatAnswer(result: AskResult): string {
  const lines: string[] = []
  if (result.answer === null) {
    lines.push("The articles don't say.")
    if (result.related.length) {
      lines.push('', 'Closest articles:')
      for (const r of result.related) lines.push(`  - ${r.title} (${r.source})`)
    }
    return lines.join('\n')
  }
  lines.push(result.answer, '')
  for (const [i, c] of result.citations.entries()) {
    lines.push(`[${i + 1}] “${c.excerpt.replace(/\s+/g, ' ')}”`)
    const by = [c.title, c.outlet, c.date ?? 'undated', c.source].filter(Boolean).join(' · ')
    lines.push(`    — ${by}`)
  }
  return lines.join('\n')
}

function main(argv: string[]): void {
  const json = argv.includes('--json')
  const unknown = argv.filter((a) => a.startsWith('--') && a !== '--json')
  if (unknown.length) {
    process.stderr.write(`ask: unknown option ${unknown.map((u) => `"${u}"`).join(', ')} (use --json)\n`)
    process.exit(2)
  }
  const question = argv.filter((a) => !a.startsWith('--')).join(' ').trim()
  const dir = loadCorpusDir()
  let engine: Engine
  try {
    const corpus = loadCorpus(dir)
    for (const s of corpus.skipped) process.stderr.write(`ask: skipped ${s.source}: ${s.reason}\n`)
    engine = buildEngine(corpus)
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`)
    process.exit(1)
  }
  if (question) {
    const result = engine.ask(question)
    process.stdout.write(json ? `${JSON.stringify(toJson(result))}\n` : `${formatAnswer(result)}\n`)
    return
  }
  if (!json) {
    process.stderr.write('ask: give a question, e.g. npm run ask -- "Which countries are in the CSTO?" (or --json to read questions from standard input)\n')
    process.exit(2)
  }
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity })
  lines.on('line', (line) => {
    if (line.trim() === '') return
    process.stdout.write(`${JSON.stringify(toJson(engine.ask(line.trim())))}\n`)
  })
}

main(process.argv.slice(2))
