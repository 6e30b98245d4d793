import { COUNTRIES } from '../text/index.ts'

/**
 * What kinds of answer a sentence holds, as index terms of their own ("#countries",
 * "#number"), so that a question asking for a kind can look for sentences
 * that hold it among those its words find: "which countries sent troops?" is
 * answered by "Russia, Belarus and Armenia are contributing", which has none
 * of its words. The "#" keeps them apart from any word's term.
 */

export type AnswerType = 'number' | 'date' | 'countries'

// Country names, longest first so "South Korea" is one name before "Korea".
const COUNTRY_NAMES = [...COUNTRIES.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
const COUNTRY = new RegExp(`\\b(?:${COUNTRY_NAMES.join('|')})\\b`, 'g')
const NUMBER = /\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?)\b/i
const DATE =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:19|20)\d{2}\b/i

/** The index term of an answer type. */
export const typeTerm = (type: AnswerType): string => `#${type}`

/**
 * The answer types a sentence holds: a figure, a date, several countries.
 *
 * @example
 * ```ts
 * answerTypes('Russia, Belarus and Armenia sent 2,500 troops on Thursday.')
 * // => ['number', 'date', 'countries']
 * ```
 */
export function answerTypes(text: string): AnswerType[] {
  const types: AnswerType[] = []
  if (NUMBER.test(text)) types.push('number')
  if (DATE.test(text)) types.push('date')
  if (new Set(text.match(COUNTRY) ?? []).size >= 2) types.push('countries')
  return types
}
