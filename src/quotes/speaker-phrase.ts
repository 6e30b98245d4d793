/**
 * The words that name a quotation's speaker, and the person or body they name:
 * a pronoun, a name with its title ("Velmar government spokesman Pavel
 * Orlov"), a body ("the foreign ministry"), or a role with a name in apposition
 * ("Dorvik's defence minister, Pavel Orlov,").
 */
import { ROLE_NOUNS, ROLES_BEFORE_NAME } from '../text/index.ts'
import { DOCUMENT_NOUNS, INSTITUTION_NOUNS, isBodyPhrase, resolveBodyPhrase } from './bodies.ts'
import { bodyName, bodyPerson, findPerson, NAME_RUN, ownName, personFor, REPORTING_VERBS, resolvePronoun, type People, type Person } from './mentions.ts'
import { mentionsBefore } from './person-index.ts'
import { sentenceAt } from './sentences.ts'
import { cleanRole, isBodyName, roleGender, splitRoleName } from './speakers.ts'

/** A reporting verb. */
export const V = `(?:${REPORTING_VERBS})`
/** An adverb between a speaker and the verb ("Hill later said"). */
export const ADV = `(?:\\p{Ll}+ly\\s+|also\\s+|once\\s+|then\\s+|later\\s+)?`
const CAP = `\\p{Lu}(?:[\\p{L}\\p{M}’'-]|\\.(?=\\p{L}))*`
const BODY_NP =
  `(?:[Tt]he|[Aa]n?)\\s+(?:${CAP}\\s+){0,3}(?:[\\p{Ll}-]+\\s+){0,2}?(?:spokes(?:man|woman|person)|${INSTITUTION_NOUNS}|${DOCUMENT_NOUNS})\\b` +
  `(?:\\s+(?:for|of|at)\\s+(?:the\\s+)?${CAP}(?:\\s+${CAP})*)?`
// A lowercase title between the body it serves and the name ("Velmar government spokesman Pavel Orlov").
const ROLE_PREFIX = `(?:(?:[Tt]he\\s+)?(?:${CAP}\\s+){0,3}(?:[\\p{Ll}-]+\\s+){0,2}?(?:${ROLES_BEFORE_NAME.join('|')})\\s+)`
const PERSON = `${ROLE_PREFIX}?(?:[Tt]he\\s+)?${NAME_RUN.source}(?:[’']s\\s+[\\p{Ll}-]+(?:\\s+[\\p{Ll}-]+)?)?`

// Words that tie a role to someone else ("a spokesman for the president"): the name after it may be that other person's.
const LINKS = '(?:for|to|of|the|a|an|at|in|with|by|from|on)'
// A role with the name in apposition after it ("The UN refugee chief, Hanna Berg, said"): a speaker only with that name.
const ROLE_FIRST =
  `(?:[Tt]he|[Aa]n?)\\s+(?:${CAP}(?:[’']s)?\\s+){0,3}(?:(?!${LINKS}\\s)[\\p{Ll}-]+\\s+){0,3}?(?:${ROLES_BEFORE_NAME.join('|')})` +
  `(?=,\\s*\\p{Lu}[^,.;“”"]{1,60},)`

/**
 * A speaker whose words a noun after the possessive names, before a colon and the quotation: "the foreign ministry's
 * reply on Telegram was sharp:", "Lask's verdict:", "…, Blinken's jibe that", "His line that stuck:" (of whom "he" is).
 */
export const POSSESSOR_OF_WORDS = `(?:^|[.;!?]\\s+|,\\s+|\\n)[>\\s]*(?:(?:And|But|So|Then)\\s+)?(?:(?<sp>${BODY_NP}|${NAME_RUN.source})[’']s|(?<sp2>His|Her))\\s+(?:[\\p{Ll}-]+\\s+){0,3}?(?:line|words|reply|response|retort|clapback|message|statement|comments?|answer|verdict|warning|remarks?|reaction|jibe|quip|claim|promise|pledge|vow|boast|threat)\\b(?:(?!\\b(?:to|from|by|of|drew)\\b)[^“”":.]){0,60}(?::|\\s+that)\\s*$`

/** A speaker phrase as a named group `sp`: a pronoun, a body phrase or a (titled) name, or a role before the name. */
export const SPEAKER = `(?<sp>he|she|He|She|${BODY_NP}|${PERSON}|${ROLE_FIRST})`
/** The same with the object pronouns of "quoted him as saying". */
export const SPEAKER_OBJECT = `(?<sp>him|her|${BODY_NP}|${PERSON})`
/** An appositive between commas as a named group `app` ("Hill, a former adviser, said"). */
export const APPOSITIVE = `(?:,(?<app>[^,.;“”"]{1,160}),)`

const PRONOUN = /^(?:he|she|him|her|his)$/i
const FEMININE = /^(?:she|her)$/i

/**
 * The person or body a speaker phrase at offset `at` names; the name in
 * apposition `app` when the phrase is a role or body and the appositive a name ("Dorvik's defence minister, Pavel Orlov, said" is Pavel Orlov).
 *
 * @example
 * ```ts
 * speakerAt(people, 'Velmar government spokesman Pavel Orlov', at)?.name // => 'Pavel Orlov'
 * ```
 */
export function speakerAt(people: People, phrase: string, at: number, lastRun = false, app?: string): Person | null {
  const runs = [...phrase.matchAll(NAME_RUN)].map((m) => m[0])
  const splits = runs.map((r) => splitRoleName(r))
  if (app && !splits.some((x) => x?.name.includes(' ')) && !PRONOUN.test(phrase.trim())) {
    const named = fullName(app)
    // The phrase the name stands in apposition to is the person's role ("Dorvik's defence minister").
    if (named) return personOf(people, { name: named.name, role: named.role ?? (ROLE_NOUNS.test(phrase) ? cleanRole(phrase) : null) })
  }
  const { article } = people
  const s = sentenceAt(article, at)?.index ?? 0
  const trimmed = phrase.trim()
  if (PRONOUN.test(trimmed)) return resolvePronoun(people, at, s, FEMININE.test(trimmed) ? 'f' : 'm')
  // "a spokesman for the Kremlin" speaks for the Kremlin.
  const forBody = /^((?:the|an?)\s.*?)\s+(?:for|of|at)\s+(?:the\s+)?(\p{Lu}.*)$/iu.exec(trimmed)
  if (forBody && (isBodyPhrase(forBody[1]!) || /spokes\p{Ll}+$/u.test(forBody[1]!))) return bodyPerson(people, bodyName(forBody[2]!))
  if (isBodyPhrase(trimmed)) return resolveBodyPhrase(people, trimmed, at, s)
  if (/^(?:the|an?)\s+(?:[\p{Ll}-]+\s+)*spokes\p{Ll}+$/iu.test(trimmed)) return spokesperson(people, at, s)
  if (/[’']s\s+\p{Ll}/u.test(trimmed)) return bodyPerson(people, trimmed)
  // "Velmar government spokesman Pavel Orlov": a full name wins over a place or body before the title.
  const named = lastRun ? splits.slice(-1) : splits
  const split = named.find((x) => x?.name.includes(' ')) ?? named.find((x) => x)
  if (split) return personOf(people, split)
  const first = lastRun ? runs.at(-1) : runs[0]
  return first && isBodyName(first) ? bodyPerson(people, bodyName(first)) : null
}

/** The person a name and role stand for, the role (and the gender it states) noted. */
function personOf(people: People, split: { name: string; role: string | null }): Person {
  const name = ownName(people, split.name)
  const person = findPerson(people, name) ?? personFor(people, name)
  person.role ??= split.role
  person.gender = roleGender(split.role) ?? person.gender
  return person
}

/** An appositive that is nothing but a person's full name (with a title before it). */
function fullName(text: string): { name: string; role: string | null } | null {
  const trimmed = text.trim()
  const run = trimmed.match(NAME_RUN)
  if (!run || run.length !== 1 || run[0] !== trimmed) return null
  const split = splitRoleName(trimmed)
  return split && split.name.includes(' ') ? split : null
}

/** "the spokesman said": the nearest person the article gives a spokesman's role, else the nearest body. */
function spokesperson(people: People, at: number, sentence: number): Person | null {
  const { mentions } = people
  for (let i = mentionsBefore(mentions, at) - 1; i >= 0 && mentions[i]!.sentence >= sentence - 10; i--) {
    const p = mentions[i]!.person
    if (p.kind === 'person' && /spokes/i.test(p.role ?? '')) return p
  }
  for (let i = mentionsBefore(mentions, at) - 1; i >= 0 && mentions[i]!.sentence >= sentence - 3; i--)
    if (mentions[i]!.person.kind === 'body') return mentions[i]!.person
  return null
}
