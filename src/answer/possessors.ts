/**
 * "Whose government quit?": the one a sentence gives the thing asked about as
 * belonging to ("the Mamin cabinet", "Mamin's government", "the cabinet led
 * by Askar Mamin", "the government of Askar Mamin"), not whoever else it names
 * ("Smailov had been acting head of government since the Mamin cabinet
 * resigned" names Smailov first, but the cabinet was Mamin's).
 */
import type { Found } from './choose.ts'

// Words one of which a question may ask about and a sentence may write for it: a government is its cabinet.
const SAME_THING = [['government', 'cabinet', 'administration', 'regime']]

/**
 * The noun a "whose …" question asks about, or `null` for any other question.
 *
 * @example
 * ```ts
 * whoseNoun('whose government quit on jan 5') // => 'government'
 * whoseNoun('who quit on jan 5')              // => null
 * ```
 */
export function whoseNoun(question: string): string | null {
  return /^whose\s+(?:own\s+)?([a-z-]+)/.exec(question)?.[1] ?? null
}

/**
 * For a "whose <noun>" question, a test of whether a name found in `text`
 * (at its offsets) is the one the noun belongs to there. Where no name the
 * sentence gives owns the noun, none answers.
 *
 * @example
 * ```ts
 * const owns = possessorTest('Smailov had led it since the Mamin cabinet resigned.', 'government')
 * owns({ start: 29, end: 34 }) // => true (Mamin)
 * owns({ start: 0, end: 7 })   // => false (Smailov)
 * ```
 */
export function possessorTest(text: string, noun: string): (found: Pick<Found, 'start' | 'end'>) => boolean {
  const { owned, owner } = patternsOf(noun)
  return (found) => {
    const after = text.slice(found.end)
    // "the Mamin cabinet": a bare name before the noun is its owner only after "the"; "Mamin's government" always.
    const possessive = /^['’]/.test(after) && owned.test(after)
    const modifier = /\bthe\s+(?:\p{Lu}[\p{L}'’-]*\s+)*$/u.test(text.slice(0, found.start)) && owned.test(after)
    return possessive || modifier || owner.test(text.slice(0, found.start))
  }
}

// The patterns of a noun's owner, made once per noun: a question reads them in every sentence it tries.
const patterns = new Map<string, { owned: RegExp; owner: RegExp }>()
function patternsOf(noun: string): { owned: RegExp; owner: RegExp } {
  let found = patterns.get(noun)
  if (!found) {
    const forms = (SAME_THING.find((g) => g.includes(noun.replace(/s$/, ''))) ?? [noun.replace(/s$/, '')]).join('|')
    found = {
      owned: new RegExp(String.raw`^(?:['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}|\s+)(?:${forms})s?\b`, 'u'),
      owner: new RegExp(String.raw`\b(?:${forms})s?\s+(?:(?:led|headed|chaired|run)\s+by|of)\s+(?:(?:the\s+)?\p{Lu}[\p{L}.'’-]*\s+){0,4}$`, 'iu'),
    }
    if (patterns.size > 1000) patterns.clear()
    patterns.set(noun, found)
  }
  return found
}
