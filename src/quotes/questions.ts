/**
 * Questions `/ask` answers from the quote index: "Who said ...?" and
 * "What did Suchkov say (about ...)?". The answer's excerpts are the quotations.
 */
import type { QuoteIndex } from './quote-index.ts'
import type { Quote } from './types.ts'

/** A question about who said what. */
export type QuoteQuestion =
  | { kind: 'who'; text: string }
  /** `setting`: where or when it was said ("at the summit", "in his speech"), not what it was about. */
  | { kind: 'what'; speaker: string; topic: string | null; setting?: string }

/** What {@link answerQuoteQuestion} returns: the short answer (a speaker's name) and the quotations that prove it. */
export interface QuoteAnswer {
  question: QuoteQuestion
  /** The speaker's canonical name, or `null` when no quotation matches. */
  answer: string | null
  role: string | null
  quotes: Quote[]
}

// The verbs of a quotation question: "Who said ...?" takes the past, "What did X say?" the bare form (and a few slips).
// "Who called in the CSTO?" asks who summoned it: "called in / on / for / off / up" says nothing.
const SAID = 'said|says|say|wrote|writes|tweeted|stated|declared|claimed|remarked|warned|argued|added|called(?!\\s+(?:in|on|for|off|up|out|back)\\b)|described'
const SAY = String.raw`say|said|says|tell(?:\s+\w+)?|told|write|wrote|written|tweet|tweeted|think|thinks|claim|claimed|argue|argued|warn|warned|predict|predicted|mean|call|called|describe|described`
const WHO = new RegExp(
  String.raw`^\s*(?:who|which\s+(?:person|official|politician|leader))\s+(?:(?:has|had)\s+)?(?:${SAID}|(?:is|was)\s+quoted\s+(?:as\s+)?saying)\b[,:]?\s*(?:that\s+)?(.+?)[\s?.!]*$`,
  'i',
)
const WHAT = new RegExp(
  String.raw`^\s*what\s+(?:did|does|do|has|have|had)\s+(.+?)\s+(?:${SAY})\b(?:\s+(?:about|on|regarding|of|concerning)\s+(.+?)|\s+(?:at|during|in)\s+((?:the|a|an|his|her|their|its)\b.+?)|\s+((?:when|while|after|before|as)\s+.+?))?[\s?.!]*$`,
  'i',
)

// "How did the EU react to the troops going in?", "what was China's reaction": what someone said of it.
const REACTION = new RegExp(
  String.raw`^\s*(?:how\s+did\s+(.+?)\s+(?:react|respond|reply|retort|hit\s+back|clap\s+back|fire\s+back|push\s+back)|what\s+(?:was|is)\s+(.+?)['’]s?\s+(?:reaction|response|reply|take|stance))(?:\s+(?:to|on|about|over|at|against)\s+(.+?))?[\s?.!]*$`,
  'i',
)

/**
 * Recognises a who-said-what question; other questions give `null`. The one
 * reading of such questions: `/ask` types a question by it and answers it by it.
 *
 * @example
 * ```ts
 * parseQuoteQuestion('Who said "playing checkers"?') // => { kind: 'who', text: 'playing checkers' }
 * parseQuoteQuestion('What did Suchkov say about Moscow?') // => { kind: 'what', speaker: 'Suchkov', topic: 'Moscow' }
 * parseQuoteQuestion('which official was quoted as saying "a coup"') // => { kind: 'who', text: 'a coup' }
 * parseQuoteQuestion('what did Putin say at the summit') // => { kind: 'what', speaker: 'Putin', topic: null, setting: 'the summit' }
 * ```
 */
export function parseQuoteQuestion(question: string): QuoteQuestion | null {
  const who = WHO.exec(question)
  if (who) {
    const text = unquote(who[1]!)
    // "Who said?" quotes no words: the lazy capture took its question mark.
    return /[\p{L}\p{N}]/u.test(text) ? { kind: 'who', text } : null
  }
  const what = WHAT.exec(question)
  const reaction = what ? null : REACTION.exec(question)
  const [said, about] = what ? [what[1], what[2]] : reaction ? [reaction[1] ?? reaction[2], reaction[3]] : [undefined, undefined]
  if (said === undefined) return null
  const speaker = unquote(said)
  const topic = about ? unquote(about) : null
  const setting = unquote(what?.[3] ?? what?.[4] ?? '')
  if (!speaker) return null
  return setting ? { kind: 'what', speaker, topic: null, setting } : { kind: 'what', speaker, topic: topic || null }
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
