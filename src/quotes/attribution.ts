/**
 * Who said a quotation: the attributing words after it ("..., said Hill"),
 * before it ("Hill said: ..."), "according to", an interview answer's tail, or
 * the speaker of the quotation just before; the speaker phrase resolved to a
 * person or body of the article.
 */
import {
  bodyName,
  bodyPerson,
  findPerson,
  NAME_RUN,
  personFor,
  REPORTING_VERBS,
  resolveBody,
  resolvePronoun,
  type People,
  type Person,
} from './mentions.ts'
import { lastQuoteBefore, nextQuoteOpen, type MarkedQuote } from './marks.ts'
import { isBodyName, splitRoleName } from './speakers.ts'
import type { Article, Span } from '../corpus/index.ts'

/** A quoted stretch found in an article, before it is attributed. */
export interface Found {
  quote: MarkedQuote
  /** The paragraph of the opening mark. */
  paragraph: number
  /** The offsets of that paragraph's quotation marks, shared by its quotations (empty for interview answers). */
  marks: readonly number[]
  answer: boolean
  tail: Span | null
}

/** A quotation with its speaker and the sentence that names them. */
export interface Attributed {
  found: Found
  person: Person
  attribution: Span
}

const V = `(?:${REPORTING_VERBS})`
const ADV = `(?:\\p{Ll}+ly\\s+|also\\s+|once\\s+|then\\s+|later\\s+)?`
const BODY_NP = `(?:[Tt]he|[Aa]n?)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:statement|ministry|department|spokes(?:man|woman|person)|government|embassy|report|office|alliance|kremlin|agency|committee|council|organi[sz]ation|press service|communiqu[eé]|announcement|declaration|letter|post|tweet)(?:\\s+(?:for|of|at)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)*)?`
const SPEAKER = `(he|she|He|She|${BODY_NP}|(?:[Tt]he\\s+)?${NAME_RUN.source}(?:[’']s\\s+[\\p{Ll}-]+(?:\\s+[\\p{Ll}-]+)?)?)`
const AFTER_VERB_FIRST = new RegExp(`^${V}\\s+${SPEAKER}`, 'u')
// A comma may close an appositive or a role written before the name ("The editor, Olga Petrova, said").
const AFTER_SPEAKER_FIRST = new RegExp(`^${SPEAKER}(?:,[^,.;“”"]{1,160},)?,?\\s+${ADV}${V}\\b`, 'u')
const BEFORE_SPEAKER_VERB = new RegExp(`${SPEAKER}(?:,[^,.;“”"]{1,160},)?,?\\s+${ADV}${V}(?:\\s+that)?\\s*[,:]?\\s*$`, 'u')
const ACCORDING_TO = /according to\s+([^,“”"]{2,200}?)\s*,/iu
const ANY_VERB = new RegExp(`\\b${V}\\b`, 'gu')
const SUBJECT_BEFORE = new RegExp(`${SPEAKER}(?:,[^,.;“”"]{1,160},)?\\s*${ADV}$`, 'u')

/**
 * Attributes an interview answer to the speaker its tail names ("— Fiona Hill").
 *
 * @example
 * ```ts
 * attributeTail(people, answer)?.person.name // => 'Fiona Hill'
 * ```
 */
export function attributeTail(people: People, f: Found): Attributed | null {
  const text = people.article.text
  const tail = f.tail!
  const person = speakerAt(people, text.slice(tail.start, tail.end), tail.start, true)
  return person && { found: f, person, attribution: sentenceSpan(people.article, tail.start) }
}

/**
 * Attributes a marked quotation: words after it, then words before it, then the previous speaker.
 *
 * @example
 * ```ts
 * // “We will stay,” said Ivan Petrov.
 * attributeMarked(people, found, null)?.person.name // => 'Ivan Petrov'
 * ```
 */
export function attributeMarked(people: People, f: Found, prev: Attributed | null): Attributed | null {
  const { article } = people
  const text = article.text
  const q = f.quote
  const closeAt = q.close ?? q.end
  const sOpen = sentenceAt(article, q.open)
  const sClose = sentenceAt(article, closeAt)
  const para = article.paragraphs[f.paragraph]!
  const nextMark = nextQuoteOpen(text, para, f.marks, closeAt + 1) ?? para.end
  const afterStart = closeAt + 1
  const afterEnd = Math.min(sClose?.end ?? para.end, nextMark)
  const after = text.slice(afterStart, afterEnd)
  const lead = /^[\s,.;:–—-]*/.exec(after)![0]
  const rest = after.slice(lead.length)
  const at = afterStart + lead.length
  for (const re of [AFTER_VERB_FIRST, AFTER_SPEAKER_FIRST]) {
    const m = re.exec(rest)
    if (!m) continue
    const speakerAtOffset = at + m[0].indexOf(m[1]!)
    const person = speakerAt(people, m[1]!, speakerAtOffset)
    if (person) return { found: f, person, attribution: sentenceSpan(article, speakerAtOffset) }
  }
  const prevClose = prevCloseBefore(text, para, f.marks, q.open)
  const beforeStart = Math.max(sOpen?.start ?? para.start, prevClose)
  const before = text.slice(beforeStart, q.open)
  const person = attributeBefore(people, before, beforeStart)
  if (person) return { found: f, person, attribution: sentenceSpan(article, q.open) }
  // A quotation opening its own sentence right after another continues that speaker.
  if (prev && before.trim() === '' && isRecent(article, prev, q.open)) return { found: f, person: prev.person, attribution: prev.attribution }
  return null
}

function attributeBefore(people: People, before: string, offset: number): Person | null {
  const direct = BEFORE_SPEAKER_VERB.exec(before)
  if (direct) return speakerAt(people, direct[1]!, offset + direct.index)
  const according = ACCORDING_TO.exec(before)
  if (according) {
    const runs = [...according[1]!.matchAll(NAME_RUN)]
    const last = runs.at(-1)
    const at = offset + according.index + according[0].indexOf(according[1]!)
    if (last) return speakerAt(people, last[0], at + last.index)
    return speakerAt(people, according[1]!, at)
  }
  // "X said he would “...”": the subject of the last reporting verb before the quotation.
  const verbs = [...before.matchAll(ANY_VERB)]
  for (let i = verbs.length - 1; i >= 0; i--) {
    const head = before.slice(0, verbs[i]!.index)
    const m = SUBJECT_BEFORE.exec(head)
    if (m) return speakerAt(people, m[1]!, offset + m.index)
  }
  return null
}

/** The person or body a speaker phrase at offset `at` names: a pronoun, "the statement", a name or a body. */
function speakerAt(people: People, phrase: string, at: number, lastRun = false): Person | null {
  const { article } = people
  const s = sentenceAt(article, at)?.index ?? 0
  const trimmed = phrase.trim()
  if (/^(?:he|she)$/i.test(trimmed)) return resolvePronoun(people, at, s, /^she$/i.test(trimmed) ? 'f' : 'm')
  if (/^(?:the|a|an)\s/i.test(trimmed) && !/^(?:the|a|an)\s+\p{Lu}/u.test(trimmed)) {
    // "a spokesman for the Kremlin" speaks for the Kremlin; "the statement" for the body last named.
    const named = /\s(?:for|of|at)\s+(?:the\s+)?(\p{Lu}.*)$/u.exec(trimmed)
    if (named) return bodyPerson(people, named[1]!)
    return resolveBody(people, at, s) ?? bodyPerson(people, capitalise(trimmed.replace(/^(?:the|a|an)\s+/i, '')))
  }
  const runs = [...trimmed.matchAll(NAME_RUN)]
  const run = lastRun ? runs.at(-1)?.[0] : runs[0]?.[0]
  if (!run) return null
  if (/[’']s\s+\p{Ll}/u.test(trimmed)) return bodyPerson(people, trimmed)
  const split = splitRoleName(run)
  if (!split) return isBodyName(run) ? bodyPerson(people, bodyName(run)) : null
  const person = findPerson(people, split.name) ?? personFor(people, split.name)
  person.role ??= split.role
  return person
}

function isRecent(article: Article, prev: Attributed, open: number): boolean {
  const prevEnd = prev.found.quote.close ?? prev.found.quote.end
  const a = sentenceAt(article, Math.max(prevEnd, prev.attribution.end - 1))?.index ?? -1
  const b = sentenceAt(article, open)?.index ?? -1
  return b >= 0 && b - a <= 1 && b - a >= 0
}

function prevCloseBefore(text: string, para: Span, marks: readonly number[], open: number): number {
  const last = lastQuoteBefore(text, para, marks, open)
  return last?.close != null ? last.close + 1 : para.start
}

/**
 * The sentence holding offset `at`, else the first one after it. Sentences are
 * in text order and do not overlap, so a binary search finds it.
 */
function sentenceAt(article: Article, at: number) {
  const sentences = article.sentences
  let lo = 0
  let hi = sentences.length
  // The first sentence starting after `at`; the one before it is the only one that can hold `at`.
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (sentences[mid]!.start <= at) lo = mid + 1
    else hi = mid
  }
  const holding = sentences[lo - 1]
  return holding && at < holding.end ? holding : (sentences[lo] ?? null)
}

function sentenceSpan(article: Article, at: number): Span {
  const s = sentenceAt(article, at)
  return s ? { start: s.start, end: s.end } : { start: at, end: at }
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}
