import { tokenize } from '../text/index.ts'
import { absolute, capitalise, conceptOfWord, type Candidate, type Extraction, type ExtractionContext } from './context.ts'
import { LIGHT_VERBS, canonicalTerm, isVerbLemma, lemmaOf } from '../text/index.ts'
import { conceptMatch } from '../search/index.ts'
import { SETS_APART } from './lists.ts'
import type { QuestionAnalysis } from './question.ts'

/**
 * Answers that are not one thing of a named kind: what a person or thing is,
 * why something happened, and the part of a sentence that answers an open
 * question.
 */

/** An answer that is a passage's own words (a clause, a reason) needs its sentence to say this share of the question. */
export const SURE_OPEN = 0.8

const SET_APART = new RegExp(
  String.raw`${SETS_APART}\s+((?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}?)(?=\s+(?:what|which|who|where|how|did|do|does|is|are|was|were)\b|,|$)`,
)
// "which they had", "that it": a relative clause whose verb's object is the noun before it.
// So is one with no relative word after a noun the sentence names ("the power plant they were guarding").
const OBJECT_RELATIVE =
  /(?:\b(?:which|that|whom)\s+(?:they|he|she|it|we|you|i|the\s+\w+)|\b(?:the|a|an|its|their|his|her)\s+(?:[\p{L}\d-]+\s+){0,4}(?:they|he|she|we))\s+(?:had\s+|have\s+|has\s+|would\s+|will\s+|were\s+|was\s+)?(?:been\s+)?$/iu
// Where a sentence's answer-bearing part starts after the words it shares with the question.
const CLAUSE_END = /[;:]|,\s+(?:and|but|while|which|who)\b|\.\s*$/

/**
 * The part of the best sentence that answers an open question: what follows
 * the question's last matched word ("similar to Armenia in 2020, ..."), or the
 * sentence itself; a sentence that only announces a list ("set out a list of
 * demands.") is followed into the next one ("These include ...").
 */
export function clause(ctx: ExtractionContext, candidates: readonly Candidate[]): Extraction | null {
  const c = candidates[0]
  // An open answer is cut from a sentence by the question's words: with fewer than two, nothing says where.
  if (!c || c.coverage < 0.6 || ctx.concepts.length < 2) return null
  const text = c.sentence.text
  // "besides the bread factory, what did they guard": what the question sets apart is no mark of where the answer starts.
  const apart = new Set(tokenize(SET_APART.exec(ctx.question.normalized)?.[1] ?? '').map((t) => t.word))
  const anchors = tokenize(text).flatMap((t) => {
    const concept = conceptOfWord(ctx, t.word)
    if (concept && apart.has(concept.asked ?? '')) return []
    return concept ? [{ ...t, concept, exact: conceptMatch(concept, new Set([canonicalTerm(ctx.lexicon, t.word)!])) >= 1 }] : []
  })
  // A word merely like one the sentence already said ("the police ... security forces") does not mark where the answer starts.
  const last = anchors.filter((a, i) => a.exact || !anchors.slice(0, i).some((b) => b.exact && b.concept === a.concept)).at(-1)
  let start = 0
  if (last && last.end < text.length - 15) {
    start = last.end
    while (start < text.length && !/[\p{L}\p{N}“"‘]/u.test(text[start]!)) start++
  }
  const rest = text.slice(start)
  const stop = CLAUSE_END.exec(rest.slice(8))
  const end = stop ? start + 8 + stop.index : text.length
  // "what did he resign as chairman of": the preposition the question ends on opens the answer, and is none of it.
  const stranded = STRANDED.exec(ctx.question.normalized)?.[1]
  const lead = stranded !== undefined && new RegExp(`^${stranded}\\s+`, 'i').exec(text.slice(start))?.[0].length
  const from = start + (lead || 0)
  const answer = text.slice(from, end).replace(/[\s,.;:]+$/, '')
  if (answer.split(/\s+/).length < 2) return null
  const sources: Extraction['sources'] = [{ candidate: c, focus: { start: c.sentence.start + from, end: c.sentence.start + end } }]
  // The clause is the answer when it is what the question's verb takes ("demanded | making Russian ..."):
  // after a noun it is whatever the sentence goes on to say.
  // The sentence may say the question's verb in other words ("compare" → "was similar to").
  // A light verb the question uses as a noun ("Norway's take on it") is not the verb the sentence says ("were taking").
  const verb = anchors.find(
    (a) =>
      (looksLikeVerb(a.word) || isVerbLemma(a.concept.asked ?? '')) &&
      !askedAsNoun(ctx.question.normalized, a.concept.asked) &&
      a.end <= start &&
      text.slice(a.end, start).split(/\s+/).length <= VERB_REACH,
  )
  // The sentence's own words are the answer, so the name the question asks about must be in them or in the sentence
  // just before it in its paragraph: a headline or heading naming Lask does not make "18 officers have died" about him.
  const before = c.article.sentences[c.sentence.index - 1]
  const near = new Set([...ctx.passageTerms(c.id), ...(before?.paragraph === c.sentence.paragraph ? ctx.passageTerms(c.id - 1) : [])])
  const named = ctx.concepts.every((k) => !k.named || conceptMatch(k, near) > 0)
  // "which was protected | by them, in direction of the border": after a passive verb comes its agent, not what was done to.
  const agent = /^by\b/i.test(answer)
  // "CHPP-2, which they had guarded | since arriving": what a verb in such a clause was done to stands before it.
  const relative = verb !== undefined && OBJECT_RELATIVE.test(text.slice(Math.max(0, verb.start - 60), verb.start))
  // "What plane did he fly out on?" of "… the planes | landing in Ulyanovsk": words after the very noun asked about say
  // more of it, not which one it was.
  const ofFocus = last !== undefined && ctx.question.focus !== null && last.concept.asked === ctx.question.focus
  // Nor one that holds what the question sets apart ("apart from the motorway, what did they block": "the motorway …").
  const holdsApart = [...apart].some((w) => w.length > 3 && answer.toLowerCase().includes(w))
  // "husband | of youngest daughter Aliya, left …": after a noun, "of" goes on with the noun, no answer of its own
  // ("warned | of the riots" answers what was warned of, and "carrying out guard | of the plant" what was guarded).
  const ofNoun = /^of\b/i.test(answer) && last !== undefined && ![last.word, last.concept.asked ?? ''].some((w) => /(?:ed|ing)$/.test(w))
  // "the soldiers guarded it since when-ish": with no question word anywhere, nothing says what part of a sentence is asked for.
  const unasked = !/\b(?:what|which|who|whom|whose|when|where|why|how)\b/.test(ctx.question.normalized)
  const sure =
    named &&
    !agent &&
    !relative &&
    !ofFocus &&
    !holdsApart &&
    !unasked &&
    !ofNoun &&
    standsOut(c, candidates) &&
    last !== undefined &&
    start === afterSpace(text, last.end) &&
    verb !== undefined
  // The list may come after a quotation that explains it, so look two sentences ahead.
  const next = [1, 2]
    .map((k) => c.article.sentences[c.sentence.index + k])
    .find((n) => n !== undefined && n.paragraph - c.sentence.paragraph <= 1 && LIST_FOLLOWS.test(n.text))
  const listed = next && end >= text.length - 1 ? LIST_FOLLOWS.exec(next.text) : null
  if (next && listed && ANNOUNCES.test(answer)) {
    // "... set out a list of demands. These include X and Y": the answer is X and Y.
    const items = next.text.slice(listed[0].length).replace(/[\s.]+$/, '')
    if (!/\p{L}/u.test(items)) return { answer: capitalise(answer), sources, sure }
    sources.push({
      candidate: { ...c, id: c.id + (next.index - c.sentence.index), sentence: next },
      focus: { start: next.start + listed[0].length, end: next.end },
    })
    // A list the sentence announces and the next one spells out is the answer the sentence promises.
    return { answer: capitalise(items), sources: [sources[1]!, sources[0]!], sure: standsOut(c, candidates) }
  }
  return { answer: capitalise(answer), sources, sure }
}

// A preposition a question ends on, its object asked for ("… chairman of", "… sentenced for").
const STRANDED = /\s(of|for|with|about|from|to|in|on|at|by|as|over|into)$/

// How many words may stand between the question's verb and the clause it takes ("compared | the situation | to ...").
const VERB_REACH = 4

/** The first letter, digit or opening quotation mark at or after `at`. */
function afterSpace(text: string, at: number): number {
  let i = at
  while (i < text.length && !/[\p{L}\p{N}“"‘]/u.test(text[i]!)) i++
  return i
}

// A possessive or a determiner makes the next word a noun.
const BEFORE_NOUN = String.raw`(?:'s|’s|s'|\b(?:the|a|an|his|her|its|their|our|your|my|this|that))\s+`

/**
 * True when the question says a light verb right after a possessive or a
 * determiner: a noun there ("norway's take"), which means something other than
 * the verb ("were taking measures"). A fuller verb's clause is what its noun
 * names ("nicknamed the Iron Pact" for "its nickname").
 */
function askedAsNoun(question: string, word: string | undefined): boolean {
  return word !== undefined && LIGHT_VERBS.has(word) && new RegExp(`${BEFORE_NOUN}${word.replace(/[^\p{L}\p{N}]/gu, '')}\\b`, 'u').test(question)
}

/** A word in a verb's inflected form: "demanded", "guarding", "sent". */
function looksLikeVerb(word: string): boolean {
  return /(?:ed|ing)$/.test(word) || lemmaOf(word) !== word
}

// A sentence that announces a list or a set of things the next sentence spells out.
const ANNOUNCES = /\b(?:list|number|series|set|range|demands|conditions|requests|measures|steps|points|reasons|terms|proposals)\b/i
const LIST_FOLLOWS = /^(?:these|they|those|the (?:demands|conditions|measures|terms))\s+(?:included?|includes|were|are|being)\s+/i

// Words that introduce a cause or a purpose.
// "due to complete their withdrawal by Wednesday", "since January 5": a schedule or a time, not a reason.
const REASON =
  /\b(?:because(?: of)?|since(?![^.;]{0,40}\b(?:1[89]|20)\d\d\b)(?!\s+(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|then\b|last\b|early\b|late\b))|as a result of|due to(?!\s+(?:be|complete|start|begin|end|finish|arrive|leave|return|take|hold|meet|open|close|resume|expire)\b)|in order to|so that|so as to|for fear (?:of|that))\s+[^.;:]{6,200}/i
// The grounds of an arrest or a dismissal, and what set something off: a noun phrase, which ends at a comma
// ("what he is accused of doing" names none).
export const GROUNDS =
  /\b(?:on suspicion of|suspected of|accused of|charged with|convicted of|on (?:[\w-]+\s+)?charges? of|(?:arrested|detained|jailed|held|sacked|fired|dismissed|removed|punished) (?:for|over)(?!\s+(?:(?:the\s+)?(?:first|second|third|fourth|\w+th|last|next)\s+time|\d|a\s+(?:few|couple|day|week|month|year|while)|an?\s+hour|several|many|some|hours|days|weeks|months|years|more than|up to|about|nearly|almost|less than|questioning))|in response to|in protest (?:at|against|over))\s+(?!(?:doing|anything|something|nothing|none|no|it|this|that|what)\b)[^.;:,]{3,120}/i
// What set something off: why it began, not why it spread or ended.
const TRIGGER = /\b(?:sparked|triggered|prompted|caused|driven|fuell?ed) by\s+[^.;:,]{3,120}/i
// "Why did the protests spread / grow / end?" asks about a later turn of the thing, which what set it off does not explain.
const ASKS_LATER_TURN =
  /\b(?:spread|grow|grew|grown|escalat\w*|worsen\w*|continu\w*|last(?:ed)?|end(?:ed)?|stop(?:ped)?|turn(?:ed)? violent|get worse|got worse)\b/i

/** "Why ...?": the cause or purpose a passage gives, or nothing when none says why. */
export function reason(candidates: readonly Candidate[], question: string): Extraction | null {
  const began = !ASKS_LATER_TURN.test(question)
  return statedGrounds(candidates, (c) => REASON.exec(c.sentence.text) ?? GROUNDS.exec(c.sentence.text) ?? (began ? TRIGGER.exec(c.sentence.text) : null))
}

/**
 * The grounds `find` reads in the first of the best three passages that has
 * any, cited there; sure when it stands out among the passages that give
 * other grounds and that `rival` counts (all by default).
 */
export function statedGrounds(
  candidates: readonly Candidate[],
  find: (c: Candidate) => RegExpExecArray | RegExpMatchArray | null,
  rival: (c: Candidate) => boolean = () => true,
): Extraction | null {
  for (const c of candidates.slice(0, 3)) {
    const m = find(c)
    if (!m || m.index === undefined) continue
    const text = m[0].replace(/[\s,]+$/, '')
    // Passages that give the same grounds ("arrested for high treason", "on suspicion of high treason") agree with it.
    const head = /[\p{L}-]+$/u.exec(text)?.[0].toLowerCase()
    const agrees = (o: Candidate) => head !== undefined && head.length > 3 && o.sentence.text.toLowerCase().includes(head)
    return {
      answer: capitalise(text),
      sources: [{ candidate: c, focus: absolute(c, { start: m.index, end: m.index + text.length }) }],
      sure: standsOut(
        c,
        candidates.filter((o) => o === c || (!agrees(o) && rival(o))),
      ),
    }
  }
  return null
}

/**
 * True when a passage says the question plainly and no passage of another
 * sentence says it nearly as fully: a question whose words half the articles
 * share ("did the UN say anything?") has no one passage that answers it.
 */
export function standsOut(c: Candidate, candidates: readonly Candidate[]): boolean {
  if (c.own < SURE_OPEN || c.missesName) return false
  const rivals = candidates.slice(0, RIVALS_LOOKED_AT).filter((o) => o.id !== c.id && o.own >= c.own - RIVAL_GAP)
  return rivals.length < MAX_RIVALS
}

// Of the best passages, this many saying the question as fully as the chosen one make it one among equals.
const RIVALS_LOOKED_AT = 10
const RIVAL_GAP = 0.05
const MAX_RIVALS = 2

/**
 * True when an open question may be answered by the words a sentence goes on
 * with after the question's own: "what did they agree on", a quotation asked
 * for. A name asked for (`explicitName`) is a name given, never such words
 * ("called the fund 'a slush fund'"); nor is "which part / what type of X",
 * which asks for a labelled thing; nor any "which" question, which asks to
 * pick one of a kind though its noun went unread ("which defence ministry
 * spokesperson announced who'd lead it").
 *
 * @example
 * ```ts
 * opensClause(analyzeQuestion('what did the two sides agree on', () => true), false) // => true
 * opensClause(analyzeQuestion('what type of plane took off', () => true), false)     // => false
 * opensClause(analyzeQuestion('which general council suspended them', () => true), false) // => false
 * ```
 */
export function opensClause(question: QuestionAnalysis, explicitName: boolean): boolean {
  const picks = /^which\b/.test(question.normalized)
  return (question.kind === 'other' && !question.focusIsTopic && !LABEL_NOUN.test(question.focus ?? '') && !explicitName && !picks) || question.kind === 'quote'
}

// "What type of plane", "which part of the treaty": nouns that ask for a label or a category, not for what a sentence says.
const LABEL_NOUN = /^(?:types?|kinds?|sorts?|models?|makes?|parts?|bits?|sections?|clauses?|articles?|provisions?|paragraphs?|chapters?)$/
