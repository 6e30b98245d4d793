/**
 * The words that name a quotation's speaker, and the person or body they name:
 * a pronoun, "the statement", a name with its title ("Velmar government
 * spokesman Pavel Orlov"), a body, or a role with a name in apposition
 * ("Dorvik's defence minister, Pavel Orlov,").
 */
import { ROLE_NOUNS, ROLES_BEFORE_NAME } from '../text/index.ts'
import { bodyName, bodyPerson, findPerson, NAME_RUN, ownName, personFor, REPORTING_VERBS, resolveBody, resolvePronoun, type People, type Person } from './mentions.ts'
import { sentenceAt } from './sentences.ts'
import { cleanRole, isBodyName, roleGender, splitRoleName } from './speakers.ts'

/** A reporting verb. */
export const V = `(?:${REPORTING_VERBS})`
/** An adverb between a speaker and the verb ("Hill later said"). */
export const ADV = `(?:\\p{Ll}+ly\\s+|also\\s+|once\\s+|then\\s+|later\\s+)?`
const CAP = `\\p{Lu}(?:[\\p{L}\\p{M}’'-]|\\.(?=\\p{L}))*`
const BODY_NP = `(?:[Tt]he|[Aa]n?)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:statement|ministry|department|spokes(?:man|woman|person)|government|embassy|report|office|alliance|kremlin|agency|committee|council|organi[sz]ation|press service|communiqu[eé]|announcement|declaration|letter|post|tweet)(?:\\s+(?:for|of|at)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)*)?`
// A lowercase title between the body it serves and the name ("Velmar government spokesman Pavel Orlov").
const ROLE_PREFIX = `(?:(?:[Tt]he\\s+)?(?:${CAP}\\s+){0,3}(?:[\\p{Ll}-]+\\s+){0,2}?(?:${ROLES_BEFORE_NAME.join('|')})\\s+)`
const PERSON = `${ROLE_PREFIX}?(?:[Tt]he\\s+)?${NAME_RUN.source}(?:[’']s\\s+[\\p{Ll}-]+(?:\\s+[\\p{Ll}-]+)?)?`

/** A speaker phrase as a named group `sp`: a pronoun, a body phrase or a (titled) name. */
export const SPEAKER = `(?<sp>he|she|He|She|${BODY_NP}|${PERSON})`
/** An appositive between commas as a named group `app` ("Hill, a former adviser, said"). */
export const APPOSITIVE = `(?:,(?<app>[^,.;“”"]{1,160}),)`

const PRONOUN = /^(?:he|she)$/i
const FEMININE = /^she$/i

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
  if (/^(?:the|a|an)\s/i.test(trimmed) && !/^(?:the|a|an)\s+\p{Lu}/u.test(trimmed)) {
    // "a spokesman for the Kremlin" speaks for the Kremlin; "the statement" for the body last named.
    const named = /\s(?:for|of|at)\s+(?:the\s+)?(\p{Lu}.*)$/u.exec(trimmed)
    if (named) return bodyPerson(people, named[1]!)
    return resolveBody(people, at, s) ?? bodyPerson(people, capitalise(trimmed.replace(/^(?:the|a|an)\s+/i, '')))
  }
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

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}
