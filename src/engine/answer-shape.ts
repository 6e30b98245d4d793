/**
 * The shapes of answers: whether a sentence holds something of the kind a
 * question asks for, and whether an extracted answer can stand as a short one.
 */
import { LEGAL_PARTS, asksSpan, holdsClockTime, asksSuccessor, tellsOfSuccession, type AnswerKind, type QuestionAnalysis } from '../answer/index.ts'

// A day as a sentence writes it: "Jan. 19", "19 January", "the 19th of January", "Wednesday".
const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)`
const DAY = String.raw`\b${MONTH}[a-z]*\.?\s+\d|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b`

/** Two capitalised words (a middle initial between them): the weak sign of a person's name. */
export const PERSON = /\p{Lu}\p{Ll}+\s+(?:\p{Lu}\.\s+)?\p{Lu}\p{Ll}+/u

// A figure in figures or words; "one" apart, mostly a word of pointing ("One case that drew attention …").
const FIGURE_WORDS = String.raw`\d|\b(?:hundreds?|thousands?|millions?|dozens?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b`
const FIGURE_BUT_ONE = new RegExp(FIGURE_WORDS, 'i')

// A span of time: counted ("19 days", "a two-week mission"), told vaguely ("several days or weeks", "for months"), or
// from one day to another.
const SPAN_UNITS = String.raw`(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|years?|decades?)\b(?!-old)`
const SPAN_OF_TIME = new RegExp(
  String.raw`(?:${FIGURE_WORDS}|\b(?:one|a|an|several|few|couple|some|many|number|matter|for|within|over|lasted|took)\b)[\s-]+(?:[a-z]+[\s-]+)?${SPAN_UNITS}|\bfortnight\b|\bfrom\s+${DAY}[^.;]{0,30}?\b(?:to|until|till|through)\b`,
  'i',
)

// A sentence that gives a reason, for "why": "because", "due to", "on suspicion of", "sparked by", "which meant".
const REASON =
  /\b(?:because|due to(?!\s+(?:be|start|begin|end|finish|arrive|leave|return|take|hold|meet|open|close|resume|expire)\b)|owing to|as a result|thanks to|in response to|in protest|in order to|so as to|aimed at|reasons?|(?:caused|driven|prompted|sparked|triggered|motivated|fuell?ed) by|blamed on|on (?:suspicion|charges) of|(?:which|that) meant|meaning that|so that)\b/i

const KIND_SHAPES: Partial<Record<string, { test: (text: string) => boolean }>> = {
  reason: REASON,
  number: new RegExp(String.raw`${FIGURE_WORDS}|\bone\b`, 'i'),
  span: SPAN_OF_TIME,
  date: new RegExp(String.raw`${DAY}|\b(?:19|20)\d{2}\b|\b(?:yesterday|today|tomorrow)\b`, 'i'),
  time: { test: holdsClockTime },
  person: PERSON,
  // "Tokayev … installed Ermek Sagimbayev in his place": a name, and the telling of someone coming into a post.
  successor: { test: (text) => PERSON.test(text) && tellsOfSuccession(text) },
  place: /(?<!^)\b\p{Lu}\p{Ll}{2,}/u,
  // "the 81-year-old", "Lind, 54,", "aged 54".
  age: /\d{1,3}-year-old|\p{Lu}[\p{L}'’-]+, \d{2},|\baged \d{1,3}\b|\b\d{1,3} years old\b/u,
  // "Article 4", "Section 5": a part of a legal text by its label, by any of the names the labeller reads.
  legalPart: new RegExp(String.raw`\b(?:${LEGAL_PARTS.map((p) => p[0]!.toUpperCase() + p.slice(1)).join('|')})\s+(?:\d+[a-z]?|[IVXLC]+)\b`),
  // "Norway, Finland and Estonia": names in a list.
  countries: /\p{Lu}[\p{L}-]+(?:,\s+\p{Lu}[\p{L}-]+)*,?\s+and\s+\p{Lu}[\p{L}-]+/u,
}

const WHY = /^(?:why|y|how come)\b/

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
  const shaped = ANSWER_SHAPES[kind]?.(text) ?? true
  return text.length > 0 && shaped && (long || text.length <= MAX_SHORT_ANSWER) && !CUT_OFF.test(text)
}

// What a short answer of each kind must hold: a place or a person a name, a number a figure, a description more
// than a title ("Dr", "Gen.").
const NAME = /\p{Lu}\p{Ll}+/u
// A place named by its kind ("the middle school", "a military airfield"), in any case.
const PLACE_KIND =
  /\b(?:school|airport|airfield|square|base|building|hall|station|plant|camp|border|city|town|village|hospital|stadium|palace|residence|office|headquarters|street|park|port|bridge|market|church|mosque|cent(?:re|er)|house|barracks|gym|compound|capital|region|province|district|embassy|consulate|ministry|parliament|prison|court)s?\b/i
const ANSWER_SHAPES: Partial<Record<AnswerKind, (text: string) => boolean>> = {
  number: (t) => KIND_SHAPES.number!.test(t),
  time: holdsClockTime,
  place: (t) => /\p{Lu}\p{Ll}{2,}/u.test(t) || PLACE_KIND.test(t),
  person: (t) => NAME.test(t),
  countries: (t) => NAME.test(t),
  description: (t) => /:\s*(?!(?:dr|mr|mrs|ms|prof|sir|gen|col|lt|sgt|capt|rev)\.?$)\S/iu.test(t),
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

/**
 * The shape of answer a question asks for, as {@link kindBonus} reads it: its
 * kind, or an age, or the label of a part of a legal text ("which clause of the
 * treaty").
 *
 * @example
 * ```ts
 * shapeAsked(analyzeQuestion('which part of the treaty did they invoke', () => true)) // => 'legalPart'
 * ```
 */
export function shapeAsked(qa: Pick<QuestionAnalysis, 'kind' | 'focus' | 'normalized' | 'successor'>): string {
  if (qa.focus === 'age') return 'age'
  // "How long would it last?" is answered by a span of time, not by any figure ("20,000 bandits").
  if (qa.kind === 'number' && asksSpan(qa.normalized)) return 'span'
  // "Why did the price double?" is answered by the sentence that gives a reason, which may not say the deed again.
  if (qa.kind === 'other' && WHY.test(qa.normalized)) return 'reason'
  if (qa.kind === 'person' && (qa.successor === true || asksSuccessor(qa.normalized))) return 'successor'
  return qa.kind === 'other' && qa.focus !== null && LEGAL_PARTS.includes(qa.focus.replace(/s$/, '')) ? 'legalPart' : qa.kind
}

/**
 * The question's words that count for little in finding passages: the thing a
 * "how many" counts or a "which" names (a sentence may call it otherwise), and
 * in a question for a part of a legal text, the words of invoking it ("which
 * part of the treaty did they use to justify it"): a sentence names the part
 * it was invoked under ("under Article 4 of the treaty") in words of its own;
 * and the loose word a "which" describes a person by ("which analyst": "the
 * political scientist Ara Papyan").
 *
 * @example
 * ```ts
 * lowWords(analyzeQuestion('which part of the treaty did they cite', () => true)) // => Set { 'part', 'cite', … }
 * ```
 */
export function lowWords(qa: Pick<QuestionAnalysis, 'kind' | 'focus' | 'focusIsTopic' | 'normalized' | 'successor'>): Set<string> {
  const low = new Set(qa.focus && !qa.focusIsTopic ? [qa.focus] : [])
  if (shapeAsked(qa) === 'legalPart') for (const word of INVOKING) low.add(word)
  // "who's running the agency now that X is out": the newcomer's sentence tells of the post in words of its own.
  if (shapeAsked(qa) === 'successor') for (const word of HOLDING) low.add(word)
  const described = qa.kind === 'person' ? DESCRIBED.exec(qa.normalized)?.[1] : undefined
  if (described) low.add(described)
  return low
}

// "which armenian analyst said …": the word a question describes the person by, who may be called otherwise.
const DESCRIBED = /^which\s+(?:[a-z-]+\s+)?(analyst|expert|observer|commentator|scholar|academic|researcher|critic|activist|guy|dude|person|man|woman)\b/

// Words for holding or taking a post, which a sentence telling of a successor says otherwise ("handed the agency to").
const HOLDING = ['run', 'lead', 'charge', 'take', 'become', 'end', 'put', 'get', 'got', 'running', 'took', 'became']

// Words for invoking a legal text: using it, citing it, pointing or leaning on it, its being the basis or ground.
const INVOKING = ['use', 'invoke', 'cite', 'point', 'lean', 'rely', 'justify', 'basis', 'legal', 'ground']

// Capitalised words are a weak sign of a person or a place ("Security Council"), so those kinds gain half as much.
const KIND_BONUS: Partial<Record<string, number>> = { person: 0.15, place: 0.15 }

/**
 * What a passage gains in ranking for holding something of the kind asked for
 * (a figure for "how many", a date for "when", a list of names for "which
 * countries"): nearly a third of what saying all the question's words is
 * worth, since the sentence that answers often says the rest in other words.
 *
 * @example
 * ```ts
 * kindBonus('date', 'The last ships left on March 14.') // => 0.3
 * kindBonus('date', 'The last ships left.')             // => 0
 * ```
 */
export function kindBonus(kind: string, text: string): number {
  // "One" alone ranks no sentence for a how-many, though "just one ferry" still answers one.
  if (kind === 'number') return FIGURE_BUT_ONE.test(text) ? (KIND_BONUS[kind] ?? 0.3) : 0
  if (holdsKind(kind, text)) return KIND_BONUS[kind] ?? 0.3
  const broader = BROADER[kind]
  return broader ? kindBonus(broader, text) : 0
}

/** The kind a kind of answer is first of all: one who came into a post is a person. */
export const BROADER: Partial<Record<string, string>> = { successor: 'person' }

// A day written as a deadline: "by Wednesday, Jan. 19", "until 19 January", "no later than the 19th", "before March
// 15", "by Wednesday", "by the end of March".
const DEADLINE_DAY = new RegExp(
  String.raw`\b(?:by|until|till|before|no later than)\s+(?:the\s+)?(?:${DAY}|(?:end|middle)\s+of\s+${MONTH}|\d{1,2}(?:st|nd|rd|th)\b)`,
  'i',
)

/**
 * What a passage gains in ranking, for "what was the deadline" or "when will
 * it be over", for writing a day as a deadline ("finished by Wednesday, Jan.
 * 19"): as much as holding a date at all, since that is the kind of day asked
 * for, and the sentence that gives it may say the deed in words of its own
 * ("the pullout", not "getting everyone out").
 *
 * @example
 * ```ts
 * deadlineBonus({ kind: 'date', focus: 'deadline' }, 'The pullout is to be finished by Jan. 19.') // => 0.3
 * deadlineBonus({ kind: 'date', focus: 'deadline' }, 'Troops arrived on Jan. 6.')                // => 0
 * ```
 */
export function deadlineBonus(qa: Pick<QuestionAnalysis, 'kind' | 'focus'>, text: string): number {
  return qa.kind === 'date' && (qa.focus === 'deadline' || qa.focus === 'end') && DEADLINE_DAY.test(text) ? DEADLINE_BONUS : 0
}
const DEADLINE_BONUS = 0.3

// What counting the very thing asked about gains, and the share of the question below which it gains less.
const COUNT_BONUS = 0.3
const COUNTED_RELEVANT = 0.5

/**
 * What a passage that counts the very thing "how many" asks about ("3,000
 * Russians") gains in ranking, as much as holding a figure at all; less in a
 * passage that says little else of the question (`quality`, its share of it):
 * "1,000 people rallied" counts people, but not those who stormed the airport.
 *
 * @example
 * ```ts
 * countBonus(0.8)  // => 0.3
 * countBonus(0.25) // => 0.15
 * ```
 */
export function countBonus(quality: number): number {
  return COUNT_BONUS * Math.min(1, quality / COUNTED_RELEVANT)
}
