import { PARTS_OF_SPEECH, senses, type Pos } from './wordnet.ts'
import { IRREGULAR } from './lemma.ts'

/**
 * The parts of speech WordNet has a word form in: its base forms by
 * WordNet's own detachment rules, and the tests the question and name
 * readers ask of them ("a verb and nothing else", "a noun, never an adverb").
 */

// WordNet's detachment rules, per part of speech.
const SUFFIXES: Record<Pos, [string, string][]> = {
  noun: [
    ['s', ''],
    ['ses', 's'],
    ['xes', 'x'],
    ['zes', 'z'],
    ['ches', 'ch'],
    ['shes', 'sh'],
    ['men', 'man'],
    ['ies', 'y'],
  ],
  verb: [
    ['s', ''],
    ['ies', 'y'],
    ['es', 'e'],
    ['es', ''],
    ['ed', 'e'],
    ['ed', ''],
    ['ing', 'e'],
    ['ing', ''],
  ],
  adj: [
    ['er', ''],
    ['est', ''],
    ['er', 'e'],
    ['est', 'e'],
  ],
  adv: [],
}

/**
 * The lemmas WordNet has for a word form in one part of speech.
 *
 * @example
 * ```ts
 * baseForms('pulled_out', 'verb') // => ['pull_out']
 * ```
 */
export function baseForms(form: string, pos: Pos): string[] {
  const [head, ...rest] = form.split('_')
  const tail = rest.length ? `_${rest.join('_')}` : ''
  const candidates = new Set([head!, ...(IRREGULAR.get(head!) ?? [])])
  for (const [suffix, replacement] of SUFFIXES[pos]) {
    if (head!.length > suffix.length + 1 && head!.endsWith(suffix)) candidates.add(head!.slice(0, -suffix.length) + replacement)
  }
  // "stopped" → "stop": a doubled consonant before the suffix.
  const doubled = /^(.*([bdgklmnprt]))\2(?:ed|ing)$/.exec(head!)
  if (pos === 'verb' && doubled) candidates.add(doubled[1]!)
  return [...candidates].map((c) => c + tail).filter((lemma) => senses(lemma, pos).length > 0)
}

/**
 * True for a noun's plural as WordNet reads it ("vehicles", "people"): the form of a noun other than its lemma.
 *
 * @example
 * ```ts
 * isPluralNoun('vehicles') // => true
 * isPluralNoun('military') // => false
 * ```
 */
export function isPluralNoun(word: string): boolean {
  return baseForms(word, 'noun').some((lemma) => lemma !== word)
}

/** WordNet has the word as a noun, in the singular or the plural ("police", "soldiers"). */
export function isNoun(word: string): boolean {
  return baseForms(word, 'noun').length > 0
}

/** WordNet has the form (a word or a multiword form joined by `_`) as a verb: "got_on" → "get_on". */
export function isVerbLemma(form: string): boolean {
  return baseForms(form, 'verb').length > 0
}

/** WordNet has the word as a verb and as nothing else ("remain", "went"): in a question, it ends a noun phrase. */
export function isVerbOnly(word: string): boolean {
  return baseForms(word, 'verb').length > 0 && !(['noun', 'adj', 'adv'] as const).some((pos) => baseForms(word, pos).length > 0)
}

/** WordNet has the form (a word or a multiword form joined by `_`) in some part of speech. */
export function isLemma(form: string): boolean {
  return PARTS_OF_SPEECH.some((pos) => baseForms(form, pos).length > 0)
}

/**
 * True for a word or idiom WordNet knows only as an adverb ("suddenly", "in the
 * first place", "for good"): it says how or when, seldom what a passage is about.
 *
 * @example
 * ```ts
 * isAdverbOnly('in_the_first_place') // => true
 * isAdverbOnly('abroad')             // => false (also an adjective)
 * ```
 */
export function isAdverbOnly(form: string): boolean {
  return baseForms(form, 'adv').length > 0 && !(['noun', 'verb', 'adj'] as const).some((pos) => baseForms(form, pos).length > 0)
}

/**
 * True for a word WordNet knows as an adverb, whatever else it is ("meanwhile",
 * "later", "separately").
 *
 * @example
 * ```ts
 * isAdverb('meanwhile') // => true
 * isAdverb('colonel')   // => false
 * ```
 */
export function isAdverb(form: string): boolean {
  return baseForms(form, 'adv').length > 0
}

/**
 * True for a word WordNet knows as a noun and never as an adverb: "finance" and "health" in "Finance Minister",
 * "Health Minister"; not "meanwhile" in "Meanwhile Colonel General …".
 *
 * @example
 * ```ts
 * isNounNeverAdverb('finance') // => true
 * isNounNeverAdverb('meanwhile') // => false
 * ```
 */
export function isNounNeverAdverb(form: string): boolean {
  return baseForms(form, 'noun').length > 0 && baseForms(form, 'adv').length === 0
}
