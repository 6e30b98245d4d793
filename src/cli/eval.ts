import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { loadCorpus } from '../corpus/index.ts'
import { buildEngine } from '../engine/index.ts'
import { evaluateAsk, evaluateQuotes, formatAskItems, formatAskReport, formatQuoteEvalReport, parseEvalSet, type AskItem, type QuoteItem } from '../eval/index.ts'
import { SEED_QUOTES } from '../../tests/fixtures/seed-quotes.ts'

/**
 * `npm run eval [-- --verbose] [SET ...]`: scores the engine on evaluation sets.
 * A set is a folder holding `questions.jsonl` and `articles/`, or `seeds` (the
 * seed dev set over `seeds/`). With no set given, both sets the project keeps
 * are scored: the seeds and `tests/fixtures/wide`.
 */
const USAGE = `usage: npm run eval -- [--verbose] [SET ...]

  SET        a folder with questions.jsonl and articles/, or "seeds" (default: seeds tests/fixtures/wide)
  --verbose  one line per item: grounded, right, WRONG, passages, and the reply`

interface EvalSet {
  name: string
  questions: string
  corpus: string
}

function resolveSet(arg: string): EvalSet {
  if (arg === 'seeds') return { name: 'seeds', questions: 'tests/fixtures/dev.jsonl', corpus: 'seeds' }
  if (!existsSync(arg) || !statSync(arg).isDirectory()) throw new Error(`eval: ${JSON.stringify(arg)} is not a folder with questions.jsonl and articles/`)
  const questions = join(arg, 'questions.jsonl')
  const corpus = join(arg, 'articles')
  if (!existsSync(questions) || !existsSync(corpus)) throw new Error(`eval: ${JSON.stringify(arg)} has no questions.jsonl or no articles/ folder`)
  return { name: arg, questions, corpus }
}

function runSet(set: EvalSet, verbose: boolean): string {
  const corpus = loadCorpus(set.corpus)
  const engine = buildEngine(corpus)
  const items = parseEvalSet(readFileSync(set.questions, 'utf8'))
  const asks = items.filter((i) => i.type === 'ask') as unknown as AskItem[]
  const quotes = items.filter((i) => i.type === 'quote') as unknown as QuoteItem[]
  const ask = evaluateAsk(engine, asks)
  const labels = set.name === 'seeds' ? SEED_QUOTES : []
  const quoted = evaluateQuotes([...corpus.articles], quotes, labels)
  const passed = quoted.items.filter((i) => i.pass).length
  const out = [`== ${set.name}: ${corpus.articles.length} articles, ${asks.length} ask items, ${quotes.length} quote items`]
  for (const s of corpus.skipped) out.push(`skipped ${s.source}: ${s.reason}`)
  if (verbose) out.push(formatAskItems(ask), '', formatQuoteEvalReport(quoted), '')
  out.push(formatAskReport(ask), `quotes    ${passed}/${quoted.items.length}`)
  return out.join('\n')
}

const { values, positionals } = parseArgs({ options: { verbose: { type: 'boolean', short: 'v' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true })
if (values.help) {
  process.stdout.write(`${USAGE}\n`)
} else {
  try {
    const sets = (positionals.length ? positionals : ['seeds', 'tests/fixtures/wide']).map(resolveSet)
    process.stdout.write(`${sets.map((s) => runSet(s, values.verbose === true)).join('\n\n')}\n`)
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${USAGE}\n`)
    process.exitCode = 2
  }
}
