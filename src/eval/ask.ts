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
  /** Every `must` group is in the answer or the top 3 excerpts, and one of those is from a listed source. */
  grounded: boolean
  /** Every `must` group is in the short answer. */
  right: boolean
  /** A short answer was given and it is not right (for an abstain item: any short answer). */
  wrong: boolean
  /** The top 3 ranked passages ({@link Engine.retrieve}) hold every `must` group: retrieval on its own. */
  retrieved: boolean
  abstained: boolean
  verbatim: boolean
}

export interface AskReport {
  items: AskItemResult[]
  /** Counts over answerable items. */
  answerable: number
  grounded: number
  right: number
  wrong: number
  passages: number
  retrieved: number
  /** Counts over abstain items: replies without a short answer, and short answers given anyway. */
  abstainItems: number
  abstained: number
  abstainWrong: number
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
 * Runs every item through `engine.ask` and scores it as the set's README says:
 * right, grounded, wrong (a short answer that misses), passages, abstained.
 *
 * @example
 * ```ts
 * const report = evaluateAsk(engine, items)
 * report.grounded // => 16
 * ```
 */
export function evaluateAsk(engine: Engine, items: readonly AskItem[]): AskReport {
  const articles = new Map(engine.corpus.articles.map((a) => [a.source, a]))
  const report: AskReport = {
    items: [],
    answerable: 0,
    grounded: 0,
    right: 0,
    wrong: 0,
    passages: 0,
    retrieved: 0,
    abstainItems: 0,
    abstained: 0,
    abstainWrong: 0,
    verbatim: 0,
    citations: 0,
  }
  for (const item of items) {
    const result = engine.ask(item.q)
    const top = result.citations.slice(0, 3)
    const groups = item.must ?? []
    const inAnswer = (s: string) => result.answer !== null && contains(result.answer, s)
    const inExcerpts = (s: string) => top.some((c) => contains(c.excerpt, s))
    const grounded =
      !item.abstain && groups.every((g) => g.some((s) => inAnswer(s) || inExcerpts(s))) && top.some((c) => (item.sources ?? []).includes(c.source))
    const right = !item.abstain && groups.every((g) => g.some(inAnswer))
    const wrong = result.answer !== null && !right
    const ranked = item.abstain ? [] : engine.retrieve(item.q, 3)
    const retrieved = !item.abstain && groups.every((g) => g.some((s) => ranked.some((c) => contains(c.excerpt, s))))
    const abstained = item.abstain === true && result.answer === null
    const verbatim = result.citations.every((c) => isVerbatim(articles, c))
    report.citations += result.citations.length
    report.verbatim += result.citations.filter((c) => isVerbatim(articles, c)).length
    if (item.abstain) {
      report.abstainItems++
      if (abstained) report.abstained++
      else report.abstainWrong++
    } else {
      report.answerable++
      if (grounded) report.grounded++
      if (right) report.right++
      if (wrong) report.wrong++
      if (retrieved) report.retrieved++
      if (result.status === 'passages') report.passages++
    }
    report.items.push({ item, result, grounded, right, wrong, retrieved, abstained, verbatim })
  }
  return report
}

/** One line per item, for `npm run eval -- --verbose`. */
export function formatAskItems(report: AskReport): string {
  const mark = (ok: boolean, label: string) => (ok ? label : '-'.repeat(label.length))
  return report.items
    .map((r) => {
      const what = r.result.answer ?? `(${r.result.status})`
      const flags = r.item.abstain
        ? `${mark(r.abstained, 'abstain')}`.padEnd(26)
        : `${mark(r.grounded, 'grounded')} ${mark(r.right, 'right')} ${r.wrong ? 'WRONG' : '     '} ${r.result.status === 'passages' ? 'psg' : '   '} ${mark(r.retrieved, 'top3')}`
      return `${r.item.id.padEnd(5)} ${flags.padEnd(31)} ${r.item.q}  → ${what.replace(/\s+/g, ' ').slice(0, 160)}`
    })
    .join('\n')
}

/** The totals, for the terminal. */
export function formatAskReport(report: AskReport): string {
  const n = report.answerable
  return [
    `grounded  ${report.grounded}/${n}`,
    `right     ${report.right}/${n}`,
    `wrong     ${report.wrong}/${n}  (a short answer that misses)`,
    `passages  ${report.passages}/${n}`,
    `recall@3  ${report.retrieved}/${n}  (every must group in the top 3 ranked passages)`,
    `abstain   ${report.abstained}/${report.abstainItems}${report.abstainWrong ? `  (${report.abstainWrong} answered anyway)` : ''}`,
    `bad citations ${report.citations - report.verbatim}/${report.citations}`,
  ].join('\n')
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
