import { PASSAGE_ARRAYS, POSTINGS_ARRAYS, type PassageData, type Postings } from '../search/index.ts'
import type { Article, SkippedFile } from '../corpus/index.ts'
import type { DateIndexData, TimelineEvent } from '../dates/index.ts'
import type { Quote } from '../quotes/index.ts'
import { compact } from './snapshot-derived.ts'
import type { ArticleShape, SnapshotBody } from './snapshot-body.ts'
import type { Section, Sections, TypedArray } from './snapshot-format.ts'
import { fail } from './snapshot-check.ts'
import { columnsOf, recordsOf, wordListsFrom, wordListsOf } from './snapshot-columns.ts'

/**
 * A snapshot body as the sections of a file (`snapshot-format.ts`) and back:
 * the passage index, its postings and the articles' sentence and paragraph
 * offsets as typed arrays; the dates' expressions, the timeline and the
 * quotations column by column, and the quotations' stems and the people's
 * names as word ids (`snapshot-columns.ts`); the rest (names, titles, terms,
 * speakers, the lexicon) as lists of JSON values; with what the articles say
 * left out (`snapshot-derived.ts`).
 */

/** Flat offsets of every article in one array, and where each article's end. */
function concat(parts: readonly ArrayLike<unknown>[]): { flat: Int32Array; ends: Int32Array } {
  const ends = new Int32Array(parts.length)
  let total = 0
  parts.forEach((p, i) => (ends[i] = total += p.length))
  const flat = new Int32Array(total)
  let at = 0
  for (const p of parts) for (let i = 0; i < p.length; i++) flat[at++] = p[i] as number
  return { flat, ends }
}

/**
 * The header fields and sections of `body`; `articles` (the body's, with
 * their texts) let the lists leave out what the texts say.
 *
 * @example
 * ```ts
 * const { head, sections } = sectionsOf(body, state.corpus.articles)
 * writeSections(path, { format: SNAPSHOT_FORMAT, ...head }, sections)
 * ```
 */
export function sectionsOf(body: SnapshotBody, articles: readonly Article[]): { head: Record<string, unknown>; sections: Section[] } {
  const paragraphs = concat(body.articles.map((a) => a.paragraphs))
  const sentences = concat(body.articles.map((a) => a.sentences))
  const { expressions, timeline, quotes } = compact(body.dates, body.quotes, new Map(articles.map((a) => [a.source, a])))
  const arrays = (prefix: string, fields: object, from: Record<string, unknown>): Section[] =>
    Object.keys(fields).map((key) => ({ name: `${prefix}.${key}`, array: from[key] as TypedArray }))
  return {
    head: { version: body.version, skippedDigest: body.skippedDigest, maxPhrase: body.lexicon.maxPhrase },
    sections: [
      { name: 'skipped', list: body.skipped },
      { name: 'articles', list: body.articles.map((a) => [a.source, a.title, a.date, a.outlet, a.url, a.warnings]) },
      { name: 'articles.paragraphs', array: paragraphs.flat },
      { name: 'articles.paragraphEnds', array: paragraphs.ends },
      { name: 'articles.sentences', array: sentences.flat },
      { name: 'articles.sentenceEnds', array: sentences.ends },
      { name: 'lexicon.phrases', list: body.lexicon.phrases },
      { name: 'lexicon.aliases', list: body.lexicon.aliases },
      { name: 'lexicon.synonyms', list: body.lexicon.synonyms },
      { name: 'index.terms', list: body.index.terms },
      ...arrays('index', PASSAGE_ARRAYS, body.index as unknown as Record<string, unknown>),
      ...arrays('postings', POSTINGS_ARRAYS, body.postings as unknown as Record<string, unknown>),
      { name: 'dates.published', list: body.dates.published },
      { name: 'dates.expressions.sources', list: expressions.map(([source]) => source) },
      { name: 'dates.expressions.ends', array: concat(expressions.map(([, list]) => list)).ends },
      ...columnsOf(
        'dates.expressions',
        expressions.flatMap(([, list]): readonly object[] => list),
      ),
      ...columnsOf('dates.timeline', timeline),
      ...columnsOf('quotes.quotes', quotes),
      { name: 'quotes.speakers', list: body.quotes.speakers },
      ...wordListsOf('quotes.stems', body.quoteText.stems),
      { name: 'quotes.norms', list: body.quoteText.norms },
      ...wordListsOf('people.persons', body.people.persons.flat()),
      { name: 'people.persons.counts', array: Int32Array.from(body.people.persons, (list) => list.length) },
      { name: 'people.mentions', array: body.people.mentions },
      { name: 'people.ends', array: body.people.ends },
      { name: 'people.extras', list: body.people.extras },
    ],
  }
}

/**
 * The body that {@link sectionsOf} wrote, its arrays taken as they were read
 * (no copy). What the lists left out is filled in from the articles when
 * they are restored (`expand`).
 *
 * @throws Error `inconsistent: ...` naming a section that is missing or of the wrong type.
 */
export function bodyFromSections(read: Sections): SnapshotBody {
  const { head, arrays, lists } = read
  const list = (name: string) => lists.get(name) ?? fail(`section ${name} is missing`)
  const array = <T extends TypedArray>(name: string, types: readonly (new (n: number) => T)[]): T => {
    const a = arrays.get(name) ?? fail(`section ${name} is missing`)
    return types.some((T) => a instanceof T) ? (a as T) : fail(`section ${name} is not of its field's type`)
  }
  const fields = (prefix: string, from: Record<string, readonly (new (n: number) => TypedArray)[]>) =>
    Object.fromEntries(Object.entries(from).map(([key, types]) => [key, array(`${prefix}.${key}`, types)]))
  const terms = list('index.terms')
  if (!terms.every((t) => typeof t === 'string')) fail('index.terms is not a list of strings')
  const index = { terms, ...fields('index', Object.fromEntries(Object.entries(PASSAGE_ARRAYS).map(([k, T]) => [k, [T]]))) } as unknown as PassageData
  const postings = { n: index.passageArticle.length, articleStart: index.articleStart, ...fields('postings', POSTINGS_ARRAYS) } as unknown as Postings
  const shapes = list('articles')
  const [paragraphs, paragraphEnds] = [array('articles.paragraphs', [Int32Array]), array('articles.paragraphEnds', [Int32Array])]
  const [sentences, sentenceEnds] = [array('articles.sentences', [Int32Array]), array('articles.sentenceEnds', [Int32Array])]
  if (paragraphEnds.length !== shapes.length || sentenceEnds.length !== shapes.length)
    fail(`${shapes.length} articles, but offsets for ${paragraphEnds.length} and ${sentenceEnds.length}`)
  const slice = (flat: Int32Array, ends: Int32Array, i: number) => {
    const [from, to] = [i > 0 ? ends[i - 1]! : 0, ends[i]!]
    if (!(from >= 0 && from <= to && to <= flat.length)) fail(`the offsets of article ${i} run outside their section`)
    return flat.subarray(from, to)
  }
  const articles = shapes.map((item, i): ArticleShape => {
    const [source, title, date, outlet, url, warnings] = Array.isArray(item) ? (item as unknown[]) : fail(`article ${i} is not a list`)
    return {
      source,
      title,
      date,
      outlet,
      url,
      warnings,
      paragraphs: slice(paragraphs, paragraphEnds, i),
      sentences: slice(sentences, sentenceEnds, i),
    } as ArticleShape
  })
  const pairs = <T>(name: string) => list(name) as T[]
  return {
    version: String(head.version),
    articles,
    skipped: pairs<SkippedFile>('skipped'),
    skippedDigest: String(head.skippedDigest),
    lexicon: { phrases: pairs('lexicon.phrases'), aliases: pairs('lexicon.aliases'), synonyms: pairs('lexicon.synonyms'), maxPhrase: head.maxPhrase as number },
    index,
    postings,
    dates: { published: pairs('dates.published'), expressions: expressionsOf(read), timeline: recordsOf('dates.timeline', read) as unknown as TimelineEvent[] },
    quotes: { quotes: recordsOf('quotes.quotes', read) as unknown as Quote[], speakers: pairs('quotes.speakers') },
    quoteText: { stems: wordListsFrom('quotes.stems', read), norms: pairs('quotes.norms') },
    people: {
      persons: personsOf(read),
      mentions: array('people.mentions', [Int32Array]),
      ends: array('people.ends', [Int32Array]),
      extras: pairs('people.extras'),
    },
  }
}

/** Each article's dated expressions, as {@link sectionsOf} stored them: one column set for all, and where each article's end. */
function expressionsOf(read: Sections): DateIndexData['expressions'] {
  const sources = read.lists.get('dates.expressions.sources') ?? fail('section dates.expressions.sources is missing')
  const ends = read.arrays.get('dates.expressions.ends')
  const all = recordsOf('dates.expressions', read) as unknown as DateIndexData['expressions'][number][1]
  if (!(ends instanceof Int32Array) || ends.length !== sources.length) fail(`dates.expressions.ends is not one end for each of ${sources.length} articles`)
  return sources.map((source, i) => {
    const [from, to] = [i > 0 ? ends[i - 1]! : 0, ends[i]!]
    if (!(from >= 0 && from <= to && to <= all.length)) fail(`the expressions of article ${i} run outside their section`)
    return [source as string, all.slice(from, to)]
  })
}

/** Each article's people as {@link sectionsOf} stored them: every person's name and roles as word ids, and how many people each article has. */
function personsOf(read: Sections): string[][][] {
  const all = wordListsFrom('people.persons', read)
  const counts = read.arrays.get('people.persons.counts')
  if (!(counts instanceof Int32Array)) fail('section people.persons.counts is missing')
  let at = 0
  const out = Array.from(counts, (count, i) => {
    if (!(count >= 0 && at + count <= all.length)) fail(`the people of article ${i} run outside their section`)
    return all.slice(at, (at += count))
  })
  if (at !== all.length) fail(`${all.length} people stored, ${at} counted`)
  return out
}
