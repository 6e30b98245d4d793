import { dateIndexFromData, type DateIndexData } from '../dates/index.ts'
import { searchIndexFromData, type PassageData, type Postings } from '../search/index.ts'
import { quoteIndexFromData, type QuoteIndexData, type QuoteTextData } from '../quotes/index.ts'
import type { Lexicon } from '../text/index.ts'
import { checkPeople, peopleIndexFromData, type PeopleData } from '../answer/index.ts'
import { lazyArticle, type Article, type SkippedFile } from '../corpus/index.ts'
import { corpusVersion, engineFromState, type Engine } from './engine.ts'
import type { EngineState } from './state.ts'
import { checkDates, checkPassages, checkPostings, checkQuotes, checkQuoteText, checkShape, type ArticleShape } from './snapshot-check.ts'
import { expand } from './snapshot-derived.ts'
import { lazyQuoteIndex } from './lazy-quotes.ts'

/**
 * What a snapshot holds, whether it is read from a file or handed over by a
 * build worker: everything the build computed but the articles' texts. Restoring
 * runs as steps (a generator), so a caller on the serving thread can let
 * questions through between them and no step takes long.
 */

export type { ArticleShape } from './snapshot-check.ts'

/** The lexicon as plain arrays. */
export interface LexiconData {
  phrases: [string, string][]
  aliases: [string, string][]
  synonyms: [string, [string, number][]][]
  maxPhrase: number
}

/** A built engine as data (see the module note). */
export interface SnapshotBody {
  version: string
  articles: ArticleShape[]
  skipped: SkippedFile[]
  /** Hash of the skipped files (see `skippedDigest`): a file fixed since makes the snapshot stale. */
  skippedDigest: string
  lexicon: LexiconData
  index: PassageData
  /** The passage index inverted for scoring (computed from `index`). */
  postings: Postings
  dates: DateIndexData
  quotes: QuoteIndexData
  /** The quotations' stems and normalised texts, as the quote index computed them (most of its restore time otherwise). */
  quoteText: QuoteTextData
  /** The people of each article and their mentions, found at build time. */
  people: PeopleData
}

/**
 * The body of a built engine's state.
 *
 * @example
 * ```ts
 * const body = bodyOf(buildEngineState(corpus), skippedDigest(dir, corpus.skipped))
 * ```
 */
export function bodyOf(state: EngineState, digest: string): SnapshotBody {
  let body = bodies.get(state)
  if (!body) bodies.set(state, (body = bodyWithout(state)))
  return { ...body, skippedDigest: digest }
}

// A build worker saves the snapshot, then hands the same body over: it is made once per state.
const bodies = new WeakMap<EngineState, Omit<SnapshotBody, 'skippedDigest'>>()

function bodyWithout(state: EngineState): Omit<SnapshotBody, 'skippedDigest'> {
  const { lexicon } = state
  return {
    version: state.version,
    articles: state.corpus.articles.map(shapeOf),
    skipped: state.corpus.skipped,
    lexicon: {
      phrases: [...lexicon.phrases],
      aliases: [...lexicon.aliases],
      synonyms: [...lexicon.synonyms].map(([t, related]) => [t, [...related]]),
      maxPhrase: lexicon.maxPhrase,
    },
    index: state.index.data,
    postings: state.index.postings,
    dates: state.dates.toData(),
    quotes: state.quotes.toData(),
    quoteText: state.quotes.textData(),
    people: state.people.toData(),
  }
}

/** Where the restored articles come from: parsed already (their order must be the body's), or texts to pair with the body's shapes. */
export type ArticleSource = { articles: readonly Article[]; skipped?: SkippedFile[] } | { texts: readonly string[] }

/**
 * The steps that restore an engine from `body`: articles (in batches), then
 * each index after its consistency checks. Yields between steps; returns the
 * engine. With `hash`, the articles' texts must hash to the body's version; with `check`, everything is checked for
 * consistency first (a body from a file; a build worker's body is the state it just built).
 *
 * @throws Error `inconsistent: ...` (or the version mismatch) at the step that finds it.
 */
export function* restoreSteps(body: SnapshotBody, from: ArticleSource, { hash, check }: { hash: boolean; check: boolean }): Generator<void, Engine> {
  if (!Array.isArray(body.articles) || !Array.isArray(body.skipped)) throw new Error('inconsistent: articles or skipped is not a list')
  let articles: Article[]
  if ('articles' in from) articles = [...from.articles]
  else {
    if (from.texts.length !== body.articles.length) throw new Error(`inconsistent: ${from.texts.length} texts for ${body.articles.length} articles`)
    articles = []
    for (let i = 0; i < body.articles.length; i++) {
      articles.push(articleOf(body.articles[i]!, from.texts[i]!, i, check))
      if (i % 500 === 499) yield
    }
  }
  yield
  if (hash) {
    const found = corpusVersion(articles)
    if (found !== body.version) throw new Error(`the articles are version ${found}, not the snapshot's ${body.version}`)
    yield
  }
  const bySource = new Map(articles.map((a) => [a.source, a]))
  if (bySource.size !== articles.length) throw new Error('inconsistent: two articles have the same name')
  // A snapshot file leaves out what the articles' texts say (quotations' words, dated sentences).
  expand(body.dates, body.quotes, bySource)
  const lexicon = lexiconOf(body.lexicon)
  if (check) checkPassages(body.index, articles)
  yield
  if (check) checkPostings(body.postings, body.index)
  yield
  const index = searchIndexFromData(articles, lexicon, body.index, body.postings)
  yield
  if (check) checkDates(body.dates, bySource)
  yield
  const dates = dateIndexFromData(articles, body.dates)
  yield
  if (check) {
    checkQuotes(body.quotes, bySource)
    checkQuoteText(body.quoteText, body.quotes.quotes.length)
  }
  yield
  const quotes = lazyQuoteIndex(body.quotes.quotes, () => quoteIndexFromData(body.quotes, body.quoteText))
  yield
  if (check) checkPeople(body.people, articles)
  const people = peopleIndexFromData(body.people, articles)
  yield
  const skipped = ('skipped' in from && from.skipped) || body.skipped
  return engineFromState({ version: body.version, corpus: { articles, skipped }, lexicon, index, dates, quotes, people })
}

/** Runs restore steps to the end at once. */
export function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}

/** Runs restore steps, handing the thread back (`pause`) between them. */
export async function runStepsPaused<T>(steps: Generator<void, T>, pause: () => Promise<void>): Promise<T> {
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
    await pause()
  }
}

function shapeOf(a: Article): ArticleShape {
  return {
    source: a.source,
    title: a.title,
    date: a.date,
    outlet: a.outlet,
    url: a.url,
    warnings: a.warnings,
    paragraphs: Int32Array.from(a.paragraphs.flatMap((p) => [p.start, p.end])),
    sentences: Int32Array.from(a.sentences.flatMap((s) => [s.start, s.end, s.paragraph])),
  }
}

/**
 * The article a shape describes over its text, after checking that the shape fits the text. Its sentences and
 * paragraphs are made from the shape when first read (`lazyArticle`): a question reaches few articles.
 */
function articleOf(shape: ArticleShape, text: string, at: number, check: boolean): Article {
  if (check) checkShape(shape, text, at)
  const { source, title, date, outlet, url, warnings } = shape
  return lazyArticle({ source, text, title, date, outlet, url, warnings }, shape.sentences, shape.paragraphs)
}

function lexiconOf(data: LexiconData): Lexicon {
  const pairs = (list: unknown) => Array.isArray(list) && list.every((p) => Array.isArray(p) && p.length === 2 && typeof p[0] === 'string')
  if (!pairs(data?.phrases) || !pairs(data.aliases) || !pairs(data.synonyms) || !Number.isInteger(data.maxPhrase) || data.maxPhrase < 0)
    throw new Error('inconsistent: the lexicon is not lists of pairs')
  if (!data.synonyms.every(([, related]) => pairs(related))) throw new Error('inconsistent: a synonym list is not a list of pairs')
  return {
    phrases: new Map(data.phrases),
    aliases: new Map(data.aliases),
    synonyms: new Map(data.synonyms.map(([t, related]) => [t, new Map(related)])),
    maxPhrase: data.maxPhrase,
  }
}
