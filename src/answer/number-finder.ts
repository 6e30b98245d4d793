import { countsDoers } from './doer-counts.ts'
import { countryOf, foldText } from '../text/index.ts'
import { findQuantities } from './quantities.ts'
import { joinRanges } from './ranges.ts'
import { ageStarts, earlierEvent, firstInstalment, nationUnsaid, partOfAnother } from './parts.ts'
import { DAY_PRECISION, capitalise, inQuestion, termsOf, type Candidate, type DateMention, type ExtractionContext } from './context.ts'
import { conceptMatch } from '../search/index.ts'
import type { Found } from './choose.ts'
import { countsSources, findAges, increment, numberPart, unitFit } from './counts.ts'
import { countsOtherEvent, partOfWholeToll, tollUnsaid, wholeOfAskedPart, wholeOfToldPart, wholeTollOfKind } from './tolls.ts'
import { mixedTotal, otherNation } from './count-nations.ts'
import { changeUnsaid, oppositeChange, otherSideOfChange, passedOver } from './changes.ts'
import { countrywide, possibleOnly, tollElsewhere } from './figure-scope.ts'
import { changeNotShare, otherBase, otherSideOfVote, otherYearsFigure, pollOnly, turnoutMismatch } from './shares.ts'
import { askedSource, otherSource } from './sources.ts'
import { anchorPositions } from './anchors.ts'

/**
 * The amounts in one passage that may answer "how many" or "how much": a
 * count of what the question counts, an age, a sum of money, a span of time.
 */

// What something has or holds ("how many seats are in parliament"): a whole answers it.
const HAS =
  /\b(?:have|has|had|contain|contains|contained|total|totals|totalled|consist|consists)\b|\b(?:are|is|were|was)\s+(?:there\s+)?in\b|\bthere\s+(?:are|were)\b/
const MONEY_QUESTION = /\b(?:pay|paid|cost|costs|spend|spent|price|money|worth|fund(?:s|ing)?|budget|fee|fine|salary|wage)\b/
// What stands between a sum and the same sum in another currency: "90,000 tenge – about $200", "(about $200)",
// "90,000 tenge, or about $200".
const CONVERSION = /^\s*(?:[–—(]|-|,|(?:,\s*)?\bor\b)\s*(?:about|around|roughly|some|approximately|nearly|almost)?\s*$/
// The world's currencies as news writes them, and their codes.
const MONEY = new RegExp(
  String.raw`[$€£¥₽₸₴₹₺]|\b(?:dollars?|euros?|pounds?|pence|roubles?|rubles?|kopeks?|tenge|yuan|renminbi|yen|won|rupees?|rupiah|som|soms|somoni|manats?|laris?|drams?|hryvnias?|zlotys?|zloty|forints?|lei|leu|levs?|leva|korunas?|kronor|kroner|kronas?|krona|krone|francs?|lira|liras|lire|dinars?|dirhams?|riyals?|rials?|shekels?|naira|rand|pesos?|reais|real|baht|ringgit|dong|taka|cents?|usd|eur|gbp|rub|kzt|uah|cny|jpy)\b`,
  'i',
)
// "60 krons a litre", "from 60 krons to 120 krons a litre": a figure per unit of something is a price, whatever the
// currency's name.
const PER_UNIT =
  /^(?:\s+to\s+[\d,.]+\s+\p{L}+)?\s+(?:a|an|per|each)\s+(?:litre|liter|gallon|kilo|kilogram|kg|tonne|ton|barrel|month|year|day|hour|head|person|cubic|unit|share|ticket)\b/iu
// What a bare figure loses to one that says what it counts.
const BARE = 0.15
/** A question of how long something lasted, took or is. */
export const HOW_LONG = /^how long\b/
// Spans of time (abbreviations in lower case only: "3 Min Street" is a street); lengths only for "how long is the X".
const SPAN_OF_TIME =
  /\b(?:[Ss]econds?|[Mm]inutes?|[Hh]ours?|[Dd]ays?|[Nn]ights?|[Ww]eeks?|[Ff]ortnights?|[Mm]onths?|[Yy]ears?|[Dd]ecades?|secs?|mins?|hrs?|wks?|mos|yrs?)\b/
const LENGTH = /\b(?:km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|feet|foot|ft|inch(?:es)?)\b/i
const ASKS_LENGTH = /^how long (?:is|was|are|were)\b/

/**
 * True for a question of how long something lasted, took or would last ("how
 * long did the mission last"), not of a length ("how long is the runway").
 *
 * @example
 * ```ts
 * asksSpan('how long would the troops stay') // => true
 * asksSpan('how long is the runway')         // => false
 * ```
 */
export const asksSpan = (normalized: string): boolean => HOW_LONG.test(normalized) && !ASKS_LENGTH.test(normalized)
const STARTS_IN = /\b(?:begin|began|start|started|starting|beginning|commenc\w*)\b[^.;]{0,40}\bin\s+(?:about\s+)?$/
const COUNT_ASKED = /^how many\b/
const IN_PLACE = /\b(?:in|at)\s+([a-z][\w-]+)\b/g
const MEASURES_A_PLACE = /\b(?:town|city|village|country|region|nation|province|district)\s+of\s+$/i
/**
 * The finder of amounts for a "how many" or "how much" question.
 *
 * @example
 * ```ts
 * numberFinder(ctx)(candidate) // => [{ text: 'about 2,500 people', key: '2500', value: 2500, ... }]
 * ```
 */
export function numberFinder(ctx: ExtractionContext): (c: Candidate) => Found[] {
  const { question } = ctx
  const anchorsOf = (c: Candidate) => anchorPositions(ctx, c.sentence)
  if (question.focus === 'age') return (c) => findAges(c.sentence.text).filter((a) => !inQuestion(ctx, a.text))
  const wantsYears = /\byears?\b/.test(foldText(question.text))
  // "How much did they pay?": an amount of money, not a count of anything.
  const wantsMoney = MONEY_QUESTION.test(foldText(question.text))
  // "How many were hurt according to the prosecutors?": a figure given as another's is none of theirs.
  const source = askedSource(question.normalized)
  // "how many died in almaty alone": the places within a country a figure is asked of.
  const places = [...question.normalized.matchAll(IN_PLACE)]
    .map((m) => m[1]!)
    .filter((w) => countryOf(capitalise(w)) === null && ctx.concepts.some((k) => k.named && k.asked === w))
  return (c) => {
    // The sentence's anchors are read once, and only when a bare figure needs them.
    let anchors: ReturnType<typeof anchorsOf> | undefined
    // Where the sentence gives people's ages ("Lask, 81,"), and the days it writes, read once.
    let ages: Set<number> | undefined
    let days: DateMention[] | undefined
    // A toll or a change the question asks of that the sentence tells nothing of, read once for its figures.
    const unsaid = tollUnsaid(question.text, c.sentence.text) || changeUnsaid(question.normalized, c.sentence.text)
    const othersFigure = source !== null ? otherSource(ctx, c, source) : null
    const namesFocus = () => (anchors ??= anchorsOf(c)).some((a) => ctx.concepts[a.concept] === ctx.focus)
    const finds: Found[] = joinRanges(findQuantities(c.sentence.text), c.sentence.text)
      // "one of its neighbours": a number word with nothing counted is not an amount.
      .filter((q) => (!q.isYear || wantsYears) && !inQuestion(ctx, numberPart(q.text, q.unit)) && (q.unit !== null || /\d/.test(q.text)))
      .filter((q) => !wantsMoney || MONEY.test(q.text) || MONEY.test(q.unit ?? '') || PER_UNIT.test(c.sentence.text.slice(q.end)))
      // "touch 33 of its 98 articles": the whole is asked only of what something has ("how many articles does it have").
      .filter((q) => !q.whole || HAS.test(question.normalized))
      // "24.04.2023", "15 January": a day the sentence writes is no amount of anything.
      .filter(
        (q) =>
          !(days ??= ctx.dates(c.article, c.sentence.index).filter((d) => d.precision >= DAY_PRECISION)).some(
            (d) => d.start - c.sentence.start <= q.start && q.end <= d.end - c.sentence.start,
          ),
      )
      // "How long did he get?": a span of time, not "a two-time prime minister"; "how long is the runway?" a length.
      .filter((q) => !HOW_LONG.test(question.normalized) || SPAN_OF_TIME.test(q.text) || (ASKS_LENGTH.test(question.normalized) && LENGTH.test(q.text)))
      // "Nazarbayev, 81, who ...": a person's age, which counts nothing a "how many" asks about.
      .filter((q) => q.unit !== null || !(ages ??= ageStarts(c.sentence.text)).has(q.start))
      // "What percent ...?": a share, written as one; "how many seats?": a count, not a share ("12.1% and 19 seats").
      .filter((q) => (/%|\bper ?cent\b/i.test(q.text) ? question.focus === 'percent' || !COUNT_ASKED.test(question.normalized) : question.focus !== 'percent'))
      // A bare figure ("of which 19 were ...") counts what the question counts only where the sentence names it.
      .filter((q) => q.unit !== null || !ctx.focus || namesFocus())
      // "20,000 bandits had attacked" counts the attackers asked about, though bandits are no kind of attacker.
      .map((q) => ({ q, fit: unitFit(ctx, q.unit, q.text) }))
      .map(({ q, fit }) => ({ q, fit: fit < 0 && countsDoers(question.focus, q.unit, c.sentence.text.slice(q.end, q.end + 40)) ? DOERS_FIT : fit }))
      // A figure answers "how many" better than "dozens", and counts what was asked about.
      // "How many troops" is never answered by a count of planes: a figure of something else is no candidate.
      .filter(
        ({ q, fit }) =>
          fit >= 0 &&
          !countsOtherEvent(
            c.sentence.text.slice(q.end, q.end + 50),
            question.text,
            // A figure that is part of a toll ("including 8 journalists") still counts what a question counts.
            question.focus ? '' : c.sentence.text.slice(Math.max(0, q.start - 60), q.start),
            c.sentence.text.slice(Math.max(0, q.start - 30), q.start),
          ),
      )
      // "225 had died, including 19 police": a part of the toll is no answer to what the toll was.
      .filter(({ q }) => !partOfWholeToll(ctx, c.sentence.text.slice(Math.max(0, q.start - 60), q.start), c.sentence.text.slice(q.end, q.end + 40)))
      // "the death toll at 225" for "how many police were among the dead": the whole is no count of one kind.
      .filter(({ q }) => !wholeTollOfKind(ctx, c.sentence.text.slice(Math.max(0, q.start - 40), q.start), q.unit, c.sentence.text.slice(q.end, q.end + 80)))
      // "a town of about 110,000 people": a figure that measures a place is not a count of what happened there.
      .filter(({ q }) => !MEASURES_A_PLACE.test(c.sentence.text.slice(Math.max(0, q.start - 25), q.start)))
      .map(({ q, fit }) => ({
        // "120" of "from 60 tenge a litre to 120" is said with the figure it takes its unit from.
        text: q.unitFrom === undefined ? q.text : c.sentence.text.slice(q.unitFrom, q.end),
        start: q.start,
        end: q.end,
        key: q.value === null ? foldText(q.text) : String(q.value),
        value: q.value ?? undefined,
        // A figure that says what it counts beats a bare one ("2,600 people ..., of whom 67"), for what was counted.
        bonus: (q.value === null ? -0.1 : 0) + fit + (countsSources(c.sentence.text, q.start) ? -0.2 : 0) + (q.unit === null && ctx.focus ? -BARE : 0),
        misfit:
          mixedTotal(ctx, c.sentence.text.slice(q.end), q.unit) ||
          oppositeChange(question.text, c.sentence.text, q.start) ||
          (question.focus === 'percent' &&
            (otherSideOfVote(question.normalized, c.sentence.text, q.start, q.end) ||
              changeNotShare(question.normalized, c.sentence.text, q.start, q.end) ||
              turnoutMismatch(question.normalized, c.sentence.text, q.start, q.end) ||
              otherYearsFigure(question.normalized, c.sentence.text, q.start, q.end) ||
              otherBase(question.normalized, c.sentence.text, q.end) ||
              pollOnly(question.normalized, c.sentence.text, q.start))) ||
          otherSideOfChange(question.normalized, c.sentence.text, q.start, q.end) ||
          passedOver(question.normalized, c.sentence.text, q.start) ||
          othersFigure?.(q.start) === true ||
          unsaid ||
          increment(c.sentence.text, q, question.normalized) ||
          // "230, with 139 of the deaths in Almaty": a part of a total, which answers only a question about a part.
          partOfAnother(ctx, c.sentence.text.slice(0, q.start), c.sentence.text.slice(q.end), q.unit !== null) ||
          wholeOfAskedPart(ctx, c.sentence.text, q.end) ||
          wholeOfToldPart(question.text, c.sentence.text.slice(q.end)) ||
          firstInstalment(question.normalized, c.sentence.text.slice(0, q.start)) ||
          nationUnsaid(question.normalized, c.sentence.text, q.start, q.end) ||
          earlierEvent(question.normalized, c.article.date, c.sentence.text.slice(0, q.start)) ||
          // "would begin pulling out in two days": when it starts, not how long it takes.
          (HOW_LONG.test(question.normalized) && STARTS_IN.test(c.sentence.text.slice(Math.max(0, q.start - 60), q.start))) ||
          tollElsewhere(question.text, c.sentence.text, q.start) ||
          countrywide(places, c.sentence.text, q.end) ||
          possibleOnly(question.normalized, c.sentence.text, q.start, q.end) ||
          otherNation(ctx, c.sentence.text, q),
      }))
    // "90,000 tenge – about $200": one sum in two currencies is one answer, not two rivals.
    for (const [i, f] of finds.entries()) {
      const prev = finds[i - 1]
      if (prev && MONEY.test(prev.text) && MONEY.test(f.text) && CONVERSION.test(c.sentence.text.slice(prev.end, f.start))) f.key = prev.key
    }
    kindsApart(ctx, finds)
    return BOTH_ENDS.test(question.normalized) ? bothEnds(ctx, c.sentence.text, finds) : finds
  }
}

// What a count of people who did the deed the asked noun names its doers by gains: as much as a kind of what is asked.
const DOERS_FIT = 0.2

/**
 * "101 international personnel and 530 national staff" for "how many international staff": where a sentence's
 * figures are told apart by a word the question sets before what it counts, the others count another kind.
 */
function kindsApart(ctx: ExtractionContext, finds: Found[]): void {
  const focus = ctx.focus?.asked
  if (finds.length < 2 || !focus) return
  const words = ctx.question.normalized.split(/\s+/)
  const at = words.findIndex((w) => w === focus || w.startsWith(focus))
  if (at < 0) return
  const terms = finds.map((f) => termsOf(ctx, f.text))
  for (const c of ctx.concepts) {
    // Only a word of the kind counted, set just before it ("international un staff", "foreign volunteers").
    const asked = words.lastIndexOf(c.asked ?? c.word, at)
    if (c.named || c === ctx.focus || asked < 0 || at - asked > 2) continue
    const says = terms.map((t) => conceptMatch(c, t) > 0)
    if (!says.some(Boolean) || says.every(Boolean)) continue
    finds.forEach((f, i) => {
      if (!says[i] && /\p{L}/u.test(f.text)) f.misfit = true
    })
  }
}

// "from what price to what", "from how much to how much": both ends of a change are asked (not "from what town").
const BOTH_ENDS = /\bfrom (?:what|how much|how many)(?: (?:price|figure|number|level|rate|amount|sum|cost))? to (?:what|how much|how many)\b/
// "from 60 to 120 tenge", "from about 60 tenge to 120": the words between a change's two ends.
const FROM_TO = /^\s*(?:[\p{L}$€£]+\s+)?to\s+(?:about\s+|around\s+|some\s+)?$/u

/**
 * For a question that asks both ends of a change, a sentence's two figures written "from … to …" as one find, the
 * change as written ("from 60 to 120 tenge"); a sentence without them gives none, as one end answers half of it.
 */
function bothEnds(ctx: ExtractionContext, text: string, finds: readonly Found[]): Found[] {
  const sorted = [...finds].sort((a, b) => a.start - b.start)
  const pairs: Found[] = []
  for (const [i, f] of sorted.entries()) {
    const to = sorted[i + 1]
    const from = /\bfrom\s+(?:about\s+|around\s+|some\s+)?$/.exec(text.slice(Math.max(0, f.start - 20), f.start))
    if (!to || !from || !FROM_TO.test(text.slice(f.end, to.start))) continue
    const start = f.start - from[0].length
    pairs.push({ ...to, text: text.slice(start, to.end), start, key: `${f.key}-${to.key}`, misfit: !!(f.misfit || to.misfit) })
  }
  // "Fuel rose from 40 to 60 cents, and bread went from 90 to 120": the change of what the question names, in its clause.
  const said = pairs.map((p) => {
    const clause = termsOf(
      ctx,
      text
        .slice(0, p.start)
        .split(/[,;]|\band\b/)
        .at(-1) ?? '',
    )
    return ctx.concepts.filter((c) => conceptMatch(c, clause) > 0).length
  })
  const best = said.indexOf(Math.max(...said))
  return best < 0 ? [] : [pairs[best]!]
}
