import { type Concept, conceptMatch } from '../search/index.ts'
import { canonicalTerm, tokenize } from '../text/index.ts'
import { mentionAt, termsOfSentence, type Candidate, type ExtractionContext } from './context.ts'
import { actorVerb, passiveSubject, passiveVerb, questionActor } from './actors.ts'
import { doneToSubject, toldAsGone } from './patients.ts'
import { beginsAt, endSaid, endsAt, writtenAsDeadline } from './day-ends.ts'
import { headingDayFits } from './section-days.ts'

/**
 * Whether a day a passage gives is the day of what the question asks about:
 * the sentence must tell of the question's deed (or its end, or its
 * deadline), and not only in a clause of its own.
 */

/**
 * For one question, a test of whether the day at `at` (an offset in the
 * article) of a passage answers it as its own answer would have to: for "when
 * did X end", a sentence that tells of an end, not a day written as when X
 * began; for "when did the league send troops", a sentence that says the
 * sending. The days of passages nearly as good as the answer's are reconciled
 * with it only if so. The question is read once, whatever the passages.
 *
 * @example
 * ```ts
 * dayAnswers(ctx)(candidate, candidate.sentence.start + 4) // "when did it end" for "Fighting began on March 5." => false
 * ```
 */
export function dayAnswers(ctx: ExtractionContext, gone: (c: Candidate) => boolean = askedOneGone(ctx)): (c: Candidate, at: number) => boolean {
  const verb = questionVerb(ctx)
  const key = dateEvent(ctx)
  const asksSaying = SAYING.test(ctx.question.normalized)
  const sinceWhen = /^since when\b/.test(ctx.question.normalized)
  const patient = passiveSubject(ctx)
  return (c, at) => {
    if (!endSaid(ctx, c)) return false
    // A day before the sentence is its heading's (a timeline's entry): it goes with the whole sentence.
    if (at < c.sentence.start) return headingDayFits(ctx, c) && (!verb || conceptMatch(verb, termsOfSentence(ctx, c.sentence.text)) > 0)
    if (ctx.question.focus === 'end' && beginsAt(c.sentence.text, at - c.sentence.start)) return false
    if (ctx.question.focus === 'start' && !beginsAt(c.sentence.text, at - c.sentence.start) && endsAt(c.sentence.text, at - c.sentence.start)) return false
    if (ctx.question.focus === 'deadline' && !writtenAsDeadline(c.sentence.text, at - c.sentence.start)) return false
    // "Since when has Norland held the chair?" is answered by a day written as a beginning ("since March 2021", "became
    // president in 2019", "was imposed on March 5"), not the day of something else the sentence tells.
    if (
      sinceWhen &&
      !beginsAt(c.sentence.text, at - c.sentence.start) &&
      !CAME_ABOUT.test(c.sentence.text.slice(Math.max(0, at - c.sentence.start - 60), at - c.sentence.start))
    )
      return false
    // "Tokayev took over from Nazarbayev as chairman on Wednesday and removed his nephew": the one asked about went that day.
    if (gone(c)) return asksSaying || !saidOn(ctx, c, at - c.sentence.start, key)
    if (key && inOtherClause(ctx, c.sentence.text, at - c.sentence.start, key)) return false
    if (!asksSaying && saidOn(ctx, c, at - c.sentence.start, key)) return false
    // A weekday in a plan reported on another day is counted from a day the reader cannot tell: no day to bet on.
    if (WEEKDAY_AT.test(c.sentence.text.slice(at - c.sentence.start)) && IN_PLAN_REPORTED.test(c.sentence.text.slice(0, at - c.sentence.start))) return false
    if (!verb || conceptMatch(verb, termsOfSentence(ctx, c.sentence.text)) === 0) return !verb
    // "When did Diaz get sacked?" is not answered by "Voters ousted Kerr on Sunday, electing Diaz": it was not done to her.
    if (!doneToSubject(ctx, c, patient, verb)) return false
    return !onlyAfterward(ctx, c.sentence.text, verb, at - c.sentence.start)
  }
}

/**
 * For a question of when someone was taken out of a post, a test of whether a
 * passage tells of that person as the one who went, whatever its own verb
 * ("took over from Nazarbayev as chairman"); false for any other question.
 */
export function askedOneGone(ctx: ExtractionContext): (c: Candidate) => boolean {
  const verb = questionVerb(ctx)
  const patient = passiveSubject(ctx)
  // Asked of a passage once for each of its days and again for its conflicts: each is read once.
  const told = new Map<number, boolean>()
  return (c) => verb !== undefined && (told.get(c.id) ?? told.set(c.id, toldAsGone(ctx, c, patient, verb)).get(c.id)!)
}

// A report's words, and the clause after them up to the day: "…, the agency said in a statement on Saturday". A
// promise is a report too: "promised the Kremlin on 13 January that the pull-out would be wrapped up by the 19th".
const REPORTED = /\b(?:said|says|announced|reported|confirmed|stated|promised|pledged|vowed|assured|told [\p{L} ]{1,30}?)\b[^,;.:]{0,40}$/u
// The clause a report on a day gives ("on Jan. 11 that they had arrested …"), and a deed it puts earlier.
const REPORTED_THAT = /^(?:[^,;.]|\.(?=\s+\d)){0,30}?\bthat\b([^;]*)/
const EARLIER_DEED = /\bhad\s+(?:been\s+)?[a-z]+(?:ed|en|wn)\b|\b(?:over|during) the (?:weekend|night)\b|\b(?:last|the previous) (?:week|night|weekend)\b/
// Verbs of a state coming about, up to the day: "became president in 2019", "was elected on", "took office on".
const CAME_ABOUT =
  /\b(?:bec[ao]mes?|(?:was|were|been|be) (?:elected|appointed|named|sworn in|imposed|introduced|declared|installed)|elected|appointed|took (?:office|over|power|charge)|assumed|imposed|introduced|declared|came into (?:force|effect|power)|took effect)\b[^,;.]{0,40}$/i
// A report after the day, of a plan: "… announced that the alliance would begin pulling out".
const PLAN_ANNOUNCED =
  /^([^.;]*?)\b(?:said|says|announced|announces|declared|declares|stated|confirmed|confirms|promised|(?:told|tells|informs|informed) [\p{L} ]{1,30}?)[:,]?\s+(?:that\s+)?([^.;]*?\b(?:would|will|is to|are to|(?:is|are|was|were) (?:set|due) to)\b[^.;]*)/u
const PLAN = /\b(?:would|will|is to|are to|plans? to|intends? to)\b/
// Quoted words that tell of a deed just done ("the marines "have now left""): the saying's day is the deed's.
const JUST_DONE = /\b(?:now|just)\b/i
// A quotation, to its closing mark or the end of the text.
const QUOTED = /["“][^"”]*["”]?/g
const SAME_DAY = /\b(?:earlier (?:in the day|today|that day)|the same day|that day|this morning|today)\b/
// A weekday inside a plan reported on a weekday ("said on Monday that it would lift the curfew on Thursday").
const IN_PLAN_REPORTED =
  /\b(?:said|says|announced|reported|confirmed|stated|told)\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b[^.;]*\bthat\b[^.;]*\b(?:would|will)\b[^.;]*$/i
const WEEKDAY_AT = /^(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i
// A question about a saying ("when did the ministry say …"): the day of a report is its answer.
export const SAYING = /\b(?:say|said|announce|announced|report|reported|confirm|confirmed|state|stated|tell|told|reveal|revealed|made public)\b/

/**
 * True when the day at `at` is the day a report was made ("Lask was detained
 * on Thursday, the agency said on Saturday"; "police said on Monday that they
 * had arrested Lask over the weekend") and the sentence tells of the
 * question's event, on a day of its own or earlier, beside the report: the day
 * is the saying's, not the deed's.
 */
function saidOn(ctx: ExtractionContext, c: Candidate, at: number, event: Concept | null): boolean {
  const text = c.sentence.text
  if (!event) return false
  // "On Tuesday he announced that the troops would pull out": the day is the announcing's, the deed only planned.
  // Not where the deed is told between the day and the saying ("On March 11 the marines pulled out, and the governor said …").
  const plan = PLAN_ANNOUNCED.exec(text.slice(at))
  if (plan && conceptMatch(event, termsOfSentence(ctx, plan[2]!)) > 0 && conceptMatch(event, termsOfSentence(ctx, text.slice(0, at) + plan[1]!)) === 0)
    return true
  const report = REPORTED.exec(text.slice(0, at))
  if (!report) return false
  if (conceptMatch(event, termsOfSentence(ctx, text.slice(0, report.index))) === 0) {
    // "Police said on Monday that they had arrested Sott over the weekend": the deed is in the clause reported, and
    // earlier where that clause says so (a day of its own, or "had arrested").
    const that = REPORTED_THAT.exec(text.slice(at))
    // A deed of the same day ("earlier in the day") is the report's day's; a plan ("would lift the curfew on Thursday")
    // is none of them: its day, relative to a report of another day, is not bet on either (IN_PLAN_REPORTED).
    if (!that || conceptMatch(event, termsOfSentence(ctx, that[1]!)) === 0 || SAME_DAY.test(that[1]!)) return false
    // "X said on Friday that "once they are in, it is hard to get them to leave"": words quoted are what was said that
    // day, no deed done on it.
    if (conceptMatch(event, termsOfSentence(ctx, that[1]!.replace(QUOTED, ' '))) === 0 && !JUST_DONE.test(that[1]!)) return true
    if (PLAN.test(that[1]!)) return true
    const clause = at + that.index + that[0].length - that[1]!.length
    return EARLIER_DEED.test(that[1]!) || ctx.dates(c.article, c.sentence.index).some((d) => d.start - c.sentence.start >= clause)
  }
  // Words in quotation marks are what was said that day ("'The referendum is valid,' X said on Monday"); a deed told
  // with a day of its own is another day's. Otherwise "the bank raised its rate, the bank said on Friday" tells of
  // the raise on the day it was said.
  if (/["”]\s*,?\s*(?:[\p{L}.,'’-]+\s+){0,12}$/u.test(text.slice(0, report.index))) return true
  return ctx.dates(c.article, c.sentence.index).some((d) => d.start - c.sentence.start < report.index)
}

/**
 * True when the question's verb stands in the sentence only in a clause of
 * its own after the day ("Norland sent troops on March 1 after Veloria asked
 * for help"): the day is the main clause's deed, not the asking.
 */
function onlyAfterward(ctx: ExtractionContext, text: string, verb: Concept, at: number): boolean {
  const said = tokenize(text).filter((t) => {
    const term = canonicalTerm(ctx.lexicon, t.word)
    return term !== null && conceptMatch(verb, new Set([term])) > 0
  })
  return said.length > 0 && said.every((t) => t.start > at && SUBORDINATE.test(text.slice(Math.max(0, t.start - 40), t.start)))
}

const SUBORDINATE = /\b(?:after|before|since|once|because)\s+(?:[\p{L}'’-]+\s+){0,3}$/u

/** The question's rarest idea that is no name: what happened, for a question about when. */
function eventWord(ctx: ExtractionContext): Concept | null {
  return ctx.concepts.filter((c) => c.known && !c.named).reduce<Concept | null>((a, c) => (!a || c.weight > a.weight ? c : a), null)
}

/** The verb of a when-question's doer ("raise" in "when did the bank raise its rate") or of its passive ("detained"). */
function questionVerb(ctx: ExtractionContext): Concept | undefined {
  const actor = questionActor(ctx)
  return actor ? actorVerb(ctx, actor) : passiveVerb(ctx)
}

/**
 * The deed a when-question asks the day of: its verb where it has one, not its
 * rarest word ("rate" is also in "which cut its rate on March 3"), and never a
 * name ("when was Lask detained" is told by "He was detained on 8 March").
 *
 * @example
 * ```ts
 * dateEvent(ctx)?.word // "when did the bank raise its rate" => 'rais'
 * ```
 */
export function dateEvent(ctx: ExtractionContext): Concept | null {
  return questionVerb(ctx) ?? eventWord(ctx)
}

/**
 * True when the day at `at` stands in a relative clause about something else
 * ("a video conference of the alliance that began sending troops on
 * Thursday"), one that does not say the question's event while the sentence
 * does elsewhere: the day is the clause's, not the event's.
 */
function inOtherClause(ctx: ExtractionContext, text: string, at: number, event: Concept): boolean {
  const before = text.slice(Math.max(0, at - RELATIVE_REACH), at)
  const m = RELATIVE.exec(before)
  if (!m) return false
  const start = at - before.length + m.index
  const end = text.slice(at).search(/[,;.]|$/) + at
  // A participle's aside is closed by a comma before the main verb goes on ("Lask, appointed in February, lifted");
  // ", ended on March 9." is that verb itself.
  if (m[0].startsWith(',') && text[end] !== ',') return false
  // "the summit, which was held on Monday": the clause is the event's when the event is the noun it follows.
  // The noun phrase the clause follows, back to its determiner ("the harbour of Velta, which …"), not the verb before it.
  const head = NOUN_PHRASE.exec(text.slice(0, start))?.[0] ?? ''
  const clause = termsOfSentence(ctx, head + text.slice(start, end))
  const rest = termsOfSentence(ctx, text.slice(0, start) + text.slice(end))
  return conceptMatch(event, clause) === 0 && conceptMatch(event, rest) > 0
}

// "…, the alliance that began sending troops on": a relative word after a noun, no comma between it and the day.
// ("said that", "announced that" open what was said, which is the news itself.)
// "…, which cut its rate on March 3", "Lask, appointed in February,": a relative clause, or a participle's aside after a comma.
const RELATIVE =
  /(?<!\b(?:said|says|say|announced|reported|added|noted|stated|confirmed|warned|told\s+\S+))(?:\s+(?:that|which|who)|,\s+[a-z]+(?:ed|en))\s+[^,;]*$/u
const RELATIVE_REACH = 80
const NOUN_PHRASE = /\b(?:the|a|an|its|his|her|their)\s+(?:[^\s;.]+\s+){0,4}?[^\s;.]*\s*$|\S+\s*$/iu

/**
 * True when the question asks when something happened, with no word of its
 * start or end, and the passages give it a beginning on one day and an end on
 * another ("began on 13 January", "the last left by 19 January"): the answer's
 * day alone is half of it. `fits` is the question's {@link dayAnswers}, where
 * the caller has it already.
 *
 * @example
 * ```ts
 * spansDays(ctx, candidates, chosen) // "when did they pull out" of "began on 13 January" and "left by 19 January" => true
 * ```
 */
export function spansDays(
  ctx: ExtractionContext,
  candidates: readonly Candidate[],
  chosen: { candidate: Candidate; focus: { start: number } },
  fits: (c: Candidate, at: number) => boolean = dayAnswers(ctx),
): boolean {
  if (ctx.question.kind !== 'date' || ctx.question.focus) return false
  // The other end must be written as one plainly: "began on", "ended", not "withdrew from Velta on" nor a deadline.
  const edge = (c: Candidate, at: number, loose: boolean) => {
    const x = at - c.sentence.start
    if (STARTED.test(c.sentence.text.slice(Math.max(0, x - 30), x))) return 'start'
    return endsAt(c.sentence.text, x) && (loose || !writtenAsDeadline(c.sentence.text, x)) ? 'end' : null
  }
  const own = edge(chosen.candidate, chosen.focus.start, true)
  const event = dateEvent(ctx)
  const day = mentionAt(ctx, chosen.candidate, chosen.focus.start - chosen.candidate.sentence.start)
  if (own === null || !event || !day) return false
  return candidates.some(
    (c) =>
      conceptMatch(event, termsOfSentence(ctx, c.sentence.text)) > 0 &&
      ctx
        .dates(c.article, c.sentence.index)
        .some(
          (d) =>
            d.display !== day.display && d.precision === day.precision && edge(c, d.start, false) === (own === 'end' ? 'start' : 'end') && fits(c, d.start),
        ),
  )
}
// A day written as when something began, in so many words.
const STARTED = /\b(?:beg[iau]n(?:s|ning)?|start(?:s|ed|ing)?|commenc(?:e|ed|es|ing)|since)\b[^,;.]{0,20}$/i
