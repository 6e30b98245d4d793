import { canonicalTerm } from '../text/index.ts'
import type { Article } from '../corpus/index.ts'
import type { SearchIndex } from '../search/index.ts'

/**
 * The sentences of the corpus that have a word, found through the passage
 * index: what every article says of a person named by it ("She replaces
 * Mihail Dobrescu" in one article, "Finance Minister Mihail Dobrescu" in another).
 */

// More sentences than this name one surname only in a corpus about that person; the first are enough to read.
const MAX_SENTENCES = 60

/**
 * A lookup of the sentences that have `word` (a surname as the answer keys it), best first.
 *
 * @example
 * ```ts
 * sentencesNaming(index)('dobrescu') // => [{ article, sentence: 4 }, ...]
 * ```
 */
export function sentencesNaming(index: SearchIndex): (word: string) => { article: Article; sentence: number }[] {
  return (word) => {
    const term = canonicalTerm(index.lexicon, word)
    if (term === null) return []
    return index.search([{ term, weight: 1 }], MAX_SENTENCES).flatMap((hit) => {
      const p = index.passage(hit.passage)
      return p && index.hasTerm(term, hit.passage, hit.passage + 1) ? [{ article: index.articles[p.article]!, sentence: p.sentence }] : []
    })
  }
}
