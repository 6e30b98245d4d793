/**
 * A change one way or the other ("went up", "was cut"): a figure told of a
 * change the other way than the question's answers another question.
 */

// Words of a change up or down: "after the price went up" is not answered by what it was cut to.
const UP =
  /\b(?:(?:went|go|goes|gone|going) up|rais(?:e|ed|es|ing)|ris(?:e|es|en|ing)|rose|increas\w*|hik(?:e|ed|es|ing)|jump\w*|soar\w*|doubl(?:e|ed|es|ing)|tripl(?:e|ed|es|ing)|climb\w*|surg(?:e|ed|es|ing)|spik(?:e|ed|es|ing)|skyrocket\w*)\b/i
const DOWN =
  /\b(?:(?:went|go|goes|gone|going|brought|bring|brings|bringing) down|cut|cuts|cutting|lower(?:ed|s|ing)?|reduc\w*|fell|fall(?:s|en|ing)?|dropp?\w*|slash\w*|decreas\w*|halv\w*|plung\w*|roll(?:ed|s)? back)\b/i

/**
 * True when the question asks about a change one way ("after the price went
 * up") and the words just before a figure tell only of a change the other way
 * ("agreed to cut the price to 90"): the figure answers another question.
 * Another change elsewhere in the sentence ("internet access was cut") is not the figure's.
 */
export function oppositeChange(question: string, text: string, at: number): boolean {
  const [up, down] = [UP.test(question), DOWN.test(question)]
  if (up === down) return false
  const before = text.slice(Math.max(0, at - CHANGE_REACH), at)
  return up ? DOWN.test(before) && !UP.test(before) : UP.test(before) && !DOWN.test(before)
}

const CHANGE_REACH = 50

// "how much did the tenge fall", "how much has the price gone up": the amount of a change is asked.
const ASKS_CHANGE = /^how (?:much|many|far)\b.*\b(?:did|has|have|had|does|do)\b/

/**
 * True when the question asks how much something changed ("how much did the
 * tenge fall vs the dollar") and the figure's sentence tells of no change at
 * all: "paid 90,000 tenge, or about 200 dollars" is a sum, not a fall.
 *
 * @example
 * ```ts
 * changeUnsaid('how much did the tenge fall', 'He was paid 90,000 tenge, or about $200.') // => true
 * changeUnsaid('how much did the tenge fall', 'The tenge fell 8% against the dollar.')   // => false
 * ```
 */
export function changeUnsaid(question: string, text: string): boolean {
  return ASKS_CHANGE.test(question) && (UP.test(question) || DOWN.test(question)) && !UP.test(text) && !DOWN.test(text)
}

// A question that asks the figure of before a change ("before new year", "what did it use to cost") or of after it
// ("now", "after the hike").
// "Last year" is not one: it asks of a time, which a figure "last year" answers however later ones differ.
const ASKS_BEFORE = /\b(?:before|previously|prior to|used to|originally|formerly|initially|at first|former|original|(?<!\bhow\s)old)\b/
// "What did it cost last year?": a time past, which a figure the sentence tells as the new one ("now costs 40, up
// from 22 last year") is not of; which of the older figures it is, the rest of the question says.
const ASKS_PAST = /\b(?:last (?:year|month|week|season|summer|winter|spring|autumn)|a (?:year|month|week) ago|in (?:19|20)\d\d)\b/
// "How much is a litre?", "what does a ticket cost": a question in the present asks of after any change it does not name.
const ASKS_NOW = /^(?:how (?:much|many)(?:\s+[\w'-]+){0,3}?\s+(?:is|are|does|do)|what(?:['’]s|\s+(?:is|are|does|do)))\b/
// "once the cap came off" asks of after it; "what did it once cost" of before.
const ASKS_AFTER =
  /\b(?:after|following|now|currently|nowadays|these days|today)\b|\bonce\s+(?:the|a|an|it|they|he|she|we|this|that|these|those|its|their|his|her|prices?)\b/
// A figure told as the one before a change: "up from 50", "from 60 to …", "against 50 to 60 … last year", "compared with 90".
const OLD_BEFORE = /(?<!\b(?:rang\w*|anywhere)\s+)\b(?:from|against|compared (?:with|to)|versus|vs\.?)\s+(?:about |around |roughly |some )?[$€£]?$/i
const OLD_RANGE = /\b(?:against|compared (?:with|to)|versus|vs\.?)\s+[$€£]?[\d.,]+\s*(?:-|–|to|and)\s*[$€£]?$/i
const OLD_AFTER = /^\s*(?:[\p{L}.]+\s+){0,4}?(?:last year|a year (?:ago|earlier)|previously|before|earlier|in the past)\b/iu
// A figure told as the one after it: "from 60 to 120", "now costs 120", "will cost 3", "cut it to 50", "set the price
// at 50", "120, up from 60".
const NEW_BEFORE = new RegExp(
  String.raw`(?:(?<!\b(?:rang\w*|anywhere)\s+)\bfrom\s+(?:about |around |roughly |some |nearly |almost )?[$€£]?[\d.,]+(?:\s+\p{L}+){0,2}\s+to|\b(?:now|will|(?:is|are) (?:set|going) to)(?:\s+\p{L}+){0,2}|(?:${UP.source}|${DOWN.source})\s+(?:[\p{L}-]+\s+){0,5}?to|\b(?:set|fixed|capped|pegged)\s+(?:[\p{L}-]+\s+){0,5}?at)\s+(?:about |around |roughly |some )?[$€£]?$`,
  'iu',
)
const NEW_AFTER = /^\s*(?:[\p{L}.]+\s+){0,3}?,?\s*(?:up|down) from\b/iu

/** The side of a change whose figure the question asks for: before it, after it, or neither (`null`, for both too). */
export function askedSide(question: string): 'before' | 'after' | null {
  const [before, after] = [ASKS_BEFORE.test(question), ASKS_AFTER.test(question)]
  return before === after ? null : before ? 'before' : 'after'
}

/**
 * True when the question asks the figure of one side of a change ("what did a
 * litre cost before new year") and the sentence tells this figure as the
 * other side ("now costs 120 tenge, against 50 to 60 last year"): 120 answers
 * what it costs now. A figure the sentence sets on neither side is left to the rest.
 */
export function otherSideOfChange(question: string, text: string, start: number, end: number): boolean {
  const side = askedSide(question) ?? (ASKS_PAST.test(question) ? 'before' : ASKS_NOW.test(question) ? 'after' : null)
  if (side === null) return false
  const told = sideOf(text, start, end)
  return told !== null && told !== (side === 'before' ? 'old' : 'new')
}

/**
 * The side of a change a sentence tells a figure as: the old one ("from 60 to …",
 * "against 50 last year", "up from 45"), the new one ("to 120", "now costs 64",
 * "70, up from 45"), or neither (`null`).
 */
export function sideOf(text: string, start: number, end: number): 'old' | 'new' | null {
  const [lead, tail] = [text.slice(Math.max(0, start - 60), start), text.slice(end, end + 40)]
  const old = OLD_BEFORE.test(lead) || OLD_RANGE.test(lead) || OLD_AFTER.test(tail)
  const now = NEW_BEFORE.test(lead) || NEW_AFTER.test(tail)
  return old === now ? null : old ? 'old' : 'new'
}

// "10 instead of 15", "rather than 15": the figure a plan or a choice passed over.
const PASSED_OVER = /\b(?:instead of|rather than|in place of)\s+(?:the\s+)?(?:about |around |some )?[$€£]?$/i

/**
 * True when a sentence tells a figure as the one passed over ("appoint 10 senators instead of 15"), which
 * answers no question but one about how it was before.
 *
 * @example
 * ```ts
 * passedOver('how many senators would he appoint', 'appoint 10 instead of 15', 19) // => true
 * ```
 */
export function passedOver(question: string, text: string, start: number): boolean {
  return askedSide(question) !== 'before' && PASSED_OVER.test(text.slice(Math.max(0, start - 30), start))
}
