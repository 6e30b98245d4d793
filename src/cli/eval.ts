import { readFileSync } from 'node:fs'
import { loadCorpus } from '../corpus/index.ts'
import { buildEngine } from '../engine/index.ts'
import { evaluateAsk, formatAskReport, parseEvalSet, type AskItem } from '../eval/index.ts'
import { evaluateQuotes, formatQuoteEvalReport, type QuoteItem } from '../eval/index.ts'
import { SEED_QUOTES } from '../../tests/fixtures/seed-quotes.ts'
import { loadCorpusDir } from '../config/index.ts'

/**
 * `npm run eval`: runs the development set (`tests/fixtures/dev.jsonl`, or the
 * file given) against the corpus (`CORPUS_DIR`, default `seeds/`): the `ask`
 * items through the answer engine, the `quote` items and the hand-labelled
 * quotations of the seeds through the quote index.
 */
const file = process.argv[2] ?? 'tests/fixtures/dev.jsonl'
const corpus = loadCorpus(loadCorpusDir())
for (const s of corpus.skipped) process.stderr.write(`eval: skipped ${s.source}: ${s.reason}\n`)
const engine = buildEngine(corpus)
const items = parseEvalSet(readFileSync(file, 'utf8'))
const asks = items.filter((i) => i.type === 'ask') as unknown as AskItem[]
const quotes = items.filter((i) => i.type === 'quote') as unknown as QuoteItem[]
process.stdout.write(`== ask (${asks.length} items)\n${formatAskReport(evaluateAsk(engine, asks))}\n\n`)
process.stdout.write(`== quote (${quotes.length} items, ${SEED_QUOTES.length} hand-labelled quotations)\n`)
process.stdout.write(`${formatQuoteEvalReport(evaluateQuotes([...corpus.articles], quotes, SEED_QUOTES))}\n`)
