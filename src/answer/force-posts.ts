import { HOLDING_FORMS, HOLDING_POST } from './deeds.ts'
import type { QuestionAnalysis } from './types.ts'
import { ROLE_WORD } from './question-forms.ts'

/**
 * Whether a person's posts could be the command of a force: "who headed the league troops" is not answered by the
 * president the troops were flown in to help, nor by a minister who thanked them. A soldier's rank, a command or a
 * chief's post could be; a civil post alone could not.
 */

// What a question may ask the command of: troops and the bodies they are formed in.
const FORCE = /\b(?:troops?|forces?|contingents?|peacekeep\w*|soldiers?|paratroop\w*|servicemen|battalions?|brigades?|regiments?|army|armies|units?)\b/
// Posts of a state, a city or a body that command no soldiers.
const CIVIL = /\b(?:president|prime minister|premier|minister|mayor|governor|king|queen|chancellor|spokes(?:man|woman|person)|ambassador|secretary|akim)\b/i
// Words of a soldier's rank or a command, which a civil-sounding post may carry ("Secretary of the General Staff").
const MILITARY = /\b(?:command\w*|general|colonel|officer|staff|marshal|admiral|brigadier|lieutenant|major|captain|chief|military|defen[cs]e forces)\b/i

/**
 * True when a question asks who holds the command of a force ("who led the league contingent", "who was heading the
 * troops") and every one of the person's posts is a civil one, unless what follows the name (`after`) tells him doing it.
 *
 * @example
 * ```ts
 * civilOverForce(['President'], analyzeQuestion('who headed the league troops', () => true)) // => true
 * civilOverForce(['the commander of the guard force'], analyzeQuestion('who headed the league troops', () => true)) // => false
 * ```
 */
export function civilOverForce(roles: readonly string[], question: Pick<QuestionAnalysis, 'kind' | 'subjectOf' | 'normalized'>, after = ''): boolean {
  const verb = question.subjectOf
  if (question.kind !== 'person' || verb === null || !HOLDING_POST.test(verb) || DOES_IT.test(after)) return false
  // "who leads the country that sent troops": what is led ends where a clause about it begins.
  const object = question.normalized.slice(question.normalized.indexOf(verb) + verb.length).split(/\b(?:that|which|who|whose)\b/)[0]!
  return FORCE.test(object) && roles.length > 0 && roles.every((r) => CIVIL.test(r) && !MILITARY.test(r))
}

// "Defence Minister Ivo Lask commanded the troops": the sentence tells the deed of him, whatever his post.
const DOES_IT = new RegExp(String.raw`^\s*(?:,[^,]{0,80},\s*)?(?:has\s+|had\s+|was\s+|is\s+)?(?:${HOLDING_FORMS})\b`)

/**
 * The words a question's post does its deed to, after the deed ("who was the general leading the csto peacekeepers"
 * → "the csto peacekeepers"), or ''.
 *
 * @example
 * ```ts
 * doneByPost('who was the general leading the csto peacekeepers') // => 'the csto peacekeepers'
 * ```
 */
export function doneByPost(question: string): string {
  return DEED_AFTER_POST.exec(question)?.[1] ?? ''
}
const DEED_AFTER_POST = new RegExp(
  String.raw`${ROLE_WORD.source}\s+(?:(?:who|that)\s+(?:was\s+|is\s+)?)?(?:[a-z]+ing|led|ran|commanded|headed|oversaw)\s+(.+)$`,
)
