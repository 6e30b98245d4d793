import { foldText, tokenize } from '../text/index.ts'
import { findMentions, type EntityType } from './entities.ts'
import { CAPITALS } from '../text/index.ts'
import { canonicalTerm } from '../text/index.ts'
import { findQuantities } from './quantities.ts'
import { conceptMatch, type Concept } from '../search/index.ts'
import { ROLE_WORD } from './question.ts'
import type { Sentence } from '../corpus/index.ts'
import { absolute, termsOf, type Candidate, type Extraction, type ExtractionContext } from './context.ts'
import { clause, describe, reason, statement } from './open-answers.ts'
import { choose, MAX_GAP, SURE_OWN, type Found, type Scored } from './choose.ts'
import { countsOtherEvent, countsSources, numberPart, unitFit } from './counts.ts'

export type { Candidate, DateMention, Extraction, ExtractionContext } from './context.ts'

/**
 * Answer extraction: from the passages that best cover a question, pick out
 * the thing of the kind asked for (a person, a number, a place, a list of
 * countries ...) nearest to the words the question and the sentence share.
 */


interface Anchor {
  start: number
  end: number
  /** Which concept of the question it says, and how well (1 for the word asked, less for a synonym). */
  concept: number
  match: number
}

/** Where in a sentence the question's concepts match, and how well. */
function anchorPositions(ctx: ExtractionContext, sentence: Sentence): Anchor[] {
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
function closeness(ctx: ExtractionContext, anchors: readonly Anchor[], span: { start: number; end: number }): number {
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

const MONEY_QUESTION = /\b(?:pay|paid|cost|costs|spend|spent|price|money|worth|fund(?:s|ing)?|budget|fee|fine|salary|wage)\b/
const MONEY = /[$€£¥₽]|\b(?:dollars?|euros?|pounds?|roubles?|rubles?|tenge|yuan|som|drams?|francs?|cents?|usd|eur|rub|kzt)\b/i
const MEASURES_A_PLACE = /\b(?:town|city|village|country|region|nation|province|district)\s+of\s+$/i
// Nouns for a place smaller than a country.
const SETTLEMENTS = new Set(['city', 'town', 'village', 'capital'])
// "in Geneva", "to the disputed Nagorno-Karabakh area", "from the Chkalovsky air base": a place something is in or goes to.
const LOCATIVE = /\b(?:in|at|to|into|near|inside|outside|towards?|via|for)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}$/
// "Where did they come from?": the place they left.
const SOURCE = /\b(?:from|out of)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}$/
// What a place gains after such a word, and loses without one.
const LOCATED = 0.15
// What a place named by every passage loses as an answer.
const COMMON_PLACE = 0.4

/** Ages given of people: "the 81-year-old", "Smailov, 49,", "aged 49", "49 years old". */
function findAges(text: string): Found[] {
  const found: Found[] = []
  for (const m of text.matchAll(/\b(\d{1,3})-year-old\b|\baged (\d{1,3})\b|\b(\d{1,3}) years old\b|\p{Lu}[\p{L}'’-]+, (\d{2}),/gu)) {
    const age = m[1] ?? m[2] ?? m[3] ?? m[4]!
    const start = m.index + m[0].indexOf(age)
    found.push({ text: `${age} years old`, start, end: start + age.length, key: age })
  }
  return found
}

const inQuestion = (ctx: ExtractionContext, text: string) => {
  const q = foldText(ctx.question.text)
  const t = foldText(text)
  return q.includes(t) || (t.split(/\s+/).length > 1 && t.split(/\s+/).every((w) => q.includes(w)))
}

function finder(ctx: ExtractionContext): (c: Candidate) => Found[] {
  const { question } = ctx
  const anchorsOf = (c: Candidate) => anchorPositions(ctx, c.sentence)
  const mentionsOf = (c: Candidate, types: EntityType[]) =>
    findMentions(c.sentence.text)
      .filter((m) => types.includes(m.type) && !inQuestion(ctx, m.text))
      .map((m) => ({ text: m.canonical, start: m.start, end: m.end, key: foldText(m.canonical) }))
  switch (question.kind) {
    case 'number': {
      if (question.focus === 'age') return (c) => findAges(c.sentence.text).filter((a) => !inQuestion(ctx, a.text))
      const wantsYears = /\byears?\b/.test(foldText(question.text))
      // "How much did they pay?": an amount of money, not a count of anything.
      const wantsMoney = MONEY_QUESTION.test(foldText(question.text))
      return (c) =>
        findQuantities(c.sentence.text)
          // "one of its neighbours": a number word with nothing counted is not an amount.
          .filter((q) => (!q.isYear || wantsYears) && !inQuestion(ctx, numberPart(q.text)) && (q.unit !== null || /\d/.test(q.text)))
          .filter((q) => !wantsMoney || MONEY.test(q.text))
          // "What percent ...?": a share, written as one.
          .filter((q) => question.focus !== 'percent' || /%|\bper ?cent\b/i.test(q.text))
          // A bare figure ("of which 19 were ...") counts what the question counts only where the sentence names it.
          .filter((q) => q.unit !== null || !ctx.focus || anchorsOf(c).some((a) => ctx.concepts[a.concept] === ctx.focus))
          // A figure answers "how many" better than "dozens", and counts what was asked about.
          // "How many troops" is never answered by a count of planes: a figure of something else is no candidate.
          .filter((q) => unitFit(ctx, q.unit) >= 0 && !countsOtherEvent(c.sentence.text.slice(q.end, q.end + 30), question.text))
          // "a town of about 110,000 people": a figure that measures a place is not a count of what happened there.
          .filter((q) => !MEASURES_A_PLACE.test(c.sentence.text.slice(Math.max(0, q.start - 25), q.start)))
          .map((q) => ({
            text: q.text,
            start: q.start,
            end: q.end,
            key: q.value === null ? foldText(q.text) : String(q.value),
            value: q.value ?? undefined,
            bonus: (q.value === null ? -0.1 : 0) + unitFit(ctx, q.unit) + (countsSources(c.sentence.text, q.start) ? -0.2 : 0),
          }))
    }
    case 'date':
      return (c) =>
        ctx
          .dates(c.article, c.sentence.index)
          .filter((d) => !inQuestion(ctx, d.phrase))
          .sort((a, b) => b.precision - a.precision)
          .map((d) => ({ text: d.display, start: d.start - c.sentence.start, end: d.end - c.sentence.start, key: d.display }))
    case 'place': {
      // "Which town ...?" is not answered by a country.
      const types: EntityType[] = question.focus && SETTLEMENTS.has(question.focus) ? ['place'] : ['place', 'country']
      const fromWhere = /\bfrom\s*$/.test(question.normalized)
      return (c) => {
        const named = mentionsOf(c, types).map((m) => {
          // "in Geneva", "to the disputed Nagorno-Karabakh area": a place the sentence puts something in or sends it to.
          // A place named as the sentence's subject, or in a list of members, is not where something happened.
          const located = (fromWhere ? SOURCE : LOCATIVE).test(c.sentence.text.slice(Math.max(0, m.start - 30), m.start))
          // A place most passages name is where the whole story happens, not the answer to where one thing did.
          const common = ctx.commonness(m.text)
          return { ...m, bonus: (located ? LOCATED : -LOCATED) - COMMON_PLACE * common, misfit: !located || common >= 0.5 }
        })
        if (named.length) return named
        // No named place: the phrase after "in"/"at" ("in twelve schools").
        return [...c.sentence.text.matchAll(/\b(?:in|at|inside|near)\s+((?:the\s+)?[\p{L}\d-]+(?:\s+(?!and\b|or\b|to\b|for\b|on\b)[\p{L}\d-]+){0,2})/gu)]
          .filter((m) => !inQuestion(ctx, m[1]!))
          .map((m) => ({ text: m[1]!, start: m.index + m[0].length - m[1]!.length, end: m.index + m[0].length, key: foldText(m[1]!) }))
      }
    }
    case 'countries':
      return (c) => [
        ...mentionsOf(c, ['country']),
        // A capital at the head of a clause speaks for its country: "Ankara itself wanted ...".
        ...findMentions(c.sentence.text)
          .filter((m) => CAPITALS.has(m.text) && /^\s+(?:itself\s+)?[a-z]+(?:ed|s)\b/.test(c.sentence.text.slice(m.end)))
          .map((m) => ({ text: `${CAPITALS.get(m.text)!} (${m.text})`, start: m.start, end: m.end, key: foldText(CAPITALS.get(m.text)!) }))
          .filter((m) => !inQuestion(ctx, m.text.replace(/ \(.*/, ''))),
      ]
    case 'organisation':
      return (c) => mentionsOf(c, ['organisation'])
    case 'person':
      return (c) =>
        ctx
          .people(c.article, c.sentence.index)
          // "Who replaced Masimov?" is not answered by Masimov, whatever his first name.
          .filter((m) => !inQuestion(ctx, m.person.name) && !inQuestion(ctx, m.text) && !inQuestion(ctx, m.person.name.split(/\s+/).at(-1)!))
          .map((m) => ({ m, fit: roleFit(ctx, c.sentence.text.slice(Math.max(0, m.start - 30), m.end), m.person.roles, c.article.title, ctx.passageTerms(c.id)) }))
          // "Who is the president of the United States?": a president of somewhere else is not the answer.
          .filter(({ fit }) => fit !== null)
          .map(({ m, fit }) => ({ text: withRole(m.person.name, m.person.roles, ctx), start: m.start, end: m.end, key: foldText(m.person.name.split(/\s+/).at(-1)!), bonus: fit! }))
    case 'other':
      return question.focus ? (c) => labelled(c, question.focus!) : () => []
    default:
      return () => []
  }
}

/** "Which article ...?": the focus noun written as a label with its number or name ("Article 51"). */
function labelled(c: Candidate, focus: string): Found[] {
  const noun = focus.replace(/s$/, '')
  const pattern = new RegExp(`\\b${noun}\\s+(?:\\d+[a-z]?|[IVXLC]+\\b|[A-Z][\\w-]*)`, 'gi')
  return [...c.sentence.text.matchAll(pattern)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length, key: foldText(m[0]) }))
}

const ROLE_WORD_GLOBAL = new RegExp(ROLE_WORD.source, 'gi')


/**
 * How well a person's roles fit the question: `null` when the question names
 * something (a country, an organisation) that neither the roles nor the words
 * just before the name ("Russian President ...") mention; otherwise a bonus for each question word the roles share, and
 * a penalty for a "former" post the question does not ask about.
 */
function roleFit(ctx: ExtractionContext, before: string, roles: readonly string[], title: string, passage: ReadonlySet<string>): number | null {
  const roleTerms = termsOf(ctx, roles.join(' '))
  // "the alliance's secretary general": the role names the organisation its article calls the alliance.
  if (ORGANISATION_DESCRIPTION.test(`${before} ${roles.join(' ')}`)) {
    const organisations = new Set(ctx.lexicon.phrases.values())
    for (const t of passage) if (organisations.has(t)) roleTerms.add(t)
  }
  const sentenceTerms = termsOf(ctx, before)
  const titleTerms = termsOf(ctx, title)
  const posts = termsOf(ctx, (ctx.question.text.match(ROLE_WORD_GLOBAL) ?? []).join(' '))
  // "Ukraine's President Zelensky" holds a post of another country than the one asked about.
  const elsewhere = [...findMentions(`${before} ${roles.join(' ')}`)].some((m) => m.type === 'country' && !ctx.concepts.some((c) => c.named && conceptMatch(c, termsOf(ctx, m.text)) > 0))
  for (const c of ctx.concepts) {
    // Only a question about a post ties the names it gives to the holder's role; the headline may say where
    // the post is ("Kazakhs vote ..." over "parliament approved X as the new prime minister"), unless the role names elsewhere.
    const required = posts.size > 0 && (c.named || c.terms.some((t) => posts.has(t.term)))
    const framed = c.named && !elsewhere && conceptMatch(c, titleTerms) > 0
    if (required && conceptMatch(c, roleTerms) === 0 && conceptMatch(c, sentenceTerms) === 0 && !framed) return null
  }
  const shared = ctx.concepts.filter((c) => conceptMatch(c, roleTerms) > 0).length
  const former = /\b(?:former|ex-|then-)/i.test(roles.join(' ')) && !/\b(?:former|ex-|was|then)\b/i.test(ctx.question.text)
  return Math.min(0.3, shared * 0.1) - (former ? 0.2 : 0)
}

function withRole(name: string, roles: string[], ctx: ExtractionContext): string {
  // The role that shares most words with the question is the one the user asked about.
  const q = new Set(tokenize(ctx.question.text).map((t) => canonicalTerm(ctx.lexicon, t.word)))
  const scored = roles.map((r) => ({ r, n: tokenize(r).filter((t) => q.has(canonicalTerm(ctx.lexicon, t.word))).length }))
  const best = scored.sort((a, b) => b.n - a.n)[0]
  return best && best.n > 0 ? `${name}, ${best.r}` : name
}

/**
 * Extracts the answer of the kind the question asks for from the candidates
 * (best first), or `null` when none of them holds one. The answer is marked
 * `sure` only when the engine would bet on it (see {@link choose}).
 */
export function extractAnswer(ctx: ExtractionContext, candidates: readonly Candidate[]): Extraction | null {
  const { question } = ctx
  if (candidates.length === 0) return null
  const best = Math.max(...candidates.map((c) => c.coverage))
  const strong = candidates.filter((c) => c.coverage >= best * 0.75)
  if (question.kind === 'description') return describe(ctx, strong)
  const find = finder(ctx)
  // A passage that holds a thing of the kind asked for may cover a little less of the question's words.
  // The question's rarest idea ("collapse" in "When did the Soviet Union collapse?") must be in the passage
  // the answer comes from: a date two words from "Soviet" in a sentence about something else is not the answer.
  // For a date, the event is the question's rarest idea; when some passage tells of it, the date comes from one that does.
  const key = question.kind === 'date' ? ctx.concepts.filter((c) => c.known).reduce<Concept | null>((a, c) => (!a || c.weight > a.weight ? c : a), null) : null
  const loose = candidates.filter((c) => c.coverage >= best * 0.55).slice(0, MAX_POOL)
  const telling = key ? loose.filter((c) => conceptMatch(key, termsOf(ctx, c.sentence.text)) > 0) : []
  const pool = telling.length ? telling : loose
  // "Which countries ...?" may have one answer: without a sentence that lists several, take the best one.
  const listed = question.kind === 'countries' && question.plural ? gather(pool, find) : null
  if (listed) return listed
  const scored: Scored[] = []
  const asks = questionArguments(ctx)
  for (const c of pool) {
    const anchors = anchorPositions(ctx, c.sentence)
    // "paid ... for the fuel" does not answer "pay for the marines": the sentence says the verb of something else.
    const elsewhere = conflicts(ctx, c.sentence.text, anchors, asks)
    const verb = question.subjectOf && SUBJECT_KINDS.has(question.kind) ? verbPositions(ctx, c.sentence.text, question.subjectOf) : []
    for (const found of find(c)) {
      // Standing as the verb's subject is as much a fit to the question as a role or a unit is.
      // "Who asked ...?" is not answered by a sentence under a heading that asks it ("Why did X ask for help?"):
      // without the verb in the sentence, nobody in it is shown to have asked.
      const unsaid = question.subjectOf !== null && SUBJECT_KINDS.has(question.kind) && verb.length === 0 && c.heading !== undefined && verbPositions(ctx, c.heading, question.subjectOf).length > 0
      const f = { ...found, bonus: (found.bonus ?? 0) + subjectFit(c.sentence.text, found, verb), misfit: found.misfit === true || elsewhere || unsaid }
      scored.push({ candidate: c, found: f, score: (c.coverage + c.own) / 2 + CLOSENESS * closeness(ctx, anchors, f) + f.bonus })
    }
  }
  const chosen = choose(scored, { disputed: question.kind === 'number', several: question.plural })
  if (chosen) return chosen
  if (question.kind === 'yesno') return statement(strong, question.text)
  if (/^why\b/i.test(question.text)) return reason(strong)
  if (question.kind === 'other' || question.kind === 'quote') return clause(ctx, strong)
  return null
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
function questionArguments(ctx: ExtractionContext): Argument[] {
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
function conflicts(ctx: ExtractionContext, text: string, anchors: readonly Anchor[], asks: readonly Argument[]): boolean {
  for (const a of asks) {
    for (const v of anchors.filter((x) => x.concept === a.verb)) {
      const after = new RegExp(`^(?:\\s+[\\p{L}\\d,.'’-]+){0,5}?\\s+${a.preposition}\\s+(?:the\\s+|a\\s+|an\\s+|its\\s+|their\\s+|his\\s+|her\\s+)?([\\p{L}-]+)`, 'u').exec(text.slice(v.end))
      if (!after) continue
      const term = canonicalTerm(ctx.lexicon, foldText(after[1]!))
      if (term !== null && conceptMatch(ctx.concepts[a.noun]!, new Set([term])) === 0) return true
    }
  }
  return false
}

const ORGANISATION_DESCRIPTION = /\b(?:alliance|bloc|organi[sz]ation|pact|grouping)\b/u

// Kinds of answer that can be the subject of the question's verb ("Which country wanted ...?").
const SUBJECT_KINDS = new Set(['person', 'countries', 'organisation'])
// What a thing written as the verb's subject gains, and one written after the verb loses.
const AS_SUBJECT = 0.15
const AFTER_VERB = 0.05

/** Where the sentence says the question's verb, in any form or word the question's concepts allow. */
function verbPositions(ctx: ExtractionContext, text: string, verb: string): { start: number; end: number }[] {
  const term = canonicalTerm(ctx.lexicon, verb)
  const concept = ctx.concepts.find((c) => (term !== null && conceptMatch(c, new Set([term])) > 0) || c.word.startsWith(`${verb}_`))
  if (!concept) return []
  const matches = tokenize(text).map((t) => {
    const own = canonicalTerm(ctx.lexicon, t.word)
    return { ...t, match: own === null ? 0 : conceptMatch(concept, new Set([own])) }
  })
  // The verb itself where the sentence has it ("request"), not a word merely like it ("demands").
  const best = Math.max(0, ...matches.map((m) => m.match))
  return best > 0 ? matches.filter((m) => m.match === best) : []
}

/**
 * "Which country wanted to send troops?" asks for the subject of "wanted": the
 * thing written just before the verb ("Ankara itself wanted ...") answers it,
 * one written after it ("... on the territory of Kazakhstan") does not.
 */
function subjectFit(text: string, f: Found, verbs: readonly { start: number; end: number }[]): number {
  const verb = verbs.find((v) => v.start >= f.end)
  if (verb && verb.start - f.end <= SUBJECT_REACH && !/[;:.]/.test(text.slice(f.end, verb.start))) return AS_SUBJECT
  return verbs.length && verbs.every((v) => v.end <= f.start) ? -AFTER_VERB : 0
}
// How far before its verb a subject may stand ("Tokayev, who took office in 2019, asked ...").
const SUBJECT_REACH = 80

// What standing among the question's words is worth, against what the passage covers.
const CLOSENESS = 0.4

// Passages past this many are not searched for an answer: one would have to beat all of them.
const MAX_POOL = 12

/**
 * "Which countries ...?": the list in the sentence that says the question
 * best ("Russia, Belarus and Armenia are contributing" under "Who sent
 * soldiers?"), each item cited there. Lists are not merged across sentences:
 * the members of an alliance and the countries that sent troops are two lists.
 */
function gather(candidates: readonly Candidate[], find: (c: Candidate) => Found[]): Extraction | null {
  let best: { c: Candidate; found: Found[]; says: number } | null = null
  for (const c of candidates) {
    const found = find(c)
    if (!enumerates(c.sentence.text, found)) continue
    // "The CSTO, which groups Russia, Belarus, ...": a list in a clause that describes something else is no answer
    // to what the question's verb asks, where a list the sentence is about ("Russia, Belarus ... are contributing") is.
    const aside = ASIDE.test(c.sentence.text.slice(0, found[0]!.start))
    const says = c.own - (aside ? ASIDE_COST : 0)
    if (!best || says > best.says || (says === best.says && c.rank > best.c.rank)) best = { c, found, says }
  }
  if (!best) return null
  const items = new Map<string, string>()
  for (const f of best.found) if (!items.has(f.key)) items.set(f.key, f.text)
  const { c, found } = best
  return {
    answer: joinList([...items.values()]),
    sources: [{ candidate: c, focus: absolute(c, { start: found[0]!.start, end: found.at(-1)!.end }) }],
    sure: c.own >= SURE_OWN && c.gap < MAX_GAP && !c.missesName,
  }
}

const ASIDE = /\b(?:which|that|who|whose)\s+(?:\w+\s+){0,2}$/
const ASIDE_COST = 0.15

/** True when two of the things found stand side by side in an enumeration ("Armenia, Belarus and Kyrgyzstan"). */
function enumerates(text: string, found: readonly Found[]): boolean {
  const sorted = [...found].sort((a, b) => a.start - b.start)
  return sorted.some((f, i) => i > 0 && f.key !== sorted[i - 1]!.key && /^\s*(?:,|and|or|, and|&|[–—/-])\s*$/.test(text.slice(sorted[i - 1]!.end, f.start)))
}

/** "a, b and c". */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
}
