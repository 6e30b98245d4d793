/**
 * Bodies that speak without their name: "the ministry wrote", "the office
 * said", "the group warned", "the statement said". The body is the one the
 * article named before with the same head noun ("the Velmar foreign ministry",
 * "monitoring group LinkWatch"), named as the article names it; a document's
 * words are its author's.
 */
import { bodyPerson, resolveBody, type Mention, type People, type Person } from './mentions.ts'
import { mentionsBefore } from './person-index.ts'

/** Nouns of bodies that speak ("the ministry said"), as regular-expression alternatives. */
export const INSTITUTION_NOUNS =
  'ministry|department|office|government|embassy|agency|committee|council|alliance|kremlin|organi[sz]ation|press service|service|group|company|operator|administration|presidency|commission|bloc|party'
/** Nouns of what a body or person issues ("the statement said"). */
export const DOCUMENT_NOUNS = 'statement|report|communiqu[eé]|announcement|declaration|letter|post|tweet|message|press release'

const INSTITUTION = new RegExp(`^(?:${INSTITUTION_NOUNS})$`, 'i')
const DOCUMENT = new RegExp(`^(?:${DOCUMENT_NOUNS})$`, 'i')
const DETERMINERS = new Set('the a an its his her their our this that these those'.split(' '))
// How far back "the ministry" looks for the ministry it refers to.
const ANTECEDENT_SENTENCES = 15
const CAPITALISED = /^\p{Lu}/u
const NAME_AFTER = /^\s+(\p{Lu}[\p{L}\p{M}\p{N}’'.-]*(?:\s+\p{Lu}[\p{L}\p{M}\p{N}’'.-]*){0,3})/u
const OF_NAME = /^\s+of\s+((?:the\s+)?\p{Lu}[\p{L}\p{M}’'-]*(?:\s+(?:(?:of|the|and|for)\s+)*\p{Lu}[\p{L}\p{M}’'-]*)*)/u

/**
 * True when a speaker phrase ends in a body noun or a document noun written in
 * lower case ("the ministry", "the Velmar foreign ministry", "the statement").
 *
 * @example
 * ```ts
 * isBodyPhrase('the foreign ministry') // => true
 * isBodyPhrase('Ivan Petrov') // => false
 * ```
 */
export function isBodyPhrase(phrase: string): boolean {
  const head = phrase.trim().split(/\s+/).at(-1) ?? ''
  return /^\p{Ll}/u.test(head) && (INSTITUTION.test(head) || DOCUMENT.test(head))
}

/**
 * The body (or, for a document, the author) a lowercase body phrase at offset
 * `at` of sentence `sentence` refers to, or `null` when the article gives
 * nothing for it to refer to.
 *
 * @example
 * ```ts
 * // "In a post, the Velmar foreign ministry accused him. “…,” the ministry wrote."
 * resolveBodyPhrase(people, 'the ministry', at, s)?.name // => 'Velmar Foreign Ministry'
 * ```
 */
export function resolveBodyPhrase(people: People, phrase: string, at: number, sentence: number): Person | null {
  const words = phrase.trim().split(/\s+/)
  while (words.length && DETERMINERS.has(words[0]!.toLowerCase())) words.shift()
  const head = words.at(-1)!
  const qualifiers = words.slice(0, -1)
  if (DOCUMENT.test(head)) return documentAuthor(people, head, at, sentence)
  // "the Velmar foreign ministry said": the phrase names the body itself.
  if (qualifiers.some((w) => CAPITALISED.test(w))) return bodyPerson(people, titleCase(words))
  const named = antecedent(people, head, qualifiers, at, sentence)
  if (named) return bodyPerson(people, named)
  if (qualifiers.length) return bodyPerson(people, titleCase(words))
  const near = resolveBody(people, at, sentence)
  return near && near.name.toLowerCase().includes(head.toLowerCase()) ? near : null
}

/**
 * The name of the body "the HEAD" refers to: the nearest earlier phrase with
 * that head noun that names it, by a capitalised qualifier ("the Velmar
 * foreign ministry", "Dorvik's presidential office"), an "of ..." ("the
 * Ministry of Defence of Velmar") or a name after it ("group LinkWatch").
 */
function antecedent(people: People, head: string, qualifiers: string[], at: number, sentence: number): string | null {
  const { text, sentences } = people.article
  const from = sentences[Math.max(0, sentence - ANTECEDENT_SENTENCES)]?.start ?? 0
  const region = text.slice(from, at)
  const found = [...region.matchAll(new RegExp(`\\b${escape(head)}\\b`, 'giu'))]
  for (let i = found.length - 1; i >= 0; i--) {
    const m = found[i]!
    const start = from + m.index
    const end = start + m[0].length
    const after = text.slice(end, Math.min(text.length, end + 200))
    const left = leftQualifiers(text.slice(Math.max(from, start - 200), start))
    const all = [...left, m[0]]
    if (!qualifiers.every((q) => all.some((w) => w.toLowerCase() === q.toLowerCase()))) continue
    const name = /^\p{Ll}/u.test(m[0]) ? NAME_AFTER.exec(after) : null
    if (name) return name[1]!
    const of = OF_NAME.exec(after)
    if (of && CAPITALISED.test(m[0])) return titleCase(all) + ` of ${of[1]!}`
    if (left.some((w) => CAPITALISED.test(w))) return titleCase(all)
  }
  return null
}

/**
 * The words written right before a head noun that qualify it: up to two
 * lowercase words after up to four capitalised ones ("Velmar foreign",
 * "Dorvik’s presidential"), stopping at punctuation or a determiner.
 */
function leftQualifiers(before: string): string[] {
  const tokens = before.split(/\s+/)
  if (!/\s$/.test(before)) return []
  tokens.pop()
  const out: string[] = []
  let lower = 0
  let upper = 0
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i]!
    if (!t || /[,.;:!?()“”"«»]$/.test(t) || DETERMINERS.has(t.toLowerCase())) break
    if (CAPITALISED.test(t)) {
      if (++upper > 4) break
    } else if (upper > 0 || ++lower > 2 || !/^[\p{Ll}-]+$/u.test(t)) break
    out.unshift(t)
  }
  // Lowercase words with no capitalised one before them are a verb's or an adjective's, not a name's.
  while (out.length && !CAPITALISED.test(out[0]!)) out.shift()
  return out
}

/**
 * Who issued "the statement": the speaker, or else the body or person, named
 * in the nearest sentence of the last few that mentions a statement; else the
 * nearest body.
 */
function documentAuthor(people: People, head: string, at: number, sentence: number): Person | null {
  const { sentences, text } = people.article
  const mentions = people.mentions
  const noun = new RegExp(`\\b${escape(head)}\\b`, 'i')
  // Mentions are in text order: walk back from `at` one sentence at a time.
  let i = mentionsBefore(mentions, at) - 1
  for (let s = sentence; s >= Math.max(0, sentence - 3); s--) {
    const here: Mention[] = []
    for (; i >= 0 && mentions[i]!.sentence >= s; i--) if (mentions[i]!.sentence === s && !mentions[i]!.possessive) here.unshift(mentions[i]!)
    // "The announcement, Goodwin told the paper, suggested …": who issued it may be named after the noun.
    if (s === sentence) here.push(...laterInSentence(mentions, at, s))
    const words = s === sentence ? text.slice(sentences[s]!.start, at) : sentences[s]!.text
    if (s !== sentence && !noun.test(words)) continue
    const pick = here.find((m) => m.subject) ?? here.find((m) => m.person.kind === 'body') ?? here[0]
    if (pick) return pick.person
  }
  return resolveBody(people, at, sentence)
}

function laterInSentence(mentions: readonly Mention[], at: number, sentence: number): Mention[] {
  const out: Mention[] = []
  for (let i = mentionsBefore(mentions, at); i < mentions.length && mentions[i]!.sentence === sentence; i++)
    if (mentions[i]!.subject && !mentions[i]!.possessive) out.push(mentions[i]!)
  return out
}

function titleCase(words: string[]): string {
  return words.map((w) => (/^\p{Ll}/u.test(w) ? w.charAt(0).toUpperCase() + w.slice(1) : w)).join(' ')
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
