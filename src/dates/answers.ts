/**
 * Date answers for `/ask`: the best resolved date of a cited sentence, and
 * one line that says which day goes with which event when the sentences
 * disagree.
 */
import { porterStem } from '../text/index.ts'
import type { Article } from '../corpus/index.ts'
import type { DateIndex } from './date-index.ts'
import { formatDate, type TemporalExpression } from './resolve.ts'

/** The date a sentence gives for its event. */
export interface DatedEvent {
  source: string
  /** Index into the article's sentences. */
  sentence: number
  expression: TemporalExpression
  /** "Thursday, January 6, 2022", "1968", or `null` when the article's date is unknown. */
  when: string | null
  /** The words the article used ("on Thursday morning"). */
  phrase: string
  /** What happened, in the clause's own words ("Russian paratroopers had already begun arriving in Kazakhstan"). */
  event: string
}

// Characters of distance a coarser date must make up to beat a day: a year two words from the
// question's words still wins over a weekday at the other end of the sentence.
const COARSENESS = { day: 0, week: 20, month: 20, year: 40, decade: 60 } as const

/**
 * The best dated expression of one sentence for a question: resolved before
 * unresolved, nearest the question's key words, a day before a year; of
 * those `fits` accepts (all by default). `null` when the sentence has none.
 *
 * @example
 * ```ts
 * bestDateIn(dates, article001, 6, ['paratroopers', 'arriving'])
 * // => { when: 'Thursday, January 6, 2022', phrase: 'on Thursday morning', event: 'Russian paratroopers had already begun arriving in Kazakhstan', … }
 * ```
 */
export function bestDateIn(
  dates: DateIndex,
  article: Article,
  sentence: number,
  keywords: readonly string[] = [],
  fits: (e: TemporalExpression) => boolean = () => true,
): DatedEvent | null {
  const s = article.sentences[sentence]
  const expressions = s ? dates.expressionsIn(article.source, sentence).filter(fits) : []
  // A sentence without a temporal expression has no date to give, wherever the question's words stand in it.
  if (!s || expressions.length === 0) return null
  const stems = new Set(keywords.map((k) => porterStem(k.toLowerCase())))
  const places = [...s.text.matchAll(/[\p{L}\p{N}]+/gu)].filter((m) => stems.has(porterStem(m[0].toLowerCase()))).map((m) => s.start + m.index)
  const cost = (e: TemporalExpression) =>
    (e.date ? 0 : 10_000) +
    COARSENESS[e.granularity] +
    (places.length ? Math.min(...places.map((p) => (p < e.start ? e.start - p : Math.max(0, p - e.end)))) : 0)
  const best = [...expressions].sort((a, b) => cost(a) - cost(b) || a.start - b.start)[0]
  if (!best) return null
  return {
    source: article.source,
    sentence,
    expression: best,
    when: best.date ? formatDate(best.date, best.endDate, best.granularity) : null,
    phrase: best.text,
    event: eventWords(article, best),
  }
}

/**
 * One answer line for dated events: the date and the phrase when they agree,
 * each date with its event when they differ, and a plain statement when the
 * article's date is unknown. `null` for no events.
 *
 * @example
 * ```ts
 * describeDates([thursday, friday])
 * // => 'Thursday, January 6, 2022 (“on Thursday”: troops deployed in Kazakhstan); Friday, January 7, 2022 (“on Friday”: In a firm address to the nation)'
 * ```
 */
export function describeDates(events: readonly DatedEvent[]): string | null {
  const resolved = events.filter((e) => e.when !== null)
  if (resolved.length === 0) {
    const e = events[0]
    return e ? `not known: the article says “${e.phrase}” but gives no date to count from` : null
  }
  const groups = new Map<string, DatedEvent[]>()
  for (const e of resolved) {
    const key = `${e.expression.date}/${e.expression.endDate ?? ''}`
    groups.set(key, [...(groups.get(key) ?? []), e])
  }
  if (groups.size === 1) return `${resolved[0]!.when} (“${resolved[0]!.phrase}”)`
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, [e]]) => `${e!.when} (“${e!.phrase}”: ${e!.event})`)
    .join('; ')
}

// Question words that ask for a date rather than say what the date is of.
const NOT_KEYWORDS = new Set(
  'when what which who whom whose where why how day date year month week time did do does was were is are the a an of in on to for from by at with and or did has have had ever first last'.split(
    ' ',
  ),
)

/**
 * Answers a date question from the whole corpus: the sentences that best
 * match the question's words (rarer words count more) and hold a temporal
 * expression, each dated with {@link bestDateIn} and summed up with
 * {@link describeDates}.
 *
 * @example
 * ```ts
 * answerWhen(dates, corpus.articles, 'When did Russia invade Georgia?').answer // => '2008 (“In 2008”)'
 * ```
 */
export function answerWhen(dates: DateIndex, articles: readonly Article[], question: string): { answer: string | null; events: DatedEvent[] } {
  const keywords = (question.match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !NOT_KEYWORDS.has(w.toLowerCase()))
  const stems = [...new Set(keywords.map((k) => porterStem(k.toLowerCase())))]
  const all = articles.flatMap((a) =>
    a.sentences.map((s) => ({ a, s, stems: new Set((s.text.match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => porterStem(w.toLowerCase()))) })),
  )
  // Inverse document frequency over sentences: "Kazakhstan" is everywhere here, "paratroopers" is not.
  const weight = new Map(stems.map((k) => [k, Math.log((all.length + 1) / (all.filter((x) => x.stems.has(k)).length + 0.5))]))
  const scored = all
    .filter((x) => dates.expressionsIn(x.a.source, x.s.index).length > 0)
    .map((x) => ({ ...x, score: stems.reduce((sum, k) => sum + (x.stems.has(k) ? weight.get(k)! : 0), 0) }))
    .filter((x) => x.score > 0)
  const top = Math.max(0, ...scored.map((x) => x.score))
  // Sentences nearly as good as the best tell the same event in other words, or disagree about it.
  const events = scored
    .filter((x) => x.score >= 0.8 * top)
    .sort((x, y) => y.score - x.score)
    .flatMap((x) => bestDateIn(dates, x.a, x.s.index, keywords) ?? [])
  return { answer: describeDates(events), events }
}

/** The clause around an expression, without the expression and leading link words. */
function eventWords(article: Article, e: TemporalExpression): string {
  const s = article.sentences[e.sentence]!
  const text = s.text
  const [from, to] = [e.start - s.start, e.end - s.start]
  const open = Math.max(...[',', ';', ':', '(', '—', '–'].map((c) => text.lastIndexOf(c, from - 1))) + 1
  const closes = [',', ';', ':', ')', '—', '–'].map((c) => text.indexOf(c, to)).filter((i) => i >= 0)
  // A timeline's "**Jan 11** – …" leaves only its bold marks around the day: no words of an event.
  const join = (a: string, b: string) =>
    `${a} ${b}`
      .replace(/[*_#]+/g, ' ')
      .replace(/\s+/g, ' ')
      .replace(/^[\s,;:–—-]+|[\s.!?]+$/g, '')
  let clause = join(text.slice(open, from), text.slice(to, closes.length ? Math.min(...closes) : text.length))
  // "The next day, while …": the expression is a clause of its own, so the event is what follows it.
  if (clause.split(' ').length < 2) clause = join('', text.slice(to))
  clause = clause.replace(/^(?:and|but|as|when|while|so|then|after|before)\s+/i, '')
  const words = clause.split(' ')
  return words.length > 12 ? words.slice(0, 12).join(' ') + ' …' : clause
}
