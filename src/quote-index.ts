/**
 * The quote index of a corpus: every direct quotation, speakers joined across
 * articles under one canonical name and role, looked up by speaker (any alias,
 * case and typo tolerant), by words of the quotation, or both.
 */
import { stemmer } from 'stemmer'
import { canonicalName, type Person } from './mentions.ts'
import { analyzeArticle } from './quotes.ts'
import { editDistance, sameSpeaker, surname, surnameKey } from './speakers.ts'
import type { Article, Quote } from './types.ts'

/** A speaker of the index, as `--speakers` and autocomplete list them. */
export interface IndexedSpeaker {
  name: string
  role: string | null
  quotes: number
}

/** What a lookup asks for: a speaker, words of the quotation, or both. */
export interface QuoteQuery {
  speaker?: string
  text?: string
}

/** The quote index built by {@link buildQuoteIndex}. */
export interface QuoteIndex {
  /** Every quotation, in corpus order. */
  readonly quotes: Quote[]
  search(query: QuoteQuery, limit?: number): Quote[]
  speakers(): IndexedSpeaker[]
  suggest(prefix: string, limit?: number): string[]
  whoSaid(words: string, limit?: number): Quote[]
  /** The quotations and speakers as plain JSON, for a snapshot ({@link quoteIndexFromData} reads it back). */
  toData(): QuoteIndexData
}

/** A quote index as plain JSON: the quotations, and each speaker with the positions of its quotations. */
export interface QuoteIndexData {
  quotes: Quote[]
  speakers: { name: string; role: string | null; aliases: string[]; quotes: number[] }[]
}

/** What lookups need of a speaker. */
interface Speaker {
  name: string
  role: string | null
  aliases: string[]
  quotes: Quote[]
}

interface Group {
  name: string
  role: string | null
  kind: Person['kind']
  persons: Person[]
  aliases: string[]
  quotes: Quote[]
}

/** Lowest speaker score that counts as a match (1 is an exact alias). */
export const SPEAKER_THRESHOLD = 0.6
/** Lowest share of a question's words a quotation must contain for "Who said ...?". */
export const WHO_SAID_THRESHOLD = 0.6
const MAX_SUGGEST = 25
const MAX_NAME = 100
const STOP = new Set('a an the of to in on and or is are was were be it that this what who did say said about for with by as at'.split(' '))

/**
 * Builds the quote index of `articles`. Pure and synchronous.
 *
 * @example
 * ```ts
 * const index = buildQuoteIndex(loadCorpus('seeds').articles)
 * index.search({ speaker: 'blinkin' })[0]?.speaker // => 'Antony Blinken'
 * index.whoSaid('playing checkers')[0]?.speaker // => 'Lech Walensa'
 * ```
 */
export function buildQuoteIndex(articles: Article[]): QuoteIndex {
  const groups: Group[] = []
  const byPerson = new Map<Person, Group>()
  const raw: { quote: Quote; person: Person }[] = []
  for (const article of articles) {
    const { quotes, people, speakers } = analyzeArticle(article)
    for (const p of people.persons) byPerson.set(p, joinGroup(groups, p))
    quotes.forEach((quote, i) => raw.push({ quote, person: speakers[i]! }))
  }
  for (const g of groups) finishGroup(g)
  const quotes = raw.map(({ quote, person }) => {
    const g = byPerson.get(person)!
    const q = { ...quote, speaker: g.name, role: g.role }
    g.quotes.push(q)
    return q
  })
  return indexOf(quotes, groups.filter((g) => g.quotes.length > 0))
}

/**
 * The quote index from what {@link QuoteIndex.toData} saved, without reading
 * any article again.
 *
 * @example
 * ```ts
 * const again = quoteIndexFromData(buildQuoteIndex(articles).toData())
 * ```
 */
export function quoteIndexFromData(data: QuoteIndexData): QuoteIndex {
  const speakers = data.speakers.map((s) => ({ ...s, quotes: s.quotes.map((i) => data.quotes[i]!) }))
  return indexOf(data.quotes, speakers)
}

function indexOf(quotes: Quote[], quoted: Speaker[]): QuoteIndex {
  const tokens = new Map(quotes.map((q) => [q, stems(q.text)]))
  const normText = new Map(quotes.map((q) => [q, norm(q.text)]))
  const order = new Map(quotes.map((q, i) => [q, i]))

  function search(query: QuoteQuery, limit = 10): Quote[] {
    const speaker = query.speaker?.trim() ?? ''
    const text = query.text?.trim() ?? ''
    if (!speaker && !text) return []
    let pool: { q: Quote; s: number }[]
    if (speaker) {
      pool = quoted
        .map((g) => ({ g, s: speakerScore(speaker, g) }))
        .filter((x) => x.s >= SPEAKER_THRESHOLD)
        .flatMap(({ g, s }) => g.quotes.map((q) => ({ q, s })))
    } else pool = quotes.map((q) => ({ q, s: 0 }))
    const wanted = stems(text)
    const phrase = norm(text)
    const ranked = pool.map(({ q, s }) => ({ q, s, t: text ? textScore(wanted, phrase, normText.get(q)!, tokens.get(q)!) : 0 }))
    return ranked
      .filter((x) => !text || x.t > 0)
      .sort((a, b) => b.t - a.t || b.s - a.s || order.get(a.q)! - order.get(b.q)!)
      .slice(0, Math.max(0, limit))
      .map((x) => x.q)
  }

  return {
    quotes,
    search,
    toData: () => ({ quotes, speakers: quoted.map((g) => ({ name: g.name, role: g.role, aliases: g.aliases, quotes: g.quotes.map((q) => order.get(q)!) })) }),
    speakers: () =>
      quoted
        .map((g) => ({ name: g.name, role: g.role, quotes: g.quotes.length }))
        .sort((a, b) => b.quotes - a.quotes || a.name.localeCompare(b.name)),
    suggest(prefix: string, limit = MAX_SUGGEST) {
      const n = Math.min(Math.max(0, limit), MAX_SUGGEST)
      const typed = norm(prefix)
      const scored = quoted.map((g) => ({ g, s: typed ? suggestScore(typed, g) : 1 }))
      return scored
        .filter((x) => x.s > 0)
        .sort((a, b) => b.s - a.s || b.g.quotes.length - a.g.quotes.length || a.g.name.localeCompare(b.g.name))
        .slice(0, n)
        .map((x) => x.g.name.slice(0, MAX_NAME))
    },
    whoSaid(words: string, limit = 3) {
      const wanted = stems(words)
      if (wanted.size === 0) return []
      return search({ text: words }, quotes.length).filter((q) => coverage(wanted, tokens.get(q)!) >= WHO_SAID_THRESHOLD).slice(0, limit)
    },
  }
}

/**
 * How well a typed speaker matches a group: 1 for an alias, less for a surname
 * prefix or a misspelling (edit distance 1 for short words, 2 for long ones).
 */
function speakerScore(typed: string, g: Speaker): number {
  const t = norm(typed)
  let best = 0
  for (const alias of g.aliases) {
    const a = norm(alias)
    if (a === t) return 1
    if (a.startsWith(t) && t.length >= 3) best = Math.max(best, 0.8)
    const words = t.split(' ')
    const names = a.split(' ')
    const hits = words.filter((w) => names.some((n) => closeWord(w, n))).length
    if (hits === words.length) best = Math.max(best, 0.9 * Math.min(1, hits / Math.min(names.length, words.length)))
  }
  return best
}

function suggestScore(typed: string, g: Speaker): number {
  const names = g.aliases.map(norm)
  if (names.some((a) => a.startsWith(typed))) return 1
  if (names.some((a) => a.split(' ').some((w) => w.startsWith(typed)))) return 0.9
  return speakerScore(typed, g) >= SPEAKER_THRESHOLD ? 0.5 : 0
}

function closeWord(typed: string, name: string): boolean {
  if (typed === name || surnameKey(typed) === surnameKey(name)) return true
  const tol = typed.length <= 4 ? 0 : typed.length <= 7 ? 1 : 2
  return tol > 0 && editDistance(typed, name, tol) <= tol
}

/** Share of the query's words in the quotation, with a bonus when they appear as a phrase. */
function textScore(wanted: Set<string>, phrase: string, quoteText: string, have: Set<string>): number {
  const share = wanted.size ? coverage(wanted, have) : 0
  return share + (phrase && quoteText.includes(phrase) ? 1 : 0)
}

function coverage(wanted: Set<string>, have: Set<string>): number {
  let n = 0
  for (const w of wanted) if (have.has(w)) n++
  return n / wanted.size
}

function stems(text: string): Set<string> {
  const words = norm(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w && !STOP.has(w))
  return new Set(words.map((w) => stemmer(w)))
}

/** Lower case, no accents, straight apostrophes, single spaces. */
export function norm(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[“”«»„"]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

function joinGroup(groups: Group[], p: Person): Group {
  const name = canonicalName(p)
  const found = groups.find((g) =>
    g.kind === p.kind && (p.kind === 'body' ? norm(g.name) === norm(name) : g.persons.some((x) => sameSpeaker(canonicalName(x), name))),
  )
  if (found) {
    found.persons.push(p)
    return found
  }
  const g: Group = { name, role: null, kind: p.kind, persons: [p], aliases: [], quotes: [] }
  groups.push(g)
  return g
}

/** Canonical name (the most used full spelling), first role given, and every alias. */
function finishGroup(g: Group): void {
  const tally = new Map<string, number>()
  for (const p of g.persons) for (const [v, n] of p.variants) tally.set(v, (tally.get(v) ?? 0) + n)
  const full = [...tally].filter(([v]) => v.includes(' ') || g.kind === 'body')
  const pool = full.length ? full : [...tally]
  pool.sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || a[0].localeCompare(b[0]))
  g.name = pool[0]?.[0] ?? g.name
  g.role = g.persons.find((p) => p.role)?.role ?? null
  const aliases = new Set<string>([g.name, surname(g.name)])
  for (const p of g.persons) for (const a of [...p.aliases, ...p.variants.keys()]) aliases.add(a)
  if (g.role) aliases.add(`${g.role} ${g.name}`)
  g.aliases = [...aliases].filter((a) => a.trim())
}
