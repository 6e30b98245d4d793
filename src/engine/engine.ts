import { createHash } from 'node:crypto'
import { foldText } from '../text/index.ts'
import { extractAnswer, type Candidate } from '../answer/index.ts'
import { answerKeys, cite, relatedTitles } from '../answer/index.ts'
import { buildDateIndex, type DateIndex } from '../dates/index.ts'
import { datesIn, reconcileDates } from '../answer/index.ts'
import { buildLexicon, canonicalTerm, type Lexicon } from '../text/index.ts'
import { peopleOf } from '../answer/index.ts'
import { buildQuoteIndex, type QuoteIndex } from '../quotes/index.ts'
import { answerQuoteQuestion } from '../quotes/index.ts'
import { articleLookup, buildConcepts, coverage, queryTerms, questionNames } from '../search/index.ts'
import { analyzeQuestion } from '../answer/index.ts'
import { buildSearchIndex, type SearchIndex } from '../search/index.ts'
import { createSpeller } from '../text/index.ts'
import type { Article, Corpus } from '../corpus/index.ts'
import type { AskResult } from '../answer/index.ts'
import type { Quote } from '../quotes/index.ts'
import type { TimelineEvent } from '../dates/index.ts'

/** One article as listed by `/sources`. */
export interface ArticleSummary {
  source: string
  title: string
  outlet: string | null
  date: string | null
  /** True when the date was inferred from other articles rather than read from this one. */
  dateInferred: boolean
  url: string | null
  passages: number
}

/** A speaker of the quote index, as offered by `/quote` autocomplete and `--speakers`. */
export interface SpeakerSummary {
  name: string
  role: string | null
  quotes: number
}

/** The paragraph around an excerpt, for "Show context". */
export interface ContextResult {
  source: string
  title: string
  text: string
  start: number
  end: number
}

/**
 * Everything the command layers (CLI, Discord) ask of the corpus. Built once per
 * index version by {@link buildEngine}; immutable afterwards, so a refresh swaps
 * in a whole new engine.
 */
export interface Engine {
  /** Short hash of the corpus content. */
  readonly version: string
  readonly corpus: Corpus
  ask(question: string): AskResult
  sources(): ArticleSummary[]
  /** The paragraph of `source` that contains offset `at`, or `null`. */
  context(source: string, at: number): ContextResult | null
  quotes(query: { speaker?: string; text?: string }, limit?: number): Quote[]
  speakers(): SpeakerSummary[]
  /** Canonical speaker names matching what a user has typed so far, best first, at most `limit`. */
  suggestSpeakers(prefix: string, limit?: number): string[]
  timeline(): TimelineEvent[]
}

export { cite, MAX_EXCERPT } from '../answer/index.ts'

/** Below this share of the question's concepts, no passage is taken to be about the question. */
export const MIN_COVERAGE = 0.5
const MAX_CITATIONS = 6

/**
 * What an engine is made of, computed once per corpus version by
 * {@link buildEngineState}: the costly part, which `src/snapshot.ts` saves and
 * restores so a restart need not redo it.
 */
export interface EngineState {
  version: string
  corpus: Corpus
  lexicon: Lexicon
  index: SearchIndex
  dates: DateIndex
  quotes: QuoteIndex
}

/**
 * Runs every expensive step over a corpus: lexicon, passage index, dates and
 * quotations. Pure and deterministic.
 *
 * @example
 * ```ts
 * const state = buildEngineState(loadCorpus('seeds'))
 * state.index.size // => number of sentences in the corpus
 * ```
 */
export function buildEngineState(corpus: Corpus): EngineState {
  const { articles } = corpus
  const lexicon = buildLexicon(articles)
  return {
    version: corpusVersion(articles),
    corpus,
    lexicon,
    index: buildSearchIndex(articles, lexicon),
    dates: buildDateIndex(articles),
    quotes: buildQuoteIndex([...articles]),
  }
}

const states = new WeakMap<Engine, EngineState>()

/**
 * The state an engine was made from, for a snapshot; `null` for an engine not
 * made by {@link engineFromState} (a test double).
 *
 * @example
 * ```ts
 * engineState(buildEngine(corpus))?.version === buildEngine(corpus).version // => true
 * ```
 */
export function engineState(engine: Engine): EngineState | null {
  return states.get(engine) ?? null
}

/**
 * Builds the engine over a loaded corpus: lexicon, passage index, people and
 * dates. Pure and deterministic: the same corpus gives the same version and
 * the same answers.
 *
 * @example
 * ```ts
 * const engine = buildEngine(loadCorpus('seeds'))
 * engine.ask('How many troops were in the CSTO force?').answer // => 'about 2,500 people'
 * ```
 */
export function buildEngine(corpus: Corpus): Engine {
  return engineFromState(buildEngineState(corpus))
}

/**
 * The engine over a state built by {@link buildEngineState} or read from a
 * snapshot; cheap (no text is analysed).
 *
 * @example
 * ```ts
 * const engine = engineFromState(buildEngineState(corpus))
 * ```
 */
export function engineFromState(state: EngineState): Engine {
  const { corpus, lexicon, index, dates, version } = state
  const quoteIndex = state.quotes
  const { articles } = corpus
  const speller = createSpeller(index.vocabulary)
  const titleTerms = articles.map((_, a) => {
    const { titleStart, titleTerms: ids, terms } = index.data
    const set = new Set<string>()
    for (let k = titleStart[a]!; k < titleStart[a + 1]!; k++) set.add(terms[ids[k]!]!)
    return set
  })
  const peopleCache = new Map<Article, ReturnType<typeof peopleOf>>()
  const peopleIn = (article: Article) => {
    let found = peopleCache.get(article)
    if (!found) peopleCache.set(article, (found = peopleOf(article)))
    return found
  }
  const articleBySource = new Map(articles.map((a) => [a.source, a]))
  const isKnownWord = (word: string) => {
    const term = canonicalTerm(lexicon, word)
    return term !== null && index.vocabulary.has(term)
  }

  const ask = (question: string): AskResult => {
    const qa = analyzeQuestion(question, isKnownWord)
    const result: AskResult = { question, answer: null, kind: qa.kind, citations: [], related: [], version }
    if (qa.kind === 'quote') {
      const quoted = answerQuoteQuestion(quoteIndex, qa.normalized, MAX_CITATIONS)
      if (quoted?.answer && quoted.quotes.length) {
        const first = quoted.quotes[0]!
        result.answer =
          quoted.question.kind === 'who'
            ? `${quoted.answer}${quoted.role ? `, ${quoted.role}` : ''}`
            : `${quoted.answer}: “${first.text.length > 300 ? `${first.text.slice(0, 300).replace(/\s+\S*$/, '')} …` : first.text}”`
        result.citations = quoted.quotes.map((q) => cite(articleBySource.get(q.source)!, q, q))
        return result
      }
      // Who said what is answered by quotations or not at all: a sentence about the person is not what they said.
      if (quoted) {
        result.related = [...new Map(quoted.quotes.map((q) => [q.source, { source: q.source, title: q.title }])).values()].slice(0, 3)
        return result
      }
    }
    const low = new Set(qa.focus ? [qa.focus] : [])
    const concepts = buildConcepts(qa.content, index, speller, low, questionNames(question, lexicon))
    const hits = index.search(queryTerms(concepts), 60)
    const articleHas = articleLookup(index)
    const candidates: Candidate[] = hits
      .map((h) => {
        const p = index.passage(h.passage)!
        const article = articles[p.article]!
        return { id: h.passage, article, sentence: article.sentences[p.sentence]!, coverage: coverage(concepts, h.passage, index, titleTerms[p.article]!, articleHas) }
      })
      .sort((a, b) => b.coverage - a.coverage || a.id - b.id)
    const best = candidates[0]
    if (!best || best.coverage < MIN_COVERAGE) {
      result.related = relatedTitles(candidates)
      return result
    }
    let extraction = extractAnswer(
      {
        question: qa,
        concepts,
        lexicon,
        people: (article, sentence) => peopleIn(article).mentions.get(sentence) ?? [],
        dates: (article, sentence) => datesIn(dates, article, sentence),
      },
      candidates,
    )
    if (qa.kind === 'date') extraction = reconcileDates(extraction, candidates, dates, concepts.map((c) => c.word))
    if (!extraction) {
      result.related = relatedTitles(candidates)
      return result
    }
    result.answer = extraction.answer
    const used = new Set<number>()
    for (const { candidate, focus } of extraction.sources) {
      if (used.has(candidate.id)) continue
      used.add(candidate.id)
      result.citations.push(cite(candidate.article, candidate.sentence, focus))
    }
    // Further excerpts only where they repeat the answer: corroboration, not merely related text.
    const keys = answerKeys(extraction.answer)
    for (const c of qa.kind === 'date' ? [] : candidates) {
      if (result.citations.length >= MAX_CITATIONS || c.coverage < Math.max(MIN_COVERAGE, best.coverage * 0.6)) break
      if (used.has(c.id)) continue
      const folded = foldText(c.sentence.text)
      const hits = keys.map((k) => folded.search(new RegExp(`(?<![\\p{L}\\p{N}])${k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u'))).filter((i) => i >= 0)
      // A list answer is corroborated by a sentence naming two of its items, not one.
      const at = hits[0]
      if (at === undefined || hits.length < Math.min(2, keys.length)) continue
      used.add(c.id)
      result.citations.push(cite(c.article, c.sentence, { start: c.sentence.start + at, end: c.sentence.start + at + 1 }))
    }
    return result
  }

  const engine: Engine = {
    version,
    corpus,
    ask,
    sources: () =>
      articles.map((a) => {
        const published = dates.articleDate(a.source)
        return {
          source: a.source,
          title: a.title,
          outlet: a.outlet,
          date: a.date ?? published?.date ?? null,
          dateInferred: a.date === null && published !== null,
          url: a.url,
          passages: a.sentences.length,
        }
      }),
    context: (source, at) => {
      const article = articleBySource.get(source)
      const p = article?.paragraphs.find((para) => para.start <= at && at < para.end)
      if (!article || !p) return null
      return { source, title: article.title, text: article.text.slice(p.start, p.end), start: p.start, end: p.end }
    },
    quotes: (query, limit) => quoteIndex.search(query, limit),
    speakers: () => quoteIndex.speakers(),
    suggestSpeakers: (prefix, limit) => quoteIndex.suggest(prefix, limit),
    timeline: () => dates.timeline(),
  }
  states.set(engine, state)
  return engine
}

/** Short hash of the corpus content: file names and texts, in name order. */
export function corpusVersion(articles: readonly Article[]): string {
  const hash = createHash('sha256')
  for (const a of [...articles].sort((x, y) => (x.source < y.source ? -1 : 1))) hash.update(a.source).update('\0').update(a.text).update('\0')
  return hash.digest('hex').slice(0, 12)
}
