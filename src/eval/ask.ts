import { foldText } from '../text/index.ts'
import type { Engine } from '../engine/index.ts'
import type { Article } from '../corpus/index.ts'
import type { AskResult } from '../answer/index.ts'

/**
 * Scores the engine on an evaluation set of `ask` items: is the answer
 * grounded in the right sources, is it in the short answer itself, does it
 * abstain where it should, and is every citation a verbatim span of its file.
 */

/** One `ask` item of the evaluation set (`tests/fixtures/dev.jsonl`). */
export interface AskItem {
  id: string
  type: 'ask'
  q: string
  /** Groups of acceptable strings: every group must appear. */
  must?: string[][]
  /** Files that support the answer. */
  sources?: string[]
  abstain?: boolean
}

export interface AskItemResult {
  item: AskItem
  result: AskResult
  grounded: boolean
  answered: boolean
  abstained: boolean
  verbatim: boolean
}

export interface AskReport {
  items: AskItemResult[]
  /** Counts over answerable items (grounded, answered) and abstain items (abstained). */
  grounded: number
  answered: number
  answerable: number
  abstained: number
  abstainItems: number
  /** Citations that match their file, of all citations given. */
  verbatim: number
  citations: number
}

const contains = (haystack: string, needle: string) => foldText(haystack).includes(foldText(needle))

/** True when `excerpt` is exactly the file's text at `[start, end)`. */
export function isVerbatim(articles: ReadonlyMap<string, Article>, c: AskResult['citations'][number]): boolean {
  const a = articles.get(c.source)
  return a !== undefined && a.text.slice(c.start, c.end) === c.excerpt && c.excerpt.length <= 400
}

/**
 * Runs every item through `engine.ask` and scores it.
 *
 * @example
 * ```ts
 * const report = evaluateAsk(engine, items)
 * report.grounded // => 16
 * ```
 */
export function evaluateAsk(engine: Engine, items: readonly AskItem[]): AskReport {
  const articles = new Map(engine.corpus.articles.map((a) => [a.source, a]))
  const report: AskReport = { items: [], grounded: 0, answered: 0, answerable: 0, abstained: 0, abstainItems: 0, verbatim: 0, citations: 0 }
  for (const item of items) {
    const result = engine.ask(item.q)
    const top = result.citations.slice(0, 3)
    const groups = item.must ?? []
    const inAnswer = (s: string) => result.answer !== null && contains(result.answer, s)
    const inTop = (s: string) => inAnswer(s) || top.some((c) => contains(c.excerpt, s))
    const grounded = !item.abstain && groups.every((g) => g.some(inTop)) && top.some((c) => (item.sources ?? []).includes(c.source))
    const answered = !item.abstain && groups.every((g) => g.some(inAnswer))
    const abstained = item.abstain === true && result.answer === null
    const verbatim = result.citations.every((c) => isVerbatim(articles, c))
    report.citations += result.citations.length
    report.verbatim += result.citations.filter((c) => isVerbatim(articles, c)).length
    if (item.abstain) {
      report.abstainItems++
      if (abstained) report.abstained++
    } else {
      report.answerable++
      if (grounded) report.grounded++
      if (answered) report.answered++
    }
    report.items.push({ item, result, grounded, answered, abstained, verbatim })
  }
  return report
}

/** A per-item table and the totals, for the terminal. */
export function formatAskReport(report: AskReport): string {
  const mark = (ok: boolean) => (ok ? 'ok ' : '-- ')
  const lines = report.items.map((r) =>
    r.item.abstain
      ? `${r.item.id.padEnd(5)} abstain ${mark(r.abstained)}         ${r.item.q}  → ${r.result.answer ?? '(no answer)'}`
      : `${r.item.id.padEnd(5)} grounded ${mark(r.grounded)}answered ${mark(r.answered)}${r.item.q}  → ${r.result.answer ?? '(no answer)'}`,
  )
  lines.push(
    '',
    `grounded  ${report.grounded}/${report.answerable}`,
    `answered  ${report.answered}/${report.answerable}`,
    `abstained ${report.abstained}/${report.abstainItems}`,
    `verbatim  ${report.verbatim}/${report.citations} citations`,
  )
  return lines.join('\n')
}

/** Parses a JSON-lines evaluation file; a bad line is an error naming its number. */
export function parseEvalSet(text: string): { type: string; [key: string]: unknown }[] {
  return text
    .split('\n')
    .map((line, i) => [line.trim(), i + 1] as const)
    .filter(([line]) => line !== '')
    .map(([line, n]) => {
      try {
        return JSON.parse(line) as { type: string }
      } catch (err) {
        throw new Error(`eval: line ${n} is not JSON: ${(err as Error).message}`)
      }
    })
}
