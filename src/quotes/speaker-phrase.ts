/**
 * The words that name a quotation's speaker, and the person or body they name:
 * a pronoun, "the statement", a name or a body.
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
import { sentenceAt } from './sentences.ts'
import { isBodyName, splitRoleName } from './speakers.ts'

/** A reporting verb. */
export const V = `(?:${REPORTING_VERBS})`
/** An adverb between a speaker and the verb ("Hill later said"). */
export const ADV = `(?:\\p{Ll}+ly\\s+|also\\s+|once\\s+|then\\s+|later\\s+)?`
const BODY_NP = `(?:[Tt]he|[Aa]n?)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:statement|ministry|department|spokes(?:man|woman|person)|government|embassy|report|office|alliance|kremlin|agency|committee|council|organi[sz]ation|press service|communiqu[eé]|announcement|declaration|letter|post|tweet)(?:\\s+(?:for|of|at)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)*)?`
/** A speaker phrase: a pronoun, a body phrase or a name. */
export const SPEAKER = `(he|she|He|She|${BODY_NP}|(?:[Tt]he\\s+)?${NAME_RUN.source}(?:[’']s\\s+[\\p{Ll}-]+(?:\\s+[\\p{Ll}-]+)?)?)`

/** The person or body a speaker phrase at offset `at` names: a pronoun, "the statement", a name or a body. */
export function speakerAt(people: People, phrase: string, at: number, lastRun = false): Person | null {
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

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}
