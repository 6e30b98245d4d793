import type { QuoteIndex } from '../quotes/index.ts'

/**
 * A quote index made on its first lookup, not when an engine is restored:
 * its speaker matchers, stem sets and phrase text take a tenth of a second
 * at 10,000 articles, which a restart need not wait for. `quotes` are the
 * index's own quotations (checked before), so listing them builds nothing.
 *
 * @example
 * ```ts
 * const quotes = lazyQuoteIndex(body.quotes.quotes, () => quoteIndexFromData(body.quotes, body.quoteText))
 * quotes.quotes.length // => nothing built yet
 * quotes.whoSaid('divide our people') // builds the index, then looks up
 * ```
 */
export function lazyQuoteIndex(quotes: QuoteIndex['quotes'], make: () => QuoteIndex): QuoteIndex {
  let built: QuoteIndex | undefined
  const index = () => (built ??= make())
  return {
    quotes,
    search: (query, limit) => index().search(query, limit),
    speakers: () => index().speakers(),
    suggest: (prefix, limit) => index().suggest(prefix, limit),
    whoSaid: (words, limit) => index().whoSaid(words, limit),
    toData: () => index().toData(),
    textData: () => index().textData(),
  }
}
