import { pathToFileURL } from 'node:url'
import { readFileSync } from 'node:fs'
import { evaluateAsk, formatAskReport, parseEvalSet, type AskItem } from '../eval/index.ts'
import { evaluateQuotes, formatQuoteEvalReport, type QuoteItem } from '../eval/index.ts'
import { SEED_QUOTES } from '../../tests/fixtures/seed-quotes.ts'
import { loadCorpusDir } from '../config/index.ts'
import { EXIT, UsageError, type CliSpec } from './args.ts'
import { openCliEngine } from './engine.ts'
import { runTool } from './tool.ts'

/**
 * `npm run eval`: runs the development set (`tests/fixtures/dev.jsonl`, or the
 * file given) against the corpus (`CORPUS_DIR`, default `seeds/`): the `ask`
 * items through the answer engine, the `quote` items and the hand-labelled
 * quotations of the seeds through the quote index.
 */
export const EVAL = {
  name: 'eval',
  summary: 'scores the answer engine and the quote index on a development set',
  usage: ['[FILE.jsonl]'],
  options: {},
  notes: ['FILE defaults to tests/fixtures/dev.jsonl. The corpus is CORPUS_DIR (from the environment or .env; default seeds).'],
  examples: ['npm run eval', 'npm run eval -- my-questions.jsonl'],
} satisfies CliSpec

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runTool(EVAL, process.argv.slice(2), ({ positionals }) => {
    if (positionals.length > 1) throw new UsageError(`eval: give at most one file, not ${positionals.length}`)
    const file = positionals[0] ?? 'tests/fixtures/dev.jsonl'
    const items = parseEvalSet(readFileSync(file, 'utf8'))
    const engine = openCliEngine(loadCorpusDir(), 'eval', (line) => void process.stderr.write(`${line}\n`))
    const asks = items.filter((i) => i.type === 'ask') as unknown as AskItem[]
    const quotes = items.filter((i) => i.type === 'quote') as unknown as QuoteItem[]
    process.stdout.write(`== ask (${asks.length} items)\n${formatAskReport(evaluateAsk(engine, asks))}\n\n`)
    process.stdout.write(`== quote (${quotes.length} items, ${SEED_QUOTES.length} hand-labelled quotations)\n`)
    process.stdout.write(`${formatQuoteEvalReport(evaluateQuotes([...engine.corpus.articles], quotes, SEED_QUOTES))}\n`)
    return EXIT.ok
  })
}
