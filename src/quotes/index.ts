/**
 * Who said what: quotation marks, speakers and their mentions, the quote index,
 * and the who-said-what questions it answers.
 */

export { DEFAULT_LIMIT, quoteOutput, type QuoteArgs } from './cli-output.ts'
export { MIN_QUOTE_WORDS, analyzeArticle, extractQuotes, type QuoteAnalysis } from './extract.ts'
export { NAMING_VERBS } from './naming.ts'
export { answerQuoteQuestion, parseQuoteQuestion, type QuoteQuestion } from './questions.ts'
export { buildQuoteIndex, norm, quoteIndexFromData, quoteTextData, type QuoteIndex, type QuoteIndexData, type QuoteTextData } from './quote-index.ts'
export { sameSpeaker } from './speakers.ts'
export { type Quote } from './types.ts'
