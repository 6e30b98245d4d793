import { STOP_WORDS, isVerbOnly, lemmaOf } from '../text/index.ts'

/**
 * Finds amounts in a sentence ("about 2,500 people", "almost 376 billion
 * dollars", "at least 100,000 Russian soldiers") with the words that qualify
 * them and the unit that follows.
 */

/** An amount found in a text. Offsets are relative to the text given. */
export interface Quantity {
  /** The whole phrase: qualifier, number, scale and unit ("about 2,500 people"). */
  text: string
  start: number
  end: number
  /** The number itself, scaled ("376 billion" → 376e9); `null` for "dozens", "hundreds". */
  value: number | null
  /** The unit words after the number ("people", "Russian soldiers"), or `null`. */
  unit: string | null
  /** True for a bare four-digit year ("in 1999"), which is a date, not an amount. */
  isYear: boolean
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, thousand: 1000,
}
const SCALES: Record<string, number> = { hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 }

const QUALIFIER = String.raw`(?:(?:about|around|almost|nearly|roughly|approximately|some|over|under|only|just|at least|at most|more than|less than|fewer than|up to|as many as|as much as|in excess of)\s+)?`
const NUMBER = String.raw`(?:\$|€|£)?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?|\b(?:${Object.keys(NUMBER_WORDS).join('|')}|dozens|hundreds|thousands|tens of thousands|millions)\b`
const SCALE = String.raw`(?:\s+(?:hundred|thousand|million|billion|trillion)\b)?`
const QUANTITY = new RegExp(`\\b${QUALIFIER}(?:${NUMBER})${SCALE}`, 'gi')
const UNIT_WORD = /^[\s-]+["“'‘]?(?:of\s+)?([\p{L}][\p{L}'’-]*)["”'’]?/u

/**
 * The quantities in a text, left to right.
 *
 * @example
 * ```ts
 * findQuantities('The force totals about 2,500 people.')[0]
 * // => { text: 'about 2,500 people', value: 2500, unit: 'people', isYear: false, ... }
 * ```
 */
export function findQuantities(text: string): Quantity[] {
  const found: Quantity[] = []
  for (const m of text.matchAll(QUANTITY)) {
    const start = m.index
    let end = start + m[0].length
    // "Article 51", "7:43", "2020-21": a label, a time or a range piece, not an amount.
    // "Il-76", "An-124", "F-16": a model's designation, not an amount.
    // "12th", "3rd": an ordinal names a unit or a place in a row, it counts nothing.
    if (/[:\d]$/.test(text.slice(0, start)) || /^[:/]\d/.test(text.slice(end)) || /\p{L}-$/u.test(text.slice(0, start)) || /^(?:st|nd|rd|th)\b/.test(text.slice(end))) continue
    const core = m[0].toLowerCase()
    const digits = /(\d[\d,]*(?:\.\d+)?)/.exec(core)
    let value: number | null = digits ? Number(digits[1]!.replace(/,/g, '')) : null
    const word = Object.keys(NUMBER_WORDS).find((w) => new RegExp(`\\b${w}\\b`).test(core))
    if (value === null && word) value = NUMBER_WORDS[word]!
    const scale = /\b(hundred|thousand|million|billion|trillion)\b/.exec(core.replace(/^.*?\d/, ''))
    if (value !== null && scale && digits) value *= SCALES[scale[1]!]!
    const isYear = /^\d{4}$/.test(core.trim()) && value !== null && value >= 1000 && value <= 2100
    const unitWords: string[] = []
    let rest = end
    // "Russian soldiers", "546 criminal cases", "70 military transport aircraft": up to three words, up to a
    // function word, an adverb or a verb ("100,000 soldiers remain", "2,500 troops arrived").
    for (let n = 0; n < 3 && !isYear; n++) {
      const u = UNIT_WORD.exec(text.slice(rest))
      const w = u?.[1]
      if (!u || !w || STOP_WORDS.has(w.toLowerCase()) || /(?:ly|ed)$/.test(w) || (n > 0 && (isVerbOnly(w.toLowerCase()) || lemmaOf(w.toLowerCase()) !== w.toLowerCase()))) break
      unitWords.push(w)
      rest += u[0].length
    }
    if (unitWords.length) end = rest
    const before = text.slice(Math.max(0, start - 12), start)
    const precededByLabel =
      /\b(?:Article|No\.?|Section|Chapter|Paragraph|Resolution|Room|Page)\s+$/i.test(before) ||
      /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+$/.test(before) ||
      // "7 January": a day of a month.
      /^\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b/.test(text.slice(start + m[0].length))
    if (precededByLabel) continue
    found.push({ text: text.slice(start, end), start, end, value, unit: unitWords.length ? unitWords.join(' ') : null, isYear })
  }
  // "from 60 to 120 tenge", "50-60 tenge": the first figure of a range counts what the second does.
  for (let i = found.length - 2; i >= 0; i--) {
    const [a, b] = [found[i]!, found[i + 1]!]
    if (a.unit === null && b.unit !== null && /^\s*(?:to|-|–|—|or|and)\s*$/.test(text.slice(a.end, b.start))) found[i] = { ...a, unit: b.unit }
  }
  return found
}
