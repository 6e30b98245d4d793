import { MONTHS, MONTH_ABBREVIATIONS, WEEKDAYS } from './calendar.ts'

/**
 * A text written all in capitals (a ticker line, a headline), read as it would
 * be written in lower case: the date rules and the amounts of a sentence read
 * it so.
 */

// A word in capitals, and the calendar's names among such words.
const SHOUTED = /\b\p{Lu}{2,}\b/gu
const CALENDAR_NAME = new RegExp(`^(?:${[...MONTHS, ...MONTH_ABBREVIATIONS, ...WEEKDAYS].join('|')})$`, 'i')
// "MAY" and "MARCH" are a verb as often: a month only beside a day or a year ("MARCH 5", "12 MAY").
const VERB_MONTH = /^(?:may|march)$/i

/**
 * A text whose capitals shout ("TROOPS TO FLY HOME ON FRIDAY") as the rules
 * read a sentence: its words in lower case and the calendar's names
 * capitalised, offsets unchanged (a word whose lower case is longer, as "İ"
 * is, stays as written); any other text as it is.
 *
 * @example
 * ```ts
 * unshouted('TROOPS TO FLY HOME ON FRIDAY') // => 'troops to fly home on Friday'
 * ```
 */
export function unshouted(text: string): string {
  // Most sentences have no two capitals in a row: they are read as they are, without counting their letters.
  if (!TWO_CAPITALS.test(text)) return text
  const letters = text.replace(/[^\p{L}]/gu, '')
  if (letters.length === 0 || letters.replace(/\P{Lu}/gu, '').length < SHOUTING_SHARE * letters.length) return text
  return text.replace(SHOUTED, (word, at: number) => {
    const name =
      CALENDAR_NAME.test(word) &&
      (!VERB_MONTH.test(word) || /\d\s*$/.test(text.slice(Math.max(0, at - 4), at)) || /^\s*\d/.test(text.slice(at + word.length, at + word.length + 4)))
    const lower = word.toLowerCase()
    if (lower.length !== word.length) return word
    return name ? word.charAt(0) + lower.slice(1) : lower
  })
}

const TWO_CAPITALS = /\p{Lu}\p{Lu}/u
// The share of a text's letters in capitals past which it shouts.
const SHOUTING_SHARE = 0.6
