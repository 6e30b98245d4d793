/**
 * The quote index of a corpus: every direct quotation, speakers joined across
 * articles under one canonical name and role, looked up by speaker (any alias,
 * case and typo tolerant), by words of the quotation, or both.
 */
import { stemmer } from 'stemmer'
import type { Person } from './mentions.ts'
import { analyzeArticle, type QuoteAnalysis } from './extract.ts'
import { surnameKey } from './speakers.ts'
import { createQuoteTextIndex } from './text-index.ts'
import { createSpeakerMatcher, type Typed } from './speaker-match.ts'
import { createRoleMatcher } from './speaker-roles.ts'
import { finishGroup, groupJoiner, norm, type Group } from './speaker-groups.ts'

export { norm } from './speaker-groups.ts'
import type { Article } from '../corpus/index.ts'
import type { Quote } from './types.ts'

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
  /** The quotations' stems and normalised texts the index holds (as {@link quoteTextData} computes them), for a snapshot. */
  textData(): QuoteTextData
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

/** Lowest speaker score that counts as a match (1 is an exact alias). */
export const SPEAKER_THRESHOLD = 0.6
/** How well a role names a speaker, below any spelling of a name. */
const ROLE_SCORE = SPEAKER_THRESHOLD
/** Lowest share of a question's words a quotation must contain for "Who said ...?". */
export const WHO_SAID_THRESHOLD = 0.6
const MAX_SUGGEST = 25
const MAX_NAME = 100
const STOP = new Set('a an the of to in on and or is are was were be it that this what who did say said about for with by as at'.split(' '))

/**
 * Builds the quote index of `articles`. Pure and synchronous. `analyses` are
 * the articles' {@link analyzeArticle} results when computed already (in
 * worker threads), in the same order, and `text` the {@link quoteTextData} of
 * all their quotations in order.
 *
 * @example
 * ```ts
 * const index = buildQuoteIndex(loadCorpus('seeds').articles)
 * index.search({ speaker: 'blinkin' })[0]?.speaker // => 'Antony Blinken'
 * index.whoSaid('playing checkers')[0]?.speaker // => 'Lech Walensa'
 * ```
 */
export function buildQuoteIndex(articles: Article[], analyses?: readonly QuoteAnalysis[], text?: QuoteTextData): QuoteIndex {
  const groups: Group[] = []
  const byPerson = new Map<Person, Group>()
  const joinGroup = groupJoiner(groups)
  const raw: { quote: Quote; person: Person }[] = []
  for (const [i, article] of articles.entries()) {
    const { quotes, people, speakers } = analyses?.[i] ?? analyzeArticle(article)
    for (const p of people.persons) byPerson.set(p, joinGroup(p))
    quotes.forEach((quote, i) => raw.push({ quote, person: speakers[i]! }))
  }
  for (const g of groups) finishGroup(g)
  const quotes = raw.map(({ quote, person }) => {
    const g = byPerson.get(person)!
    const q = { ...quote, speaker: g.name, role: g.role }
    g.quotes.push(q)
    return q
  })
  if (text && (text.stems.length !== quotes.length || text.norms.length !== quotes.length))
    throw new Error(`quote index: text data for ${text.norms.length} quotations, not ${quotes.length}`)
  return indexOf(
    quotes,
    groups.filter((g) => g.quotes.length > 0),
    text,
  )
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
export function quoteIndexFromData(data: QuoteIndexData, text?: QuoteTextData): QuoteIndex {
  const speakers = data.speakers.map((s) => ({ ...s, quotes: s.quotes.map((i) => data.quotes[i]!) }))
  if (text && (text.stems.length !== data.quotes.length || text.norms.length !== data.quotes.length))
    throw new Error(`quote index: text data for ${text.norms.length} quotations, not ${data.quotes.length}`)
  return indexOf(data.quotes, speakers, text)
}

/** Each quotation's stems and normalised text, as the index would compute them: most of its restore time, so a build worker can compute them beforehand. */
export interface QuoteTextData {
  stems: string[][]
  norms: string[]
}

/**
 * The {@link QuoteTextData} of `quotes`, for {@link quoteIndexFromData}.
 *
 * @example
 * ```ts
 * const data = buildQuoteIndex(articles).toData()
 * quoteIndexFromData(data, quoteTextData(data.quotes)) // the index quoteIndexFromData(data) gives
 * ```
 */
export function quoteTextData(quotes: readonly Quote[]): QuoteTextData {
  return { stems: quotes.map((q) => [...stems(q.text)]), norms: quotes.map((q) => norm(q.text)) }
}

function indexOf(quotes: Quote[], quoted: Speaker[], text?: QuoteTextData): QuoteIndex {
  const matcher = createSpeakerMatcher(quoted.map((g) => g.aliases.map(typedOf)))
  const byRole = createRoleMatcher(
    quoted.map((g) => g.role),
    stems,
  )
  // The order speakers are listed in, and suggestions tie-broken by: most quoted first, then by name.
  const listed = [...quoted].sort((a, b) => b.quotes.length - a.quotes.length || a.name.localeCompare(b.name))
  const rank = new Map(listed.map((g, i) => [g, i]))
  const quoteStems = text ? text.stems.map((list) => new Set(list)) : quotes.map((q) => stems(q.text))
  const normText = text ? text.norms : quotes.map((q) => norm(q.text))
  const order = new Map(quotes.map((q, i) => [q, i]))
  const byText = createQuoteTextIndex(quoteStems, normText)

  function search(query: QuoteQuery, limit = 10): Quote[] {
    const speaker = query.speaker?.trim() ?? ''
    const text = query.text?.trim() ?? ''
    if (!speaker && !text) return []
    // Quote position → how well its speaker matches; every quote when no speaker is asked for.
    let bySpeaker: Map<number, number> | null = null
    if (speaker) {
      bySpeaker = new Map()
      for (const [at, s] of matcher.score(typedOf(speaker))) {
        if (s >= SPEAKER_THRESHOLD) for (const q of quoted[at]!.quotes) bySpeaker.set(order.get(q)!, s)
      }
      // Nobody of that name: "the Kremlin" may be the one speaker whose role says it.
      const role = bySpeaker.size === 0 ? byRole(speaker) : null
      if (role !== null) for (const q of quoted[role]!.quotes) bySpeaker.set(order.get(q)!, ROLE_SCORE)
    }
    const ranked: { i: number; s: number; t: number }[] = []
    if (!text) for (const [i, s] of bySpeaker!) ranked.push({ i, s, t: 0 })
    else {
      const wanted = stems(text)
      const phrase = norm(text)
      for (const i of byText.candidates(wanted, phrase)) {
        const s = bySpeaker ? bySpeaker.get(i) : 0
        if (s === undefined) continue
        const t = textScore(wanted, phrase, normText[i]!, quoteStems[i]!)
        if (t > 0) ranked.push({ i, s, t })
      }
    }
    return ranked
      .sort((a, b) => b.t - a.t || b.s - a.s || a.i - b.i)
      .slice(0, Math.max(0, limit))
      .map((x) => quotes[x.i]!)
  }

  return {
    quotes,
    search,
    toData: () => ({ quotes, speakers: quoted.map((g) => ({ name: g.name, role: g.role, aliases: g.aliases, quotes: g.quotes.map((q) => order.get(q)!) })) }),
    textData: () => ({ stems: quoteStems.map((set) => [...set]), norms: normText }),
    speakers: () => listed.map((g) => ({ name: g.name, role: g.role, quotes: g.quotes.length })),
    suggest(prefix: string, limit = MAX_SUGGEST) {
      const n = Math.min(Math.max(0, limit), MAX_SUGGEST)
      const typed = typedOf(prefix)
      if (!typed.text) return listed.slice(0, n).map((g) => g.name.slice(0, MAX_NAME))
      const scores = matcher.prefixes(typed)
      for (const [at, s] of matcher.score(typed)) if (s >= SPEAKER_THRESHOLD && !scores.has(at)) scores.set(at, 0.5)
      return [...scores]
        .map(([at, s]) => ({ g: quoted[at]!, s }))
        .sort((a, b) => b.s - a.s || rank.get(a.g)! - rank.get(b.g)!)
        .slice(0, n)
        .map((x) => x.g.name.slice(0, MAX_NAME))
    },
    whoSaid(words: string, limit = 3) {
      const wanted = stems(words)
      if (wanted.size === 0) return []
      // What search({ text: words }) ranks, kept to the quotations holding enough of the words: only those are
      // scored and sorted (a question's common words are in most quotations of a large corpus).
      const phrase = norm(words.trim())
      return byText
        .shared(wanted, (n) => n / wanted.size >= WHO_SAID_THRESHOLD)
        .map(([i, n]) => ({ i, t: n / wanted.size + (phrase && normText[i]!.includes(phrase) ? 1 : 0) }))
        .sort((a, b) => b.t - a.t || a.i - b.i)
        .slice(0, limit)
        .map((x) => quotes[x.i]!)
    },
  }
}

function typedOf(typed: string): Typed {
  const text = norm(typed)
  const words = text.split(' ')
  return { text, words, keys: words.map(surnameKey) }
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
  const words = norm(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !STOP.has(w))
  return new Set(words.map((w) => stemmer(w)))
}
