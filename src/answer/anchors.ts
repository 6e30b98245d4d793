import { otherBodyHeld } from './other-posts.ts'
import { tokenize } from '../text/index.ts'
import { canonicalTerm, foldText, isVerbLemma } from '../text/index.ts'
import { conceptMatch } from '../search/index.ts'
import type { Sentence } from '../corpus/index.ts'
import type { ExtractionContext } from './context.ts'
import { findMentions } from './entities.ts'
import type { Found } from './choose.ts'

/**
 * Where a question stands in a sentence: the words of the question it says and
 * how near a find stands to them, where it says the question's verb (and who
 * stands as its subject), and whether it gives that verb another object.
 */

export interface Anchor {
  start: number
  end: number
  /** Which concept of the question it says, and how well (1 for the word asked, less for a synonym). */
  concept: number
  match: number
}

/** Where in a sentence the question's concepts match, and how well. */
export function anchorPositions(ctx: ExtractionContext, sentence: Sentence): Anchor[] {
  const anchors: Anchor[] = []
  for (const token of tokenize(sentence.text)) {
    const term = canonicalTerm(ctx.lexicon, token.word)
    if (term === null) continue
    const terms = new Set([term])
    ctx.concepts.forEach((c, concept) => {
      const match = conceptMatch(c, terms)
      if (match > 0) anchors.push({ start: token.start, end: token.end, concept, match })
    })
  }
  return anchors
}

/**
 * 0..1: how closely the question's words surround a found thing in its
 * sentence, each concept by its nearest mention (about six characters a
 * word), rarer concepts counting more: "the crushing of the Hungarian uprising
 * in 1956" has all of them around 1956, and only one near 1968.
 */
export function closeness(ctx: ExtractionContext, anchors: readonly Anchor[], span: { start: number; end: number }): number {
  const total = ctx.concepts.reduce((sum, c) => sum + c.weight, 0)
  if (total === 0) return 0
  const nearest = new Map<number, number>()
  for (const a of anchors) {
    const gap = a.end <= span.start ? span.start - a.end : a.start >= span.end ? a.start - span.end : 0
    nearest.set(a.concept, Math.max(nearest.get(a.concept) ?? 0, a.match / (1 + gap / 18)))
  }
  let got = 0
  for (const [concept, near] of nearest) got += ctx.concepts[concept]!.weight * near
  return got / total
}

// A verb of the question, the preposition after it, and the noun that preposition takes: "pay | for | marines"
// ("to" is left out: "sent 100 servicemen to take part" is no place they were sent to).
const ARGUMENT = /\b([a-z]+)\s+(for|from|against|into|with)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|his\s+|her\s+)?([a-z]+)/g

interface Argument {
  verb: number
  preposition: string
  noun: number
}

/** The verbs of a question with the noun a preposition after them takes, as indexes into the concepts. */
export function questionArguments(ctx: ExtractionContext): Argument[] {
  const conceptOf = (word: string) => {
    const term = canonicalTerm(ctx.lexicon, word)
    return term === null ? -1 : ctx.concepts.findIndex((c) => conceptMatch(c, new Set([term])) > 0 || c.asked?.startsWith(`${word}_`))
  }
  return [...ctx.question.content.matchAll(ARGUMENT)]
    .map((m) => ({ verb: conceptOf(m[1]!), preposition: m[2]!, noun: conceptOf(m[3]!) }))
    .filter((a) => a.verb >= 0 && a.noun >= 0 && a.verb !== a.noun)
}

/**
 * True when the sentence gives one of the question's verbs the same
 * preposition with another noun: "paid 2 million euros for the fuel" against
 * "how much did they pay for the marines".
 */
export function conflicts(ctx: ExtractionContext, text: string, anchors: readonly Anchor[], asks: readonly Argument[]): boolean {
  if (otherBodyHeld(ctx, text, anchors)) return true
  for (const a of asks) {
    for (const v of anchors.filter((x) => x.concept === a.verb)) {
      const after = new RegExp(
        `^(?:\\s+[\\p{L}\\d,.'’-]+){0,5}?\\s+${a.preposition}\\s+(?:the\\s+|a\\s+|an\\s+|its\\s+|their\\s+|his\\s+|her\\s+)?([\\p{L}-]+)`,
        'u',
      ).exec(text.slice(v.end))
      if (!after) continue
      const term = canonicalTerm(ctx.lexicon, foldText(after[1]!))
      if (term !== null && conceptMatch(ctx.concepts[a.noun]!, new Set([term])) === 0) return true
    }
  }
  return false
}

// Kinds of answer that can be the subject of the question's verb ("Which country wanted ...?").
export const SUBJECT_KINDS = new Set(['person', 'countries', 'organisation'])
// What a thing written as the verb's subject gains, and one written after the verb loses.
const AS_SUBJECT = 0.15
const AFTER_VERB = 0.05

// A verb related to the question's only as a weak synonym is not its verb: "took off" is no "leading" ("take" is
// one of WordNet's senses of "lead").
const MIN_VERB_MATCH = 0.5

/** Where the sentence says the question's verb, in any form or word the question's concepts allow. */
export function verbPositions(ctx: ExtractionContext, text: string, verb: string): { start: number; end: number }[] {
  const term = canonicalTerm(ctx.lexicon, verb)
  // The concept the verb became, typo corrected ("arested"), or the multiword verb it starts ("took_over").
  const concept = ctx.concepts.find((c) => c.asked === verb || (term !== null && conceptMatch(c, new Set([term])) > 0) || c.word.startsWith(`${verb}_`))
  if (!concept) return []
  // A noun of the verb's family is not the verb: "told the leaders" does not say who leads.
  const matches = tokenize(text).map((t) => {
    const own = isVerbLemma(t.word.toLowerCase()) ? canonicalTerm(ctx.lexicon, t.word) : null
    return { ...t, match: own === null ? 0 : conceptMatch(concept, new Set([own])) }
  })
  // The verb itself where the sentence has it ("request"), not a word merely like it ("demands").
  const best = Math.max(0, ...matches.map((m) => m.match))
  return best >= MIN_VERB_MATCH ? matches.filter((m) => m.match === best) : []
}

/**
 * True when every mention of the question's verb is passive with no agent
 * after it ("Masimov was detained on January 6"): the sentence names nobody
 * who did it, so nobody in it answers "who detained Masimov?".
 */
export function noDoerNamed(text: string, verbs: readonly { start: number; end: number }[]): boolean {
  // "was taking over" is the progressive, done by whom it names; "was detained" the passive.
  return (
    verbs.length > 0 &&
    verbs.every(
      (v) => !/ing$/.test(text.slice(v.start, v.end)) && PASSIVE_BEFORE.test(text.slice(0, v.start)) && !/^\s+(?:\S+\s+){0,3}?by\b/.test(text.slice(v.end)),
    )
  )
}

/**
 * "Which country wanted to send troops?" asks for the subject of "wanted": the
 * thing written just before the verb ("Ankara itself wanted ...") answers it,
 * one written after it ("... on the territory of Kazakhstan") does not.
 */
export function subjectFit(text: string, f: Found, verbs: readonly { start: number; end: number }[]): number {
  const verb = verbs.find((v) => v.start >= f.end)
  // "Kyrgyzstan was represented by its premier": what stands before a passive verb has the deed done to it.
  const passive = verb !== undefined && PASSIVE_BEFORE.test(text.slice(0, verb.start)) && /^\s+by\b/.test(text.slice(verb.end))
  // "Masimov, on suspicion of treason, the agency announced": another subject stands right before the verb.
  const between = verb ? text.slice(f.end, verb.start) : ''
  if (verb && !passive && verb.start - f.end <= SUBJECT_REACH && !/[;:.]/.test(between) && !OTHER_SUBJECT.test(between)) return AS_SUBJECT
  // "the force, led by General Ivan Orlov": the agent of the passive verb is who does it.
  if (agentOf(text, f, verbs)) return AS_SUBJECT
  return verbs.length && verbs.every((v) => v.end <= f.start) ? -AFTER_VERB : 0
}
/**
 * The mention of the question's verb whose agent the find is ("Kyrgyzstan was
 * represented by its premier, Ivo Lask"), if any: the sentence says in so many
 * words that the find did the deed.
 */
export function agentOf(text: string, f: Found, verbs: readonly { start: number; end: number }[]): { start: number; end: number } | undefined {
  return verbs.find((v) => v.end <= f.start && BY_AGENT.test(text.slice(v.end, f.start)))
}

/**
 * True when the sentence gives the question's deed to someone else by name ("a new hospital, built by the Kronmark
 * Group") and the find is not that agent: "Berg opened a new hospital, built by Kronmark" says Berg built nothing.
 */
export function agentElsewhere(text: string, f: Found, verbs: readonly { start: number; end: number }[]): boolean {
  return (
    !agentOf(text, f, verbs) &&
    verbs.some((v) => /^\s+by\s+(?:the\s+)?[\p{Lu}\p{Ll}]/u.test(text.slice(v.end)) && !(v.end <= f.start && f.start - v.end < AGENT_REACH))
  )
}

/**
 * True when the find is where the question's deed went ("forces would be sent
 * to Kazakhstan", "troops flown into Almaty"): the place it reached did not do it.
 */
export function destination(text: string, f: Found, verbs: readonly { start: number; end: number }[]): boolean {
  return verbs.some((v) => v.end <= f.start && TOWARD.test(text.slice(v.end, f.start)))
}

const TOWARD = /^(?:\s+[\p{L}-]+){0,2}?\s+(?:to|into|towards?)\s+(?:the\s+)?(?:neighbou?ring\s+)?$/u

/**
 * True when the sentence gives the verb after the find another subject
 * ("Ivo Lask, on suspicion of fraud, the agency announced"), and no mention of
 * it makes the find its agent: the find did not do what the question asks.
 */
export function displacedSubject(text: string, f: Found, verbs: readonly { start: number; end: number }[]): boolean {
  const verb = verbs.find((v) => v.start >= f.end)
  if (!verb || agentOf(text, f, verbs)) return false
  const between = text.slice(f.end, verb.start)
  // "Brandt announced a toll, saying the money would pay for repairs": the verb has a subject of its own right before it.
  if (verbs.every((v) => v.start >= f.end && OWN_SUBJECT.test(text.slice(f.end, v.start)))) return true
  return verb.start - f.end <= SUBJECT_REACH && !/[;:.]/.test(between) && OTHER_SUBJECT.test(between)
}
// How far after "by" a find may stand and still be the agent it names ("by the commander of the force, General X").
const AGENT_REACH = 60
const OWN_SUBJECT = /\s(?:the|a|an|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}(?:would|will|could|should|can|must|may|might|did|does|do)\s+$/iu

/**
 * For one sentence, a test of a find: true when the question's verb has a
 * country or an organisation for its subject ("The Republic of Veloria hosted
 * the talks, chaired by Ivo Lask") and the find stands outside that subject:
 * it did not do it. The sentence is read once, however many finds it holds.
 *
 * @example
 * ```ts
 * thingDoes('The Republic of Veloria hosted the talks, chaired by Ivo Lask.', verbs)(lask) // => true
 * ```
 */
export function thingDoes(text: string, verbs: readonly { start: number; end: number }[]): (f: Found) => boolean {
  const verb = verbs[0]
  // "The force will be led by General Orlov": a passive verb's subject is what is done to.
  if (!verb || PASSIVE_BEFORE.test(text.slice(0, verb.start))) return () => false
  const clause = Math.max(text.lastIndexOf(',', verb.start - 1), text.lastIndexOf(';', verb.start - 1)) + 1
  // "Serdyukov, who has commanded Russia's Airborne Forces and led …": the clause's subject is whom "who" stands for.
  if (/^\s*who\b/i.test(text.slice(clause, verb.start))) return () => false
  const subject = findMentions(text.slice(clause, verb.start))
  if (!subject.some((m) => m.type === 'country' || m.type === 'organisation') || subject.some((m) => m.type === 'person')) return () => false
  // A person in the clause before the verb is its subject; one before that clause ("Sorn thanked voters, Veloria
  // Desk reported") or after the verb is not.
  return (f) => f.start < clause || f.start >= verb.start
}

// ", the party", and "'s party" ("Eva Sorn's party voted"): another subject, of which the find is a part or the owner.
const OTHER_SUBJECT = /,\s+(?:the|a|an|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}$|^['’]s\s+(?:[\p{L}-]+\s+){1,2}$/iu
const PASSIVE_BEFORE = /\b(?:was|were|is|are|been|being|be)\s+(?:\p{L}+ly\s+)?$/iu
// "led by General Ivan Orlov", or by a role first: "led by the commander of the Coast Guard, Admiral Ivan Orlov".
const BY_AGENT = /^\s+by\s+(?:(?:[\p{L}.-]+\s+){0,3}|(?:[\p{L}().'’-]+\s+){1,12}?[\p{L}().'’-]+,\s+(?:\p{Lu}[\p{L}.-]*\s+){0,3})$/u
// How far before its verb a subject may stand ("Tokayev, who took office in 2019, asked ...").
const SUBJECT_REACH = 80
