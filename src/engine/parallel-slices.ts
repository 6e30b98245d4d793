import { peopleData, type PeopleData } from '../answer/index.ts'
import { loadArticleFile, type Article, type SkippedFile } from '../corpus/index.ts'
import { detectMentions, type Mention } from '../dates/index.ts'
import { analyzeArticle, quoteTextData, type QuoteAnalysis, type QuoteTextData } from '../quotes/index.ts'
import { buildPassageData, passageAnalyzer, type PassageData } from '../search/index.ts'
import { lexiconInput, type Lexicon, type LexiconInput } from '../text/index.ts'

/**
 * The three steps of a parallel build's slice, the same in a worker thread and
 * on the calling thread: reading its files (all a corpus whose snapshot
 * restores needs), finding what needs no lexicon (lexicon inputs, date
 * mentions, quotations, people), then, given the corpus's lexicon, its
 * passage data. Articles cross threads without their sentences'
 * text, each made again on arrival from the article's text.
 */

/** An article file to read (its name in the folder), or an article read already (an upload). */
export type Entry = string | Article

/** What one slice gives after reading: its articles, and the files it skipped with the reason. */
export interface Read {
  articles: Article[]
  skipped: SkippedFile[]
}

/** What a slice's articles give that needs no lexicon. */
export interface Prepared {
  lexicon: LexiconInput[]
  mentions: Mention[][]
  quotes: QuoteAnalysis[]
  /** The stems and normalised texts of the slice's quotations, in order. */
  quoteText: QuoteTextData
  /** The people of the slice's articles. */
  people: PeopleData
}

// Sentences travel without their text: each is a slice of the article's, made again on arrival.
export const strip = (a: Article): Article => ({ ...a, sentences: a.sentences.map((s) => ({ ...s, text: '' })) })
export const dress = (a: Article): Article => ({ ...a, sentences: a.sentences.map((s) => ({ ...s, text: a.text.slice(s.start, s.end) })) })

/** A slice's articles back from its worker: an article given is itself again (the engine may hold it), one read is rebuilt. */
export function inPlaceOf(entries: readonly Entry[], read: Read): Article[] {
  const skipped = new Set(read.skipped.map((s) => s.source))
  const articles = read.articles.values()
  return entries.flatMap((e) => {
    if (typeof e === 'string' && skipped.has(e)) return []
    const a = articles.next().value!
    return [typeof e === 'string' ? dress(a) : e]
  })
}

/** Reads a slice's files (articles given are taken as they are), as `loadCorpus` reads them. */
export function readSlice(dir: string, entries: readonly Entry[]): Read {
  const out: Read = { articles: [], skipped: [] }
  for (const entry of entries) {
    const read = typeof entry === 'string' ? loadArticleFile(dir, entry) : { ok: true as const, article: entry }
    if (read.ok) out.articles.push(read.article)
    else out.skipped.push({ source: entry as string, reason: read.reason })
  }
  return out
}

/** What a slice's articles give that needs no lexicon: lexicon inputs, date mentions, quotations, people. */
export function prepareSlice(articles: readonly Article[]): Prepared {
  const out: Omit<Prepared, 'people'> = { lexicon: [], mentions: [], quotes: [], quoteText: { stems: [], norms: [] } }
  for (const a of articles) {
    const { quotes, speakers, people } = analyzeArticle(a)
    out.lexicon.push(lexiconInput(a))
    out.mentions.push(detectMentions(a))
    out.quotes.push({ quotes, speakers, people: { persons: people.persons } })
    const text = quoteTextData(quotes)
    out.quoteText.stems.push(...text.stems)
    out.quoteText.norms.push(...text.norms)
  }
  return { ...out, people: peopleData(articles) }
}

/** The passage data of a slice's articles under the corpus's lexicon (term ids of its own). */
export function analyzeSlice(articles: readonly Article[], lexicon: Lexicon): PassageData {
  return buildPassageData(articles, passageAnalyzer(lexicon))
}
