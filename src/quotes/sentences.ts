/**
 * The sentence of an article at an offset, found by binary search: attribution
 * asks for it for every quotation, and a long article has thousands.
 */
import type { Article, Sentence, Span } from '../corpus/index.ts'

/**
 * The sentence holding offset `at`, else the first one after it, else `null`.
 * Sentences are in text order and do not overlap, so a binary search finds it.
 *
 * @example
 * ```ts
 * sentenceAt(article, 0)?.index // => 0
 * ```
 */
export function sentenceAt(article: Article, at: number): Sentence | null {
  const sentences = article.sentences
  let lo = 0
  let hi = sentences.length
  // The first sentence starting after `at`; the one before it is the only one that can hold `at`.
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (sentences[mid]!.start <= at) lo = mid + 1
    else hi = mid
  }
  const holding = sentences[lo - 1]
  return holding && at < holding.end ? holding : (sentences[lo] ?? null)
}

/**
 * The span of {@link sentenceAt}, or an empty span at `at` when the article has no sentence there.
 *
 * @example
 * ```ts
 * sentenceSpan(article, 0) // => { start: 0, end: 42 }
 * ```
 */
export function sentenceSpan(article: Article, at: number): Span {
  const s = sentenceAt(article, at)
  return s ? { start: s.start, end: s.end } : { start: at, end: at }
}
