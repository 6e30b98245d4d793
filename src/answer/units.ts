import { CAPITALS, countryOf } from '../text/index.ts'
import { capitalise, type Candidate, type ExtractionContext } from './context.ts'
import type { Found } from './choose.ts'

/**
 * "What unit did Norland send?", "which brigades went?": a military unit,
 * named by its number ("the 103rd Airborne Brigade"), not the words a sentence
 * goes on with.
 */

/**
 * The noun of a question that asks for a military unit, whatever words describe it first ("which Russian airborne
 * units were sent?"), or `null`.
 */
export const unitAsked = (question: string): string | null => UNIT_ASKED.exec(question)?.[1] ?? null

const UNIT_ASKED = /^(?:which|what)\s+(?:[\w-]+\s+){0,3}?(units?|brigades?|divisions?|regiments?|battalions?|squadrons?|detachments?)\s+(?!of\b)/

// "103rd Airborne Brigade", "45th separate brigade", "31st separate Guards Airborne Assault Brigade": a numbered unit,
// up to its first noun of a unit.
const UNIT = /\b(\d{1,3})(?:st|nd|rd|th)\s+(?:[\p{L}-]+\s+){0,6}?(brigade|division|regiment|battalion|company|corps|squadron|detachment|fleet|army)\b/giu

/**
 * The numbered units a passage names: each one for a question of one unit;
 * all of them, as one answer, for a question of several ("which units were
 * sent" → "the 45th …; the 98th …; the 31st …").
 *
 * @example
 * ```ts
 * unitFinder(false)(candidate) // for "Minsk sent a company from the 103rd Airborne Brigade." => [{ text: '103rd Airborne Brigade', ... }]
 * ```
 */
export function unitFinder(ctx: ExtractionContext, plural: boolean): (c: Candidate) => Found[] {
  // "What units did Russia send?": the country the question names, whose units are asked for.
  const asked = ctx.concepts.map((k) => (k.named ? countryOf(capitalise(k.asked ?? k.word)) : null)).find((x) => x !== null) ?? null
  return (c) => {
    // One unit however the articles word it ("103rd Airborne Brigade", "103rd separate airborne brigade"), and the
    // asked country's, where the sentence says whose it is.
    const units = [...c.sentence.text.matchAll(UNIT)]
      .filter((m) => asked === null || [asked, null].includes(ownerOf(c.sentence.text.slice(0, m.index))))
      .map((m) => ({
        text: m[0],
        start: m.index,
        end: m.index + m[0].length,
        key: `${m[1]} ${m[2]!.toLowerCase()}`,
      }))
    if (!plural || units.length < 2) return units
    return [{ text: units.map((u) => u.text).join('; '), start: units[0]!.start, end: units.at(-1)!.end, key: units.map((u) => u.key).join(' + ') }]
  }
}

// A source named in passing is no owner: "Armenia sent 100, drawn, according to Russian media, from its 12th brigade".
const ASIDE = /\baccording to [^,;]*[,;]/gi

/** The country written last before a unit, outside asides ("Minsk was dispatching … the 103rd"); `null` for none. */
function ownerOf(before: string): string | null {
  const words = before.replace(ASIDE, ' ').match(/\p{Lu}[\p{L}'’-]*/gu) ?? []
  for (const w of words.toReversed()) {
    const bare = w.replace(/['’]s$/, '')
    const country = countryOf(bare) ?? CAPITALS.get(bare) ?? null
    if (country) return country
  }
  return null
}
