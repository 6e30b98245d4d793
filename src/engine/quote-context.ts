import type { QuoteIndex } from '../quotes/index.ts'
import type { SearchIndex } from '../search/index.ts'
import type { Speller } from '../text/index.ts'
import type { Article } from '../corpus/index.ts'
import type { EngineState } from './state.ts'

/** What {@link quoteReply} reads. */
export interface QuoteContext {
  quotes: QuoteIndex
  index: SearchIndex
  speller: Speller
  articleBySource: ReadonlyMap<string, Article>
  /** The passage id of an article's sentence holding `offset`, or -1. */
  passageAt: (article: Article, offset: number) => number
  /** The terms of an article's title. */
  titleTerms: (article: Article) => ReadonlySet<string>
}

/**
 * The {@link QuoteContext} of an engine over `state`: `titleTermsOf` gives an
 * article's title terms by its place in the corpus.
 */
export function quoteContextOf(state: EngineState, speller: Speller, titleTermsOf: (article: number) => ReadonlySet<string>): QuoteContext {
  const { index, corpus } = state
  const articleIndex = new Map(corpus.articles.map((a, i) => [a, i]))
  return {
    quotes: state.quotes,
    index,
    speller,
    articleBySource: new Map(corpus.articles.map((a) => [a.source, a])),
    passageAt: (article, offset) => {
      const a = articleIndex.get(article)
      const s = article.sentences.findIndex((x) => x.start <= offset && offset < x.end)
      return a === undefined || s < 0 ? -1 : index.data.articleStart[a]! + s
    },
    titleTerms: (article) => titleTermsOf(articleIndex.get(article)!),
  }
}
