/**
 * Who said a quotation: the attributing words after it ("..., said Hill"),
 * before it ("Hill said: ..."), "according to", an interview answer's tail, or
 * the speaker of the quotation just before; the speaker phrase resolved to a
 * person or body of the article.
 */
import { NAME_RUN, type People, type Person } from './mentions.ts'
import { lastQuoteBefore, nextQuoteOpen, type MarkedQuote } from './marks.ts'
import { sentenceAt, sentenceSpan } from './sentences.ts'
import { ADV, APPOSITIVE, SPEAKER, speakerAt, V } from './speaker-phrase.ts'
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

const AFTER_VERB_FIRST = new RegExp(`^${V}\\s+${SPEAKER}`, 'du')
// A comma may close an appositive or a role written before the name ("The editor, Olga Petrova, said").
const AFTER_SPEAKER_FIRST = new RegExp(`^${SPEAKER}${APPOSITIVE}?,?\\s+${ADV}${V}\\b`, 'du')
const BEFORE_SPEAKER_VERB = new RegExp(`${SPEAKER}${APPOSITIVE}?,?\\s+${ADV}${V}(?:\\s+that)?\\s*[,:]?\\s*$`, 'du')
const ACCORDING_TO = /according to\s+([^,“”"]{2,200}?)\s*,(?:([^,.;“”"]{1,160}),)?/iud
const ANY_VERB = new RegExp(`\\b${V}\\b`, 'gu')
const SUBJECT_BEFORE = new RegExp(`${SPEAKER}${APPOSITIVE}?\\s*${ADV}$`, 'du')

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
  // Words after the quotation that attribute it to someone the article does not let us name ("the statement
  // said" of no statement named) leave it unattributed, rather than given to the speaker before.
  let named = false
  for (const re of [AFTER_VERB_FIRST, AFTER_SPEAKER_FIRST]) {
    const m = re.exec(rest)
    const person = m && fromMatch(people, m, at)
    if (person) return { found: f, person: person.person, attribution: sentenceSpan(article, person.at) }
    named ||= m !== null
  }
  const prevClose = prevCloseBefore(text, para, f.marks, q.open)
  const beforeStart = Math.max(sOpen?.start ?? para.start, prevClose)
  const before = text.slice(beforeStart, q.open)
  const person = attributeBefore(people, before, beforeStart)
  if (person) return { found: f, person, attribution: sentenceSpan(article, q.open) }
  // A quotation opening its own sentence right after another continues that speaker.
  if (prev && !named && before.trim() === '' && isRecent(article, prev, q.open)) return { found: f, person: prev.person, attribution: prev.attribution }
  return null
}

/** The speaker a regular-expression match names in its `sp` group (or its `app` appositive), and where. */
function fromMatch(people: People, m: RegExpExecArray, offset: number): { person: Person; at: number } | null {
  const [start] = m.indices!.groups!['sp']!
  const person = speakerAt(people, m.groups!['sp']!, offset + start, false, m.groups!['app'])
  return person && { person, at: offset + start }
}

function attributeBefore(people: People, before: string, offset: number): Person | null {
  const direct = BEFORE_SPEAKER_VERB.exec(before)
  if (direct) return fromMatch(people, direct, offset)?.person ?? null
  const according = ACCORDING_TO.exec(before)
  if (according) {
    const phrase = according[1]!
    const at = offset + according.indices![1]![0]
    const app = according[2]
    const runs = [...phrase.matchAll(NAME_RUN)]
    const last = runs.at(-1)
    if (last) return speakerAt(people, last[0], at + last.index!, false, app)
    return speakerAt(people, phrase, at, false, app)
  }
  // "X said he would “...”": the subject of the last reporting verb before the quotation.
  const verbs = [...before.matchAll(ANY_VERB)]
  for (let i = verbs.length - 1; i >= 0; i--) {
    const m = SUBJECT_BEFORE.exec(before.slice(0, verbs[i]!.index))
    if (m) return fromMatch(people, m, offset)?.person ?? null
  }
  return null
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
