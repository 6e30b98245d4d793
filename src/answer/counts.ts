import { DEMONYMS, baseForms, canonicalTerm, foldText, isKindOf, isPluralNoun, namesPeople, narrowerKinds } from '../text/index.ts'
import { conceptMatch } from '../search/index.ts'
import { capitalise, termsOf, type ExtractionContext } from './context.ts'
import type { Found } from './choose.ts'
import { BODY_SIZE } from './question.ts'
import { MEASURES } from './question-parts.ts'

/**
 * What a figure in a sentence counts, for "how many" questions: whether its
 * unit is what the question counts, whether it is a toll or a count of a
 * report's sources, and its bare number.
 */

// Words for a group of anything, which WordNet puts above many things counted ("troops" are a "unit").
const GROUP_WORDS = new Set('unit units group groups force forces body bodies organization organizations piece pieces item items'.split(' '))
// Units that can count anything asked about ("2,500 people" may be troops).
const GENERIC_UNITS = new Set(['people', 'persons', 'men', 'personnel', 'strong', 'total', 'members'])

/**
 * Bonus when a quantity's unit is what "how many X" counts (the word itself,
 * or a word the question's concept for X allows: "servicemen" for "soldiers",
 * "aircraft" for "planes"); negative when it clearly counts something else.
 */
export function unitFit(ctx: ExtractionContext, unit: string | null, written = ''): number {
  const asked = ctx.question.focus === null ? null : canonicalTerm(ctx.lexicon, foldText(ctx.question.focus))
  // What is counted may be a word no article has ("tanks"): then only that word would fit.
  const focus = ctx.focus ?? (asked === null ? null : { word: asked, terms: [{ term: asked, weight: 1 }], weight: 1 })
  // "What percent voted yes?": the per cent sign is the unit, and a share "of voters" is of what the question is about.
  if (ctx.question.focus === 'percent') return unit !== null && sharesOf(ctx, unit) ? OF_WHAT_IS_ASKED : 0
  // "How big was the force?": people of any kind, not its planes.
  if (ctx.question.focus === BODY_SIZE) {
    const noun = unit === null ? null : foldText(unit.split(' ').at(-1)!)
    return noun === null || countsPeople(noun) || GENERIC_UNITS.has(noun) ? 0 : -0.2
  }
  if (!focus || !unit) return 0
  // "250 units of military equipment": a group word counts what it is "of", named by its last word.
  const all = unit.split(' ').map(foldText)
  // The unit is read without its "of" ("units military hardware"), or with it; but "19 employees of law enforcement
  // bodies" counts employees, not bodies ("members of the security forces" are of the forces).
  const head = HEAD_BEFORE_OF.exec(written)?.[1]?.split(/\s+/).map(foldText)
  const counted = head && !GENERIC_UNITS.has(head.at(-1)!) && !MEASURES.has(head.at(-1)!)
  const words = all.length >= 2 && GROUP_WORDS.has(all[0]!) ? all.slice(-1) : counted ? head : all
  // "1,600 security personnel" may be the troops asked about, never the sites.
  // "how many people" counted in people is the very thing, if a loose one.
  if (GENERIC_UNITS.has(words.at(-1)!) && words.at(-1) === foldText(ctx.question.focus ?? '')) return 0.15
  // "18 security personnel" for "how many people": people of one kind, a part, unless the question names the kind.
  const kind = words.slice(0, -1).join(' ')
  const part =
    kind !== '' && /^(?:people|persons)$/.test(foldText(ctx.question.focus ?? '')) && !ctx.concepts.some((c) => conceptMatch(c, termsOf(ctx, kind)) > 0)
  if (GENERIC_UNITS.has(words.at(-1)!)) return !part && (countsPeople(ctx.question.focus ?? '') || countsPeople(focus.word)) ? 0 : -0.2
  // "how many people ...": "18 members of the security forces" are people, but only those of the security forces:
  // a part of the people asked about, unless the question names what they are members of.
  if (GENERIC_UNITS.has(words[0]!) && GENERIC_UNITS.has(foldText(ctx.question.focus ?? ''))) {
    const of = unit
      .split(/\s+of\s+/)
      .slice(1)
      .join(' ')
    const named = of === '' || ctx.concepts.some((c) => conceptMatch(c, termsOf(ctx, of)) > 0)
    return named ? 0 : -0.2
  }
  let best = 0
  for (const word of words) {
    const term = canonicalTerm(ctx.lexicon, word)
    if (term !== null) best = Math.max(best, conceptMatch(focus, new Set([term])))
  }
  // "17 Russian planes" count planes, not Russians: a people's adjective before a noun says only whose it is.
  // People of a nation ("3,000 Russian paratroopers") are still its people.
  const whose = words.slice(0, -1).some((w) => DEMONYMS.has(capitalise(w)) && conceptMatch(focus, termsOf(ctx, w)) >= 1)
  const noun = words.at(-1)!
  // "400 Chinese workers home": people stand somewhere among the words after the adjective.
  if (whose && conceptMatch(focus, termsOf(ctx, noun)) < 1 && !words.slice(1).some((w) => countsPeople(w))) return -0.2
  // "40 military vehicles" for "how many soldiers": things, however military, are no count of people, nor people of things.
  const asksPeople = countsPeople(foldText(ctx.question.focus ?? '')) || countsPeople(focus.word)
  const thingsFor = words.length > 1 && isPluralNoun(noun) && !GROUP_WORDS.has(noun) && asksPeople !== countsPeople(noun)
  if (thingsFor && conceptMatch(focus, termsOf(ctx, noun)) === 0) return -0.2
  if (best >= 1) return 0.3
  // "twelve marchers" for "how many soldiers", "seven girls" for "how many women": a narrower kind counts only some.
  const kinds = ctx.question.focus === null ? null : narrowerKinds(foldText(ctx.question.focus))
  if (kinds && words.some((w) => [...baseForms(w, 'noun'), w].some((f) => kinds.has(f)))) return -0.2
  // "fourteen aircraft" for "how many planes": what the counted thing is a kind of counts it too. Not the other way
  // ("12 tanks" are not all the vehicles), nor a word for any group ("3 units" of troops).
  if (best > 0 || words.some((w) => !GROUP_WORDS.has(w) && isKindOf(foldText(ctx.question.focus ?? ''), w))) return 0.2
  // "by 84 votes to 20" for "how many mps voted for him": each vote is a voter's. Not for who voted against or
  // abstained: "backed by 84 votes" counts those in favour.
  if (/^votes?$/.test(noun) && /\bvot(?:e|ed|es|ing)\b/.test(ctx.question.normalized) && !/\b(?:against|abstain\w*|no|opposed)\b/.test(ctx.question.normalized))
    return 0.2
  // "How much hardware?" is measured in its own units ("250 pieces", "12 tonnes"); "how many planes?" is not "17 flights".
  return /^how much\b/.test(ctx.question.normalized) ? 0 : -0.2
}

// The noun a figure counts where an "of" follows it ("19 employees of law enforcement bodies").
const HEAD_BEFORE_OF = /\d[\d,.]*\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+of\s/u

// What a share gains for being "of" something the question names ("77% of voters" for "what percent voted").
const OF_WHAT_IS_ASKED = 0.15

function sharesOf(ctx: ExtractionContext, unit: string): boolean {
  const terms = new Set(unit.split(' ').flatMap((w) => canonicalTerm(ctx.lexicon, foldText(w)) ?? []))
  const base = shareBase(ctx)
  return ctx.concepts.some((c, i) => i !== base && conceptMatch(c, terms) > 0)
}

/**
 * "What percent of voters turned out?": every share there is of voters, so
 * what is asked is the turning out. The index of the concept a share is "of"
 * in the question, or -1.
 */
export function shareBase(ctx: ExtractionContext): number {
  let base = shareBases.get(ctx)
  if (base === undefined) shareBases.set(ctx, (base = findShareBase(ctx)))
  return base
}

// Worked out once per question, not once per figure a passage holds.
const shareBases = new WeakMap<ExtractionContext, number>()

function findShareBase(ctx: ExtractionContext): number {
  if (ctx.question.focus !== 'percent') return -1
  const base = /\bper ?cent(?:age)? of (?:the )?(\p{L}+)/u.exec(ctx.question.normalized)?.[1]
  const term = base === undefined ? null : canonicalTerm(ctx.lexicon, foldText(base))
  return term === null ? -1 : ctx.concepts.findIndex((c) => conceptMatch(c, new Set([term])) > 0)
}

// "how many troops": what is counted is asked in the plural, and a stem ("troop") may only name people as one ("troops").
const countsPeople = (word: string) => word !== '' && (namesPeople(word) || namesPeople(`${word}s`))

/**
 * True when a figure is an addition to a count, not the count: "another 1,678
 * people", "a further 300", "1,678 more". A question that asks for more ("how
 * many more") or for a day's or a span's count ("on wednesday", "in 24 hours") takes it.
 */
export function increment(text: string, q: { start: number; end: number; text: string }, question: string): boolean {
  if (/\b(?:more|another|further|additional|extra)\b/.test(question) || SPAN.test(question)) return false
  // Only where the sentence also gives the sum it adds to ("another 250, which takes the total to 650"): otherwise the
  // added figure may be all there is of what is asked ("a further 40 bodies were found overnight").
  if (!TOTAL.test(text)) return false
  return /\b(?:another|a further|an additional|an extra)\s+$/i.test(text.slice(Math.max(0, q.start - 16), q.start)) || /^\s+more\b/i.test(text.slice(q.end))
}

const TOTAL = /\b(?:total|in all|altogether|overall|bringing|raising|taking|takes|brings|raises)\b/i
const SPAN =
  /\bovernight\b|\b(?:on|in|during|over|that|the first|the last|last)\s+(?:\w+\s+)?(?:days?|hours?|weeks?|night|morning|(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*)\b/

/** "..., say two people familiar with ...": a count of a report's sources, not of what it reports. */
export function countsSources(text: string, at: number): boolean {
  // "..., say two people": the verb follows the report; "Lask said 4,353 people had been hurt" gives the report itself.
  return /(?:^|[,;—–-]\s*)(?:say|says|said|told)\s+(?:at least\s+)?$|\baccording to\s+(?:at least\s+)?$/i.test(text.slice(Math.max(0, at - 24), at))
}

/**
 * The number of a quantity phrase, without qualifier or unit ("about 2,500 people" → "2,500"); a number written in
 * words is the word before the unit, when the unit is given ("eight armoured vehicles" → "eight").
 */
export function numberPart(text: string, unit: string | null = null): string {
  const digits = /\d[\d,.]*/.exec(text)
  if (digits) return digits[0]
  const before = unit !== null && text.endsWith(unit) ? text.slice(0, -unit.length).trim().split(/\s+/).at(-1) : undefined
  return before ?? text.split(' ').at(-2) ?? text
}

/** Ages given of people: "the 81-year-old", "Smailov, 49,", "aged 49", "49 years old". */
export function findAges(text: string): Found[] {
  const found: Found[] = []
  for (const m of text.matchAll(/\b(\d{1,3})-year-old\b|\baged (\d{1,3})\b|\b(\d{1,3}) years old\b|\p{Lu}[\p{L}'’-]+, (\d{2}),/gu)) {
    const age = m[1] ?? m[2] ?? m[3] ?? m[4]!
    const start = m.index + m[0].indexOf(age)
    found.push({ text: `${age} years old`, start, end: start + age.length, key: age })
  }
  return found
}
