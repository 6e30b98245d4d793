import type { Article } from '../corpus/index.ts'
import { MAX_EXCERPT, lineStart } from './citations.ts'
import { DAY_PRECISION, inQuestion, type Candidate, type DateMention, type ExtractionContext } from './context.ts'
import { toldAsPlan } from './expectations.ts'

/**
 * A timeline dates its entries in their headings ("### 7 January", "The
 * summit: January 10", "**19 January**"), not in the sentences under them
 * ("Tokayev orders troops to fire without warning."). Such a heading's day is
 * the day of what its section tells, where a sentence gives no day of its own.
 */

// What may stand before or after a heading's day: markup, an entry's number ("### 6.", "**19 January**").
const MARKUP_ONLY = /^[\s#*_>\d.)]*$/
// A label set off from the day ("Fire without warning: January 7", "January 7 — The summit"), not a phrase that runs
// on into it ("Tokayev's speech on January 7", "Updated January 7").
const SET_OFF_BEFORE = /[:—–|]\s*[*_]*\s*$/
const SET_OFF_AFTER = /^\s*[*_]*\s*[:—–|]/
// "January 13–19", "13 to 19 January": a span dates no one deed.
const SPAN = /[–—-]|\b(?:to|until|through)\b/
// A heading that labels its day as other than the deeds' ("Last updated: 9 March", "Background: 7 March", "Next: 14 March").
const LABELLED = /\b(?:updated?|published|posted|background|looking back|history|next|coming up|ahead|preview)\b/i
// A sentence that times its deed itself ("three days earlier", "the next day", "for months", "in the autumn") or tells
// none done that day: denied, hoped, promised, recalled, or done before ("had ordered"). Its heading's day is not its deed's.
const OWN_TIME =
  /\b(?:earlier|later|before|after(?:wards)?|previously|next|following|prior|ago|since|until|yesterday|tomorrow|formerly|days|weeks?|months?|years?|decades?|spring|summer|autumn|fall|winter)\b/i
const NOT_DONE_THEN =
  /\b(?:not|never|no longer|hop(?:e|es|ed|ing)|threat\w*|promis\w*|vow\w*|pledg\w*|wants?|wanted|intends?|plans?|planned|recall\w*|admit\w*|born|had)\b|n['’]t\b/i
const LIST_ITEM = /^\s*[-*•–]\s/
const paragraphText = (article: Article, p: number) => article.text.slice(article.paragraphs[p]!.start, article.paragraphs[p]!.end)
// A day without its year this long before the page was published may be of another year: not bet on.
const STALE_DAYS = 31
const DAY_MS = 86_400_000

/**
 * The day of the heading over a candidate's sentence, where the heading is
 * dated and the sentence gives no date of its own and stands near enough to
 * the heading to be cited with it; otherwise `null`. A day the question
 * itself names is no answer to it.
 *
 * @example
 * ```ts
 * // "### The summit: January 10\n\nPutin speaks of colour revolutions."
 * headingDay(ctx, candidateOf('Putin speaks of colour revolutions.'))?.phrase // => 'January 10'
 * ```
 */
export function headingDay(ctx: ExtractionContext, c: Candidate): DateMention | null {
  const { article, sentence, heading } = c
  if (!heading) return null
  const h = heading.index
  if (sentence.end - lineStart(article.text, heading.start) > MAX_EXCERPT || OWN_TIME.test(sentence.text) || NOT_DONE_THEN.test(sentence.text)) return null
  // Only up to the first sentence under the heading that gives a day of its own ("- 10 March: the curfew is extended"),
  // and only in the entry's first paragraph or a list of items: a section's further paragraphs may tell of other days.
  for (let s = h + 1; s <= sentence.index; s++) {
    const { paragraph } = article.sentences[s]!
    const first = paragraph === article.sentences[h + 1]!.paragraph
    if (ctx.dates(article, s).length > 0 || !(first || LIST_ITEM.test(paragraphText(article, paragraph)))) return null
  }
  const days = ctx.dates(article, h)
  const day = days[0]
  if (days.length !== 1 || !day || day.precision < DAY_PRECISION || day.guessed === true || SPAN.test(day.phrase) || inQuestion(ctx, day.phrase)) return null
  if (LABELLED.test(heading.text) || !ofItsPage(day, article.date)) return null
  const before = heading.text.slice(0, day.start - heading.start)
  const after = heading.text.slice(day.end - heading.start)
  const atStart = MARKUP_ONLY.test(before) && (MARKUP_ONLY.test(after) || SET_OFF_AFTER.test(after))
  const atEnd = MARKUP_ONLY.test(after) && SET_OFF_BEFORE.test(before)
  return atStart || atEnd ? day : null
}

// A day on or before its page's date, and, written without its year, not long before it.
function ofItsPage(day: DateMention, published: string | null): boolean {
  if (published === null) return false
  const before = (Date.parse(published) - Date.parse(day.date)) / DAY_MS
  return before >= 0 && (/\b\d{4}\b/.test(day.phrase) || before <= STALE_DAYS)
}

/**
 * True when a heading's day may answer the question for a sentence under it:
 * not a deadline nor a "since when", and not the day a plan was told ("Troops
 * will start leaving soon."). Whether the sentence tells of an end or a
 * beginning is weighed as for any day (see endSaid).
 */
export function headingDayFits(ctx: ExtractionContext, c: Candidate): boolean {
  const { focus, normalized } = ctx.question
  const text = c.sentence.text
  if (focus === 'deadline' || /^since when\b/.test(normalized)) return false
  return !toldAsPlan(text)
}
