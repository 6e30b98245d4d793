import { readFileSync } from 'node:fs'
import { loadCorpus } from '../corpus.ts'
import { buildEngine } from '../engine.ts'
import { evaluateAsk, formatAskReport, parseEvalSet, type AskItem } from '../eval.ts'

/**
 * `npm run eval`: runs the development set (`tests/fixtures/dev.jsonl`, or the
 * file given) against the seed corpus and prints per-item results and totals.
 */
const file = process.argv[2] ?? 'tests/fixtures/dev.jsonl'
const corpus = loadCorpus(process.env.CORPUS_DIR || 'seeds')
for (const s of corpus.skipped) process.stderr.write(`eval: skipped ${s.source}: ${s.reason}\n`)
const engine = buildEngine(corpus)
const items = parseEvalSet(readFileSync(file, 'utf8'))
const report = evaluateAsk(engine, items.filter((i): i is AskItem & { type: 'ask' } => i.type === 'ask') as AskItem[])
process.stdout.write(`${formatAskReport(report)}\n`)
