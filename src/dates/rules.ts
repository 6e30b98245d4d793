/**
 * Finding temporal expressions in one sentence. Calendar dates are parsed by
 * chrono-node; the news rules chrono lacks (bare years, decades, weekdays in
 * the past tense, "the next day", "last week") are regular expressions here.
 * Nothing is resolved yet: each hit carries a {@link Rule} that
 * `src/dates.ts` resolves against the article's publication date.
 */
// The English parsers only: the package root also loads fifteen other locales, a third of a second at start-up.
import * as chrono from 'chrono-node/en'
import { makeDay, lastOfMonth, type Granularity } from './math.ts'
import { MONTHS, MONTH_ABBREVIATIONS, WEEKDAYS, monthNumber, unshouted } from '../text/index.ts'
import { numericOrder } from '../corpus/index.ts'
import { tenseAround } from './tense.ts'

/** How a hit becomes a date once the publication date (anchor) is known. */
export type Rule =
  | { kind: 'absolute'; date: string; endDate: string | null; granularity: Granularity }
  | { kind: 'monthDay'; month: number; day: number; tense?: 'past' | 'future' }
  | { kind: 'month'; month: number }
  | { kind: 'dayOfMonth'; day: number }
  | { kind: 'weekday'; weekday: number; tense: 'past' | 'future'; strict: boolean }
  | { kind: 'offset'; days: number }
  | { kind: 'period'; unit: 'week' | 'month' | 'year'; shift: number }
  | { kind: 'chain'; days: number }

/** One temporal expression found in a text, offsets local to that text. */
export interface Hit {
  start: number
  end: number
  rule: Rule
}

const MONTH_NAMES = MONTHS.join('|')
const MONTH_ABBR = MONTH_ABBREVIATIONS.map((a) => String.raw`${a}\.?`).join('|')
const ABBREVIATED = new RegExp(`\\b(?:${MONTH_ABBREVIATIONS.join('|')})$`)
const WEEKDAY_NAMES = WEEKDAYS.join('|')
const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 }
const NUMBER = `\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')}`
// Words that open a date phrase; kept in the phrase so it reads as the article wrote it.
const LEAD = /\b(?:on|in|since|by|until|till|from|during|before|after)\s+$/i
// A bare number is a year only after one of these ("in 1968", "the revolution of 1956") or before punctuation.
const YEAR_CUE = /\b(?:in|since|by|until|till|from|during|before|after|of|year|around|early|late|mid-?)\s*$/i
// Nouns that make a number a count, not a year ("by 2000 troops").
const COUNTED =
  /^\s+(?:troops|people|soldiers|servicemen|men|women|children|dollars|euros|rubles|roubles|tenge|tons|tonnes|km|kilometres|kilometers|miles|metres|meters|units|cases|deaths|votes|members|workers|protesters|demonstrators|police|officers|vehicles|tanks|planes|aircraft|casualties|refugees|residents|times|per)\b/i
// A month name without a day or year is a date only after one of these ("in March"), not a verb or name.
const MONTH_CUE = /\b(?:in|since|by|until|till|from|during|early|late|mid-?|of|last|next|this)\s*$/i
// Capitalised words that make a weekday part of a name ("Bloody Sunday", "Black Friday").
const NAMED_DAY = /\b(?:Bloody|Black|Good|Holy|Super|Ash|Easter|Cyber|Maundy|Palm|Shrove)\s+$/
interface Pattern {
  re: RegExp
  rule: (m: RegExpExecArray, text: string) => Rule | null
}

const PATTERNS: Pattern[] = [
  {
    // "in the 1990s", "the '60s"
    re: /\b(?:the\s+)?(?:early\s+|mid-?|late\s+)?(1[0-9]{2}0|20[0-9]0)s\b/g,
    rule: (m) => yearsRule(Number(m[1]), 10, 'decade'),
  },
  {
    // "in 1968", "since 2014", "the revolution of 1956"; a bare number needs a cue to count as a year.
    re: /\b(1[0-9]{3}|20[0-9]{2})\b(?![.,]\d|\s*%|-\d)/g,
    rule: (m, text) => {
      const before = text.slice(0, m.index)
      const after = text.slice(m.index + m[0].length)
      if (COUNTED.test(after) || /(?:[$€£#]|\bNo\.?\s*)$/.test(before)) return null
      if (YEAR_CUE.test(before)) return yearsRule(Number(m[1]), 1, 'year')
      // Uncued, only a modern year standing alone: not "1500 troops", not "Resolution 1244".
      const named = /\b[A-Z][\w-]*\s+$/.test(before) && before.trim().includes(' ')
      if (Number(m[1]) < 1900 || named || /^\s+[a-z]/.test(after)) return null
      return yearsRule(Number(m[1]), 1, 'year')
    },
  },
  {
    // "January 2022", "in March"
    re: new RegExp(`\\b(${MONTH_NAMES}|${MONTH_ABBR})(?:,?\\s+(\\d{4}))?\\b`, 'g'),
    rule: (m, text) => {
      const month = monthNumber(m[1]!)
      if (m[2]) return { kind: 'absolute', date: makeDay(Number(m[2]), month, 1), endDate: lastOfMonth(Number(m[2]), month), granularity: 'month' }
      return MONTH_CUE.test(text.slice(0, m.index)) ? { kind: 'month', month } : null
    },
  },
  {
    // "last Thursday", "on Friday", "Thursday morning"
    re: new RegExp(`(?:\\b(last|next|this)\\s+)?\\b(${WEEKDAY_NAMES})\\b(?:\\s+(?:morning|afternoon|evening|night))?`, 'g'),
    rule: (m, text) => {
      if (NAMED_DAY.test(text.slice(0, m.index))) return null
      const weekday = WEEKDAYS.indexOf(m[2] as (typeof WEEKDAYS)[number])
      if (m[1] === 'last') return { kind: 'weekday', weekday, tense: 'past', strict: true }
      if (m[1] === 'next') return { kind: 'weekday', weekday, tense: 'future', strict: true }
      return { kind: 'weekday', weekday, tense: tenseAround(text, m.index, m.index + m[0].length), strict: false }
    },
  },
  {
    // "on the 19th", "by the 3rd": a day of the month the article is in, or of the month either side, the nearest.
    re: /\b(?:on|by|until|till|before|after|since|from)\s+the\s+([12]?\d|3[01])(?:st|nd|rd|th)\b(?!\s+(?:of|century|anniversary|floor|round|minute|hour)\b)/gi,
    rule: (m) => ({ kind: 'dayOfMonth', day: Number(m[1]) }),
  },
  {
    re: /\b(?:(today|tonight|this (?:morning|afternoon|evening))|(tomorrow)|(yesterday))\b/gi,
    rule: (m) => ({ kind: 'offset', days: m[1] ? 0 : m[2] ? 1 : -1 }),
  },
  {
    re: new RegExp(`\\b(${NUMBER})\\s+(days?|weeks?)\\s+ago\\b`, 'gi'),
    rule: (m) => ({ kind: 'offset', days: -count(m[1]!) * (/^week/i.test(m[2]!) ? 7 : 1) }),
  },
  {
    re: /\b(?:the\s+)?(next|following|previous|same)\s+day\b|\bthe\s+day\s+(after|before)\b|\bthat\s+day\b/gi,
    rule: (m) => ({ kind: 'chain', days: /next|following|after/i.test(m[1] ?? m[2] ?? '') ? 1 : /previous|before/i.test(m[1] ?? m[2] ?? '') ? -1 : 0 }),
  },
  {
    re: new RegExp(`\\b(${NUMBER})\\s+days?\\s+(later|earlier)\\b`, 'gi'),
    rule: (m) => ({ kind: 'chain', days: count(m[1]!) * (/later/i.test(m[2]!) ? 1 : -1) }),
  },
  {
    // "last week", "earlier this month", "next year"
    re: /\b(?:(?:earlier|later)\s+)?(last|this|next|past)\s+(week|month|year)\b/gi,
    rule: (m) => ({ kind: 'period', unit: m[2]!.toLowerCase() as 'week', shift: { last: -1, past: -1, this: 0, next: 1 }[m[1]!.toLowerCase()]! }),
  },
]

/**
 * Finds the temporal expressions of one text (a sentence), longest first where
 * they overlap, each with the rule that resolves it.
 *
 * @example
 * ```ts
 * findHits('Troops arrived on Thursday morning.')
 * // => [{ start: 15, end: 34, rule: { kind: 'weekday', weekday: 4, tense: 'past', strict: false } }]
 * ```
 */
export function findHits(original: string, dayFirst = false): Hit[] {
  // A ticker's or headline's capitals ("HOME ON FRIDAY") are read as the words they are.
  const text = unshouted(original)
  const found: Hit[] = chronoHits(text, dayFirst)
  for (const { re, rule } of PATTERNS) {
    re.lastIndex = 0
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const r = rule(m, text)
      if (r) found.push({ start: m.index, end: m.index + m[0].length, rule: r })
    }
  }
  // Longest span wins an overlap; chrono's hits come first, so they win ties.
  const order = found.map((h, i) => ({ h, i })).sort((a, b) => b.h.end - b.h.start - (a.h.end - a.h.start) || a.i - b.i)
  const kept: Hit[] = []
  for (const { h } of order) if (!kept.some((k) => k.start < h.end && h.start < k.end)) kept.push(h)
  // "Jan 8 (Saturday)": the weekday of the day just given, not a day of its own ("elected on May 4, 2019, Tuesday said
  // he would resign" dates the saying by its weekday, as wires do).
  const ofTheDay = (h: Hit) =>
    h.rule.kind === 'weekday' &&
    kept.some((k) => (k.rule.kind === 'absolute' || k.rule.kind === 'monthDay') && k.end <= h.start && /^\s*\($/.test(text.slice(k.end, h.start)))
  // "started yesterday, January 13", "on Friday, the 14th": a relative day restated by the date after its comma is
  // that date, not a day counted from the article's own.
  const restated = (h: Hit) =>
    (h.rule.kind === 'offset' || h.rule.kind === 'weekday') &&
    kept.some(
      (k) =>
        (k.rule.kind === 'absolute' || k.rule.kind === 'monthDay' || k.rule.kind === 'dayOfMonth') &&
        k.start >= h.end &&
        /^\s*,\s*(?:on\s+)?$/.test(text.slice(h.end, k.start)) &&
        // Not a date opening a clause of its own ("announced yesterday, March 24 would be a day of mourning").
        RESTATED_END.test(text.slice(k.end)),
    )
  return kept
    .filter((h) => !ofTheDay(h) && !restated(h))
    .map((h) => withLead(text, trimSpan(text, h)))
    .sort((a, b) => a.start - b.start)
}

// What may follow a date that restates the day before its comma: the sentence's end, a comma, or a phrase going on.
const RESTATED_END = /^(?:\s*[,.;:!?)]|\s*$|\s+(?:at|in|on|when|after|before|and|but|as|with|by|from|to)\b)/

function chronoHits(text: string, dayFirst: boolean): Hit[] {
  // Only a hit with a digit is kept (below): a sentence without one needs no parse (most of a build's time in chrono).
  if (!/\d/.test(text)) return []
  // The reference only fills parts chrono is unsure of; those are left to the anchor rules below.
  const hits: Hit[] = []
  for (const r of chrono.strict.parse(text, { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 })) {
    const c = r.start
    // A calendar date has a number in it; chrono also reads ordinals ("the Second Karabakh War") as days.
    if (!c.isCertain('day') || !c.isCertain('month') || !/\d/.test(r.text)) continue
    // "for 180 days", "within 48 hours", "in two weeks": chrono counts these from its reference day, a day in 2000;
    // a span counted from the article's date is the rules' below ("two days ago"), and a duration is no day at all.
    if (SPAN_UNIT.test(r.text) && !CALENDAR_IN.test(r.text)) continue
    // "11/12" with no year is as likely a gallery's "photo 11 of 12" or a score as a day.
    if (!c.isCertain('year') && /^\d{1,2}[/.-]\d{1,2}$/.test(r.text.trim())) continue
    const [month, day] = numericOrder(r.text.trim(), dayFirst) ?? [c.get('month')!, c.get('day')!]
    const rule: Rule = c.isCertain('year')
      ? { kind: 'absolute', date: makeDay(c.get('year')!, month, day), endDate: null, granularity: 'day' }
      : { kind: 'monthDay', month, day, tense: tenseAround(text, r.index, r.index + r.text.length) }
    hits.push({ start: r.index, end: r.index + r.text.length, rule })
  }
  return hits
}

const SPAN_UNIT = /\b(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?)\b/i
const CALENDAR_IN = new RegExp(`\\b(?:${[...MONTHS, ...MONTH_ABBREVIATIONS].join('|')})\\b|\\d{1,4}[./-]\\d{1,2}`, 'i')

function yearsRule(first: number, span: number, granularity: Granularity): Rule {
  return { kind: 'absolute', date: makeDay(first, 1, 1), endDate: makeDay(first + span - 1, 12, 31), granularity }
}

function count(word: string): number {
  return NUMBER_WORDS[word.toLowerCase()] ?? Number(word)
}

function trimSpan(text: string, h: Hit): Hit {
  const { start } = h
  let { end } = h
  while (end > start && /[\s,.;:)]/.test(text[end - 1]!)) end--
  // Keep the full stop of an abbreviation ("Jan.") only when it is followed by a day number.
  if (ABBREVIATED.test(text.slice(start, end)) && text[end] === '.') end++
  return { ...h, start, end }
}

function withLead(text: string, h: Hit): Hit {
  const lead = LEAD.exec(text.slice(Math.max(0, h.start - 12), h.start))
  return lead ? { ...h, start: h.start - lead[0].length } : h
}
