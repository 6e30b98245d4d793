/**
 * `npm run quote` without the I/O: parses the arguments, asks the quote index
 * and renders the result as text or as the JSON other tools read.
 */
import type { QuoteIndex } from './quote-index.ts'
import type { Article } from '../corpus/index.ts'
import type { Quote } from './types.ts'

/** What {@link runQuoteCli} prints and the exit code. */
export interface CliOutput {
  stdout: string
  stderr: string
  code: number
}

/** Parsed `quote` arguments. */
export interface QuoteArgs {
  speaker?: string
  text?: string
  speakers: boolean
  json: boolean
  limit: number
}

/** The most quotations a lookup prints unless `--limit` says otherwise. */
export const DEFAULT_LIMIT = 50

export const QUOTE_USAGE = `usage: npm run quote -- [--speaker NAME] [--text WORDS] [--speakers] [--json] [--limit N]
  --speaker NAME  quotations by a person or body (any spelling of the name)
  --text WORDS    quotations containing these words, and who said them
  --speakers      everyone quoted, with role and number of quotations
  --json          machine-readable output on standard output`

/**
 * Reads the command line of `npm run quote`.
 *
 * @throws Error `quote: ...` naming an unknown option or a missing value.
 * @example
 * ```ts
 * parseQuoteArgs(['--speaker', 'Blinken', '--json'])
 * // => { speaker: 'Blinken', speakers: false, json: true, limit: 50 }
 * ```
 */
export function parseQuoteArgs(argv: readonly string[]): QuoteArgs {
  const args: QuoteArgs = { speakers: false, json: false, limit: DEFAULT_LIMIT }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined]
    const value = (): string => {
      const v = inline ?? argv[++i]
      if (v === undefined || (inline === undefined && v.startsWith('--'))) throw new Error(`quote: ${flag} needs a value`)
      return v
    }
    if (flag === '--speaker') args.speaker = value()
    else if (flag === '--text') args.text = value()
    else if (flag === '--speakers') args.speakers = true
    else if (flag === '--json') args.json = true
    else if (flag === '--limit') {
      const v = value()
      const n = Number(v)
      if (!Number.isInteger(n) || n < 1) throw new Error(`quote: --limit must be a positive whole number, not "${v}"`)
      args.limit = n
    } else throw new Error(`quote: unknown option "${arg}"`)
  }
  if (!args.speakers && !args.speaker?.trim() && !args.text?.trim())
    throw new Error('quote: say what to look up with --speaker NAME, --text WORDS or --speakers')
  return args
}

/**
 * Runs `npm run quote` on an index: no I/O, so tests call it directly.
 *
 * @example
 * ```ts
 * const out = runQuoteCli(['--json', '--text', 'checkers'], index, articles)
 * JSON.parse(out.stdout).quotes[0].speaker // => 'Lech Walensa'
 * ```
 */
export function runQuoteCli(argv: readonly string[], index: QuoteIndex, articles: readonly Article[]): CliOutput {
  let args: QuoteArgs
  try {
    args = parseQuoteArgs(argv)
  } catch (err) {
    return { stdout: '', stderr: `${(err as Error).message}\n${QUOTE_USAGE}\n`, code: 2 }
  }
  if (args.speakers) {
    const list = index.speakers()
    if (args.json) return ok(`${JSON.stringify({ speakers: list }, null, 2)}\n`)
    const lines = list.map((s) => `${s.name}${s.role ? ` (${s.role})` : ''}: ${s.quotes} ${s.quotes === 1 ? 'quotation' : 'quotations'}`)
    return ok(`${lines.join('\n') || 'No quotations found in the corpus.'}\n`)
  }
  const query = { ...(args.speaker ? { speaker: args.speaker } : {}), ...(args.text ? { text: args.text } : {}) }
  const quotes = index.search(query, args.limit)
  if (args.json) return ok(`${JSON.stringify({ quotes: quotes.map(quoteJson) }, null, 2)}\n`)
  if (quotes.length === 0) return ok(`No quotation matches ${describe(args)}.\n`)
  const byName = new Map(articles.map((a) => [a.source, a]))
  return ok(`${quotes.map((q) => formatQuote(q, byName.get(q.source))).join('\n\n')}\n`)
}

/** The JSON contract of `quote --json` (other tools depend on this exact shape). */
export function quoteJson(q: Quote): object {
  return { speaker: q.speaker, role: q.role, text: q.text, source: q.source, title: q.title, date: q.date, start: q.start, end: q.end }
}

/** One quotation for the terminal: the words, who said them, where, and the attributing sentence. */
export function formatQuote(q: Quote, article?: Article): string {
  const lines = [`“${q.text.replace(/\s+/g, ' ')}”`, `  — ${q.speaker}${q.role ? `, ${q.role}` : ''}`]
  lines.push(`  ${q.title} · ${q.date ?? 'undated'} · ${q.source}`)
  if (article) {
    const sentence = article.text.slice(q.attribution.start, q.attribution.end).replace(/\s+/g, ' ')
    lines.push(`  Attributed in: ${sentence.length > 300 ? `${sentence.slice(0, 297)}...` : sentence}`)
  }
  return lines.join('\n')
}

function describe(args: QuoteArgs): string {
  return [args.speaker && `speaker "${args.speaker}"`, args.text && `words "${args.text}"`].filter(Boolean).join(' and ')
}

function ok(stdout: string): CliOutput {
  return { stdout, stderr: '', code: 0 }
}
