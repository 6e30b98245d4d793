import { pathToFileURL } from 'node:url'
import { loadCorpusDir } from '../config/index.ts'
import { DEFAULT_LIMIT, quoteOutput, type QuoteArgs } from '../quotes/index.ts'
import { parseCli, UsageError, type CliSpec, type ParsedArgs } from './args.ts'
import { openCliEngine } from './engine.ts'
import { runTool } from './tool.ts'

/**
 * `npm run quote -- --speaker NAME | --text WORDS | --speakers [--json]`: who
 * said what in the corpus (`CORPUS_DIR`, default `seeds`), from the corpus's
 * snapshot. Only the result goes to standard output; skipped files and errors
 * go to standard error.
 */

export const QUOTE = {
  name: 'quote',
  summary: 'who said what in the corpus: quotations by speaker or by words, verbatim with their source',
  usage: ['--speaker NAME | --text WORDS | --speakers [--json] [--limit N]'],
  options: {
    speaker: { type: 'string', value: 'NAME', description: 'quotations by a person or body (any spelling of the name)' },
    text: { type: 'string', value: 'WORDS', description: 'quotations containing these words, and who said them' },
    speakers: { type: 'boolean', description: 'everyone quoted, with role and number of quotations' },
    json: { type: 'boolean', description: 'machine-readable output on standard output' },
    limit: { type: 'string', value: 'N', description: `at most N quotations (default ${DEFAULT_LIMIT})` },
  },
  notes: ['The corpus is CORPUS_DIR (from the environment or .env; default seeds). No quotation found is a result (exit code 0).'],
  examples: ['npm run quote -- --speaker Blinken', 'npm run quote -- --text "playing checkers" --json', 'npm run quote -- --speakers'],
} satisfies CliSpec

/**
 * The lookup a `quote` command line asks for.
 *
 * @throws {@link UsageError} `quote: ...` for a bad `--limit` or nothing to look up.
 * @example
 * ```ts
 * quoteArgs(parseCli(QUOTE, ['--speaker', 'Blinken', '--json']))
 * // => { speaker: 'Blinken', speakers: false, json: true, limit: 50 }
 * ```
 */
export function quoteArgs({ values }: ParsedArgs<typeof QUOTE.options>): QuoteArgs {
  const args: QuoteArgs = { speakers: values.speakers === true, json: values.json === true, limit: DEFAULT_LIMIT }
  if (values.speaker !== undefined) args.speaker = values.speaker
  if (values.text !== undefined) args.text = values.text
  if (values.limit !== undefined) {
    const n = Number(values.limit)
    if (!Number.isInteger(n) || n < 1) throw new UsageError(`quote: --limit must be a positive whole number, not "${values.limit}"`)
    args.limit = n
  }
  if (!args.speakers && !args.speaker?.trim() && !args.text?.trim())
    throw new UsageError('quote: say what to look up with --speaker NAME, --text WORDS or --speakers')
  return args
}

/**
 * Reads a `quote` command line (tests call this; the tool reads it through {@link runTool}).
 *
 * @throws {@link UsageError} naming an unknown option, a missing value, or a stray argument.
 * @example
 * ```ts
 * parseQuoteArgs(['--text', 'checkers']).text // => 'checkers'
 * ```
 */
export function parseQuoteArgs(argv: readonly string[]): QuoteArgs {
  return quoteArgs(parseCli(QUOTE, argv, false))
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runTool(
    QUOTE,
    process.argv.slice(2),
    (parsed) => {
      const args = quoteArgs(parsed)
      const engine = openCliEngine(loadCorpusDir(), 'quote', (line) => void process.stderr.write(`${line}\n`))
      const out = quoteOutput(args, { search: (query, limit) => engine.quotes(query, limit), speakers: () => engine.speakers() }, engine.corpus.articles)
      process.stdout.write(out.stdout)
      process.stderr.write(out.stderr)
      return out.code
    },
    false,
  )
}
