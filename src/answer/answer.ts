import { conceptMatch } from '../search/index.ts'
import { termsOfSentence, type Candidate, type Extraction, type ExtractionContext } from './context.ts'
import { opensClause, reason } from './open-answers.ts'
import { statement } from './statements.ts'
import { accusedAsked, charge } from './charges.ts'
import { describe } from './describe.ts'
import { plansAside, EXPECTED, foreseen } from './expectations.ts'
import { choose, type Scored } from './choose.ts'
import { doneToAnother, jointFigure, nationCounted, otherActor, questionActor } from './actors.ts'
import {
  anchorPositions,
  closeness,
  conflicts,
  destination,
  displacedSubject,
  noDoerNamed,
  questionArguments,
  SUBJECT_KINDS,
  subjectFit,
  agentOf,
  agentElsewhere,
  thingDoes,
  verbPositions,
} from './anchors.ts'
import { finder } from './finders.ts'
import { deedUntold } from './deeds.ts'
import { HOW_LONG } from './number-finder.ts'
import { reporterOf } from './reporters.ts'
import { givenName, nameAsked, saysMore } from './given-names.ts'
import { asksCause, cause } from './causes.ts'
import { askedOneGone, dateEvent, dayAnswers } from './day-fit.ts'
import { lastDayOnly, manyDaysForGood } from './for-good.ts'
import { coarserAside, dayNotGiven, saysMoreOnAnotherDay } from './day-precision.ts'
import { shareBase } from './counts.ts'
import { figuresAside, keepReports, outsaid } from './figure-reports.ts'
import { wayOrClause } from './manners.ts'
import { asksMembership, gather } from './lists.ts'
import { afterDeed, doerOf, leadsAnother, objectOf, otherVerbOnly, patientFit, speakerOnly } from './patients.ts'
import { whoseNoun } from './possessors.ts'
import { LEAVES_OUT } from './question-rules.ts'
import { countryAsked, countryTie, postOwner, rosterTest } from './rosters.ts'
import { DOER_POST } from './role-fit.ts'
import { picksRank } from './question-parts.ts'
import { asideByName, newcomer, goneAnywhere, comers, asksCurrent, asksPredecessor, asksSuccessor, departed, tellsOfSuccession } from './succession.ts'

export type { Candidate, DateMention, Extraction, ExtractionContext } from './context.ts'

/**
 * Answer extraction: from the passages that best cover a question, pick out
 * the thing of the kind asked for (a person, a number, a place, a list of
 * countries ...) nearest to the words the question and the sentence share.
 */

/**
 * Extracts the answer of the kind the question asks for from the candidates
 * (best first), or `null` when none of them holds one. The answer is marked
 * `sure` only when the engine would bet on it (see {@link choose}). With
 * `namesOnly`, passages too loosely about the question for anything else are
 * searched only for the name it asks for ("what's the fund called").
 */
export function extractAnswer(ctx: ExtractionContext, candidates: readonly Candidate[], options: { namesOnly?: boolean } = {}): Extraction | null {
  const { question } = ctx
  if (candidates.length === 0) return null
  const best = Math.max(...candidates.map((c) => c.coverage))
  const strong = candidates.filter((c) => c.coverage >= best * 0.75)
  if (question.kind === 'description') return describe(ctx, strong)
  // "Who announced the 225 figure?": the source the sentences with that figure name, before anyone nearer its words.
  const reporter = reporterOf(ctx, candidates.slice(0, MAX_POOL))
  if (reporter) return reporter
  // "What's the name of the fund …?": the name the passages give it in quotation marks, or none.
  const asksName = nameAsked(question)
  const named = asksName === null ? null : givenName(candidates.slice(0, MAX_POOL), asksName.noun, options.namesOnly ? saysMore(ctx, asksName.noun) : undefined)
  if (named || options.namesOnly) return named
  // "What set off the protests?": the cause the passages give, or none ("why …" may still find a reason).
  const caused = asksCause(question.normalized) ? cause(ctx, candidates) : undefined
  if (caused || (caused === null && !/^why\b/.test(question.normalized))) return caused
  const find = finder(ctx)
  // A passage that holds a thing of the kind asked for may cover a little less of the question's words.
  // The question's rarest idea ("collapse" in "When did the Soviet Union collapse?") must be in the passage
  // the answer comes from: a date two words from "Soviet" in a sentence about something else is not the answer.
  // For a date, the event is the question's deed (see dateEvent); when some passage tells of it, the date comes from one that does.
  const key = question.kind === 'date' ? dateEvent(ctx) : null
  const loose = candidates.filter((c) => c.coverage >= best * 0.55).slice(0, MAX_POOL)
  const telling = key ? loose.filter((c) => conceptMatch(key, termsOfSentence(ctx, c.sentence.text)) > 0) : []
  const pool = telling.length ? telling : loose
  // "Which countries ...?" may have one answer: without a sentence that lists several, take the best one.
  const listed = question.kind === 'countries' && question.plural ? gather(pool, find, asksMembership(question.normalized), question.normalized) : null
  if (listed) return listed
  const scored: Scored[] = []
  const asks = questionArguments(ctx)
  const actor = questionActor(ctx)
  // "How big was armenia's contingent": no doer, but a nation whose figure a list of several does not give.
  const counted = actor ?? nationCounted(ctx)
  const base = shareBase(ctx)
  // "Who's the new prime minister?" is not answered by a sentence about the one who resigned: it must tell of a
  // successor. So is "who replaced Abish?": a sentence that says he was removed names nobody who came after him.
  const wantsNew = question.kind === 'person' && (question.successor === true || asksSuccessor(question.normalized))
  // "Who was PM before?" asks for whom the new one replaced: not the one a sentence says was appointed.
  const wantsOld = question.kind === 'person' && !wantsNew && asksPredecessor(question.normalized)
  // "Who heads the KNB?" asks who does now: not one a sentence says was dismissed as its head.
  const wantsCurrent = question.kind === 'person' && !wantsOld && asksCurrent(question.normalized)
  // "How long did Lind think it would last?", "when did she expect them to leave?" ask what someone expected: a figure
  // or a day told as what came to pass ("a two-week mission"), with no word of expecting before it, does not answer.
  const wantsExpected = (question.kind === 'date' || HOW_LONG.test(question.normalized)) && EXPECTED.test(question.normalized)
  // A day in another clause ("who ran it until he was sacked this week, was detained on Thursday") is no day of the deed.
  const gone = question.kind === 'date' ? askedOneGone(ctx) : null
  const fitsDay = gone ? dayAnswers(ctx, gone) : null
  const nation = question.kind === 'person' ? countryAsked(question.normalized) : null
  // "Who's Kazakhstan's defence minister?" is not answered by "Belarus's defence minister, Viktor Khrenin".
  const owner = question.kind === 'person' ? postOwner(question.normalized) : null
  for (const c of pool) {
    // The words a share is "of" stand by every share; nearness to them tells none apart.
    const anchors = anchorPositions(ctx, c.sentence).filter((a) => a.concept !== base)
    const noSuccessor = wantsNew && !tellsOfSuccession(c.sentence.text)
    // "paid ... for the fuel" does not answer "pay for the marines": the sentence says the verb of something else, unless it tells the one asked about went.
    const elsewhere = conflicts(ctx, c.sentence.text, anchors, asks) && !(gone?.(c) ?? false)
    const doneBy = actor ? otherActor(ctx, c.sentence.text, actor) : null
    // "Norland, Ostria and Velta sent 900 between them" says nothing of what Norland alone sent.
    const joint = counted !== null && question.kind === 'number' && jointFigure(ctx, c.sentence.text, counted)
    const verb = question.subjectOf && !question.passive && SUBJECT_KINDS.has(question.kind) ? verbPositions(ctx, c.sentence.text, question.subjectOf) : []
    // "Who got fired?": whom the deed was done to, where the sentence writes it.
    const deed = question.passive && SUBJECT_KINDS.has(question.kind) ? (question.subjectOf ?? question.passive) : null
    const doneTo = deed ? verbPositions(ctx, c.sentence.text, deed) : []
    // "the Russian-led alliance" says who leads it, and that is no person the sentence names.
    const ledByCompound = question.kind === 'person' && verb.length > 0 && verb.every((v) => c.sentence.text[v.start - 1] === '-')
    const byThing = thingDoes(c.sentence.text, verb)
    // "Masimov was detained on January 6" names no one who detained him.
    const nobody = noDoerNamed(c.sentence.text, verb)
    // "Who came for Norway?" in a roster of leaders, each with a country, is answered by the one written with it.
    const finds = find(c)
    const roster = nation ? rosterTest(c.sentence.text, finds, nation) : () => null
    // A sentence that tells of nobody coming after anyone names no successor: nothing in it answers "who is the new X".
    // "Falk replaced her with Gries", "Tokayev removed X and put Y in his place": who put someone in or out is no newcomer.
    for (const found of noSuccessor ? [] : comers(c.sentence.text, finds, wantsNew ? question.normalized : null)) {
      // Standing as the verb's subject is as much a fit to the question as a role or a unit is.
      // "Who asked ...?" is not answered by a sentence under a heading that asks it ("Why did X ask for help?"):
      // without the verb in the sentence, nobody in it is shown to have asked.
      const unsaid =
        question.subjectOf !== null &&
        SUBJECT_KINDS.has(question.kind) &&
        verb.length === 0 &&
        c.heading !== undefined &&
        verbPositions(ctx, c.heading.text, question.subjectOf).length > 0
      // "Norland sent 100 soldiers" tells what Norland sent, not what the league the question asks about did.
      const otherDoer = doneBy?.(found.start) === true
      const asSubject = deed ? patientFit(c.sentence.text, found, doneTo) : subjectFit(c.sentence.text, found, verb)
      // Where the sentence writes the deed, only whom it was done to answers ("Police arrested 12 protesters …,
      // according to Ivo Lask" names nobody arrested).
      const doer = doerOf(c.sentence.text, found, doneTo) || (doneTo.length > 0 && asSubject === 0)
      const agentVerb = deed ? undefined : agentOf(c.sentence.text, found, verb)
      const listed = roster(found)
      const f = {
        ...found,
        agent: asSubject > 0,
        byAgent: agentVerb !== undefined,
        bonus: (found.bonus ?? 0) + asSubject - (otherDoer || joint || doer || listed === 'other' ? OTHER_DOER : 0) + (listed === 'fits' ? ROSTER_FIT : 0),
        misfit:
          found.misfit === true ||
          (fitsDay !== null && !fitsDay(c, c.sentence.start + found.start)) ||
          elsewhere ||
          unsaid ||
          otherDoer ||
          listed === 'other' ||
          (owner !== null && ![null, owner].includes(countryTie(c.sentence.text, found))) ||
          joint ||
          displacedSubject(c.sentence.text, found, verb) ||
          agentElsewhere(c.sentence.text, found, verb) ||
          destination(c.sentence.text, found, verb) ||
          doer ||
          objectOf(c.sentence.text, found, verb) ||
          otherVerbOnly(c.sentence.text, verb, question.normalized) ||
          afterDeed(c.sentence.text, found, verb) ||
          (ledByCompound && !LEADER_INTRODUCED.test(c.sentence.text.slice(Math.max(0, found.start - 40), found.start))) ||
          byThing(found) ||
          (verb.length > 0 && speakerOnly(c.sentence.text, found, verb)) ||
          nobody ||
          (wantsExpected && !foreseen(c.sentence.text, found)) ||
          (agentVerb !== undefined && doneToAnother(ctx, c.sentence.text, agentVerb)) ||
          leadsAnother(ctx, c.sentence.text, found),
      }
      scored.push({
        candidate: c,
        found: f,
        score: (c.quality ?? (c.coverage + c.own) / 2) + CLOSENESS * closeness(ctx, anchors, f) + f.bonus - (c.missesDay === true ? MISSES_DAY : 0),
      })
    }
  }
  // "Who was PM before?": one a sentence names as appointed in someone's place is the newcomer wherever he is named;
  // for who came in, one a sentence tells as the one who went ("a month after Mayor Wolfe resigned") is the one who went.
  // One told of as both (an acting premier named when a government resigned, replaced a fortnight on) may be either.
  if (wantsOld) asideByName(scored, newcomer, departed)
  if (wantsNew) asideByName(scored, departed, newcomer)
  // Who is in a post now is none of those told of as having left it, unless one is told of as put back.
  if (wantsCurrent) goneAnywhere(ctx, scored)
  if (question.kind === 'number') keepReports(question, scored)
  if (question.kind === 'date' && !wantsExpected) plansAside(question.normalized, scored)
  if (question.kind === 'date') lastDayOnly(ctx, scored)
  if (question.kind === 'date') coarserAside(ctx, scored)
  // A day that is a misfit (another clause's), or for who came in or went, the one the sentence says did the other, is no rival; nor,
  // for "the minister, not the deputy", is the deputy, nor for "who is the deputy governor" the governor (but "who fired the deputy"
  // asks for no deputy); nor, for how long, when it would start; nor, for "who did the mayor fire", the mayor.
  const misfitsAside =
    question.kind === 'date' ||
    HOW_LONG.test(question.normalized) ||
    wantsNew ||
    wantsOld ||
    figuresAside(question) ||
    whoseNoun(question.normalized) !== null ||
    picksRank(question.text, question.subjectOf) ||
    (question.kind === 'person' && DOER_POST.test(question.normalized))
  const chosen = choose(scored, { disputed: question.kind === 'number', several: question.plural, misfitsAside })
  if (chosen && figuresAside(question) && outsaid(question, scored, chosen)) chosen.sure = false
  // ("When has Norland held the chair?" is not answered by the day of chairing a summit: fitsDay makes it a misfit.)
  const first = chosen?.sources[0]
  // The sentence must say the deed asked of a place or a person: "contingents from Belarus" took off from nowhere.
  if (chosen && first && deedUntold(ctx, first.candidate.sentence.text, chosen.answer, wantsNew || wantsOld, pool)) chosen.sure = false
  if (chosen && first && ((fitsDay && manyDaysForGood(ctx, first.candidate, fitsDay)) || dayNotGiven(ctx, first))) chosen.sure = false
  if (chosen && first && saysMoreOnAnotherDay(scored, first.candidate)) chosen.sure = false
  // "How big is the force overall, not just the kz mission?": which figure leaves the part out, no finder can tell.
  if (chosen && LEAVES_OUT.test(question.normalized)) chosen.sure = false
  if (chosen) return chosen
  if (question.kind === 'yesno') return statement(ctx, strong, question.text)
  if (/^why\b/i.test(question.text)) return reason(strong, question.text)
  // "What is Lask accused of?": the grounds a passage gives him ("on suspicion of bribery"), never a clause after it.
  const accused = accusedAsked(question.normalized)
  if (accused !== null) return charge(ctx, strong, accused)
  // "How did they get home?": a way the passages give ("by road"), before the words a sentence goes on with.
  return wayOrClause(ctx, strong, opensClause(question, asksName?.explicit === true))
}

// "under Admiral Rosa Lind", "chaired by Ivo Lask": a person named as the leader, whatever the compound says.
const LEADER_INTRODUCED = /\b(?:under|by)\s+(?:[\p{L}.'’-]+\s+){0,4}$/u

// What a find loses when its sentence says the question's deed of someone else.
const OTHER_DOER = 0.3
// The country a roster writes with a person is as much a fit as standing as the verb's subject.
const ROSTER_FIT = 0.15

// What a find loses when its sentence tells of another day than the one the question names ("on jan 15").
const MISSES_DAY = 0.3

// What standing among the question's words is worth, against what the passage covers.
const CLOSENESS = 0.4

// Passages past this many are not searched for an answer: one would have to beat all of them.
const MAX_POOL = 20
