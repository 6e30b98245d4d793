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
import { countsOtherEvent, countsSources, numberPart, unitFit } from './counts.ts'

export type { Candidate, DateMention, Extraction, ExtractionContext } from './context.ts'

/**
 * Answer extraction: from the passages that best cover a question, pick out
 * the thing of the kind asked for (a person, a number, a place, a list of
 * countries ...) nearest to the words the question and the sentence share.
 */

interface Found {
  /** A little extra for a reading that fits the question's form (a place after "in"). */
  bonus?: number
  text: string
  /** Offsets within the sentence. */
  start: number
  end: number
  key: string
}

interface Anchor {
  start: number
  end: number
  /** 1 for the question's rarest word, less for commoner words and for synonyms. */
  weight: number
}

/** Where in a sentence the question's concepts match, and how well. */
function anchorPositions(ctx: ExtractionContext, sentence: Sentence): Anchor[] {
  const anchors: Anchor[] = []
  // A rare word of the question ("Hungarian") pins the answer more than a common one ("Soviet").
  const heaviest = Math.max(1e-9, ...ctx.concepts.map((c) => c.weight))
  for (const token of tokenize(sentence.text)) {
    const term = canonicalTerm(ctx.lexicon, token.word)
    if (term === null) continue
    const terms = new Set([term])
    const weight = Math.max(0, ...ctx.concepts.map((c) => conceptMatch(c, terms) * (0.5 + (0.5 * c.weight) / heaviest)))
    if (weight > 0) anchors.push({ start: token.start, end: token.end, weight })
  }
  return anchors
}

/** 0..1: how close a found thing stands to the question's words in its sentence (about six characters a word). */
function closeness(anchors: Anchor[], span: { start: number; end: number }): number {
  let best = 0
  for (const a of anchors) {
    const gap = a.end <= span.start ? span.start - a.end : a.start >= span.end ? a.start - span.end : 0
    best = Math.max(best, a.weight / (1 + gap / 18))
  }
  return best
}

const inQuestion = (ctx: ExtractionContext, text: string) => {
  const q = foldText(ctx.question.text)
  const t = foldText(text)
  return q.includes(t) || (t.split(/\s+/).length > 1 && t.split(/\s+/).every((w) => q.includes(w)))
}

function finder(ctx: ExtractionContext): (c: Candidate) => Found[] {
  const { question } = ctx
  const mentionsOf = (c: Candidate, types: EntityType[]) =>
    findMentions(c.sentence.text)
      .filter((m) => types.includes(m.type) && !inQuestion(ctx, m.text))
      .map((m) => ({ text: m.canonical, start: m.start, end: m.end, key: foldText(m.canonical) }))
  switch (question.kind) {
    case 'number': {
      const wantsYears = /\byears?\b/.test(foldText(question.text))
      return (c) =>
        findQuantities(c.sentence.text)
          // "one of its neighbours": a number word with nothing counted is not an amount.
          .filter((q) => (!q.isYear || wantsYears) && !inQuestion(ctx, numberPart(q.text)) && (q.unit !== null || /\d/.test(q.text)))
          // A figure answers "how many" better than "dozens", and counts what was asked about.
          // "How many troops" is never answered by a count of planes: a figure of something else is no candidate.
          .filter((q) => unitFit(ctx, q.unit) >= 0 && !countsOtherEvent(c.sentence.text.slice(q.end, q.end + 30), question.text))
          .map((q) => ({ text: q.text, start: q.start, end: q.end, key: q.text, bonus: (q.value === null ? -0.1 : 0) + unitFit(ctx, q.unit) + (countsSources(c.sentence.text, q.start) ? -0.2 : 0) }))
    }
    case 'date':
      return (c) =>
        ctx
          .dates(c.article, c.sentence.index)
          .filter((d) => !inQuestion(ctx, d.phrase))
          .sort((a, b) => b.precision - a.precision)
          .map((d) => ({ text: d.display, start: d.start - c.sentence.start, end: d.end - c.sentence.start, key: d.display }))
    case 'place':
      return (c) => {
        const named = mentionsOf(c, ['place', 'country']).map((m) => ({
          ...m,
          // "in Geneva", "to the disputed Nagorno-Karabakh area": a place the sentence puts something in or sends it to.
          bonus: /\b(?:in|at|to|into|near|inside)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}$/.test(c.sentence.text.slice(Math.max(0, m.start - 30), m.start)) ? 0.1 : 0,
        }))
        if (named.length) return named
        // No named place: the phrase after "in"/"at" ("in twelve schools").
        return [...c.sentence.text.matchAll(/\b(?:in|at|inside|near)\s+((?:the\s+)?[\p{L}\d-]+(?:\s+(?!and\b|or\b|to\b|for\b|on\b)[\p{L}\d-]+){0,2})/gu)]
          .filter((m) => !inQuestion(ctx, m[1]!))
          .map((m) => ({ text: m[1]!, start: m.index + m[0].length - m[1]!.length, end: m.index + m[0].length, key: foldText(m[1]!) }))
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
          .filter((m) => !inQuestion(ctx, m.person.name) && !inQuestion(ctx, m.text))
          .map((m) => ({ m, fit: roleFit(ctx, c.sentence.text.slice(Math.max(0, m.start - 30), m.end), m.person.roles) }))
          // "Who is the president of the United States?": a president of somewhere else is not the answer.
          .filter(({ fit }) => fit !== null)
          .map(({ m, fit }) => ({ text: withRole(m.person.name, m.person.roles, ctx), start: m.start, end: m.end, key: foldText(m.person.name), bonus: fit! }))
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
function roleFit(ctx: ExtractionContext, before: string, roles: readonly string[]): number | null {
  const roleTerms = termsOf(ctx, roles.join(' '))
  const sentenceTerms = termsOf(ctx, before)
  const posts = termsOf(ctx, (ctx.question.text.match(ROLE_WORD_GLOBAL) ?? []).join(' '))
  for (const c of ctx.concepts) {
    // Only a question about a post ties the names it gives to the holder's role.
    const required = posts.size > 0 && (c.named || c.terms.some((t) => posts.has(t.term)))
    if (required && conceptMatch(c, roleTerms) === 0 && conceptMatch(c, sentenceTerms) === 0) return null
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
 * (best first), or `null` when none of them holds one.
 */
export function extractAnswer(ctx: ExtractionContext, candidates: readonly Candidate[]): Extraction | null {
  const { question } = ctx
  if (candidates.length === 0) return null
  const best = candidates[0]!.coverage
  const strong = candidates.filter((c) => c.coverage >= best * 0.75)
  if (question.kind === 'description') return describe(ctx, strong)
  const find = finder(ctx)
  // A passage that holds a thing of the kind asked for may cover a little less of the question's words.
  // The question's rarest idea ("collapse" in "When did the Soviet Union collapse?") must be in the passage
  // the answer comes from: a date two words from "Soviet" in a sentence about something else is not the answer.
  // For a date, the event is the question's rarest idea; when some passage tells of it, the date comes from one that does.
  const key = question.kind === 'date' ? ctx.concepts.filter((c) => c.known).reduce<Concept | null>((a, c) => (!a || c.weight > a.weight ? c : a), null) : null
  const loose = candidates.filter((c) => c.coverage >= best * 0.55)
  const telling = key ? loose.filter((c) => conceptMatch(key, termsOf(ctx, c.sentence.text)) > 0) : []
  const pool = telling.length ? telling : loose
  // "Which countries ...?" may have one answer: without a sentence that lists several, take the best one.
  const listed = question.kind === 'countries' && question.plural ? gather(ctx, pool, find) : null
  if (listed) return listed
  let choice: { c: Candidate; f: Found; score: number } | null = null
  for (const c of pool) {
    const anchors = anchorPositions(ctx, c.sentence)
    for (const f of find(c)) {
      const score = c.coverage + 0.3 * closeness(anchors, f) + (f.bonus ?? 0)
      if (!choice || score > choice.score) choice = { c, f, score }
    }
  }
  if (choice) return { answer: choice.f.text, sources: [{ candidate: choice.c, focus: absolute(choice.c, choice.f) }] }
  if (question.kind === 'yesno') return statement(strong)
  if (/^why\b/i.test(question.text)) return reason(strong)
  if (question.kind === 'other' || question.kind === 'quote') return clause(ctx, strong)
  return null
}



/** A list merged across passages ("which countries ..."), each item cited where it was found. */
function gather(ctx: ExtractionContext, candidates: readonly Candidate[], find: (c: Candidate) => Found[]): Extraction | null {
  const items = new Map<string, string>()
  const sources: Extraction['sources'] = []
  const best = candidates[0]?.coverage ?? 0
  // Only sentences that list several of them, and are about what was asked, contribute to a list.
  const listing = candidates.filter((c) => c.coverage >= best * 0.75 && enumerates(c.sentence.text, find(c)))
  for (const c of listing) {
    const found = find(c).filter((f) => !items.has(f.key))
    if (found.length === 0) continue
    for (const f of found) items.set(f.key, f.text)
    sources.push({ candidate: c, focus: absolute(c, { start: found[0]!.start, end: found.at(-1)!.end }) })
  }
  if (items.size === 0) return null
  return { answer: joinList([...items.values()]), sources }
}

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
