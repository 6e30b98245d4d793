/**
 * Evaluation of the quote index: the dev set's `quote` items, and precision,
 * recall and speaker accuracy against a hand-labelled list of every quotation.
 */
import { buildQuoteIndex, norm, type QuoteIndex } from '../quotes/index.ts'
import { sameSpeaker } from '../quotes/index.ts'
import type { Article } from '../corpus/index.ts'
import type { Quote } from '../quotes/index.ts'

/** A `quote` item of the dev set: a speaker and words that must be quoted, or words and who must have said them. */
export interface QuoteItem {
  id: string
  type: 'quote'
  speaker?: string
  must?: string[]
  text?: string
  speakerMust?: string[]
  sources?: string[]
}

/** One hand-labelled quotation: the file, who says it, and its first words. */
export interface LabelledQuote {
  source: string
  speaker: string
  firstWords: string
}

export interface QuoteItemResult {
  id: string
  pass: boolean
  /** What the index returned first, for the report. */
  got: string
}

export interface QuoteEvalReport {
  items: QuoteItemResult[]
  /** Labelled quotations the extractor found. */
  found: number
  labelled: number
  /** Extracted quotations that match a label. */
  correct: number
  extracted: number
  /** Found quotations whose speaker is the labelled one. */
  rightSpeaker: number
  recall: number
  precision: number
  speakerAccuracy: number
  /** Labels not found, and found ones given the wrong speaker. */
  misses: string[]
}

/** How many quotations a speaker item looks through for its `must` words. */
const SPEAKER_DEPTH = 20

/**
 * Runs the dev set's quote items and scores extraction against `labels`.
 *
 * @example
 * ```ts
 * const r = evaluateQuotes(corpus.articles, items, SEED_QUOTES)
 * r.recall >= 0.9 && r.speakerAccuracy >= 0.9 // => true
 * ```
 */
export function evaluateQuotes(articles: Article[], items: readonly QuoteItem[], labels: readonly LabelledQuote[]): QuoteEvalReport {
  const index = buildQuoteIndex(articles)
  const results = items.map((item) => runItem(index, item))
  const matched = new Set<Quote>()
  let found = 0
  let rightSpeaker = 0
  const misses: string[] = []
  for (const label of labels) {
    const hit = index.quotes.find((q) => q.source === label.source && norm(q.text).includes(norm(label.firstWords)))
    if (!hit) {
      misses.push(`missed: ${label.source} ${label.speaker}: "${label.firstWords}"`)
      continue
    }
    found++
    matched.add(hit)
    if (speakerMatches(label.speaker, hit.speaker)) rightSpeaker++
    else misses.push(`wrong speaker: ${label.source} "${label.firstWords}": ${hit.speaker}, not ${label.speaker}`)
  }
  const inLabelled = index.quotes.filter((q) => labels.some((l) => l.source === q.source))
  const correct = inLabelled.filter((q) => matched.has(q)).length
  for (const q of inLabelled) if (!matched.has(q)) misses.push(`extra: ${q.source} ${q.speaker}: "${q.text.slice(0, 60)}"`)
  return {
    items: results,
    found,
    labelled: labels.length,
    correct,
    extracted: inLabelled.length,
    rightSpeaker,
    recall: ratio(found, labels.length),
    precision: ratio(correct, inLabelled.length),
    speakerAccuracy: ratio(rightSpeaker, found),
    misses,
  }
}

/** Prints a {@link QuoteEvalReport} for `npm run eval`. */
export function formatQuoteEvalReport(r: QuoteEvalReport): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`
  const lines = r.items.map((i) => `${i.pass ? 'PASS' : 'FAIL'} ${i.id}  ${i.got}`)
  const passed = r.items.filter((i) => i.pass).length
  lines.push(`quote items: ${passed}/${r.items.length} pass`)
  lines.push(`quote recall: ${pct(r.recall)} (${r.found}/${r.labelled} labelled quotations found)`)
  lines.push(`quote precision: ${pct(r.precision)} (${r.correct}/${r.extracted} extracted quotations are labelled ones)`)
  lines.push(`quote speaker accuracy: ${pct(r.speakerAccuracy)} (${r.rightSpeaker}/${r.found})`)
  for (const m of r.misses) lines.push(`  ${m}`)
  return lines.join('\n')
}

/** True when a labelled speaker and an extracted one are the same person or body. */
export function speakerMatches(expected: string, actual: string): boolean {
  return norm(expected) === norm(actual) || sameSpeaker(expected, actual)
}

function runItem(index: QuoteIndex, item: QuoteItem): QuoteItemResult {
  const inSources = (q: Quote) => !item.sources?.length || item.sources.includes(q.source)
  if (item.speaker !== undefined) {
    const quotes = index.search({ speaker: item.speaker, ...(item.text ? { text: item.text } : {}) }, SPEAKER_DEPTH)
    const pass = (item.must ?? []).every((m) => quotes.some((q) => inSources(q) && norm(q.text).includes(norm(m))))
    return { id: item.id, pass: pass && quotes.length > 0, got: quotes[0] ? `${quotes[0].speaker}: "${quotes[0].text.slice(0, 60)}"` : '(none)' }
  }
  const top = index.search({ text: item.text ?? '' }, 1)[0]
  const pass = !!top && inSources(top) && (item.speakerMust ?? []).some((s) => norm(top.speaker).includes(norm(s)))
  return { id: item.id, pass, got: top ? `${top.speaker}: "${top.text.slice(0, 60)}"` : '(none)' }
}

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b
}
