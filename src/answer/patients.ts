import type { Found } from './choose.ts'
import { conceptMatch, type Concept } from '../search/index.ts'
import { canonicalTerm, foldText, tokenize } from '../text/index.ts'
import { termsOf, type Candidate, type ExtractionContext } from './context.ts'
import { saidAfter, saidBefore } from './speech.ts'
import { departed } from './succession.ts'

/**
 * "Who got fired?", "who was arrested?": a passive question asks for whom the
 * deed was done to, which an active sentence writes after its verb ("Tokayev
 * removed Nazarbayev"), a passive one before it ("Masimov was detained"); the
 * doer ("Tokayev", "by the KNB") is not the answer.
 */

type Span = { start: number; end: number }

// What fits the question as well as its verb's subject fits an active one.
const AS_PATIENT = 0.15
// How far after an active verb its object may stand: "removed the former president Nursultan Nazarbayev".
const OBJECT_REACH = 40
// "was removed", "was quickly removed", "was himself removed".
const PASSIVE_BEFORE = /\b(?:was|were|is|are|been|being|be|got|get|gets)\s+(?:(?:\p{L}+ly|himself|herself|itself|themselves)\s+)?$/iu
const MEMBER_OF = /\b(?:among them|including|such as|namely)\s+(?:[\p{L}.'’-]+\s+){0,3}$/u
const POST_FIRST = /^\s+(?:the|a|an|its|his|her|their)\s+[\p{L}'’ -]{1,40},\s+$/u
// How far before a passive verb its subject may stand: "Karim Masimov, the former KNB chief, was detained".
const SUBJECT_REACH = 80

/** What the find gains as the one the deed was done to, where the sentence writes the deed (`verbs`). */
export function patientFit(text: string, f: Found, verbs: readonly Span[]): number {
  return deeds(text, verbs).some((v) => isPatient(text, f, v)) ? AS_PATIENT : 0
}

// "fired back at", "shot back": a verb with a particle and no object after it is another verb; with its object after
// the particle ("pulled down a statue of X", "paid off debts") the particle is the verb's, and the object comes after both.
const PARTICLE_AFTER = /^\s+(?:back|up|off|away|down)\b/
const PARTICLE_ALONE = /^\s+(?:back|up|off|away|down)\s*(?:$|[,;:.!?)]|(?:at|on|to|with|from|against|over|into|in|for|after)\b)/
const deeds = (text: string, verbs: readonly Span[]): Span[] =>
  verbs.flatMap((v) => {
    const rest = text.slice(v.end)
    const particle = PARTICLE_AFTER.exec(rest)
    if (!particle) return [v]
    return PARTICLE_ALONE.test(rest) ? [] : [{ start: v.start, end: v.end + particle[0].length }]
  })

/** True when the find is the doer of the deed: an active verb's subject, or the agent after "by". */
export function doerOf(text: string, f: Found, verbs: readonly Span[]): boolean {
  const done = deeds(text, verbs)
  if (done.some((v) => isPatient(text, f, v))) return false
  return done.some((v) => {
    const passive = passiveAt(text, v)
    if (passive) return f.start >= v.end && /^\s+by\s+(?:[\p{L}'’.-]+\s+){0,4}$/u.test(text.slice(v.end, f.start))
    return f.end <= v.start && v.start - f.end <= SUBJECT_REACH && !/[;:.]/.test(text.slice(f.end, v.start))
  })
}

// "was removed", "got fired": a participle after the auxiliary; "he was replacing X" is active, its doer before it.
const passiveAt = (text: string, v: Span): boolean => PASSIVE_BEFORE.test(text.slice(0, v.start)) && !/ing$/i.test(text.slice(v.start, v.end))

function isPatient(text: string, f: Found, v: Span): boolean {
  const passive = passiveAt(text, v)
  // "Two officers were detained on Tuesday, among them Major Anna Berg": one of those it was done to.
  if (f.start >= v.end && MEMBER_OF.test(text.slice(v.end, f.start))) return true
  // "Ivo Lask, whose son was arrested": the one it was done to is another, whom the find only has.
  if (passive) return f.end <= v.start && v.start - f.end <= SUBJECT_REACH && !/[;:.]|\bwhose\b|['’]s\s/.test(text.slice(f.end, v.start))
  // "fired the interior minister, Ivo Lask,": the post before the name stands in for it.
  const between = text.slice(v.end, f.start).replace(POST_FIRST, ' ')
  return f.start >= v.end && between.length <= OBJECT_REACH && !/[,;:.]|\b(?:by|to|from|with|for)\b/.test(between)
}

/**
 * True when the question's verb stands in the sentence only as part of another
 * verb ("fired back at Dunn" for "who fired Dunn"): the sentence tells of no
 * such deed. `question` is the question's text, which may have the particle too.
 */
export function otherVerbOnly(text: string, verbs: readonly Span[], question: string): boolean {
  if (verbs.length === 0 || deeds(text, verbs).length > 0) return false
  return verbs.every((v) => {
    const particle = PARTICLE_ALONE.test(text.slice(v.end)) ? PARTICLE_AFTER.exec(text.slice(v.end))?.[0].trim() : undefined
    return particle !== undefined && !new RegExp(`\\b${particle}\\b`, 'i').test(question)
  })
}

/**
 * True when the find stands only after every active verb of the question's
 * deed, and not as its agent ("by X"): "his security services detained Karim
 * Masimov, one of Nazarbayev's lieutenants" names no Nazarbayev who detained anyone.
 */
export function afterDeed(text: string, f: Found, verbs: readonly Span[]): boolean {
  // A verb with a subject before it: not a noun ("Command of the force passed to X", "the summit's host", "The order
  // came from X"), a compound ("the Norland-led coalition under X"), a participle after a comma (", led by X"), nor
  // a relative clause's verb ("it was the minister who ordered the arrests: X").
  const done = deeds(text, verbs).filter((v) => {
    const before = text.slice(0, v.start)
    return (
      /\p{L}/u.test(before) &&
      text[v.start - 1] !== '-' &&
      !/^\s+(?:of|came|comes|was|is)\b/.test(text.slice(v.end)) &&
      !/(?:\b(?:the|a|an|his|her|its|their)|['’]s?)\s*$/iu.test(before) &&
      !/,\s*$/.test(before) &&
      !/\bwho\s+$/i.test(before)
    )
  })
  return (
    done.length > 0 &&
    done.every((v) => {
      const between = text.slice(v.end, f.start)
      // "led by the prime minister, Ivo Lask", "replaced its chief, Karl Dunn, with Ivo Lask": the agent, the one put in.
      return !PASSIVE_BEFORE.test(text.slice(0, v.start)) && f.start >= v.end && !/\b(?:by|with)\b[^.;:]{0,80}$/u.test(between)
    })
  )
}

/**
 * True when the find is whom a verb of the question was done to: the object of an active one ("fired the interior
 * minister, Ivo Lask") or the subject of a passive one ("Maya Lund was sacked on February 1"): for who did it, not
 * the one.
 */
export function objectOf(text: string, f: Found, verbs: readonly Span[]): boolean {
  return deeds(text, verbs).some((v) => isPatient(text, f, v))
}

/**
 * True when the find is only who the sentence quotes on a deed written before
 * it ("Police released 50 prisoners on Friday, Ivo Lask said."): the speaker
 * did not do what the question asks about.
 *
 * @example
 * ```ts
 * speakerOnly('Police released 50 prisoners, Ivo Lask said.', lask, released) // => true
 * ```
 */
export function speakerOnly(text: string, f: Found, verbs: readonly Span[]): boolean {
  if (!verbs.some((v) => v.end <= f.start)) return false
  return saidAfter(text.slice(f.end), true) || (saidBefore(text.slice(0, f.start)) && verbs.every((v) => v.end <= f.start))
}

/**
 * True when the sentence tells the deed as done to the person the question
 * asks about ("ousted Mayor Tom Kerr", "Kerr was ousted"), or names no such
 * person ("He was ousted on Sunday"): "when did Diaz get sacked" is not
 * answered by "Voters ousted Kerr on Sunday, electing Rosa Diaz".
 */
export function doneToSubject(ctx: ExtractionContext, c: Candidate, subject: readonly string[], verb: Concept): boolean {
  if (subject.length === 0) return true
  const text = c.sentence.text
  const named = namedAs(ctx, c, subject)
  const deeds = tokenize(text).filter((t) => {
    const term = canonicalTerm(ctx.lexicon, t.word)
    return term !== null && conceptMatch(verb, new Set([term])) > 0
  })
  // "since her suspension on September 30": a deed told of by "his" or "her" may be the one's the question names.
  if (deeds.some((d) => /\b(?:his|her|their)\s+$/i.test(text.slice(Math.max(0, d.start - 8), d.start)))) return true
  // "Masimov was dismissed on 6 January and detained the same day": a participle joined to a passive before it.
  const joined = (m: Span, d: Span) =>
    m.end <= d.start &&
    d.start - m.end <= SUBJECT_REACH &&
    /(?:ed|en|wn)$/.test(text.slice(d.start, d.end)) &&
    /^[^;.]*\b(?:was|were|been|is|are|got|gets)\b[^;.]*\band\s+$/.test(text.slice(m.end, d.start))
  return (
    named.length === 0 ||
    named.some((m) => patientFit(text, { text: m.text, key: m.text, start: m.start, end: m.end }, deeds) > 0 || deeds.some((d) => joined(m, d)))
  )
}

/**
 * True when the question asks when `subject` was taken out of a post and the
 * sentence tells of one so named as the one who went ("Tokayev replaced
 * Nazarbayev as head of the council", "took over from Nazarbayev as
 * chairman"): whoever came in, the one asked about was removed that day.
 */
export function toldAsGone(ctx: ExtractionContext, c: Candidate, subject: readonly string[], verb: Concept): boolean {
  if (subject.length === 0 || !REMOVAL_LEMMAS.some((lemma) => conceptMatch(verb, new Set([canonicalTerm(ctx.lexicon, lemma)!])) > 0)) return false
  return namedAs(ctx, c, subject).some((m) => departed(c.sentence.text, { text: m.text, key: m.text, start: m.start, end: m.end }))
}

/** The mentions in the candidate's sentence of a person one of whose names the question's `subject` gives. */
const namedAs = (ctx: ExtractionContext, c: Candidate, subject: readonly string[]) =>
  ctx.people(c.article, c.sentence.index).filter((m) =>
    foldText(m.person.name)
      .split(/\s+/)
      .some((w) => subject.includes(w)),
  )
const REMOVAL_LEMMAS = ['remove', 'dismiss', 'oust', 'sack']

/**
 * True when a person found is named as the leader or maker of a thing set off before it that the question does not
 * ask about: "a housing fund and a new agency for roads, to be led by X" tells who leads the agency, not the fund;
 * "the new road safety law, drafted by X" who drafted the law, not a toll.
 *
 * @example
 * ```ts
 * leadsAnother(ctx, 'They set up a fund and an agency for roads, to be led by Ann Cole.', found) // => true, for "who heads the fund"
 * ```
 */
export function leadsAnother(ctx: ExtractionContext, text: string, found: { start: number }): boolean {
  const phrase = ctx.question.kind === 'person' ? LED_PHRASE.exec(text.slice(0, found.start)) : null
  return phrase !== null && !ctx.concepts.some((c) => conceptMatch(c, termsOf(ctx, phrase[1]!)) >= NAMED_AS_ASKED)
}

// A match this strong on the led thing's head makes it the thing the question asks about.
const NAMED_AS_ASKED = 0.5
// A noun phrase, its head (before any "for", "of", "in", "at", "near" or "on") captured, set off before "(to be) led by", "built by",
// "drafted by" and the name, a description of its holder perhaps before it ("by the ministry's legal director, Oskar Lund",
// "by retired judge Berit Falk").
const LED_PHRASE = new RegExp(
  String.raw`\b(?:[Aa]n?|[Tt]he)\s+(?:[a-z-]+\s+){0,3}?([a-z-]+)(?:\s+(?:for|of|in|at|near|on)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)?,\s+(?:(?:to be|which (?:will be|is|was)|that (?:will be|is|was))\s+)?(?:[a-z]+ed|built|run|led|written|drawn up|set up)\s+by\s+(?:(?:the\s+)?(?:[\p{L}'’-]+\s+){0,5}?[\p{L}'’-]+,\s+|(?:[a-z-]+\s+){1,3})?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$`,
  'u',
)
