/**
 * Questions `/ask` answers from the quote index: "Who said ...?" and
 * "What did Suchkov say (about ...)?". The answer's excerpts are the quotations.
 */
import type { QuoteIndex } from './quote-index.ts'
import type { Quote } from './types.ts'

/** A question about who said what. */
export type QuoteQuestion = { kind: 'who'; text: string } | { kind: 'what'; speaker: string; topic: string | null }

/** What {@link answerQuoteQuestion} returns: the short answer (a speaker's name) and the quotations that prove it. */
export interface QuoteAnswer {
  question: QuoteQuestion
  /** The speaker's canonical name, or `null` when no quotation matches. */
  answer: string | null
  role: string | null
  quotes: Quote[]
}

const SAY = 'said|says|say|wrote|writes|tweeted|stated|declared|claimed|remarked|warned|argued|added|called'
const WHO = new RegExp(`^\\s*who\\s+(?:(?:${SAY})|(?:is|was)\\s+quoted\\s+(?:as\\s+)?saying)\\b[,:]?\\s*(?:that\\s+)?(.+?)[\\s?.!]*$`, 'i')
const WHAT =
  /^\s*what\s+(?:did|does|has|have|do)\s+(.+?)\s+(?:say|said|write|written|tweet|tweeted|claim|claimed|argue|argued|think|tell\s+\w+)(?:\s+(?:about|on|regarding|of|concerning)\s+(.+?))?[\s?.!]*$/i

/**
 * Recognises a who-said-what question; other questions give `null`.
 *
 * @example
 * ```ts
 * parseQuoteQuestion('Who said "playing checkers"?') // => { kind: 'who', text: 'playing checkers' }
 * parseQuoteQuestion('What did Suchkov say about Moscow?') // => { kind: 'what', speaker: 'Suchkov', topic: 'Moscow' }
 * ```
 */
export function parseQuoteQuestion(question: string): QuoteQuestion | null {
  const who = WHO.exec(question)
  if (who) {
    const text = unquote(who[1]!)
    return text ? { kind: 'who', text } : null
  }
  const what = WHAT.exec(question)
  if (what) {
    const speaker = unquote(what[1]!)
    const topic = what[2] ? unquote(what[2]) : null
    return speaker ? { kind: 'what', speaker, topic: topic || null } : null
  }
  return null
}

/**
 * Answers a who-said-what question from the quote index, best quotation
 * first; `null` when the question is not one. A "what did X say about Y"
 * whose topic no quotation mentions falls back to all of X's quotations.
 *
 * @example
 * ```ts
 * answerQuoteQuestion(index, 'Who said the Russians are playing checkers?')?.answer // => 'Lech Walensa'
 * ```
 */
export function answerQuoteQuestion(index: QuoteIndex, question: string, limit = 3): QuoteAnswer | null {
  const q = parseQuoteQuestion(question)
  if (!q) return null
  let quotes: Quote[]
  if (q.kind === 'who') quotes = index.whoSaid(q.text, limit)
  else {
    quotes = q.topic ? index.search({ speaker: q.speaker, text: q.topic }, limit) : []
    if (quotes.length === 0) quotes = index.search({ speaker: q.speaker }, limit)
  }
  const top = quotes[0]
  // Only the top speaker's quotations prove the answer.
  const proof = top ? quotes.filter((x) => x.speaker === top.speaker) : []
  return { question: q, answer: top?.speaker ?? null, role: top?.role ?? null, quotes: proof }
}

function unquote(s: string): string {
  return s.replace(/^[\s"“”'‘’«»]+|[\s"“”'‘’«»]+$/g, '').trim()
}
