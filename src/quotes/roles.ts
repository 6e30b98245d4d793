/**
 * The role an article writes around a person's name: in an appositive after
 * it, in a phrase and a comma before it, or lowercase just before it.
 */
import { ROLE_NOUNS, ROLES_BEFORE_NAME } from '../text/index.ts'
import { cleanRole } from './speakers.ts'
import { REPORTING_VERBS } from './verbs.ts'
import type { Sentence } from '../corpus/index.ts'

// A lowercase title right before a name, after the body it serves ("Dorvik police spokeswoman Gulnur Sadyk").
const ROLE_RIGHT_BEFORE = new RegExp(
  `(?:^|[\\s,;:(–—])((?:\\p{Lu}[\\p{L}\\p{M}’'.-]*\\s+){0,3}(?:[\\p{Ll}-]+\\s+){0,2}?(?:${ROLES_BEFORE_NAME.join('|')}))\\s+$`,
  'u',
)

/**
 * A role written around a name: an appositive after it ("Fiona Hill, former
 * senior director ..., said"), a phrase before it and a comma ("the editor of
 * RT, Margarita Simonyan,"), a lowercase role just before it ("a former
 * adviser to the ex-president Ermukhamet Ertysbayev"), or a title after the body
 * it serves ("Dorvik police spokeswoman Gulnur Sadyk").
 */
export function roleAround(text: string, s: Sentence, start: number, end: number): string | null {
  const after = /^,\s+([^,;.()“”"]{3,140}?)(?:,|\.|;|$)/.exec(text.slice(end, s.end))
  if (after && ROLE_NOUNS.test(after[1]!) && !new RegExp(`^(?:${REPORTING_VERBS})\\b`).test(after[1]!)) return cleanRole(after[1]!)
  const before = text.slice(s.start, start)
  const comma = /(?:^|[,;:(–—]\s*)((?:the|a|an|former)\s[^,;:()“”"]{3,140}),\s*$/i.exec(before)
  if (comma && ROLE_NOUNS.test(comma[1]!)) return cleanRole(comma[1]!)
  const clause = before
    .replace(/^.*\baccording to\s+/i, '')
    .split(/[,;:(–—]/)
    .at(-1)!
    .trim()
  const lowerLed = /^(?:the|a|an|former|\p{Ll})/u.test(clause)
  if (lowerLed && ROLE_NOUNS.test(clause) && !new RegExp(`\\b(?:${REPORTING_VERBS})\\b`).test(clause)) return cleanRole(clause)
  const titled = ROLE_RIGHT_BEFORE.exec(before)
  return titled ? cleanRole(titled[1]!) : null
}
