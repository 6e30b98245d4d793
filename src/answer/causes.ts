import { conceptMatch, type Concept } from '../search/index.ts'
import { canonicalTerm, STOP_WORDS, tokenize } from '../text/index.ts'
import { absolute, capitalise, termsOfSentence, type Candidate, type Extraction, type ExtractionContext } from './context.ts'

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

// Where a sentence gives the cause after the event: "sparked (… ) by X", "over X", "after X" (of a beginning), "because of X".
const BY = /\b(?:sparked|triggered|prompted|caused|set off|fuell?ed|driven)\b[^;:]{0,80}?\bby\s+/gi
const OVER =
  /\b(?:protests?|protested|protesting|rall(?:y|ies|ied)|unrest|riots?|demonstrations?|strikes?|anger|began|begun|started|erupted|broke out)\b[^;:]{0,60}?\b(?:over|against)\s+/gi
const AFTER = /\b(?:began|begun|started|erupted|broke out|flared)\b[^;:]{0,60}?\bafter\s+/gi
const BECAUSE = /\b(?:because of|due to|in protest (?:at|against|over))\s+/gi
// What is no cause after "over" or "after": a time ("over the weekend", "after a week", "after 10 days").
const TIME_AFTER =
  /^(?:the\s+)?(?:(?:next|past|last|following|first|coming)\s+)?(?:\d|a\s+(?:few|couple|day|week|month|year|while)\b|an\s+hour|several|many|some|hours?|days?|weeks?|months?|years?|weekend|night|morning|evening|course|period|new year|holidays?|christmas)\b/i
// A noun phrase also ends at the verb of the sentence it stands in ("protests over a jump in prices have turned
// into …"); a clause after "after" does not.
const PHRASE_END = /\s+(?:have|has|had|were|was|are|is|will|would)\s+(?:been\s+)?[a-z]+(?:ed|en|wn)\b|\s+(?:after|when|as|while|following)\s/i
// A cause someone claims is no cause the story gives ("He claimed the unrest was driven by gangs trained abroad").
const CLAIMED = /\b(?:claim(?:s|ed)?|alleg(?:es|ed)|insist(?:s|ed)|blam(?:es|ed))\b/i
// Where a cause ends: a comma before a new clause, "and spread", "which …".
const CAUSE_END =
  /,|;|:|\.(?:\s|$)|\s+(?:and|but|which|that|before|then|while|where|when)\s+(?:spread|turned|quickly|soon|later|grew|became|was|were|is|are|has|have|had|killed|left)\b|\s+(?:which|who)\b/i
const MAX_CAUSE = 140
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
  const finds = candidates.slice(0, MAX_POOL).flatMap((c) => {
    const text = c.sentence.text
    if (event && conceptMatch(event, termsOfSentence(ctx, text)) === 0) return []
    const found = [BY, OVER, AFTER, BECAUSE].flatMap((re) => [...text.matchAll(re)].map((m) => ({ at: m.index + m[0].length, clause: re === AFTER })))
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
    return phrase.split(/\s+/).length < 2 ? [] : [{ candidate: c, phrase, start: at, end: at + length, words: contentWords(ctx, phrase) }]
  })
  const first = finds[0]
  if (!first) return null
  const agrees = (f: (typeof finds)[number]) => f.words.some((w) => first.words.includes(w))
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

// Passages past this many are not read for a cause.
const MAX_POOL = 8

/** The event whose cause is asked: the question's rarest idea that is no name and no verb of starting. */
function eventOf(ctx: ExtractionContext): Concept | null {
  return ctx.concepts
    .filter((c) => c.known && !c.named && !STARTING.test(c.asked ?? c.word) && !c.minor)
    .reduce<Concept | null>((a, c) => (!a || c.weight > a.weight ? c : a), null)
}

const STARTING =
  /^(?:set|sets|kick|kicks|kicked|spark|sparked|trigger|triggered|cause|caused|start|started|begin|began|prompt|prompted|lead|led|mad|angry|upset)(?:_|$)/

/** The stems of a phrase's content words, to tell whether two causes say the same. */
function contentWords(ctx: ExtractionContext, phrase: string): string[] {
  return tokenize(phrase)
    .filter((t) => !STOP_WORDS.has(t.word) && t.word.length > 2)
    .flatMap((t) => canonicalTerm(ctx.lexicon, t.word) ?? [])
}
