import { CAPITALS, COUNTRIES, countryOf } from '../text/index.ts'
import { conceptMatch } from '../search/index.ts'
import { capitalise, termsOf, type Candidate, type ExtractionContext } from './context.ts'
import type { Found } from './choose.ts'
import { CLAUSE_BREAK, clausesOf } from './clauses.ts'

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

const UNIT_ASKED = /^(?:which|what)\s+(?:[\w-]+\s+){0,3}?(units?|brigades?|divisions?|regiments?|battalions?|corps|squadrons?|detachments?)\s+(?!of\b)/

// "103rd Airborne Brigade", "45th separate special-purpose brigade", "31st separate Guards Airborne Assault Brigade": a numbered unit,
// its words in capitals or a unit's own ("separate", "airborne"), up to its first noun of a unit; not "the 3rd
// company in Sweden", "its 2nd fleet of buses", "the world's 7th largest army".
const UNIT_WORD = String.raw`(?:\p{Lu}[\p{L}-]*|separate|guards?|airborne|air|assault|mechani[sz]ed|motori[sz]ed|motor|rifles?|infantry|armou?red|tank|artillery|engineer|marine|mountain|parachute|special|forces|purpose|peacekeeping)`
const UNIT = new RegExp(
  String.raw`\b(\d{1,3})(?:st|nd|rd|th)\s+(?:(?:(?:${UNIT_WORD})[\s-]+){1,6}?(brigade|division|regiment|battalion|company|corps|squadron|detachment)|(?:(?:${UNIT_WORD})[\s-]+){0,6}?(Brigade|Division|Regiment|Battalion|Company|Corps|Squadron|Detachment|Fleet|Army))\b`,
  'gu',
)

/**
 * The numbered units a passage names: the one for a question of one unit, where
 * the sentence names no other (which of several the question's verb is of, it
 * does not tell); all of them, as one answer, for a question of several ("which
 * units were sent" → "the 45th …; the 98th …; the 31st …").
 *
 * @example
 * ```ts
 * unitFinder(ctx, false)(candidate) // for "Minsk sent a company from the 103rd Airborne Brigade." => [{ text: '103rd Airborne Brigade', ... }]
 * ```
 */
export function unitFinder(ctx: ExtractionContext, noun: string): (c: Candidate) => Found[] {
  // "What units did Russia send?", "which new zealand unit": the country the question names, whose units are asked for.
  const asked = askedCountry(ctx.question.text)
  const plural = /(?<!corp)s$/.test(noun)
  // "Which Polish battalion": a battalion, not a brigade; "which unit" any.
  const kind = /^units?$/.test(noun) ? null : noun.replace(/(?<!corp)s$/, '')
  return (c) => {
    const text = c.sentence.text
    // The unit's clause says what the sentence says of the question ("Special forces stormed the building while the 8th
    // Infantry Battalion sealed off the streets" tells nothing the 8th stormed).
    const said = ctx.concepts.filter((k) => !k.named && conceptMatch(k, termsOf(ctx, text)) > 0)
    const all = [...text.matchAll(UNIT)]
      .filter((m) => kind === null || (m[2] ?? m[3])!.toLowerCase() === kind)
      .filter((m) => {
        const clause = clauseAt(text, m.index)
        return said.every((k) => conceptMatch(k, termsOf(ctx, clause)) > 0 || UNIT_NOUNS.test(k.word))
      })
    // Whose unit it is, where the question names a country: the country its own name gives ("the 4th Indian Division"),
    // else the one last written before it outside asides, and never another written right after ("… of Italy").
    const units = all
      .filter((m) => asked === null || ownerOf(m[0], text.slice(0, m.index), text.slice(m.index + m[0].length)) === asked)
      .map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length, key: `${m[1]} ${(m[2] ?? m[3])!.toLowerCase()}` }))
    if (!plural) return all.length === 1 ? units : []
    if (units.length < 2) return units
    return [{ text: units.map((u) => u.text).join('; '), start: units[0]!.start, end: units.at(-1)!.end, key: units.map((u) => u.key).join(' + ') }]
  }
}

// A source named in passing is no owner: "Armenia sent 100, drawn, according to Russian media, from its 12th brigade".
const ASIDE = /\baccording to [^,;]*[,;]/gi
// "… Battalion of Italy", "… Brigade from Chile": a country written right after the unit.
const OWNER_AFTER = /^\s+(?:of|from)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*)/u

/** The country a name or a people's word is of ("Belgians", "Nigerian", "Minsk"), or `null`. */
function country(written: string): string | null {
  // "RUSSIA - paratroopers …": a list's heading in capitals.
  const word = /^\p{Lu}+$/u.test(written) ? capitalise(written.toLowerCase()) : written
  const bare = word.replace(/['’]s$/, '').replace(/s$/, '')
  const known = countryOf(bare) ?? countryOf(word) ?? CAPITALS.get(word) ?? null
  if (known) return known
  // A people's word the gazetteer lacks is its country's name with an ending: "Nigerian", "Kenyan", "Ghanaian", "Somali".
  const stem = /^(.{4,}?)(?:ian|an|n|i|ese|ish)$/.exec(bare)?.[1]
  return stem ? ([...COUNTRIES.keys()].find((c) => c.startsWith(stem) && c.length - stem.length <= 2) ?? null) : null
}

/** The country a question names, in one word or two ("new zealand"), capitalised or not; `null` for none. */
function askedCountry(question: string): string | null {
  const words = question
    .split(/[^\p{L}'’-]+/u)
    .filter(Boolean)
    .map(capitalise)
  for (const [i, w] of words.entries()) {
    const pair = words[i + 1] ? countryOf(`${w} ${words[i + 1]}`) : null
    if (pair) return pair
    if (w.length > 3 && !STOP.has(w.toLowerCase())) {
      const one = country(w)
      if (one) return one
    }
  }
  return null
}

// Question words no people's word is, however its ending reads ("Which", "Unit").
const STOP = new Set(['which', 'what', 'unit', 'units', 'brigade', 'division', 'regiment', 'battalion', 'corps', 'squadron', 'army', 'send', 'sent'])

/** The country whose unit it is, read as {@link unitFinder} says; `null` for none. */
function ownerOf(unit: string, before: string, after: string): string | null {
  const own = (unit.match(/\p{Lu}[\p{L}'’-]*/gu) ?? []).map(country).find((x) => x !== null)
  if (own) return own
  const next = OWNER_AFTER.exec(after)
  const written = next ? country(next[1]!) : null
  if (written) return written
  const words = before.replace(ASIDE, ' ').match(/\p{Lu}[\p{L}'’-]*/gu) ?? []
  return (
    words
      .toReversed()
      .map(country)
      .find((x) => x !== null) ?? null
  )
}

// The question's own word for a unit ("unit", "brigade") is no part of what the sentence says of it.
const UNIT_NOUNS = /^(?:unit|brigad|divis|regiment|battalion|corp|squadron|detach)/
// A unit's clause ends at "after" and "before" too: "took the town after the 4th Indian Division had failed".
const UNIT_CLAUSE_BREAK = new RegExp(String.raw`${CLAUSE_BREAK.source}|\s+after\s+|\s+before\s+`, 'gi')

/** The clause of `text` that holds the offset `at`. */
const clauseAt = (text: string, at: number): string => clausesOf(text, UNIT_CLAUSE_BREAK).findLast((c) => c.start <= at)!.text
