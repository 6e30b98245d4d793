import { conceptMatch, type Concept } from '../search/index.ts'
import { absolute, capitalise, termsOf, termsOfSentence, type Candidate, type Extraction, type ExtractionContext } from './context.ts'

/**
 * "What set off the protests?", "why did people start protesting in the
 * first place?": the cause of an event, which a story writes after the event
 * ("protests … over a jump in the price of gas", "the protests were sparked
 * on 2 January in Velta by a rise in fuel prices", "began … after the price
 * of gas doubled"). The answer is that cause, where the passages that give
 * one agree on it.
 */

// What asks for a cause: "why … (start|in the first place)", "what set off / sparked / kicked off …", "what were people mad about".
const ASKS_CAUSE =
  /^(?:why\b.*\b(?:start\w*|began|begin\w*|in the first place|break out|broke out|erupt\w*|kick\w* off)\b|why\s+(?:were|was|are|did)\s+(?:people|ppl|they|protesters|crowds)\b.*\bprotest\w*|what\s+(?:actually\s+|really\s+|exactly\s+)?(?:set|sets|kicked|kicks|sparked|sparks|triggered|triggers|caused|causes|started|starts|prompted|led to)\b|what\s+(?:were|was)\s+(?:people|ppl|they|protesters|the protesters)\s+(?:mad|angry|upset|protesting)\s+(?:about|over))/

/**
 * True for a question that asks what set an event off.
 *
 * @example
 * ```ts
 * asksCause('what set off the protests in the first place') // => true
 * asksCause('why did the protests spread')                  // => false (a later turn, not the start)
 * ```
 */
export function asksCause(question: string): boolean {
  return ASKS_CAUSE.test(question)
}

// Where a sentence gives the cause after the event: "(was) sparked (on March 2) by X", "protests … over X", "began …
// after X (happened)", "because of X". The cause after "by" is no agent: the verb is passive, its gap a time or place.
const BY =
  /\b(?:sparked|triggered|prompted|caused|set off|fuell?ed|driven)(\s+(?:on|in|at|during|late|early|last|earlier|mainly|largely|partly|initially)\b[^;:,]{0,60}?)?\s+by\s+/gi
const PASSIVE_BEFORE =
  /(?:\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?|,\s*|\b(?:protests?|unrest|riots?|demonstrations?|strikes?|clashes|violence|blackout|outage|crisis|fire|explosion)\s+)$/i
const OVER =
  /\b(protests?|protested|protesting|rall(?:y|ies|ied)|unrest|riots?|demonstrations?|strikes?|began|begun|started|erupted|broke out)\b([^;:]{0,60}?)\bover\s+/gi
const BEGUN = /^(?:began|begun|started|erupted|broke out)$/i
const AFTER = /\b(?:began|begun|started|erupted|broke out|flared)\b[^;:]{0,60}?\bafter\s+/gi
// "due to start at noon" is a schedule, not a cause.
const BECAUSE =
  /\b(?:because of|due to(?!\s+(?:be|start|begin|end|finish|arrive|leave|return|take|hold|meet|open|close|resume|expire)\b)|in protest (?:at|against|over))\s+/gi
// What is no cause after "over" or "after": a time or an extent ("over the weekend", "over three days", "over much of
// the region", "after a week").
const TIME_AFTER =
  /^(?:the\s+)?(?:(?:next|past|last|following|first|coming|whole|entire)\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|several|many|some|a few|a couple of)\s+(?:hours?|days?|nights?|weeks?|months?|years?)|a\s+(?:few|couple|day|week|month|year|while)\b|an\s+hour|hours?|days?|weeks?|months?|years?|weekend|night|morning|evening|course|period|new year|holidays?|christmas|much|most|all|parts?|large parts|the rest|(?:a|an)\s+(?:hundred|thousand|million|dozen)|hundreds|thousands|millions|dozens)\b/i
// A verb just before "over" makes it a way or a span ("spread over", "held over", "drawn over"), and "well over" an
// amount: no cause.
const VERB_BEFORE =
  /\b(?:well|just|slightly|far|spread|spreading|stretched|stretching|held|lasted|lasting|drawn|drew|scattered|flown|flew|hovered|hung|continued|ran|run|went|ranged|rose|risen|climbed|numbered|totall?ed)\s*$/
// A clause after "after" tells of a change that sets things off ("after the price doubled", "after X was arrested"); a
// bare noun ("after Friday prayers") or any other deed ("after marchers gathered") is only what came before.
const HAPPENED =
  /\b(?:rose|risen|doubled|tripled|soared|jumped|increased|raised|hiked|lifted|scrapped|cut|removed|abolished|banned|arrested|detained|jailed|killed|shot|died|fired|sacked|dismissed|announced|decided|imposed|introduced|passed|approved|rejected|refused|closed|cancell?ed|hit|fell|ended|halted|stopped|froze|frozen|sentenced|blocked|voted|shut|seized)\b/i
// A phrase also ends at the verb of the sentence it stands in ("protests over a jump in prices have turned into …"),
// a clause after "after" not.
const PHRASE_END = /\s+(?:have|has|had|were|was|are|is|will|would)\s+(?:been\s+)?[a-z]+(?:ed|en|wn)\b|\s+(?:after|when|as|while|following)\s/i
// A cause someone claims or reports is no cause the story gives ("He claimed the unrest was driven by gangs", "the
// president said … triggered by militants", "according to the government").
const CLAIMED = /\b(?:claim(?:s|ed)?|alleg(?:es|ed)|insist(?:s|ed)|blam(?:es|ed)|said|says|told|according to|stated)\b/i
// Where a cause ends: a comma before a new clause, "and spread", "which …".
const CAUSE_END =
  /,|;|:|\.(?:\s|$)|\s+(?:and|but|which|that|before|then|while|where|when)\s+(?:spread|turned|quickly|soon|later|grew|became|was|were|is|are|has|have|had|killed|left|led|forced|brought|prompted|caused|triggered|sparked|resulted)\b|\s+(?:which|who)\b/i
const MAX_CAUSE = 140
// How far before a passive trigger its subject may stand, in the clause ("The wave of dock strikes that has paralysed
// the ports since January was sparked"); before ", sparked by" only the noun just before the comma.
const SUBJECT_REACH = 120
const NEAR_COMMA = 30

/** The words a passive trigger's subject stands in: its clause before it, or the noun before ", sparked". */
function subjectOf(lead: string): string {
  if (/,\s*$/.test(lead)) return lead.replace(/,\s*$/, '').slice(-NEAR_COMMA)
  const clause = lead.slice(Math.max(0, lead.length - SUBJECT_REACH))
  return clause.slice(clause.lastIndexOf(',') + 1)
}
// An aside in a clause, before the clause goes on with its verb: ", which many use in their cars, doubled", ", widely
// used as car fuel, roughly doubled".
const ASIDE = /^([^,]*?),\s+[^,;.]{1,60}?,\s+(?=[a-z]+(?:ly|ed)\b)/

/**
 * The cause the best passages give for the question's event, cited; sure when
 * no other article's passage gives a cause that shares no content word with it,
 * and another gives one that does, or its own passage says the question
 * plainly; `null` when none gives one.
 */
export function cause(ctx: ExtractionContext, candidates: readonly Candidate[]): Extraction | null {
  const event = eventOf(ctx)
  const best = Math.max(0, ...candidates.map((c) => c.coverage))
  // The answer comes from the best passages; a rival cause from any passage about the question.
  const finds = candidates.slice(0, MAX_POOL).flatMap((c) => {
    const text = c.sentence.text
    if (c.coverage < best * RIVAL_SHARE || (event && conceptMatch(event, termsOfSentence(ctx, text)) === 0)) return []
    const says = (words: string) => event === null || conceptMatch(event, termsOfSentence(ctx, words)) > 0
    const found = [
      // "The protests were sparked by", "the unrest, sparked by": the event is what was sparked, not "a fire, sparked by".
      ...[...text.matchAll(BY)].filter(
        (m) => PASSIVE_BEFORE.test(text.slice(0, m.index)) && !/\band\b/.test(m[1] ?? '') && says(subjectOf(text.slice(0, m.index))),
      ),
      // "over" tells the cause of the event itself ("protests … over X"), or of its beginning ("the unrest began … over").
      ...[...text.matchAll(OVER)].filter(
        (m) => !VERB_BEFORE.test(m[2]!) && (says(m[1]!) || (BEGUN.test(m[1]!) && says(text.slice(Math.max(0, m.index - 60), m.index)))),
      ),
      ...[...text.matchAll(AFTER)].map((m) => Object.assign(m, { clause: true })),
      ...text.matchAll(BECAUSE),
    ].map((m) => ({ at: m.index + m[0].length, clause: 'clause' in m }))
    const hit = found.sort((a, b) => a.at - b.at).find((f) => !TIME_AFTER.test(text.slice(f.at)) && !CLAIMED.test(text.slice(0, f.at)))
    if (hit === undefined) return []
    const at = hit.at
    const rest = text.slice(at, at + MAX_CAUSE)
    // "after the price of gas, which many use in their cars, doubled": the clause goes on past an aside.
    const aside = hit.clause ? ASIDE.exec(rest) : null
    const tail = aside ? rest.slice(aside[0].length) : rest
    const ends = [tail.search(CAUSE_END), hit.clause ? -1 : tail.search(PHRASE_END)].filter((e) => e >= 0)
    const length = (aside ? aside[0].length : 0) + (ends.length ? Math.min(...ends) : tail.length)
    const phrase = ((aside ? `${aside[1]!} ` : '') + tail.slice(0, length - (aside ? aside[0].length : 0))).trim()
    if (phrase.split(/\s+/).length < 2 || (hit.clause && !HAPPENED.test(phrase))) return []
    return [{ candidate: c, phrase, start: at, end: at + length, words: contentWords(ctx, phrase) }]
  })
  const first = finds.find((f) => f.candidate.coverage >= best * ANSWER_SHARE)
  if (!first) return null
  // Two causes agree when they share two content words, or every one of the shorter's ("a union demand" and "the
  // dismissal of a union organiser" share one word, and disagree).
  const agrees = (f: (typeof finds)[number]) => {
    const shared = f.words.filter((w) => first.words.includes(w)).length
    return shared >= 2 || (shared > 0 && shared === Math.min(f.words.length, first.words.length))
  }
  const others = finds.filter((f) => f.candidate.article !== first.candidate.article)
  // Another article in the same words makes it sure; alone, the passage must say the question in its own words.
  const sure = !others.some((f) => !agrees(f)) && (others.some(agrees) || first.candidate.own >= SAYS_IT_ALONE)
  return {
    answer: capitalise(first.phrase),
    sources: finds
      .filter((f) => f === first || agrees(f))
      .map((f) => ({ candidate: f.candidate, focus: absolute(f.candidate, { start: f.start, end: f.end }) })),
    sure,
  }
}

// What a passage that gives the only cause must say of the question in its own words.
const SAYS_IT_ALONE = 0.8

// Passages past this many are not read for a cause; the answer's must cover this share of the best one's, a rival's this.
const MAX_POOL = 12
const ANSWER_SHARE = 0.7
const RIVAL_SHARE = 0.5

/** The event whose cause is asked: the question's rarest idea that is no name and no verb of starting. */
function eventOf(ctx: ExtractionContext): Concept | null {
  return ctx.concepts
    .filter((c) => c.known && !c.named && !STARTING.test(c.asked ?? c.word) && !WHO.test(c.asked ?? c.word) && !c.minor)
    .reduce<Concept | null>((a, c) => (!a || c.weight > a.weight ? c : a), null)
}

// Who took part is no event: "why did ppl start protesting" is about the protests.
const WHO = /^(?:people|ppl|persons?|folks|everyone|crowds?)$/
const STARTING =
  /^(?:set|sets|kick|kicks|kicked|spark|sparked|trigger|triggered|cause|caused|start|started|begin|began|prompt|prompted|lead|led|mad|angry|upset)(?:_|$)/

/** The terms of a phrase's content words (as {@link termsOf} gives them), to tell whether two causes say the same. */
const contentWords = (ctx: ExtractionContext, phrase: string): string[] => [...termsOf(ctx, phrase)]
