/**
 * Scoring the engine on evaluation sets: grounded, right and abstained ask items,
 * quote items, and verbatim citations.
 */

export { evaluateAsk, formatAskReport, parseEvalSet, type AskItem } from './ask.ts'
export { evaluateQuotes, formatQuoteEvalReport, type QuoteItem } from './quotes.ts'
