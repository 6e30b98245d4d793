/**
 * Who said a quotation: the attributing words after it ("..., said Hill"),
 * before it ("Hill said: ..."), "according to", an interview answer's tail, or
 * the speaker of the quotation just before; the speaker phrase resolved to a
 * person or body of the article.
 */
import { NAME_RUN, type Mention, type People, type Person } from './mentions.ts'
import { mentionsBefore } from './person-index.ts'
import { lastQuoteBefore, nextQuoteOpen, type MarkedQuote } from './marks.ts'
import { sentenceAt, sentenceSpan } from './sentences.ts'
import { ADV, APPOSITIVE, POSSESSOR_OF_WORDS, SPEAKER, SPEAKER_OBJECT, speakerAt, V } from './speaker-phrase.ts'
import { NAMING_BEFORE } from './naming.ts'
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
  /** A transcript turn's speaker, as its label names them (see `labels.ts`). */
  label?: string
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
// "…," it quoted him as saying / the agency quoted Hill as saying: the one quoted speaks, not the outlet.
const QUOTED_AS = `(?:quoted|cited)\\s+${SPEAKER_OBJECT}\\s+as\\s+\\p{Ll}+ing\\b`
const PASSIVE = `${SPEAKER}\\s+(?:was|is|has\\s+been|had\\s+been)\\s+(?:quoted|cited)\\b(?:\\s+by\\s+[^“”"]{1,80}?)?\\s+as\\s+\\p{Ll}+ing\\b`
const QUOTED_AS_AFTER = new RegExp(`^(?:[^“”".;]{0,80}?\\s)?${QUOTED_AS}`, 'du')
const PASSIVE_AFTER = new RegExp(`^${SPEAKER}\\s+(?:was|is|has\\s+been|had\\s+been)\\s+(?:quoted|cited)\\b`, 'du')
const QUOTED_AS_BEFORE = new RegExp(`(?:${QUOTED_AS}|${PASSIVE.replace('(?<sp>', '(?<sp2>')})(?:\\s+that)?[^“”"]{0,200}$`, 'du')
const BEFORE_SPEAKER_VERB = new RegExp(`${SPEAKER}${APPOSITIVE}?,?\\s+${ADV}${V}(?:\\s+that)?\\s*[,:]?\\s*$`, 'du')
const WORDS_OF_BEFORE = new RegExp(POSSESSOR_OF_WORDS, 'du')
const ACCORDING_TO = /according to\s+([^,“”"]{2,200}?)\s*,(?:([^,.;“”"]{1,160}),)?/diu
const ANY_VERB = new RegExp(`\\b${V}\\b`, 'gu')
const PARTICIPLE = /,\s+(?:saying|adding|warning|noting|arguing|insisting|stressing|explaining|declaring|writing)\b[^“”"]{0,200}$/u
// The subject opening a clause, after an opening phrase ("In his speech on Monday, Tokayev turned on ...").
const CLAUSE_SUBJECT = new RegExp(`^(?:[^,“”"]{1,80},\\s+)?${SPEAKER}${APPOSITIVE}?\\s+\\p{Ll}`, 'du')
const SUBJECT_BEFORE = new RegExp(`${SPEAKER}${APPOSITIVE}?\\s*${ADV}$`, 'du')

/**
 * Attributes an interview answer to the speaker its tail names ("— Fiona Hill").
 *
 * @example
 * ```ts
 * attributeTail(people, answer)?.person.name // => 'Fiona Hill'
 * ```
 */
export function attributeLabel(people: People, f: Found): Attributed | null {
  const person = speakerAt(people, f.label!, f.tail!.start, true)
  return person && { found: f, person, attribution: f.tail! }
}

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
  // “... the port?” Koss told reporters.: a quotation ending in ? or ! ends its sentence, and the
  // attribution is the sentence after it.
  const asked = sClose !== null && sClose !== undefined && sClose.end <= afterStart && /[?!]\s*$/.test(text.slice(q.open, closeAt))
  const following = asked ? article.sentences.find((s) => s.start >= afterStart && s.paragraph === sClose.paragraph) : undefined
  const afterEnd = Math.min(following?.end ?? sClose?.end ?? para.end, nextMark)
  const after = text.slice(afterStart, afterEnd)
  const lead = /^[\s,.;:–—-]*/.exec(after)![0]
  const rest = after.slice(lead.length)
  const at = afterStart + lead.length
  // Words after the quotation that attribute it to someone the article does not let us name ("the statement
  // said" of no statement named) leave it unattributed, rather than given to the speaker before.
  let named = false
  // "… remarked that “…”; Moscow's foreign ministry hit back": after a semicolon another clause begins, no attribution.
  for (const re of /;/.test(lead) ? [] : [QUOTED_AS_AFTER, PASSIVE_AFTER, AFTER_VERB_FIRST, AFTER_SPEAKER_FIRST]) {
    const m = re.exec(rest)
    const person = m && fromMatch(people, m, at)
    if (person) return { found: f, person: person.person, attribution: sentenceSpan(article, person.at) }
    named ||= m !== null
  }
  const prevClose = prevCloseBefore(text, para, f.marks, q.open)
  const beforeStart = Math.max(sOpen?.start ?? para.start, prevClose)
  // A Markdown block quotation ("> “…”") opens its paragraph as surely as the mark would.
  const before = text.slice(beforeStart, q.open).replace(BLOCK_QUOTE, (m) => ' '.repeat(m.length))
  const person = attributeBefore(people, before, beforeStart)
  if (person) return { found: f, person, attribution: sentenceSpan(article, q.open) }
  if (before.trim() !== '' || named) return null
  // A quotation opening its own sentence right after another continues that speaker.
  if (prev && isRecent(article, prev, q.open)) return { found: f, person: prev.person, attribution: prev.attribution }
  // A quotation opening its own paragraph: the paragraph before introduces its speaker.
  if (text.slice(para.start, q.open).replace(BLOCK_QUOTE, '').trim() === '') return introducedBefore(people, f)
  return null
}

/** The speaker a regular-expression match names in its `sp` (or `sp2`) group, and where. */
function fromMatch(people: People, m: RegExpExecArray, offset: number): { person: Person; at: number } | null {
  const key = m.groups!['sp'] !== undefined ? 'sp' : 'sp2'
  const [start] = m.indices!.groups![key]!
  const person = speakerAt(people, m.groups![key]!, offset + start, false, m.groups!['app'])
  return person && { person, at: offset + start }
}

function attributeBefore(people: People, before: string, offset: number): Person | null {
  for (const re of [QUOTED_AS_BEFORE, WORDS_OF_BEFORE, BEFORE_SPEAKER_VERB, NAMING_BEFORE]) {
    const m = re.exec(before)
    if (m) return fromMatch(people, m, offset)?.person ?? null
  }
  const according = ACCORDING_TO.exec(before)
  if (according) {
    const phrase = according[1]!
    const at = offset + according.indices![1]![0]
    const app = according[2]
    const runs = [...phrase.matchAll(NAME_RUN)]
    const last = runs.at(-1)
    if (last) return speakerAt(people, last[0], at + last.index, false, app)
    return speakerAt(people, phrase, at, false, app)
  }
  // "X said he would “...”": the subject of the last reporting verb before the quotation.
  const verbs = [...before.matchAll(ANY_VERB)]
  for (let i = verbs.length - 1; i >= 0; i--) {
    const m = SUBJECT_BEFORE.exec(before.slice(0, verbs[i]!.index))
    if (m) return fromMatch(people, m, offset)?.person ?? null
  }
  // "X turned on his predecessor, saying his rule had produced “...”": the subject of the clause the participle hangs on.
  const participle = PARTICIPLE.exec(before)
  const subject = participle && CLAUSE_SUBJECT.exec(before.slice(0, participle.index))
  return subject ? (fromMatch(people, subject, offset)?.person ?? null) : null
}

/**
 * The speaker of a quotation that has a paragraph to itself: the one the
 * paragraph before ends by introducing ("Petrov said:"), or the subject of a
 * reporting verb in its last sentence ("Petrov told reporters that ...").
 */
function introducedBefore(people: People, f: Found): Attributed | null {
  const { article, mentions } = people
  const prevPara = article.paragraphs[f.paragraph - 1]
  const last = prevPara && sentenceAt(article, prevPara.end - 1)
  if (!last || last.paragraph !== f.paragraph - 1) return null
  const attribution = { start: last.start, end: last.end }
  const colon = /:\s*$/.test(last.text)
  const direct = colon ? attributeBefore(people, last.text, last.start) : null
  if (direct) return { found: f, person: direct, attribution }
  const here: Mention[] = []
  for (let i = mentionsBefore(mentions, last.end) - 1; i >= 0 && mentions[i]!.sentence >= last.index; i--)
    if (mentions[i]!.sentence === last.index && !mentions[i]!.possessive) here.unshift(mentions[i]!)
  // "Petrov told reporters that ...", or "Petrov visited the site and said:".
  const pick = here.find((m) => m.subject) ?? (colon ? here.find((m) => m.person.kind === 'person') : undefined)
  if (pick) return { found: f, person: pick.person, attribution }
  // "Petrov said ... . He then offered a warning.": the pronoun is the one the sentence before reported speaking, when
  // nobody else is named after them and the quotation stands alone in its paragraph.
  if (!PRONOUN_LEAD.test(last.text) || here.length > 0) return null
  const paragraph = article.paragraphs[f.paragraph]!
  const after = article.text.slice(f.quote.close ?? f.quote.end, paragraph.end)
  if (/[\p{L}\p{N}]/u.test(after)) return null
  // "Tokayev made an address. He said he had ordered …. He dismissed calls for talks:": back through the
  // sentences that go on with the pronoun, to the one that names him.
  let named = last.index - 1
  while (named > last.index - MAX_PRONOUN_CHAIN && PRONOUN_LEAD.test(article.sentences[named]?.text ?? '')) named--
  // The one named may be a speaker already, or, when the sentence before the quotation introduces it with a colon
  // ("He dismissed calls for talks:"), the subject the chain's first sentence opens with ("Mayor Ivan Petrov spoke …").
  const opens = (m: Mention) => {
    if (!colon) return false
    const s = article.sentences[m.sentence]!
    return m.sentence === named && TITLES_ONLY.test(article.text.slice(s.start, m.start))
  }
  let reported: Mention | undefined
  for (let i = mentionsBefore(mentions, last.start) - 1; i >= 0 && mentions[i]!.sentence >= named && !reported; i--) {
    const m = mentions[i]!
    if ((m.subject || opens(m)) && m.person.kind === 'person' && !m.possessive) reported = m
  }
  return reported ? { found: f, person: reported.person, attribution } : null
}

const PRONOUN_LEAD = /^(?:he|she)\b/i
const BLOCK_QUOTE = /^\s*>\s*/
const TITLES_ONLY = /^(?:\p{Lu}[\p{L}.-]*\s+){0,3}$/u
// How many sentences a pronoun may go on from the one that names its speaker.
const MAX_PRONOUN_CHAIN = 4

function isRecent(article: Article, prev: Attributed, open: number): boolean {
  const prevEnd = prev.found.quote.close ?? prev.found.quote.end
  const a = sentenceAt(article, Math.max(prevEnd, prev.attribution.end - 1))?.index ?? -1
  const b = sentenceAt(article, open)?.index ?? -1
  return b >= 0 && b - a <= 1 && b - a >= 0
}

function prevCloseBefore(text: string, para: Span, marks: readonly number[], open: number): number {
  const last = lastQuoteBefore(text, para, marks, open)
  // A word or two in marks ("20,000 “bandits” had attacked") is a term quoted, not a quotation: the words before it
  // still say who speaks next ("He claimed that … and declared: “…”").
  if (last?.close != null && SCARE_QUOTE.test(text.slice(last.start, last.end)) && !OTHER_CLAUSE.test(text.slice(last.close, open)))
    return prevCloseBefore(text, para, marks, last.open)
  return last?.close != null ? last.close + 1 : para.start
}
const SCARE_QUOTE = /^[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2}$/u
// A clause of someone else between the term and the quotation ("… “going nowhere” but Orlov disagreed: “…”").
const OTHER_CLAUSE = /\b(?:but|while|whereas|although|though)\b|;/i
