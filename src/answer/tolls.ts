import { conceptMatch } from '../search/index.ts'
import { termsOf, type ExtractionContext } from './context.ts'

/**
 * Tolls: the dead, the injured, the detained, the missing. Whether a figure in
 * a sentence is a toll of the kind a "how many" asks about, the whole of one
 * or a part of it.
 */

// Tolls of four kinds: a figure of one answers no question about another ("3,000 detained" for "how many died").
/** What a question asks a toll of: the dead, the injured, the detained, the missing. */
export const TOLLS = [
  // A toll is also told by the bodies a morgue received, lives lost, the fatalities: "225 bodies had been received by morgues".
  /\b(?:kill|die|dead|death|casualt|toll|fatalit|perish|slain|morgue)|\blost (?:their|his|her) lives\b|\blives (?:were |had been )?lost\b|\bbod(?:y|ies) (?:had been |have been |were |was )?(?:received|brought|found|recovered|identified|taken|handed)\b|\b(?:found|recovered|received|identified)\s+(?:(?:about|some|at least|more than|\d[\d,]*)\s+)*bod(?:y|ies)\b/i,
  /\b(?:injur|wound|hurt|casualt)/i,
  // Chat says it in words of its own: "got locked up", "rounded up", "nabbed".
  /\b(?:arrest|detain|held|jail|lock(?:ed|s|ing)? up|round(?:ed|s|ing)? up|nabb?(?:ed|s|ing)?\b|bust(?:ed)?\b)/i,
  /\b(?:missing|disappear)/i,
]

/**
 * The tolls a question asks of: none where it counts a time ("how many years will he be locked up" asks a term served,
 * "how many days was he in custody" how long).
 *
 * @example
 * ```ts
 * tollsAsked('how many got locked up').length        // => 1
 * tollsAsked('how many years was lask locked up').length // => 0
 * ```
 */
export function tollsAsked(question: string): RegExp[] {
  return COUNTS_TIME.test(question) ? [] : TOLLS.filter((re) => re.test(question))
}
const COUNTS_TIME = /\bhow (?:many|much|long)\s+(?:years?|months?|weeks?|days?|hours?|time)\b/i

/**
 * "dozens of people were killed", "killing at least 14", "230 had died, including 19 police": a toll, or part of
 * one, answers no "how many" of another kind. `before` is read for a part, `lead` for the verb right before the figure.
 */
export function countsOtherEvent(after: string, question: string, before = '', lead = ''): boolean {
  const toll =
    /^\s*(?:[\p{L}'’-]+\s+){0,4}(?:(?:were|was|have been|had been|are|been)?\s*(killed|dead|died|injured|wounded|hurt|arrested|detained|missing)|(?:were|was|have been|had been|are|been)\s+(held|jailed|imprisoned))\b/iu.exec(
      after,
    ) ?? TOLL_LEAD.exec(lead)
  const part = toll ? null : PART_OF_TOLL.exec(before)
  const said = toll ?? part
  // A part of a toll is of another toll only where the question asks of one: "how many journalists" are the 8 of them.
  const asked = tollsAsked(question)
  if (!said || (part && asked.length === 0)) return false
  return !TOLLS.filter((re) => re.test(said[1] ?? said[2]!)).some((re) => asked.includes(re))
}

/**
 * True when a question asks no toll, or one that `told` tells ("killed 88, 12 of them police" for "how many police
 * died"; not for "how many police were wounded").
 *
 * @example
 * ```ts
 * tollAskedIn('how many police were wounded', 'The attack killed 14 people, ') // => false
 * ```
 */
export function tollAskedIn(question: string, told: string): boolean {
  const asked = tollsAsked(question)
  return asked.length === 0 || asked.some((re) => re.test(told))
}

/**
 * True for a figure that is part of a toll ("225 had died, including 19 police")
 * where the question asks for the toll itself: it counts nothing a part
 * would be of ("the death toll", "how many people died"), and names nothing
 * the words after the part say ("including 14 in Kessa" is asked for by "in kessa").
 */
export function partOfWholeToll(ctx: ExtractionContext, before: string, after: string): boolean {
  if (!PART_OF_TOLL.test(before) || tollsAsked(ctx.question.text).length === 0 || (ctx.focus !== null && !WHOLE.has(ctx.focus.word))) return false
  // "… including 14 in Kessa" for "how many deaths were in kessa": the part the question asks for by where or when.
  const part = termsOf(ctx, after.split(/[,;.]/)[0]!)
  return !ctx.concepts.some((c) => !TOLLS.some((re) => re.test(c.asked ?? c.word)) && conceptMatch(c, part) > 0)
}

/**
 * True for a toll whose sentence goes on to the part a question names
 * ("52 had died, including 14 in Kessa" for "how many died in kessa"), the
 * name said nowhere before the part: the whole is not what is asked.
 */
export function wholeOfAskedPart(ctx: ExtractionContext, text: string, end: number): boolean {
  const list = PARTS_AFTER.exec(text.slice(end))
  if (!list) return false
  const before = termsOf(ctx, text.slice(0, end + list.index))
  // Each part of the list by where or when: "12 people in Dorn and 9 in Kessa".
  return [...list[1]!.matchAll(PART_PLACE)].some((m) => {
    const part = termsOf(ctx, m[1]!)
    return ctx.concepts.some((c) => c.named && conceptMatch(c, part) > 0 && conceptMatch(c, before) === 0)
  })
}
// The parts a toll goes on to: ", including 14 in Kessa", "among them 12 people in Dorn and 9 in Kessa".
const PARTS_AFTER = /,?\s+(?:including|among them)\s+([^;.]*)/i
// A part by where or when, its figure straight before the place (one word between at most): not "20 children in the
// Kessa floods", which tells what the toll was of.
const PART_PLACE =
  /(?:^|,\s*|\band\s+)(?:some\s+|about\s+|at least\s+)?\d[\d,]*\s+(?:people\s+|dead\s+|more\s+)?((?:in|on|at|near|from)\s[^,;.]*?)(?=\s+and\b|[,;.]|$)/gi

/**
 * True for a figure given as a whole toll ("put the death toll at 225",
 * "the toll rose to 225 people", "88 people died, 12 of them police") where the
 * question counts the dead of one kind ("how many police were among the
 * dead"): the whole counts no kind.
 */
export function wholeTollOfKind(ctx: ExtractionContext, before: string, unit: string | null, after = ''): boolean {
  const focus = ctx.focus
  if ((unit !== null && !WHOLE_UNIT.test(unit)) || focus === null || WHOLE.has(focus.word) || tollsAsked(ctx.question.text).length === 0) return false
  const part = KIND_AFTER.exec(after)
  // "of the people who died, how many were police": the question sets the whole apart, so a figure of people counts it.
  const wholeAsked = unit !== null && OF_WHOLE.test(ctx.question.normalized)
  return wholeAsked || TOLL_AT.test(before) || (part !== null && conceptMatch(focus, termsOf(ctx, part[1] ?? part[2]!)) > 0)
}
const OF_WHOLE = /\b(?:of|among|amongst)\s+(?:the|those|them|all the)\b/
// The part of a toll the sentence goes on to, by kind: ", 12 of them police officers", "including 12 police officers".
const KIND_AFTER =
  /^[^.;]{0,60}?(?:,|\s)\s*(?!all\b|both\b|each\b|none\b|most\b)(?:\d[\d,]*|[a-z]+)\s+of (?:them|whom)\s+(?:were\s+)?([^,;.]*)|^[^.;]{0,60}?\b(?:including|among them)\s+(?:\d[\d,]*|[a-z]+)\s+([^,;.]*)/i
// The units of a whole toll: "at 90 people", "at 90 dead".
const WHOLE_UNIT = /^(?:people|persons|dead|deaths|victims|casualties|lives)$/i
const TOLL_AT =
  /\b(?:toll|count|tally)\s+(?:at|of|to|was|is|stood at|stands at|reached|rose to|climbed to|now at)\s+(?:(?:at least|about|some|more than|nearly|almost|over|around)\s+)?$/i

// What a question counts when it asks for a whole toll: people, deaths, victims.
const WHOLE = new Set(['peopl', 'person', 'death', 'casualti', 'toll', 'victim', 'ppl', 'dead'])

// The verb of a toll right before its figure: "killing at least 14", "injured some 30".
const TOLL_LEAD =
  /\b(killing|killed|injuring|injured|wounding|wounded|arresting|arrested|detaining|detained)\s+(?:(?:at least|about|some|more than|nearly|almost|over|around)\s+)?$/i
// "… had died, including", "… were detained, among them": what follows is part of that toll.
const PART_OF_TOLL = /\b(killed|dead|died|deaths?|toll|injured|wounded|hurt|arrested|detained)\b[^.;]{0,30}?,?\s+(?:including|among them)\s+$/i

/**
 * True for a figure whose sentence goes on to the part of it a toll the question asks took ("Norland sent 500 troops, of
 * whom 3 were killed", "500 soldiers, and 3 of them died" for how many died): the whole is not what died.
 */
export function wholeOfToldPart(question: string, after: string): boolean {
  const part = TOLD_PART.exec(after)
  return part !== null && tollsAsked(question).some((re) => re.test(part[1]!))
}
const TOLD_PART =
  /^[^.;:]{0,30}?,?\s+(?:of whom|(?:and\s+|but\s+)?(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|some|several|many|most|all)\s+of\s+(?:them|whom|those))\s+(?:\d[\d,]*\s+|[a-z]+\s+)?(?:were\s+|was\s+|had been\s+|have been\s+)?(killed|died|dead|injured|wounded|hurt|arrested|detained|missing)\b/i

/** "How many were wounded?" of a sentence that tells of no wounded ("The league sent 900 troops"): a figure of something else. */
export function tollUnsaid(question: string, sentence: string): boolean {
  const asked = tollsAsked(question.replace(NO_TOLL, ' '))
  return asked.length > 0 && !asked.some((re) => re.test(sentence))
}

// "before the net got killed", "the power died": a thing cut off, no toll.
const NO_TOLL = /\b(?:internet|net|web|connection|power|signal|phones?|lines?|network|engine)\s+(?:got\s+|was\s+|were\s+|being\s+)?(?:killed|dead|died)\b/gi
