import { STOP_WORDS, isPluralNoun } from '../text/index.ts'
import type { Candidate, ExtractionContext } from './context.ts'

/**
 * How a sentence writes a day: as when something began ("began on March 3",
 * "since March 1"), as a deadline ("by January 19") or as an end ("completed
 * on January 19"), and whether it tells of an end at all.
 */

// The date index may keep the preposition in the phrase ("by March 19").
const BY_DAY = /^(?:by|until|till|through|no later than)\b/i
const AS_DEADLINE = /\b(?:by|until|till|through|no later than)\s+(?:the\s+)?$|\bdeadline\s+(?:of|is|was|for\s+\S+(?:\s+\S+){0,3}\s+(?:is|was))\s+(?:on\s+)?$/i
// A day written as when something began ("began on March 3", "in force since March 1", "from March 4 to ...", "the curfew
// imposed on February 3"), not when it ended;
// not a day after an end's verb ("the drive the ministry launched ended on August 20").
// The verbs of a beginning, in a sentence.
const BEGIN_VERBS = String.raw`beg[iau]n(?:s|ning)?|start(?:s|ed|ing)?|broke out|erupted|open(?:s|ed)|set (?:\w+ )?in motion|launch(?:es|ed)?|kick(?:s|ed)? (?:off|in)|impos(?:es|ed)|introduc(?:es|ed)|declar(?:es|ed)|enact(?:s|ed)|t(?:akes|ook) effect|c(?:omes|ame) into force`
const BEGINS = new RegExp(
  String.raw`\b(?:(?:${BEGIN_VERBS})\b(?![^,;.]*\b(?:ended|(?:was|were|is|are|been) over|lifted|completed|finished|concluded|wound down|wrapped up|expired|called off|scrapped)\b)|\b(?:since|from)\b)[^,;.]{0,20}$`,
  'i',
)
/** True when the day written at `at` in `text` is written as when something began ("began on March 3", "since March 1"). */
export const beginsAt = (text: string, at: number) => BEGINS.test(text.slice(Math.max(0, at - 30), at)) || FROM_DAY.test(text.slice(at))
// A day phrase that opens with its own "from" or "since" ("arrived from January 6").
const FROM_DAY = /^(?:since|from)\b/i
/** True when the day written at `at` in `text` is written as a deadline ("by January 19", "the deadline of January 19"). */
export const writtenAsDeadline = (text: string, at: number) => BY_DAY.test(text.slice(at)) || AS_DEADLINE.test(text.slice(Math.max(0, at - 30), at))

/** True when the day written at `at` is written as an end or a deadline ("completed on January 19", "by January 19"). */
export const endsAt = (text: string, at: number) => {
  const before = text.slice(Math.max(0, at - 60), at)
  // "The first troops left on March 9" tells of a beginning.
  return writtenAsDeadline(text, at) || (ENDED.test(before) && !/\bfirst\b/i.test(before))
}
const ENDED = /\b(?:end(?:s|ed)?|over|finish(?:ed|es)?|complet(?:e|ed|es)|conclud(?:e|ed|es)|left|departed|gone|wound down|(?:the )?last)\b[^,;.]{0,50}$/i

// Words that tell of an end, or a deadline: what a day must stand with to answer "when did it end".
const ENDING =
  /\b(?:end(?:s|ed|ing)?|(?:is|was|were|be|been|all) over|(?:is|was|were|be|been|all)\s+(?:[a-z]+ly\s+)?out\b(?!\s+(?:of|in|into|to|for|with|at|there|from|front|here)\b)|finish(?:ed|es|ing)?|complet(?:e|ed|es|ion)|conclu(?:de|ded|des|sion)|lift(?:ed|s|ing)?|expir(?:e|ed|es)|wound down|wrap(?:ped)? up|last(?:ed|s)|left|gone(?!\s+(?:unanswered|unnoticed|unpunished|missing|wrong|up|down|on(?!\s+(?:the\s+)?(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b))|through|into|ahead|viral))|leav(?:e|es|ing)|withdr[ae]wn?|pull(?:ed)? out|until|till|no later than|(?:by|through)\s+(?:the\s+)?(?:end\b|\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)|ceas(?:e|ed|es)|called off|stopp(?:ed)?|halt(?:ed)?|cancel(?:l?ed)?|revoked?|scrapp(?:ed)?|annull?(?:ed)?|abolish(?:ed)?)\b/i

// "The last planes landed on January 19", "the last of the troops left" tells of the end of what they were the last of:
// the last of many (a plural, or "of the …"), not "the last round of talks", "the last strike", "the last of several
// rallies"; nor where the sentence has them begin something ("the withdrawal of the last marines began").
const LAST_OF = /\bthe\s+last\s+(of\s+(?:the|them|those|its|their)\b|(?:[a-z-]+\s+){0,2}[a-z-]+)/gi
const TIMES = new Set(['times', 'days', 'weeks', 'months', 'years', 'nights', 'hours', 'minutes'])
const BEGAN = new RegExp(String.raw`\b(?:${BEGIN_VERBS})\b`, 'i')
const lastOfMany = (text: string) =>
  !BEGAN.test(text) &&
  [...text.matchAll(LAST_OF)].some((m) => {
    if (/^of\s+(?:the|them|those|its|their)\b/i.test(m[1]!)) return true
    const words = m[1]!.toLowerCase().split(/\s+/)
    const head = words.slice(0, words.includes('of') ? words.indexOf('of') : words.length)
    return head.some((w) => isPluralNoun(w) && !TIMES.has(w) && !STOP_WORDS.has(w))
  })

/** False when the question asks when something ended and the passage's sentence tells of no end or deadline. */
export const endSaid = (ctx: ExtractionContext, c: Candidate) => ctx.question.focus !== 'end' || ENDING.test(c.sentence.text) || lastOfMany(c.sentence.text)

// "would stay closed until", "remained in force till the": the state that lasts, before the day it lasts until.
const STAYS_UNTIL = /\b(?:stays?|stayed|staying|remains?|remained|remaining|kept)\s+(?:\p{L}+\s+){0,2}?(\p{L}{4,})\s+(?:until|till)\s+(?:the\s+)?$/iu

/**
 * True when the day at `at` in `text` (its phrase `phrase`) is the day a state
 * lasts until ("tram line 4 would stay closed until October 30") and
 * `question` asks when it came to be that state ("when was line 4 closed"):
 * the day it ends is no answer. "When will it reopen" asks of another word
 * and keeps the day.
 *
 * @example
 * ```ts
 * stateLastsUntil('line 4 would stay closed until October 30', 35, 'October 30', 'when was line 4 closed') // => true
 * ```
 */
export function stateLastsUntil(text: string, at: number, phrase: string, question: string): boolean {
  const before = text.slice(Math.max(0, at - 60), at)
  const state = STAYS_UNTIL.exec(/^(?:until|till)\b/i.test(phrase) ? `${before}until ` : before)?.[1]
  // "When will it be closed until?" asks for that very day.
  return state !== undefined && new RegExp(`\\b${state}\\b`, 'i').test(question) && !/\b(?:until|till)\b/i.test(question)
}

/**
 * True for a day that ends a state told in an aside ("approved Eva Sorn, until this month the first deputy prime
 * minister, as head of government"): when the post was left, not the day of the sentence's deed.
 */
export function untilAside(text: string, at: number, phrase: string): boolean {
  const before = text.slice(Math.max(0, at - 12), at)
  return /^(?:until|till)\b/i.test(phrase) ? /,\s*$/.test(before) : /,\s*(?:until|till)\s+$/i.test(before)
}

/**
 * Whether the day at `at` may answer a question about a beginning: "when did the withdrawal start" is not answered by
 * the day it was to be over ("gone by January 19"); "since when had they guarded it", where the sentence says since when,
 * only by the day written after "since" ("handed it back on Sunday … had guarded it since arriving on March 2").
 */
export function startFits(focus: string | null, sinceAsked: boolean, text: string, at: number): boolean {
  if (sinceAsked && /\bsince\b/i.test(text) && !SINCE_BEFORE.test(text.slice(Math.max(0, at - 40), at)) && !FROM_DAY.test(text.slice(at))) return false
  return focus !== 'start' || beginsAt(text, at) || !endsAt(text, at)
}
const SINCE_BEFORE = /\bsince\s+(?:[\w,'’-]+\s+){0,5}$/i
