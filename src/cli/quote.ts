import { loadCorpus } from '../corpus/index.ts'
import { runQuoteCli } from '../quotes/index.ts'
import { buildQuoteIndex } from '../quotes/index.ts'
import { loadCorpusDir } from '../config/index.ts'

/**
 * `npm run quote -- --speaker NAME | --text WORDS | --speakers [--json]`: who
 * said what in the corpus (`CORPUS_DIR`, default `seeds`). Only the result goes
 * to standard output; skipped files and errors go to standard error.
 */
function main(argv: string[]): number {
  const dir = loadCorpusDir()
  let corpus
  try {
    corpus = loadCorpus(dir)
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`)
    return 1
  }
  for (const s of corpus.skipped) process.stderr.write(`quote: skipped ${s.source}: ${s.reason}\n`)
  const out = runQuoteCli(argv, buildQuoteIndex(corpus.articles), corpus.articles)
  process.stdout.write(out.stdout)
  process.stderr.write(out.stderr)
  return out.code
}

process.exitCode = main(process.argv.slice(2))
