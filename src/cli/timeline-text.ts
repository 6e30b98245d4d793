/**
 * What `npm run timeline` prints as text: the events of one scope, each as a
 * heading line (when, and the words the article used), the sentence, and the
 * article it is from, wrapped to the terminal's width.
 */
import type { Corpus } from '../corpus/index.ts'
import { corpusPeriod, describePeriod, eventWhen, scopeTimeline, type DateIndex, type TimelineScope } from '../dates/index.ts'

/** The width used when the output is not a terminal. */
export const DEFAULT_WIDTH = 80
// Narrower than this and a wrapped line holds too few words to read.
const MIN_WIDTH = 30
const INDENT = '    '

/**
 * The events of `scope` (see `scopeTimeline`) as wrapped text, with a heading
 * naming the corpus's own period.
 *
 * @example
 * ```ts
 * timelineText(corpus, buildDateIndex(corpus.articles), { scope: 'period', width: 80 })
 * // => 'Events of January 5–10, 2022 …\n\nWednesday, January 5, 2022 · “on Wednesday”\n    …'
 * ```
 */
export function timelineText(corpus: Corpus, dates: Pick<DateIndex, 'timeline' | 'articleDate'>, opts: { scope: TimelineScope; width?: number }): string {
  const width = Math.max(MIN_WIDTH, Math.floor(opts.width || DEFAULT_WIDTH))
  const all = dates.timeline()
  const period = corpusPeriod(
    all,
    corpus.articles.map((a) => dates.articleDate(a.source)?.date ?? null),
  )
  const events = scopeTimeline(all, period, opts.scope)
  if (all.length === 0) return 'No dated events in the corpus.\n'
  const articles = new Map(corpus.articles.map((a) => [a.source, a]))
  const heading =
    opts.scope === 'all' || period === null
      ? `All ${all.length} dated events, background history included.`
      : `${opts.scope === 'period' ? 'Events of' : 'Background history outside'} ${describePeriod(period)}, the corpus's own period: ${events.length} of ${all.length} dated events${opts.scope === 'period' ? ' (--all shows the background history too).' : '.'}`
  const blocks = events.map((e) => {
    const a = articles.get(e.source)
    const published = dates.articleDate(e.source)
    const cite = [a?.title ?? e.source, a?.outlet, published && (published.inferred ? `${published.date} (inferred)` : published.date)]
      .filter(Boolean)
      .join(', ')
    return [wrap(`${eventWhen(e)} · “${flat(e.phrase)}”`, width, ''), wrap(flat(e.sentence), width, INDENT), wrap(`— ${cite}`, width, INDENT)].join('\n')
  })
  return [wrap(heading, width, ''), ...blocks].join('\n\n') + '\n'
}

const flat = (s: string) => s.replace(/\s+/g, ' ').trim()

/**
 * Greedy word wrap: no line longer than `width`, every line after the first
 * and the first too starting with `indent`; a word longer than a line is cut.
 *
 * @example
 * ```ts
 * wrap('one two three', 9, '') // => 'one two\nthree'
 * ```
 */
export function wrap(text: string, width: number, indent: string): string {
  const room = Math.max(1, width - indent.length)
  const lines: string[] = []
  let line = ''
  for (let word of text.split(' ').filter(Boolean)) {
    while (word.length > room) {
      if (line) lines.push(line)
      lines.push(word.slice(0, room))
      word = word.slice(room)
      line = ''
    }
    if (!line) line = word
    else if (line.length + 1 + word.length <= room) line += ` ${word}`
    else {
      lines.push(line)
      line = word
    }
  }
  if (line) lines.push(line)
  return lines.map((l) => indent + l).join('\n')
}
