import { NUMBER_WORDS, STOP_WORDS, TENS, UNITS, isAdverb, isAdverbOnly, isNoun, isPluralNoun, isVerbOnly, lemmaOf, unshouted } from '../text/index.ts'

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
  /** The whole a part before it is of ("33 of its 98 articles"): what the part is counted against, not what was done. */
  whole?: boolean
  /** Where the change whose first figure gives this one its unit starts ("from 60 tenge a litre to 120"): said together. */
  unitFrom?: number
}

// "twenty-five", "Forty one": a ten and a unit written as words.
const COMPOUND = String.raw`(?:${Object.keys(TENS).join('|')})[\s-](?:${Object.keys(UNITS).join('|')})`
const SCALES: Record<string, number> = { hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 }

// The negation stays with its comparison: "no more than ten days" is not "more than ten days"; so does the
// degree of one ("just over 2,000", "well under half").
const QUALIFIER = String.raw`(?:(?:(?:just|well|slightly|only)\s+(?=over|under|more|less|fewer))?(?:about|around|almost|nearly|roughly|approximately|some|over|under|only|just|at least|at most|(?:no|not)\s+(?:more|less|fewer)\s+than|more than|less than|fewer than|up to|as many as|as much as|in excess of|a few|several|a couple of)\s+)?`
const NUMBER = String.raw`(?:\$|€|£)?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?|\b(?:${COMPOUND}|${Object.keys(NUMBER_WORDS).join('|')}|dozens|hundreds|thousands|tens of thousands|millions)\b`
const SCALE = String.raw`(?:\s+(?:hundred|thousand|million|billion|trillion)\b)?`
// A sum opens with its currency sign, where no word boundary falls (" $10 million").
// "two and a half thousand", "1 and a half million": a half before the scale.
const HALF = String.raw`(?:\s+and\s+a\s+half(?=\s+(?:hundred|thousand|million|billion|trillion)\b))?`
const AND_A_HALF = /\band a half\b/
const QUANTITY = new RegExp(`(?:\\b|(?<![\\w$€£])(?=[$€£]))${QUALIFIER}(?:${NUMBER})${HALF}${SCALE}`, 'gi')
const PART_OF = /^\s+of\s+(?:the|them|those|these)\s+(?:[\p{L}-]+\s+)?(?:were|was|are|is)\s+(?:the\s+)?(\p{L}[\p{L}\s-]*)/u
/** "14 of them -", "(12 of them)": the figure is all of what it is set off after. `after` is the text after the figure. */
export const allOfThem = (after: string): boolean => /^\s+of\s+them\s*[-–—,)]/.test(after)
// Not a noun after "of" ("the organisers of the protests, 12 of them") nor one with its own figure ("Of the 300
// detainees, 40 of them … were foreign"): the count is of something else, or a part.
const COUNTED_BEFORE =
  /(?<!\bof\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+)?)(?<![\d,]+\s+(?:[\p{L}-]+\s+)?)\b(\p{L}[\p{L}-]*s)\s*[-–—(,]\s*(?:about\s+|some\s+|nearly\s+|around\s+|more than\s+|at least\s+)?$/u
const MEMBERS_OF = /^\s+of\s+(?:the\s+)?(\p{L}[\p{L}\s-]*)/u
// "70 Il-76s": a model's designation is one word, its number with it.
// What a figure counts stands after it in its own field: a tab parts a table's fields ("19<TAB>Last troops leave").
const UNIT_WORD = /^(?:[^\S\t]|-)+["“'‘]?(?:of\s+)?([\p{L}][\p{L}'’-]*(?<=-)\d+\p{L}*|[\p{L}][\p{L}'’-]*)["”'’]?/u

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
  // "MORE THAN 4,300 INJURED": a line in capitals is read as written in lower case, where a name is no unit.
  const plain = unshouted(text)
  if (plain !== text) return findQuantities(plain).map((q) => ({ ...q, text: text.slice(q.start, q.end) }))
  const found: Quantity[] = []
  for (const m of text.matchAll(QUANTITY)) {
    const start = m.index
    let end = start + m[0].length
    // "Article 51", "7:43", "2020-21": a label, a time or a range piece, not an amount; nor "14/14", a thread's post number.
    // "Il-76", "An-124", "F-16": a model's designation, not an amount.
    // "12th", "3rd": an ordinal names a unit or a place in a row, it counts nothing. "military.[14]": a reference mark
    // (not "killed [87] people", an editor's insertion, nor "[45](https://…)", a link).
    if (
      /[:\d]$|\d\/$/.test(text.slice(0, start)) ||
      (/\S\[$/.test(text.slice(0, start)) && /^\d+$/.test(m[0]) && /^\](?!\()/.test(text.slice(end))) ||
      /^[:/]\d/.test(text.slice(end)) ||
      /\p{L}-$/u.test(text.slice(0, start)) ||
      /^(?:st|nd|rd|th)\b/.test(text.slice(end)) ||
      // "0014": a number padded with zeros is a code.
      /^0\d/.test(m[0]) ||
      inIsoDay(text, start, end) ||
      paragraphNumber(text, m[0], start, end)
    )
      continue
    const core = m[0].toLowerCase()
    const digits = /(\d[\d,]*(?:\.\d+)?)/.exec(core)
    let value: number | null = digits ? Number(digits[1]!.replace(/,/g, '')) : null
    if (value === null) value = wordValue(core)
    // "a few hundred", "several thousand": a size, not a figure.
    if (/^(?:a few|several|a couple of)\s/.test(core)) value = null
    const scale = /\b(hundred|thousand|million|billion|trillion)\b/.exec(core.replace(/^.*?\d/, ''))
    if (value !== null && scale && digits) value = (value + (AND_A_HALF.test(core) ? 0.5 : 0)) * SCALES[scale[1]!]!
    const isYear = /^\d{4}$/.test(core.trim()) && value !== null && value >= 1000 && value <= 2100
    const unitWords: string[] = []
    let rest = end
    // "Russian soldiers", "546 criminal cases", "14 Russian military transport planes": up to four words, up to a
    // function word, an adverb or a verb ("100,000 soldiers remain", "2,500 troops arrived").
    for (let n = 0; n < 4 && !isYear; n++) {
      const u = UNIT_WORD.exec(text.slice(rest))
      const w = u?.[1]
      // "19 armoured vehicles", "19 military and armoured vehicles": modifiers, one a participle or two joined, before
      // the noun counted.
      const modifiers = w && n < 2 ? MODIFIERS.exec(text.slice(rest)) : null
      const first = modifiers?.[1]!.split(/\s+/)[0]!.toLowerCase() ?? ''
      if (modifiers && pluralNoun(modifiers[2]!) && !isPluralNoun(first) && (n === 0 || !isPluralNoun(unitWords[0]!.toLowerCase()))) {
        unitWords.push(...modifiers[1]!.trim().split(/\s+/), modifiers[2]!)
        rest += modifiers[0].length
        break
      }
      if (!u || !w || !isUnitWord(w, n)) break
      unitWords.push(w)
      rest += u[0].length
    }
    // "to 120 overnight": a word alone that is an adverb and no noun counts nothing, though it may be an adjective too.
    if (unitWords.length === 1 && isAdverb(unitWords[0]!.toLowerCase()) && !isNoun(unitWords[0]!.toLowerCase())) unitWords.pop()
    // "12 members of the harbour police": a member counts as what it is a member of.
    const group = /^members?$/i.test(unitWords.at(-1) ?? '') ? MEMBERS_OF.exec(text.slice(rest)) : null
    if (group) {
      const { words, length } = partUnit(group[1]!)
      if (words.length) {
        unitWords.push('of', ...words)
        rest += group[0].length - group[1]!.length + length
      }
    }
    // "Nine of the injured were firefighters": a part of a whole counts what the part is.
    const part = unitWords.length === 0 ? PART_OF.exec(text.slice(end)) : null
    if (part) unitWords.push(...partUnit(part[1]!).words)
    // "Russian planes - 14 of them - carried …": the figure set off after a plural noun counts that noun.
    const aside = unitWords.length === 0 && allOfThem(text.slice(end)) ? COUNTED_BEFORE.exec(text.slice(0, start)) : null
    if (aside) unitWords.push(aside[1]!)
    if (unitWords.length && !part) end = rest
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
    // "from around 60 tenge a litre to 120": the second figure of a change counts what the first does.
    const from = /\bfrom\s+$/i.exec(text.slice(0, a.start))
    if (a.unit !== null && b.unit === null && from && /^\s*(?:(?:a|an|per)\s+\p{L}+\s+)?to\s*$/u.test(text.slice(a.end, b.start)))
      found[i + 1] = { ...b, unit: a.unit, unitFrom: from.index }
    // "33 of its 98 articles", "33 of the constitution's 98 articles": the first counts a part of what the second
    // counts whole.
    if (a.unit === null && b.unit !== null && /^\s+of\s+(?:its|their|his|her|the)\s+(?:[\p{L}-]+['’]s\s+)?$/u.test(text.slice(a.end, b.start))) {
      found[i] = { ...a, unit: b.unit }
      found[i + 1] = { ...b, whole: true }
    }
  }
  return found
}

/** The value of a number written in words ("nineteen", "twenty-five", "two thousand"), or `null`. */
function wordValue(core: string): number | null {
  const words = (core.match(/\p{L}+/gu) ?? []).filter((w) => w in NUMBER_WORDS || w in SCALES)
  const first = words.findIndex((w) => w in NUMBER_WORDS)
  if (first < 0) return null
  let value = NUMBER_WORDS[words[first]!]!
  let next = first + 1
  if (words[first]! in TENS && words[next] !== undefined && words[next]! in UNITS) value += UNITS[words[next++]!]!
  if (AND_A_HALF.test(core)) value += 0.5
  for (const w of words.slice(next)) if (w in SCALES) value *= SCALES[w]!
  return value
}

/**
 * The unit words of what a part or a group is ("police officers or soldiers, ..." → police officers), and where
 * they end in `text`; none when it is said not to be one, or is no kind of thing ("not police", "still missing").
 */
function partUnit(text: string): { words: string[]; length: number } {
  const words: string[] = []
  let length = 0
  let joined = false
  for (const m of text.matchAll(/[\p{L}-]+/gu)) {
    const w = m[0]
    const lower = w.toLowerCase()
    // "members of the police and the National Guard": a group of two bodies is a member of either.
    if (words.length > 0 && !joined && (lower === 'and' || lower === 'or')) {
      joined = true
      continue
    }
    if (joined && lower === 'the' && words.length < 3) continue
    if (words.length === 3 || !isUnitWord(w, joined ? 0 : words.length) || (joined && lower in NUMBER_WORDS)) break
    if (words.length === 0 && (NOT_A_KIND.has(lower) || isAdverbOnly(lower))) break
    words.push(w)
    length = m.index + w.length
  }
  return { words, length }
}

/** True when the figure at `start`–`end` is a part of a day written the ISO way ("2022-01-19"). */
function inIsoDay(text: string, start: number, end: number): boolean {
  const around = text.slice(Math.max(0, start - 8), end + 6)
  const at = start - Math.max(0, start - 8)
  return [...around.matchAll(/\b\d{4}-\d{2}-\d{2}\b/g)].some((d) => d.index <= at && at < d.index + d[0].length)
}

/** True when the figure opens its sentence as a paragraph's number ("2.6 On 7 January …", "3. The …", "(26) On …", "§ 26 On …"). */
function paragraphNumber(text: string, figure: string, start: number, end: number): boolean {
  const before = text.slice(0, start)
  if (!/^[\s*#>(§-]*$/.test(before) || !/^\d+(?:\.\d+)*$/.test(figure)) return false
  // A plain "3" needs its mark after it ("3." or "3)"); "2.6" or "§ 26" is one as it stands.
  const marked = figure.includes('.') || before.includes('§')
  return (marked ? /^[.)]?\**\s+[\p{Lu}"“]/u : /^[.)]\**\s+[\p{Lu}"“]/u).test(text.slice(end))
}

// A participle ("armoured", "injured"), or two modifiers joined ("military and armoured"), then a noun.
const MODIFIERS = /^[^\S\t]+((?:[\p{L}-]+\s+(?:and|or)\s+)?[\p{L}-]+ed|[\p{L}-]+\s+(?:and|or)\s+[\p{L}-]+)\s+([\p{L}-]+)/u
// A noun in the plural ("vehicles", "people"), as what a figure counts: not a verb's form ("arrived").
const pluralNoun = (word: string) => {
  const lower = word.toLowerCase()
  // "people" is WordNet's noun lemma as well as the plural of "person".
  return !STOP_WORDS.has(lower) && (isPluralNoun(lower) || lower === 'people') && !isVerbOnly(lower) && !/(?:ed|ing|ly)$/.test(lower)
}

const NOT_A_KIND = new Set(['not', 'never', 'no', 'none', 'still', 'also', 'all', 'both', 'either', 'neither'])

/** A word that can be the `n`th word of a unit: no function word, adverb ("10 instead of 15") or -ed form, and after the first no verb. */
function isUnitWord(word: string, n: number): boolean {
  const lower = word.toLowerCase()
  return !STOP_WORDS.has(lower) && !/(?:ly|ed)$/.test(word) && !isAdverbOnly(lower) && !(n > 0 && (isVerbOnly(lower) || lemmaOf(lower) !== lower))
}
