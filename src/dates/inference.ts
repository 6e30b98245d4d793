/**
 * Publication dates for articles that do not print one, inferred from the
 * other articles: when an undated story says the talks "begin Monday" and a
 * dated story puts talks in the same place on a Monday, January 10, the
 * undated story was written in the days before that Monday.
 */
import type { Article } from '../corpus/index.ts'
import { addDays, dayNumber, weekdayOf } from './math.ts'
import { detectMentions, resolveMentions, type Mention, type TemporalExpression } from './resolve.ts'
import { datelineDay, newestEntry } from './page-dates.ts'
import type { ArticleDate } from './types.ts'

export type { ArticleDate } from './types.ts'

/** Event nouns and verbs, by kind, so "talks" in one story meets "negotiations" in another. */
const EVENT_KINDS: Record<string, string[]> = {
  talks: ['talk', 'negotiat', 'meeting', 'summit', 'conference', 'dialogue'],
  military: ['troop', 'deploy', 'invad', 'invasion', 'interven', 'paratroop', 'peacekeep', 'soldier', 'arriv', 'landed', 'landing'],
  unrest: ['protest', 'riot', 'unrest', 'demonstrat', 'uprising', 'clash'],
  speech: ['address', 'speech', 'statement', 'remarks', 'interview', 'briefing'],
  vote: ['vote', 'election', 'referendum', 'ballot'],
  violence: ['kill', 'attack', 'shoot', 'bomb', 'explosion'],
}
const NOT_NAMES = new Set(
  'the a an as at in on of when while but and or if this that these those it he she they we i you some both after before since during with by for from to what who why how there here then so yet however monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(
    ' ',
  ),
)
// Rules whose day depends on the publication date, and so can pin it.
const PINNABLE = new Set(['weekday', 'offset', 'monthDay'])

/**
 * Publication date of every article: the date it prints, or one inferred from
 * events it shares with dated articles (same place or names, same kind of
 * event, a date that fits its relative expressions). Articles with neither
 * are left out of the map. `detected` may hold each article's
 * {@link detectMentions} already computed, to save finding them twice.
 *
 * @example
 * ```ts
 * inferArticleDates(articles).get('003.txt')
 * // => { date: '2022-01-08', inferred: true, evidence: '“Monday” = 2022-01-10 (“on January 10”, 004.txt)' }
 * ```
 */
export function inferArticleDates(articles: readonly Article[], detected: ReadonlyMap<string, Mention[]> = new Map()): Map<string, ArticleDate> {
  const dates = new Map<string, ArticleDate>()
  for (const a of articles) if (a.date) dates.set(a.source, { date: a.date, inferred: false })
  const mentions = new Map(articles.map((a) => [a.source, detected.get(a.source) ?? detectMentions(a)]))
  // A wire dateline gives the day the story was filed, if not its year: the year is the printed dates'. A live
  // page is as new as its newest entry.
  const printed = [...dates.values()].map((d) => d.date)
  for (const a of articles) {
    const filed = dates.has(a.source) ? null : (datelineDay(a, mentions.get(a.source)!, printed) ?? newestEntry(a, mentions.get(a.source)!, printed))
    if (filed) dates.set(a.source, filed)
  }
  // Each pass may date an article that then pins another; stop when a pass dates none.
  // (A corpus whose articles all print their date has nothing to infer: its expressions need not be resolved here.)
  for (let changed = dates.size < articles.length; changed;) {
    changed = false
    const known = articles.flatMap((a) => dayEvents(a, mentions.get(a.source)!, dates.get(a.source)))
    for (const a of articles) {
      if (dates.has(a.source)) continue
      const found = inferOne(
        a,
        mentions.get(a.source)!,
        known.filter((e) => e.article !== a),
      )
      if (found) {
        dates.set(a.source, found)
        changed = true
      }
    }
  }
  return dates
}

interface DayEvent {
  article: Article
  expression: TemporalExpression
}

function dayEvents(article: Article, mentions: Mention[], date: ArticleDate | undefined): DayEvent[] {
  return resolveMentions(mentions, date?.date ?? null, date?.inferred ?? false)
    .filter((e) => e.date !== null && e.granularity === 'day')
    .map((expression) => ({ article, expression }))
}

function inferOne(article: Article, mentions: Mention[], known: DayEvent[]): ArticleDate | null {
  // Pins: a relative expression of this article and the dated events of other articles it may be.
  const pins = mentions
    .filter((m) => PINNABLE.has(m.rule.kind))
    .flatMap((m) =>
      known.flatMap((k) => {
        // A weekday can only be an event on that weekday; checking it first spares most comparisons.
        if (m.rule.kind === 'weekday' && weekdayOf(k.expression.date!) !== m.rule.weekday) return []
        const weight = sharedSalience(sentenceOf(article, m), sentenceOf(k.article, k.expression))
        return weight > 0 ? [{ mention: m, event: k, weight }] : []
      }),
    )
  let best: Candidate | null = null
  const anchors = [...new Set(pins.flatMap((p) => range(p.event.expression.date!, -7, 7)))].sort()
  for (const anchor of anchors) {
    const resolved = resolveMentions(mentions, anchor)
    const evidence: string[] = []
    let score = 0
    for (const m of new Set(pins.map((p) => p.mention))) {
      const at = resolved[mentions.indexOf(m)]!
      const hit = pins.filter((p) => p.mention === m && p.event.expression.date === at.date).sort((x, y) => y.weight - x.weight)[0]
      if (!hit) continue
      score += hit.weight
      evidence.push(`“${m.text}” = ${at.date} (“${hit.event.expression.text}”, ${hit.event.article.source})`)
    }
    // An article is written after the days it reports as past ("on January 10, troops ..."), never before.
    if (resolved.some((e, i) => isReportedDay(e) && e.date! > anchor && !looksAhead(article.text, mentions[i]!.start))) continue
    const days = resolved.filter((e) => e.rule.kind === 'weekday').map((e) => dayNumber(e.date!))
    const candidate: Candidate = {
      anchor,
      score,
      // A story rarely names its own publication day by weekday…
      sameDay: days.filter((d) => d === dayNumber(anchor)).length,
      // …and the days it names by weekday lie close together: one news week, not two.
      spread: days.length ? Math.max(...days) - Math.min(...days) : 0,
      evidence,
    }
    if (score > 0 && (!best || better(candidate, best))) best = candidate
  }
  return best && { date: best.anchor, inferred: true, evidence: best.evidence.join('; ') }
}

interface Candidate {
  anchor: string
  score: number
  sameDay: number
  spread: number
  evidence: string[]
}

function better(a: Candidate, b: Candidate): boolean {
  // Anchors are tried in date order, so on a full tie the earlier one, tried first, stays.
  return a.score !== b.score ? a.score > b.score : a.sameDay !== b.sameDay ? a.sameDay < b.sameDay : a.spread < b.spread
}

/**
 * How strongly two sentences speak of the same event: 0 unless they share a
 * name (place, person, body) and a kind of event; otherwise the number of
 * names and kinds they share.
 *
 * @example
 * ```ts
 * sharedSalience('Talks begin Monday in Geneva.', 'Negotiations in Geneva on January 10.') // => 2
 * ```
 */
export function sharedSalience(a: string, b: string): number {
  const [sa, sb] = [salient(a), salient(b)]
  const sharedNames = sa.names.filter((x) => sb.names.some((y) => sameName(x, y))).length
  const sharedKinds = sa.kinds.filter((k) => sb.kinds.includes(k)).length
  return sharedNames > 0 && sharedKinds > 0 ? sharedNames + sharedKinds : 0
}

// Sentences are compared many times over while inferring; their names and kinds are read once.
const SALIENT_CACHE_MAX = 10_000
const salientCache = new Map<string, { names: string[]; kinds: string[] }>()

function salient(text: string): { names: string[]; kinds: string[] } {
  let found = salientCache.get(text)
  if (!found) {
    if (salientCache.size >= SALIENT_CACHE_MAX) salientCache.clear()
    found = { names: names(text), kinds: kinds(text) }
    salientCache.set(text, found)
  }
  return found
}

function names(text: string): string[] {
  const out = new Set<string>()
  for (const w of text.match(/[A-Z][A-Za-z.]*(?:['’]s)?/g) ?? []) {
    const n = w
      .replace(/['’]s$/, '')
      .replace(/\./g, '')
      .toLowerCase()
    if (n.length > 1 && !NOT_NAMES.has(n)) out.add(n)
  }
  return [...out]
}

function sameName(x: string, y: string): boolean {
  // "Russia" and "Russian", "Kazakh" and "Kazakhstan" name the same place.
  const [short, long] = x.length <= y.length ? [x, y] : [y, x]
  return short === long || (short.length >= 5 && long.startsWith(short))
}

function kinds(text: string): string[] {
  const words = text.toLowerCase().match(/[a-z]+/g) ?? []
  return Object.keys(EVENT_KINDS).filter((k) => EVENT_KINDS[k]!.some((stem) => words.some((w) => w.startsWith(stem))))
}

/** A calendar day the article names outright ("January 10", "10 January 2022"), not one worked out from a weekday. */
function isReportedDay(e: TemporalExpression): boolean {
  return e.date !== null && e.granularity === 'day' && (e.rule.kind === 'monthDay' || e.rule.kind === 'absolute')
}

/** "by January 19", "until the 19th", "will ... on": a day ahead of the story, not one it reports. */
function looksAhead(text: string, at: number): boolean {
  return (
    /\b(?:by|until|till|before|from|next|scheduled for|due)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, at - 16), at)) ||
    /\bwill\b[^.]{0,60}$/i.test(text.slice(Math.max(0, at - 60), at))
  )
}

function sentenceOf(article: Article, m: Pick<Mention, 'sentence'>): string {
  return article.sentences[m.sentence]?.text ?? ''
}

function range(day: string, from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => addDays(day, from + i))
}
