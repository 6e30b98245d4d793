import { conceptMatch } from '../search/index.ts'
import { capitalise, termsOf, type ExtractionContext } from './context.ts'
import { countryOf } from '../text/index.ts'
import { findMentions } from './entities.ts'
import { findAges } from './counts.ts'
import { allOfThem } from './quantities.ts'
import { tollAskedIn } from './tolls.ts'

/**
 * Figures that are not the count a "how many" asks for, though they stand in
 * a sentence about it: a person's age after the name, a part of a total.
 */

/** Where a sentence's ages start, as {@link findAges} reads them ("Lask, 81,"): a figure there counts nothing. */
export function ageStarts(text: string): Set<number> {
  return new Set(findAges(text).map((a) => a.start))
}

const PART_OF = /^\s+of\s+(?:the|them|those|these|whom|which)\b([^,.;]*)/i
const SHARE_OF_VOTERS = /^\s+of\s+(?:those|them|whom|(?:the|these)\s+(?:\w+\s+)?(?:ballots?|votes?|voters?|electorate|respondents|people|population|those))\b/i
const ASKS_PART = /\b(?:of (?:the|them|those|these|whom)|among)\b/

// The word just before a figure, past a hedge ("changes only 33 of …"): the verb whose object the figure may be.
const WORD_BEFORE = /([\p{L}'’-]+)\s+(?:(?:only|just|some|about|around|nearly|almost|roughly|at least|more than|fewer than|less than)\s+)?$/u

/**
 * "…, with 139 of the deaths in Almaty": a part of a total, unless the
 * question asks about a part or names its place, or the part is what the
 * question's deed was done to ("the package changes 33 of the constitution's
 * 98 articles" for how many articles were changed; "44 of the 56 desks were
 * smashed" for how many desks were smashed). `before` and `after` are
 * the sentence before and after the figure; `counted`, that the figure has a unit of its own.
 */
export function partOfAnother(ctx: ExtractionContext, before: string, after: string, counted = false): boolean {
  // "planes - 14 of them - carried …": all of the planes, set off after them (the figure's unit), not a part.
  if (counted && allOfThem(after)) return false
  const part = PART_OF.exec(after)
  if (!part || ASKS_PART.test(ctx.question.normalized)) return false
  // "64% of those who took part", "of the ballots cast": a share of those who voted is what "what percent" asks for;
  // "30% of the 140 seats" is a share of something else, unless the question's deed was done to it.
  if (ctx.question.focus === 'percent' && SHARE_OF_VOTERS.test(part[0])) return false
  const terms = termsOf(ctx, part[1]!)
  // "88 died, 12 of them police" for "how many police died": the part is of the kind counted, and of the toll asked
  // ("killed 14, 9 of them soldiers, and wounded dozens" tells no soldiers wounded).
  if (ctx.concepts.some((c) => c.named && conceptMatch(c, terms) > 0)) return false
  if (ctx.focus && conceptMatch(ctx.focus, terms) > 0 && tollAskedIn(ctx.question.text, before)) return false
  // The deed before the figure ("changes 33 of …") or told of the part after it ("44 of the 56 desks were smashed").
  const verbs = [WORD_BEFORE.exec(before)?.[1], PASSIVE_AFTER.exec(part[1]!)?.[1]].filter((v) => v !== undefined)
  const deed = termsOf(ctx, verbs.join(' '))
  return !ctx.concepts.some((c) => !c.named && c !== ctx.focus && conceptMatch(c, deed) > 0)
}
// "… were smashed", "… had been destroyed": the deed done to the part, told after it.
const PASSIVE_AFTER = /\b(?:were|was|had been|have been|got)\s+(?:\p{L}+ly\s+)?(\p{L}+)/u

/**
 * "with the first 100 soldiers arriving on Friday": the first of several
 * instalments, not all that was sent, unless the question asks about the first.
 * `before` is the sentence up to the figure.
 */
export function firstInstalment(question: string, before: string): boolean {
  // "Velta sent an initial 400 troops": a first part where the question asks for the whole ("in total").
  return (FIRST_OF.test(before) || (INITIAL.test(before) && ASKS_WHOLE.test(question))) && !ASKS_FIRST.test(question)
}
const INITIAL = /\b(?:the|an?|its|their)\s+(?:first|initial)\s+$/i
const ASKS_WHOLE = /\b(?:in total|in all|all told|altogether|overall)\b/
// Only where the sentence tells it as a stage of more: "with the first 150 arriving", "the first wave of 150".
const FIRST_OF =
  /\b(?:with|including)\s+(?:the|its|their)\s+first\s+$|\b(?:the|an?|its|their)\s+(?:first|initial)\s+(?:batch|group|wave|contingent|tranche|stage|planeload)s?\s+of\s+$/i
const ASKS_FIRST = /\b(?:first|initial|initially|to begin with|day one|opening)\b/

// "in December 2011", "in 2011": a year a sentence sets what it tells in.
const IN_YEAR = /\bin\s+(?:(?:early|late|mid-?)\s*)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?((?:19|20)\d\d)\b/gi

/**
 * "In December 2011 … at least 16 people died": a figure of an event the
 * sentence sets in a year before the article's own, which answers no
 * question that does not name a year. `before` is the sentence up to the figure.
 */
export function earlierEvent(question: string, articleDate: string | null, before: string): boolean {
  if (!articleDate || /\b(?:19|20)\d\d\b/.test(question)) return false
  return namesEarlierYear(before, articleDate, IN_YEAR)
}

const ANY_YEAR = /\b((?:18|19|20)\d\d)\b/g

/**
 * True when the text gives a year before the article's own (any year, or one
 * `pattern` captures): "From April until September 2019 he commanded …" in a
 * 2022 story tells of a time before it.
 *
 * @example
 * ```ts
 * namesEarlierYear('He commanded troops in Syria in 2019.', '2022-01-10') // => true
 * ```
 */
export function namesEarlierYear(text: string, articleDate: string | null, pattern: RegExp = ANY_YEAR): boolean {
  if (!articleDate) return false
  const year = Number(articleDate.slice(0, 4))
  return [...text.matchAll(pattern)].some((m) => Number(m[1]) < year)
}

// "how many of the troops were russian": a part of a whole, by nationality.
const NATIONAL_PART = /^how many of (?:the |these |those |them )?(?:[a-z-]+ ){0,2}(?:were|was|are|is) ([a-z]+)\b/
// How far after a figure its nationality may be written ("3,000 of them were Russian"), and before it ("Russia's 3,000").
const NATIONAL_REACH = 30
const NATION_BEFORE = 12

/**
 * True when the question asks how many of a whole were of one nation ("how
 * many of the troops were russian") and the figure's own words do not say so:
 * "about 2,500 troops, overwhelmingly Russian" is the whole, not the part.
 *
 * @example
 * ```ts
 * nationUnsaid('how many of the troops were russian', 'The force of 2,500 was mostly Russian.', 12, 17) // => true
 * ```
 */
export function nationUnsaid(question: string, text: string, start: number, end: number): boolean {
  const m = NATIONAL_PART.exec(question)
  const country = m ? countryOf(capitalise(m[1]!)) : null
  if (!m || country === null) return false
  // The nation is the figure's own: in its words up to the next comma ("2,000 of them Norwegian"), or just before it
  // ("Norway's 2,000"), by its people's name or its own.
  const after = text.slice(end, end + NATIONAL_REACH).split(/[,;:(]/)[0]!
  const near = `${text.slice(Math.max(0, start - NATION_BEFORE), start)} ${text.slice(start, end)} ${after}`
  return !findMentions(near).some((x) => (countryOf(x.text) ?? countryOf(x.text.replace(/s$/, ''))) === country)
}
