import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { loadCorpus, printableName } from '../corpus/index.ts'
import { buildEngine } from '../engine/index.ts'
import {
  evaluateAsk,
  evaluateQuotes,
  formatAskItems,
  formatAskReport,
  formatQuoteEvalReport,
  parseEvalSet,
  type AskItem,
  type QuoteItem,
} from '../eval/index.ts'
import { SEED_QUOTES } from '../../tests/fixtures/seed-quotes.ts'
import { loadCorpusDir } from '../config/index.ts'
import { EXIT, UsageError, type CliSpec } from './args.ts'
import { runTool } from './tool.ts'

/**
 * `npm run eval [-- --verbose] [SET ...]`: scores the engine on evaluation sets.
 * A set is a folder holding `questions.jsonl` and `articles/`, or `seeds` (the
 * seed dev set over `seeds/`). With no set given, both sets the project keeps
 * are scored: the seeds and `tests/fixtures/wide`.
 */
export const EVAL = {
  name: 'eval',
  summary: 'scores the answer engine and the quote index on evaluation sets',
  usage: ['[--verbose] [SET ...]'],
  options: { verbose: { type: 'boolean', short: 'v', description: 'one line per item: grounded, right, WRONG, passages, and the reply' } },
  notes: [
    'SET is a folder with questions.jsonl and articles/, "seeds" (the seed dev set over seeds/), or a',
    'FILE.jsonl asked of CORPUS_DIR (from the environment or .env; default seeds). Default: seeds tests/fixtures/wide.',
  ],
  examples: [
    'npm run eval',
    'npm run eval -- --verbose tests/fixtures/wide',
    'npm run eval -- path/to/my-set',
    'CORPUS_DIR=articles npm run eval -- my-questions.jsonl',
  ],
} satisfies CliSpec

interface EvalSet {
  name: string
  questions: string
  corpus: string
}

function resolveSet(arg: string): EvalSet {
  if (arg === 'seeds') return { name: 'seeds', questions: 'tests/fixtures/dev.jsonl', corpus: 'seeds' }
  // A questions file alone is asked of the corpus the bot serves.
  if (arg.endsWith('.jsonl') && existsSync(arg) && statSync(arg).isFile()) return { name: arg, questions: arg, corpus: loadCorpusDir() }
  const questions = join(arg, 'questions.jsonl')
  const corpus = join(arg, 'articles')
  if (!existsSync(arg) || !statSync(arg).isDirectory() || !existsSync(questions) || !existsSync(corpus))
    throw new UsageError(`eval: ${JSON.stringify(arg)} is not "seeds", a .jsonl file, nor a folder with questions.jsonl and articles/`)
  return { name: arg, questions, corpus }
}

function runSet(set: EvalSet, verbose: boolean): string {
  const corpus = loadCorpus(set.corpus)
  const engine = buildEngine(corpus)
  const items = parseEvalSet(readFileSync(set.questions, 'utf8'))
  const asks = items.filter((i) => i.type === 'ask') as unknown as AskItem[]
  const quotes = items.filter((i) => i.type === 'quote') as unknown as QuoteItem[]
  const ask = evaluateAsk(engine, asks)
  const quoted = evaluateQuotes([...corpus.articles], quotes, set.name === 'seeds' ? SEED_QUOTES : [])
  const passed = quoted.items.filter((i) => i.pass).length
  const out = [`== ${set.name}: ${corpus.articles.length} articles, ${asks.length} ask items, ${quotes.length} quote items`]
  for (const s of corpus.skipped) process.stderr.write(`eval: skipped ${printableName(s.source)}: ${s.reason}\n`)
  if (verbose) out.push(formatAskItems(ask), '', formatQuoteEvalReport(quoted), '')
  out.push(formatAskReport(ask), `quotes    ${passed}/${quoted.items.length}`)
  return out.join('\n')
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runTool(EVAL, process.argv.slice(2), ({ values, positionals }) => {
    const sets = (positionals.length ? positionals : ['seeds', 'tests/fixtures/wide']).map(resolveSet)
    process.stdout.write(`${sets.map((s) => runSet(s, values.verbose === true)).join('\n\n')}\n`)
    return EXIT.ok
  })
}
