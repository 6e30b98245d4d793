/**
 * The people and bodies an article mentions outside its quotations, where, and
 * with what role; and the resolution of "he", "she" and "the statement" to the
 * person or body they refer to.
 */
import {
  cleanRole,
  isBodyName,
  nameGender,
  sameSpeaker,
  sameSurname,
  splitRoleName,
  surname,
} from './speakers.ts'
import { ROLE_NOUNS } from '../text/index.ts'
import { bodyNamed, maskTest, mentionsBefore, mentionsUpTo, namesEndingLike, noteVariant, personsNamed } from './person-index.ts'
import type { Article, Sentence, Span } from '../corpus/index.ts'

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

/** Verbs that report speech or writing. */
export const REPORTING_VERBS =
  'said|says|say|told|tells|added|adds|wrote|writes|noted|notes|stated|states|explained|explains|argued|argues|believes|believed|warned|warns|insisted|insists|claimed|claims|declared|declares|announced|announces|continued|continues|commented|comments|remarked|replied|replies|responded|responds|asked|asks|tweeted|tweets|posted|recalled|recalls|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|concluded|acknowledged|admitted|observed|suggested|suggests|predicted|predicts|urged|urges|thinks|thought|pointed out|went on'

/** A capitalised run: name tokens joined by the small words of titles ("Head of the Council"). */
export const NAME_RUN =
  /\p{Lu}(?:[\p{L}\p{M}’'-]|\.(?=\p{L}))*(?:\s+(?:(?:of|the|for|at|under|de|van|von|der|al|bin|da|di|du|le|la)\s+)*\p{Lu}(?:[\p{L}\p{M}’'-]|\.(?=\p{L}))*)*/gu

const VERB_AFTER = new RegExp(`^(?:,[^,.;“”"]{1,160},)?,?\\s*(?:\\p{Ll}+ly\\s+|also\\s+|once\\s+|then\\s+)?(?:${REPORTING_VERBS})\\b`, 'u')
const VERB_BEFORE = new RegExp(`\\b(?:${REPORTING_VERBS})\\s*$`)
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
      const start = s.start + m.index
      if (!inMask(start)) runs.push({ s, start, end: start + m[0].length, run: m[0] })
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
        addMention(people, other, { s: r.s, start: r.start + r.run.indexOf(split.joined), end: r.start + r.run.indexOf(split.joined) + split.joined.length }, text)
      }
      let name = split.name.replace(/[’']s$/, '')
      const tokens = name.split(' ')
      if (tokens.length === 2 && namesEndingLike(people, tokens[0]!).some((p) => p.name.includes(' ') && sameSurname(surname(p.name), tokens[0]!)))
        name = tokens[1]!
      if ((name.includes(' ') ? single : !single)) continue
      const person = name.includes(' ') ? personFor(people, name) : findPerson(people, name)
      if (!person) continue
      const nameStart = r.start + r.run.lastIndexOf(name)
      person.role ??= split.role ?? roleAround(text, r.s, nameStart, r.end)
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
  const subject = VERB_AFTER.test(after) || VERB_BEFORE.test(before) || /according to\b[^,]{0,120}$/i.test(before)
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

/**
 * A role written around a name: an appositive after it ("Fiona Hill, former
 * senior director ..., said"), a phrase before it and a comma ("the editor of
 * RT, Margarita Simonyan,"), or a lowercase role just before it ("a former
 * adviser to the ex-president Ermukhamet Ertysbayev").
 */
function roleAround(text: string, s: Sentence, start: number, end: number): string | null {
  const after = /^,\s+([^,;.()“”"]{3,140}?)(?:,|\.|;|$)/.exec(text.slice(end, s.end))
  if (after && ROLE_NOUNS.test(after[1]!) && !new RegExp(`^(?:${REPORTING_VERBS})\\b`).test(after[1]!))
    return cleanRole(after[1]!)
  const before = text.slice(s.start, start)
  const comma = /(?:^|[,;:(–—]\s*)((?:the|a|an|former)\s[^,;:()“”"]{3,140}),\s*$/i.exec(before)
  if (comma && ROLE_NOUNS.test(comma[1]!)) return cleanRole(comma[1]!)
  const clause = before.replace(/^.*\baccording to\s+/i, '').split(/[,;:(–—]/).at(-1)!.trim()
  const lowerLed = /^(?:the|a|an|former|\p{Ll})/u.test(clause)
  if (lowerLed && ROLE_NOUNS.test(clause) && !new RegExp(`\\b(?:${REPORTING_VERBS})\\b`).test(clause)) return cleanRole(clause)
  return null
}
