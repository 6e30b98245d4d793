import { pathToFileURL } from 'node:url'
import { createInterface } from 'node:readline'
import type { AskResult } from '../answer/index.ts'
import { loadCorpusDir } from '../config/index.ts'
import { EXIT, UsageError, type CliSpec } from './args.ts'
import { openCliEngine } from './engine.ts'
import { runTool } from './tool.ts'

/**
 * `npm run ask -- "question"`: answers in the terminal with the bot's engine,
 * restored from the corpus's snapshot. `--json` prints the machine-readable
 * object; with no question, `--json` reads questions from standard input, one
 * per line, and answers each as soon as it is read.
 */

/** The JSON contract of `ask --json` (other tools depend on this exact shape). */
export function toJson(result: AskResult): object {
  return {
    question: result.question,
    status: result.status,
    answer: result.answer,
    citations: result.citations.map((c) => ({
      source: c.source,
      title: c.title,
      date: c.date,
      dateInferred: c.dateInferred,
      excerpt: c.excerpt,
      start: c.start,
      end: c.end,
    })),
    version: result.version,
  }
}

/** The human-readable answer: short answer, then numbered, cited excerpts. */
export function formatAnswer(result: AskResult): string {
  const lines: string[] = []
  if (result.status === 'not_covered') {
    lines.push("The articles don't say.")
    if (result.related.length) {
      lines.push('', 'Closest articles:')
      for (const r of result.related) lines.push(`  - ${r.title} (${r.source})`)
    }
    return lines.join('\n')
  }
  lines.push(result.status === 'answered' ? result.answer! : 'No short answer is certain. These passages may answer the question:', '')
  for (const [i, c] of result.citations.entries()) {
    lines.push(`[${i + 1}] “${c.excerpt.replace(/\s+/g, ' ')}”`)
    const date = c.date ? `${c.date}${c.dateInferred ? ' (inferred)' : ''}` : 'undated'
    const by = [c.title, c.outlet, date, c.source].filter(Boolean).join(' · ')
    lines.push(`    — ${by}`)
  }
  return lines.join('\n')
}

export const ASK = {
  name: 'ask',
  summary: 'answers a question from the corpus, with cited excerpts',
  usage: ['[--json] "QUESTION"', '--json < questions.txt'],
  options: {
    json: {
      type: 'boolean',
      description: 'print one JSON line {question, status, answer, citations, version}; with no question, answer each line of standard input',
    },
  },
  notes: [
    'The corpus is CORPUS_DIR (from the environment or .env; default seeds). The index is restored from',
    'SNAPSHOT_DIR (default <corpus>/.snapshots), or built and saved there on the first run. A question starting with - goes after --.',
    'When the articles do not say, the answer is "The articles don\'t say." (answer: null) and the exit code 0.',
  ],
  examples: [
    'npm run ask -- "How many troops were in the CSTO force?"',
    'npm run ask -- --json "When was the CSTO founded?"',
    "printf 'Who is Tokayev?\\n' | npm run --silent ask -- --json",
  ],
} satisfies CliSpec

/** The one place `ask` writes to standard error. */
const warn = (line: string) => void process.stderr.write(`${line}\n`)

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runTool(ASK, process.argv.slice(2), ({ values, positionals }) => {
    const question = positionals.join(' ').trim()
    if (!question && !values.json) throw new UsageError('ask: give a question, or --json to read questions from standard input')
    const engine = openCliEngine(loadCorpusDir(), 'ask', warn)
    if (question) {
      const result = engine.ask(question)
      process.stdout.write(values.json ? `${JSON.stringify(toJson(result))}\n` : `${formatAnswer(result)}\n`)
      return EXIT.ok
    }
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity })
    lines.on('line', (line) => {
      if (line.trim() === '') return
      process.stdout.write(`${JSON.stringify(toJson(engine.ask(line.trim())))}\n`)
    })
    return new Promise<number>((resolve) => lines.once('close', () => resolve(EXIT.ok)))
  })
}
