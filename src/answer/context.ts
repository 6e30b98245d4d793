import { countryOf, foldText, isLemma } from '../text/index.ts'
import { canonicalTerm, type Lexicon } from '../text/index.ts'
import type { PersonMention } from './people.ts'
import { analyzeText, conceptMatch, type Concept, type Referred } from '../search/index.ts'
import type { QuestionAnalysis } from './question.ts'
import type { Article, Sentence, Span } from '../corpus/index.ts'

/**
 * The shapes answer extraction works on: the passages retrieved for a
 * question, what extraction may look up about them, and what it returns.
 */

/** A passage retrieved for a question. */
export interface Candidate {
  id: number
  article: Article
  sentence: Sentence
  /** Share of the question's concepts the passage covers, with its neighbours, 0..1. */
  coverage: number
  /** Share the sentence itself says (with its heading, and the sentence before when it goes on about it), 0..1. */
  own: number
  /** The largest share of the question that one concept the sentence leaves out makes up (0 when it says them all). */
  gap: number
  /** Coverage plus what the passage gains for holding something of the kind asked for: the order passages are tried in. */
  rank: number
  /** Coverage with a word no article uses weighing no more than the question's heaviest word they use: how relevant it is. */
  reach?: number
  /** Coverage and own share so weighed, averaged: how well the passage answers, beside others (not whether to bet on it). */
  quality?: number
  /** A name the question gives is not in what the sentence says: no short answer comes from it. */
  missesName: boolean
  /** `own`, `gap` and `missesName` with a pronoun read as whom the sentence before names ("gave him six years"), where it has one. */
  referred?: Referred
  /** The question names a day ("on jan 15") the sentence does not tell of: whatever it holds is of another day. */
  missesDay?: boolean
  /** The gap of the question's own words, before the day it names is weighed in (see {@link gap}). */
  wordGap?: number
  /** The heading of the sentence's section, if any ("## Why did they ask for help?"): its last sentence. */
  heading?: Sentence
}

/** The {@link DateMention.precision} of a mention that names a day (a week is 4, a month 3, a year 2, a decade 1). */
export const DAY_PRECISION = 5

/** A resolved date in a sentence, as the dates module gives it. */
export interface DateMention extends Span {
  phrase: string
  /** How the answer shows it ("Thursday, January 6, 2022", "1999"). */
  display: string
  /** The day it starts on, ISO ("2022-01-06"): what orders days. */
  date: string
  /** The last day it covers, ISO: the day itself, or the end of a week, a month or a year. */
  last?: string
  /** 'day' beats 'year' when both are in a sentence. */
  precision: number
  /** A week worked out from a publication date that was itself guessed ("this week" on an undated page). */
  guessed?: boolean
}

export interface ExtractionContext {
  question: QuestionAnalysis
  concepts: readonly Concept[]
  /** The concept of what "how many" counts, or "which town" names ({@link QuestionAnalysis.focus}), typos corrected; `null` for none. */
  focus: Concept | null
  lexicon: Lexicon
  people: (article: Article, sentence: number) => PersonMention[]
  /** A passage's index terms, which name the organisation its "the alliance" stands for. */
  passageTerms: (id: number) => ReadonlySet<string>
  dates: (article: Article, sentence: number) => DateMention[]
  /** 0..1: how much of the corpus names this (0 for a name few passages have, 1 for one a fifth of them or more have). */
  commonness: (name: string) => number
  /** The sentences of the whole corpus that have a word (a surname): what any article says of a person. */
  naming?: (word: string) => { article: Article; sentence: number }[]
}

/** An extracted answer and the passages it came from, best first; spans are absolute offsets of the answer in each. */
export interface Extraction {
  answer: string
  sources: { candidate: Candidate; focus: Span }[]
  /**
   * True when the engine would bet on the answer: its sentence says what was
   * asked, and no other answer of the kind stands nearly as well. Otherwise the
   * reply shows passages instead.
   */
  sure: boolean
  /**
   * When not sure: the passages of the likeliest answers, one for each, best first; what a reply of
   * passages shows before the rest.
   */
  likeliest?: Candidate[]
}

/** Absolute offsets of a span given within a candidate's sentence. */
export function absolute(c: Candidate, f: { start: number; end: number }): Span {
  return { start: c.sentence.start + f.start, end: c.sentence.start + f.end }
}

/** The index terms of a text, as a set: its words' and those of its phrases and hyphenated compounds ("pull-out"), as the index reads them. */
export const termsOf = (ctx: ExtractionContext, text: string) => new Set(analyzeText(ctx.lexicon, text))

// A question weighs the same passages' terms again and again (which tell of its rarest idea, which say its verb), and
// the next question often the same passages: the sets of the sentences read last, by lexicon. Emptied when full.
const SENTENCE_TERMS_MAX = 8192
const sentenceTerms = new WeakMap<Lexicon, Map<string, ReadonlySet<string>>>()

/** {@link termsOf} a sentence's text, remembered for the sentences read last: the set is shared, never to be changed. */
export function termsOfSentence(ctx: ExtractionContext, text: string): ReadonlySet<string> {
  let known = sentenceTerms.get(ctx.lexicon)
  if (!known) sentenceTerms.set(ctx.lexicon, (known = new Map<string, ReadonlySet<string>>()))
  let terms = known.get(text)
  if (!terms) {
    terms = termsOf(ctx, text)
    if (known.size >= SENTENCE_TERMS_MAX) known.clear()
    known.set(text, terms)
  }
  return terms
}

/** The question's concept a word of a text says, if any ("troops" → the concept of "soldiers"). */
export function conceptOfWord(ctx: ExtractionContext, word: string): Concept | undefined {
  const term = canonicalTerm(ctx.lexicon, word)
  return term === null ? undefined : ctx.concepts.find((k) => conceptMatch(k, new Set([term])) > 0)
}

/** The date mention a find of a candidate's sentence stands for (`start` within the sentence), if any. */
export const mentionAt = (ctx: ExtractionContext, c: Candidate, start: number): DateMention | undefined =>
  ctx.dates(c.article, c.sentence.index).find((d) => d.start - c.sentence.start === start)

/** The text with its first letter in capitals. */
export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/** True when the question already says `text` (a name it gives is not its answer). */
export const inQuestion = (ctx: ExtractionContext, text: string) => {
  const q = foldText(ctx.question.text)
  const t = foldText(text)
  return q.includes(t) || (t.split(/\s+/).length > 1 && t.split(/\s+/).every((w) => q.includes(w)))
}

/**
 * True for a name the question gives that is a plain word's abbreviation ("tv"): no body's or country's name, so no
 * post need be of it ("the police spokeswoman on state tv" holds no post of the television).
 *
 * @example
 * ```ts
 * plainWord(concept('tv'), acronyms) // => true
 * plainWord(concept('eu'), acronyms) // => false
 * ```
 */
export function plainWord(c: Concept, acronyms: ReadonlySet<string>): boolean {
  const word = c.asked ?? c.word
  return word.length <= 3 && isLemma(word) && !acronyms.has(c.word) && countryOf(word.toUpperCase()) === null
}
