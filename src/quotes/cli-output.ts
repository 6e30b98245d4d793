/**
 * `npm run quote` without the I/O: asks the quote index for what the parsed
 * arguments say and renders the result as text or as the JSON other tools read.
 */
import type { QuoteIndex } from './quote-index.ts'
import type { Article } from '../corpus/index.ts'
import type { Quote } from './types.ts'

/** What {@link quoteOutput} prints and the exit code. */
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

/** What the lookup needs of the quotations: a quote index, or an engine's `quotes` and `speakers`. */
export type QuoteSource = Pick<QuoteIndex, 'search' | 'speakers'>

/**
 * What `npm run quote` prints for parsed arguments: no I/O, so tests call it directly.
 *
 * @example
 * ```ts
 * const out = quoteOutput({ text: 'checkers', speakers: false, json: true, limit: 50 }, index, articles)
 * JSON.parse(out.stdout).quotes[0].speaker // => 'Lech Walensa'
 * ```
 */
export function quoteOutput(args: QuoteArgs, index: QuoteSource, articles: readonly Article[]): CliOutput {
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
