/**
 * Scoring the engine on evaluation sets: grounded, right and abstained ask items,
 * quote items, and verbatim citations.
 */

export { evaluateAsk, formatAskItems, formatAskReport, parseEvalSet, type AskItem, type AskReport } from './ask.ts'
export { evaluateQuotes, formatQuoteEvalReport, type QuoteItem } from './quotes.ts'
