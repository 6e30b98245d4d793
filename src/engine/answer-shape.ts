/**
 * The shapes of answers: whether a sentence holds something of the kind a
 * question asks for, and whether an extracted answer can stand as a short one.
 */
import type { AnswerKind } from '../answer/index.ts'

const KIND_SHAPES: Partial<Record<string, RegExp>> = {
  number:
    /\d|\b(?:hundreds?|thousands?|millions?|dozens?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b/i,
  date: /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:19|20)\d{2}\b|\b(?:yesterday|today|tomorrow)\b/i,
  person: /\p{Lu}\p{Ll}+\s+(?:\p{Lu}\.\s+)?\p{Lu}\p{Ll}+/u,
  place: /(?<!^)\b\p{Lu}\p{Ll}{2,}/u,
  // "the 81-year-old", "Lind, 54,", "aged 54".
  age: /\d{1,3}-year-old|\p{Lu}[\p{L}'’-]+, \d{2},|\baged \d{1,3}\b|\b\d{1,3} years old\b/u,
  // "Norway, Finland and Estonia": names in a list.
  countries: /\p{Lu}[\p{L}-]+(?:,\s+\p{Lu}[\p{L}-]+)*,?\s+and\s+\p{Lu}[\p{L}-]+/u,
}

/** Past this length an "answer" is the passage retold, and a passage is better shown as one. */
const MAX_SHORT_ANSWER = 140
// "unit was", "airfield in", "the extraordinary summit of": a phrase cut off mid-way says nothing.
const CUT_OFF = /\b(?:of|in|at|on|to|for|from|by|with|was|were|is|are|the|a|an|and|or|that|which)$/i

/**
 * True for an answer that can stand as a short answer: short, and not a phrase
 * cut off before its object.
 *
 * @example
 * ```ts
 * isShortAnswer('about 2,500 troops', 'number') // => true
 * isShortAnswer('airfield in', 'place')          // => false
 * ```
 */
export function isShortAnswer(answer: string, kind: AnswerKind): boolean {
  const text = answer.trim().replace(/[.,;:]+$/, '')
  // A description ("X: former spy chief; ..."), a yes/no with its sentence and a list of dated events are long by design.
  const long = kind === 'description' || kind === 'yesno' || kind === 'date'
  // "operations against crowds" for "where is he from", "Saule Iskakova: Dr": not the kind of thing asked for.
  const shaped = ANSWER_SHAPES[kind]?.test(text) ?? true
  return text.length > 0 && shaped && (long || text.length <= MAX_SHORT_ANSWER) && !CUT_OFF.test(text)
}

// What a short answer of each kind must hold: a place or a person a name, a number a figure, a description more
// than a title ("Dr", "Gen.").
const ANSWER_SHAPES: Partial<Record<AnswerKind, RegExp>> = {
  number: KIND_SHAPES.number!,
  // A name, or a place by its kind ("the middle school", "a military airfield").
  place:
    /\p{Lu}\p{Ll}{2,}|\b(?:[Ss]chool|[Aa]irport|[Aa]irfield|[Ss]quare|[Bb]ase|[Bb]uilding|[Hh]all|[Ss]tation|[Pp]lant|[Cc]amp|[Bb]order|[Cc]ity|[Tt]own|[Vv]illage|[Hh]ospital|[Ss]tadium|[Pp]alace|[Rr]esidence|[Oo]ffice|[Hh]eadquarters|[Ss]treet|[Pp]ark|[Pp]ort|[Bb]ridge|[Mm]arket|[Cc]hurch|[Mm]osque|[Cc]ent(?:re|er)|[Hh]ouse|[Bb]arracks|[Gg]ym|[Cc]ompound|[Cc]apital|[Rr]egion|[Pp]rovince|[Dd]istrict|[Ee]mbassy|[Cc]onsulate|[Mm]inistry|[Pp]arliament|[Pp]rison|[Cc]ourt)s?\b/u,
  person: /\p{Lu}\p{Ll}+/u,
  countries: /\p{Lu}\p{Ll}+/u,
  description: /:\s*(?!(?:dr|mr|mrs|ms|prof|sir|gen|col|lt|sgt|capt|rev)\.?$)\S/iu,
}

/**
 * True when `text` holds something of the kind a question asks for.
 *
 * @example
 * ```ts
 * holdsKind('number', 'about 2,500 troops') // => true
 * holdsKind('number', 'the troops left')    // => false
 * ```
 */
export function holdsKind(kind: string, text: string): boolean {
  return KIND_SHAPES[kind]?.test(text) ?? false
}
