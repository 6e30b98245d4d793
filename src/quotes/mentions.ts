/**
 * The people and bodies an article mentions outside its quotations, where, and
 * with what role; and the resolution of "he", "she" and "the statement" to the
 * person or body they refer to.
 */
import { isBodyName, nameGender, roleGender, sameSpeaker, sameSurname, splitRoleName, surname } from './speakers.ts'
import { roleAround } from './roles.ts'
import { REPORTING_VERBS } from './verbs.ts'
import { bodyNamed, maskTest, mentionsBefore, mentionsUpTo, namesEndingLike, noteVariant, personsNamed } from './person-index.ts'
import type { Article, Sentence, Span } from '../corpus/index.ts'
import { MONTHS, WEEKDAYS } from '../text/index.ts'

export { REPORTING_VERBS } from './verbs.ts'

/** A person or body of one article. */
export interface Person {
  /** The most used full spelling in the article. */
  name: string
  /** Every full spelling seen, with how often. */
  variants: Map<string, number>
  /** Every way the article writes the name, bare surnames included ("Yertysbayev"). */
  aliases: Set<string>
  role: string | null
  gender: 'f' | 'm' | null
  kind: 'person' | 'body'
}

/** One place an article names a person or body (or refers to one by pronoun). */
export interface Mention {
  person: Person
  start: number
  end: number
  sentence: number
  /** Subject of a reporting verb ("Hill said", "said Hill", "according to Hill"). */
  subject: boolean
  possessive: boolean
}

/** The people of one article and their mentions, in text order. */
export interface People {
  article: Article
  persons: Person[]
  mentions: Mention[]
}

/** A capitalised run: name tokens joined by the small words of titles ("Head of the Council"). */
export const NAME_RUN =
  /\p{Lu}(?:[\p{L}\p{M}’'-]|\.(?=\p{L}))*(?:\s+(?:(?:of|the|for|at|under|de|van|von|der|al|bin|da|di|du|le|la)\s+)*\p{Lu}(?:[\p{L}\p{M}’'-]|\.(?=\p{L}))*)*/gu

const WEEKDAY_FIRST = new RegExp(`^(?:${WEEKDAYS.join('|')})`, 'iu')
const DAY_WORD = new RegExp(`^(?:${[...MONTHS, ...WEEKDAYS].join('|')})\\s+(?=\\p{Lu})`, 'u')
const VERB_AFTER = new RegExp(`^(?:,[^,.;“”"]{1,160},)?,?\\s*(?:\\p{Ll}+ly\\s+|also\\s+|once\\s+|then\\s+)?(?:${REPORTING_VERBS})\\b`, 'u')
// "said Hill" makes Hill the speaker; "told Al Jazeera" and "asked Hill" make them the one spoken to.
const INVERTING_VERBS = REPORTING_VERBS.split('|')
  .filter((v) => !/^(?:told|tells|asked|asks)$/.test(v))
  .join('|')
const VERB_BEFORE = new RegExp(`\\b(?:${INVERTING_VERBS})\\s*$`)
const ADDRESSEE = /\b(?:told|tells|asked|asks)\s+(?:the\s+)?$/
const ANY_REPORTING = new RegExp(`\\b(?:${REPORTING_VERBS})\\b`)
const PRONOUN_SUBJECT = new RegExp(`\\b(he|she|He|She)\\s+(?:\\p{Ll}+ly\\s+|also\\s+|then\\s+)?(?:${REPORTING_VERBS})\\b`, 'gu')

/**
 * Finds the people and bodies `article` names outside the spans in `masked`
 * (its quotations), their roles, and the people its "he said"/"she noted" refer to.
 *
 * @example
 * ```ts
 * const p = buildPeople(article, [])
 * p.persons.map((x) => x.name) // => ['Fiona Hill', ...]
 * ```
 */
export function buildPeople(article: Article, masked: Span[]): People {
  const people: People = { article, persons: [], mentions: [] }
  const text = article.text
  const inMask = maskTest(masked)
  const runs: { s: Sentence; start: number; end: number; run: string }[] = []
  for (const s of article.sentences) {
    for (const m of s.text.matchAll(NAME_RUN)) {
      // "on Friday 7 January Tokayev said": a weekday, or a month after its day's number ("April Ryan" is a name), is none of it.
      const day = DAY_WORD.exec(m[0])
      const lead = day && (WEEKDAY_FIRST.test(day[0]) || /\d\s*$/.test(s.text.slice(0, m.index))) ? day[0].length : 0
      const start = s.start + m.index + lead
      if (!inMask(start)) runs.push({ s, start, end: s.start + m.index + m[0].length, run: m[0].slice(lead) })
    }
  }
  // Full names first, so a bare surname anywhere in the article finds its person.
  for (const single of [false, true]) {
    for (const r of runs) {
      const split = splitRoleName(r.run)
      if (!split) {
        if (!single && isBodyName(r.run)) addMention(people, bodyPerson(people, bodyName(r.run)), r, text)
        continue
      }
      if (split.joined && !single) {
        const other = personFor(people, split.joined)
        addMention(
          people,
          other,
          { s: r.s, start: r.start + r.run.indexOf(split.joined), end: r.start + r.run.indexOf(split.joined) + split.joined.length },
          text,
        )
      }
      const name = ownName(people, split.name.replace(/[’']s$/, ''))
      if (name.includes(' ') ? single : !single) continue
      const person = name.includes(' ') ? personFor(people, name) : findPerson(people, name)
      if (!person) continue
      const nameStart = r.start + r.run.lastIndexOf(name)
      const role = split.role ?? roleAround(text, r.s, nameStart, r.end)
      person.role ??= role
      person.gender = roleGender(role) ?? person.gender
      addMention(people, person, { s: r.s, start: nameStart, end: r.end }, text)
    }
  }
  people.mentions.sort((a, b) => a.start - b.start)
  for (const s of article.sentences) {
    for (const m of s.text.matchAll(PRONOUN_SUBJECT)) {
      const at = s.start + m.index
      if (inMask(at)) continue
      const person = resolvePronoun(people, at, s.index, m[1]!.toLowerCase() === 'she' ? 'f' : 'm')
      if (person) insertMention(people, { person, start: at, end: at + m[1]!.length, sentence: s.index, subject: true, possessive: false })
    }
  }
  return people
}

/**
 * A name without the surname of someone else the article names in full that
 * precedes it ("adviser to Nazarbayev Yertysbayev" is Yertysbayev).
 *
 * @example
 * ```ts
 * ownName(people, 'Nazarbayev Yertysbayev') // => 'Yertysbayev' once "Nursultan Nazarbayev" is known
 * ```
 */
export function ownName(people: People, name: string): string {
  const tokens = name.split(' ')
  if (tokens.length === 2 && namesEndingLike(people, tokens[0]!).some((p) => p.name.includes(' ') && sameSurname(surname(p.name), tokens[0]!)))
    return tokens[1]!
  return name
}

/** The person of this article with that name or surname, creating one for a full name. */
export function personFor(people: People, name: string): Person {
  const found = findPerson(people, name)
  if (found) {
    if (name.includes(' ')) {
      found.variants.set(name, (found.variants.get(name) ?? 0) + 1)
      noteVariant(people, found, name)
    }
    return found
  }
  const person: Person = {
    name,
    variants: new Map([[name, 1]]),
    aliases: new Set([name]),
    role: null,
    gender: nameGender(name),
    kind: 'person',
  }
  people.persons.push(person)
  return person
}

/** The person a name or bare surname refers to in this article, or `null`. */
export function findPerson(people: People, name: string): Person | null {
  // Only persons sharing the surname (up to an edit) can match: the index finds them without a scan of everyone.
  const matches = personsNamed(people, name).filter((p) => p.kind === 'person' && [...p.variants.keys()].some((v) => sameSpeaker(v, name)))
  return matches.sort((a, b) => count(b) - count(a))[0] ?? null
}

/** The body of this article with that name, creating it. */
export function bodyPerson(people: People, name: string): Person {
  const found = bodyNamed(people, name)
  if (found) return found
  const body: Person = { name, variants: new Map([[name, 1]]), aliases: new Set([name]), role: null, gender: null, kind: 'body' }
  people.persons.push(body)
  return body
}

/**
 * The person "he" or "she" at offset `at` refers to: in the nearest sentence
 * back that mentions a compatible person (not a possessive), the subject of a
 * reporting verb if there is one, else the first person named.
 */
export function resolvePronoun(people: People, at: number, sentence: number, gender: 'f' | 'm'): Person | null {
  const article = people.article
  const para = article.sentences[sentence]?.paragraph ?? 0
  let low = sentence
  while (low > Math.max(0, sentence - 10) && (article.sentences[low - 1]?.paragraph ?? 0) >= para - 3) low--
  // Mentions are in text order, so those of the sentences looked at sit just before `at`: walk back from there.
  const { mentions } = people
  let i = mentionsBefore(mentions, at) - 1
  while (i >= 0 && mentions[i]!.sentence > sentence) i--
  while (i >= 0 && mentions[i]!.sentence >= low) {
    const s = mentions[i]!.sentence
    const found: Mention[] = []
    for (; i >= 0 && mentions[i]!.sentence === s; i--) {
      const m = mentions[i]!
      if (m.person.kind === 'person' && !m.possessive && (m.person.gender ?? gender) === gender) found.unshift(m)
    }
    if (found.length) return (found.filter((m) => m.subject).at(-1) ?? found[0]!).person
  }
  return null
}

/** The body "the statement" or "the ministry" at `at` refers to: the nearest body named in the last few sentences. */
export function resolveBody(people: People, at: number, sentence: number): Person | null {
  const { mentions } = people
  for (let i = mentionsBefore(mentions, at) - 1; i >= 0 && mentions[i]!.sentence >= sentence - 3; i--)
    if (mentions[i]!.person.kind === 'body') return mentions[i]!.person
  return null
}

/** How often a person is named. */
export function count(p: Person): number {
  let n = 0
  for (const v of p.variants.values()) n += v
  return n
}

/** The most used full spelling of a person's name (shortest, then alphabetical, on ties). */
export function canonicalName(p: Person): string {
  const full = [...p.variants].filter(([v]) => v.includes(' ') || p.kind === 'body')
  const pool = full.length ? full : [...p.variants]
  pool.sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || a[0].localeCompare(b[0]))
  return pool[0]![0]
}

function addMention(people: People, person: Person, r: { s: Sentence; start: number; end: number }, text: string): void {
  const after = text.slice(r.end, r.s.end)
  const before = text.slice(r.s.start, r.start)
  // "According to Interfax, Hill said" and "Hill said, according to Interfax": the outlet is a source, Hill the speaker.
  const source = /according to\b[^,]{0,120}$/i.test(before) && !ANY_REPORTING.test(text.slice(r.s.start, r.s.end))
  // "Goodwin told Al Jazeera, suggested ...": the one told is never the speaker, whatever verb follows.
  const addressee = ADDRESSEE.test(before)
  const subject = !addressee && (VERB_AFTER.test(after) || VERB_BEFORE.test(before) || source)
  const possessive = /^[’']s\b/.test(after) || /[’']s$/.test(text.slice(r.start, r.end))
  if (!person.name.includes(' ')) person.variants.set(person.name, person.variants.get(person.name) ?? 1)
  if (person.kind === 'person') person.aliases.add(text.slice(r.start, r.end).replace(/[’']s$/, ''))
  people.mentions.push({ person, start: r.start, end: r.end, sentence: r.s.index, subject, possessive })
}

/** A body's name as written, without a leading article. */
export function bodyName(run: string): string {
  return run.replace(/^(?:The|A|An)\s+/, '')
}

function insertMention(people: People, m: Mention): void {
  people.mentions.splice(mentionsUpTo(people.mentions, m.start), 0, m)
}
