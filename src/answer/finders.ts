import { datelineLength } from '../corpus/index.ts'
import { clockTimes, otherEndOfSpan, stampedTime, timeOfSaying } from './clock.ts'
import { CAPITALS, foldText } from '../text/index.ts'
import { findMentions, type EntityType } from './entities.ts'
import { labeller } from './labeller.ts'
import { numberFinder } from './number-finder.ts'
import { unitAsked, unitFinder } from './units.ts'
import { inQuestion, termsOf, type Candidate, type ExtractionContext } from './context.ts'
import { conceptMatch } from '../search/index.ts'
import type { Found } from './choose.ts'
import { peoplesListed } from './count-nations.ts'
import { placeFinder } from './places.ts'
import { postMisfit, roleFit, withRole } from './role-fit.ts'
import { headingDay } from './section-days.ts'
import { inDateline, inUpdateStamp } from './expectations.ts'
import { beginsAt, endSaid, startFits, stateLastsUntil, untilAside, writtenAsDeadline } from './day-ends.ts'
import { possessorTest, whoseNoun } from './possessors.ts'
import { KIN_WORDS } from './question-rules.ts'
import { SAYING } from './day-fit.ts'
import { SAYING_VERB } from './deeds.ts'
import { creditedOutlet } from './people.ts'
import { civilOverForce } from './force-posts.ts'
import { postsOfOtherBodies } from './other-bodies.ts'

/**
 * The things of the kind a question asks for in one passage: amounts and
 * ages, dates, places, countries, organisations, people with the roles that
 * fit the post asked about, and labels ("Article 51").
 */

/** "Saturday, January 1, 2022 (“1 January”)"; the day alone where the article wrote it so. */
function asWritten(display: string, phrase: string): string {
  const words = phrase.replace(/^(?:on|in|at|by|from|since|until|till|through)\s+/i, '').trim()
  return words === '' || foldText(display).includes(foldText(words)) ? display : `${display} (“${words}”)`
}

const SPAN = /^(?:since|from)\b|\d\s*(?:to|[–-])\s*(?:\p{L}+\s*)?\d/iu
// What a day written as a deadline gains, for a question about an end.
const ENDS = 0.15
const NAMED_BY_DAY = /\b(?:Treaty|Agreement|Accord|Charter|Convention|Decree|Law|Act|Resolution|Protocol|Declaration|Constitution)\s+of\s+(?:the\s+)?$/
export function finder(ctx: ExtractionContext): (c: Candidate) => Found[] {
  const { question } = ctx
  const mentionsOf = (c: Candidate, types: EntityType[]) =>
    findMentions(c.sentence.text)
      .filter((m) => types.includes(m.type) && !inQuestion(ctx, m.text))
      .map((m) => ({ text: m.canonical, start: m.start, end: m.end, key: foldText(m.canonical) }))
  switch (question.kind) {
    case 'number':
      return numberFinder(ctx)
    case 'date': {
      const sinceAsked = SINCE_WHEN.test(question.normalized)
      return (c) => {
        // "When did the curfew end?" is not answered by the day of a sentence that only says the curfew was on.
        if (!endSaid(ctx, c)) return []
        // "ALMATY, Jan 13 (Wire) - Troops began leaving on Thursday": the dateline's day is the report's, where the
        // sentence gives a day of its own.
        const own = ctx.dates(c.article, c.sentence.index).filter((d) => !inDateline(c.sentence.text, d.start - c.sentence.start))
        // A timeline entry's day may stand in its heading ("### 7 January"), weighed by the whole sentence (dayAnswers).
        const heading = headingDay(ctx, c)
        const at = (heading?.start ?? 0) - c.sentence.start
        if (heading) return [{ text: asWritten(heading.display, heading.phrase), start: at, end: at + heading.end - heading.start, key: heading.display }]
        return (
          ctx
            .dates(c.article, c.sentence.index)
            .filter((d) => !inQuestion(ctx, d.phrase))
            // "the Collective Security Treaty of 15 May 1992": the day in a document's name is not the day of a deed.
            .filter((d) => !NAMED_BY_DAY.test(c.sentence.text.slice(Math.max(0, d.start - c.sentence.start - 40), d.start - c.sentence.start)))
            // "When did the riots end?" is not answered by "the riots began on Sunday", nor by a span ("March 4 to
            // March 10", "since March 1"), which is shown by its first day.
            .filter((d) => question.focus !== 'end' || !(beginsAt(c.sentence.text, d.start - c.sentence.start) || SPAN.test(d.phrase)))
            // "What was the deadline?": only a day written as one ("by January 19", "the deadline of January 19"),
            // not the day a deadline was set.
            .filter((d) => question.focus !== 'deadline' || writtenAsDeadline(c.sentence.text, d.start - c.sentence.start))
            // "When did the withdrawal start?" is not answered by the day it was to be over ("gone by January 19").
            .filter((d) => startFits(question.focus, sinceAsked, c.sentence.text, d.start - c.sentence.start))
            .sort((a, b) => b.precision - a.precision)
            .map((d) => ({
              // The day as the article put it, where that is other words ("on Saturday", "1 January"): the reader sees
              // what the date was worked out from.
              text: asWritten(d.display, d.phrase),
              start: d.start - c.sentence.start,
              end: d.end - c.sentence.start,
              key: d.display,
              // "When will it be over?": a day written as a deadline ("by January 19", "until January 19") is its end.
              bonus: question.focus === 'end' && writtenAsDeadline(c.sentence.text, d.start - c.sentence.start) ? ENDS : 0,
              // "This week" on a page with no date: a week worked out from a guess, and no answer is bet on a guess.
              misfit:
                d.guessed === true ||
                saidOnlyByDay(ctx, c.sentence.text, d.start - c.sentence.start, d.end - c.sentence.start) ||
                (own.length > 0 && inDateline(c.sentence.text, d.start - c.sentence.start)) ||
                // "When did the ministry say it was complete" is answered by the day of an update's stamp.
                (!SAYING.test(question.normalized) && inUpdateStamp(c.sentence.text, d.start - c.sentence.start)) ||
                (question.focus !== 'end' &&
                  question.focus !== 'deadline' &&
                  (stateLastsUntil(c.sentence.text, d.start - c.sentence.start, d.phrase, question.normalized) ||
                    untilAside(c.sentence.text, d.start - c.sentence.start, d.phrase))),
            }))
        )
      }
    }
    case 'time':
      return (c) =>
        clockTimes(c.sentence.text)
          .filter(
            (t) =>
              !inQuestion(ctx, t.text) &&
              !stampedTime(c.sentence.text, t) &&
              !otherEndOfSpan(c.sentence.text, t, question.focus) &&
              !timeOfSaying(c.sentence.text, t),
          )
          .map((t) => ({ ...t, key: foldText(t.text).replace(/^(?:from|between)\s+/, '') }))
    case 'place':
      return placeFinder(ctx, mentionsOf)
    case 'countries':
      return (c) => {
        // "ALMATY, KAZAKHSTAN (Jan. 9) — Armenian troops …": the dateline's country is where the report was filed.
        const filed = datelineLength(c.sentence.text)
        return [
          ...mentionsOf(c, ['country']).filter((m) => m.start >= filed),
          ...peoplesListed(ctx, c.sentence.text).filter((m) => !inQuestion(ctx, m.text)),
          // A capital at the head of a clause speaks for its country: "Ankara itself wanted ...".
          ...findMentions(c.sentence.text)
            .filter((m) => CAPITALS.has(m.text) && /^\s+(?:itself\s+)?[a-z]+(?:ed|s)\b/.test(c.sentence.text.slice(m.end)))
            .map((m) => ({ text: `${CAPITALS.get(m.text)!} (${m.text})`, start: m.start, end: m.end, key: foldText(CAPITALS.get(m.text)!) }))
            .filter((m) => !inQuestion(ctx, m.text.replace(/ \(.*/, ''))),
        ]
      }
    case 'organisation':
      return (c) => mentionsOf(c, ['organisation'])
    case 'person': {
      const whose = whoseNoun(question.normalized)
      // "Which nazarbayev nephew got kicked out?": only one the sentence or a post tells is a relative.
      const kin = KIN_ASKED.exec(question.normalized)
      // "which of the mayor's daughters": the mayor is whose daughter, not one.
      const relativeOf = kin?.[1]?.trim().replace(/(?:['’]s|s['’]?)$/, '') ?? ''
      const reported = question.subjectOf !== null && SAYING_VERB.test(question.subjectOf)
      // The sentence's terms and, in its paragraph, those of the one before: which body "the bloc" may be.
      const arounds = new Map<number, ReadonlySet<string>>()
      const around = (c: Candidate) => {
        const before = c.article.sentences[c.sentence.index - 1]
        if (before?.paragraph !== c.sentence.paragraph) return ctx.passageTerms(c.id)
        let terms = arounds.get(c.id)
        if (!terms) arounds.set(c.id, (terms = new Set([...ctx.passageTerms(c.id), ...ctx.passageTerms(c.id - 1)])))
        return terms
      }
      return (c) => {
        // "Whose government quit?": only the one the sentence gives the government as belonging to.
        const owns = whose === null ? null : possessorTest(c.sentence.text, whose)
        const people = ctx.people(c.article, c.sentence.index)
        return (
          people
            // "Who replaced Masimov?" is not answered by Masimov, whatever his first name.
            .filter((m) => !inQuestion(ctx, m.person.name) && !inQuestion(ctx, m.text) && !inQuestion(ctx, m.person.name.split(/\s+/).at(-1)!))
            // The wire a dateline credits answers only who reported something.
            .filter((m) => reported || !creditedOutlet(c.sentence.text, m))
            .map((m) => ({
              m,
              fit: roleFit(
                ctx,
                `${ownerOf(c.sentence.text, m, people)} ${c.sentence.text.slice(Math.max(0, m.start - 30), m.end)}`,
                m.person.roles,
                c.article.title,
                around(c),
              ),
            }))
            // "Who is the president of the United States?": a president of somewhere else is not the answer.
            .filter(({ fit }) => fit !== null)
            .map(({ m, fit }) => ({
              text: withRole(m.person.name, m.person.roles, ctx),
              start: m.start,
              end: m.end,
              key: foldText(m.person.name.split(/\s+/).at(-1)!),
              bonus: fit!,
              misfit:
                postMisfit(m.person.roles, question) ||
                civilOverForce(m.person.roles, question, c.sentence.text.slice(m.end, m.end + 100)) ||
                postsOfOtherBodies(ctx, m.person.roles) ||
                (owns !== null && !owns(m)) ||
                (kin !== null && !KIN.test(`${c.sentence.text.slice(Math.max(0, m.start - 60), m.end + 60)} ${m.person.roles.join(' ')}`)) ||
                (relativeOf.length > 2 && foldText(`${m.person.name} ${m.person.roles.join(' ')}`).includes(relativeOf)),
            }))
        )
      }
    }
    case 'other': {
      const unit = unitAsked(question.normalized)
      if (unit) return unitFinder(ctx, unit)
      return question.focus ? labeller(question.focus, question.normalized) : () => []
    }
    default:
      return () => []
  }
}

const SINCE_WHEN = /^since when\b/

/**
 * The name of whom a post set off before `m` with "his" or "her" belongs to:
 * the clause's subject, named right after the post's aside ("by his spokesman,
 * Aidos Ukibay, Nazarbayev said …") or opening the sentence ("Fell … and
 * later, through his spokesman, Alen Toma, denied …"); otherwise ''.
 */
function ownerOf(text: string, m: Mention, people: readonly Mention[]): string {
  if (!POST_OF_PRONOUN.test(text.slice(Math.max(0, m.start - 60), m.start))) return ''
  const others = people.filter((p) => p.person.name !== m.person.name)
  const after = others.find((p) => p.start > m.end && /^\s*,\s*(?:[\p{L}-]+\s+){0,3}$/u.test(text.slice(m.end, p.start)))
  const opening = others.find((p) => p.start < m.start && /^(?:[\p{Lu}\d][\p{L}\d]*\s+){0,3}$/u.test(text.slice(0, p.start)))
  return (after ?? opening)?.text ?? ''
}
type Mention = ReturnType<ExtractionContext['people']>[number]
const POST_OF_PRONOUN = /\b(?:his|her)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+,\s*$/u
const KIN_ASKED = new RegExp(String.raw`^which\s+(?:of\s+(?:the|his|her|their)\s+)?((?:[\w'’-]+\s+){0,2}?)${KIN_WORDS}\b`)
const KIN = new RegExp(String.raw`\b${KIN_WORDS}\b`, 'i')

/**
 * "Blinken warned last week that …" for "when would the last troops be out": a word of the question the
 * sentence says only as part of the day ("last week") is no sign the sentence is about what was asked.
 */
function saidOnlyByDay(ctx: ExtractionContext, text: string, start: number, end: number): boolean {
  const day = termsOf(ctx, text.slice(start, end))
  if (day.size === 0) return false
  const rest = termsOf(ctx, `${text.slice(0, start)} ${text.slice(end)}`)
  return ctx.concepts.some((k) => !k.named && conceptMatch(k, day) > 0 && conceptMatch(k, rest) === 0)
}
