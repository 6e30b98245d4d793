/**
 * The parts of a question {@link analyzeQuestion} reads: the verb the question
 * word is the subject of, what "how many" counts, whether "who is X" names a
 * thing to describe, and typos in the question words themselves.
 */
import { WHOLE_BEFORE } from './question-forms.ts'
import {
  DEMONYMS,
  STOP_WORDS,
  editDistance,
  isAdverbOnly,
  isLemma,
  isNoun,
  isPluralNoun,
  isVerbLemma,
  isVerbOnly,
  lemmaOf,
  namesPeople,
  stemWord,
} from '../text/index.ts'

// Words a question is built from, against which typos in the question itself are corrected.
const QUESTION_WORDS = `who whom whose what when where which why how many much is are was were did does do has have
had can could will would should countries country people said say`.split(/\s+/)

const WH_WORDS = new Set(['how', 'what', 'when', 'where', 'who', 'why', 'which'])
const AUXILIARIES = new Set(['did', 'does', 'do', 'is', 'are', 'was', 'were', 'many', 'much'])

// Nouns that make a question one of a figure ("what was the death toll"), wherever they stand.
const FIGURE_NOUNS = ['toll', 'number', 'total', 'tally', 'figure']
// Where a figure noun stands: after what it counts ("death tol", "final tally") or before "of" ("the numbr of dead").
// Elsewhere a word a letter from one is more likely a name misspelt ("died in tola").
const FIGURE_BEFORE = new Set(['death', 'deaths', 'casualty', 'casualties', 'final', 'official', 'overall', 'body', 'injury', 'arrest'])
const figureSlot = (words: readonly string[], i: number): boolean => FIGURE_BEFORE.has(words[i - 1] ?? '') || words[i + 1] === 'of'

// "Who wanted ...", "which country sent ...", "who's running ...": the question word is the verb's subject.
const SUBJECT_QUESTION =
  /^(?:who|which [a-z]+|what (?!(?:is|was|are|were|did|does|do|has|have|had|will|would|can|could)\b)[a-z]+)\s+(?:(?:is|was|are|were|has|have|had|will|would|can|could|should|might|must|may)\s+)?(?:(?:actually|really|exactly|currently|still|even|originally|ultimately|basically|now)\s+)?(?:(?:got|get|gets|been|being)\s+)?([a-z]+(?:ed|ing|s)|[a-z]+)\b/
const NOT_A_VERB = new Set([
  'did',
  'does',
  'do',
  'is',
  'was',
  'are',
  'were',
  'has',
  'have',
  'had',
  'the',
  'a',
  'an',
  'will',
  'would',
  'can',
  'could',
  'should',
  'of',
  'in',
  'on',
])

/** The verb a question asks the subject of, folded, or `null`. */
export function subjectVerb(question: string): string | null {
  const folded = question.replace(/^who's\b/, 'who is')
  const m = SUBJECT_QUESTION.exec(folded)
  const verb = m?.[1]
  if (!verb || NOT_A_VERB.has(verb) || STOP_WORDS.has(verb)) return null
  // "Who is Fiona Hill?", "who is fleming": after a copula only the -ing form of a verb is one ("who's running").
  if (/^(?:who|which [a-z]+|what [a-z]+)\s+(?:is|was|are|were)\s/.test(m[0]) && !(verb.endsWith('ing') && isVerbLemma(verb))) return null
  return verb
}

// Words that measure or count out what follows their "of" ("250 pieces of equipment", "ten tonnes of grain").
export const MEASURES: ReadonlySet<string> = new Set(
  'pieces piece units unit items sets pairs lots bags boxes bottles barrels tonnes tons litres liters gallons kilos kilograms grams rounds head'.split(' '),
)

const COMPOUND_PARTICLE = new Set(['in', 'up', 'out', 'off', 'on', 'over'])

// "how many soldiers altogether": a word for the whole after the counted noun says how it is counted, not what.
const WHOLE = new Set(['altogether', 'overall', 'total', 'combined', 'all'])
// "how many days max did …", "how many troops roughly were …": a word for a limit or an estimate after it does too,
// where the noun phrase ends with it ("minimum wage jobs" goes on).
const LIMIT = new Set(['max', 'maximum', 'min', 'minimum', 'tops', 'approx', 'approximately', 'roughly', 'exactly', 'about', 'around'])
// Where the noun phrase after "how many" ends: an auxiliary, a preposition, or a relative or a subject pronoun that
// begins the clause after the counted noun ("how many peacekeepers that actually got sent", "how many troops they
// sent"; "it" and "i" may be a name in lower case: "IT staff", "phase I").
const ENDS_COUNTED = new Set(
  [
    'did do does were was are is have has had will would can could got get',
    'in at on to from for by with during after before since',
    'that which who they we you he she',
  ]
    .join(' ')
    .split(' '),
)

const isDemonym = (w: string) => DEMONYMS.has(w.charAt(0).toUpperCase() + w.slice(1))

/**
 * What "how many" counts: the head of the noun phrase after it ("planes" in
 * "how many transport planes did ...", "deaths" in "how many of the deaths").
 */
export function countedNoun(content: string): string | null {
  // "how many of the dead were police", "of the people (that were) killed were soldiers": a part of a whole, counted by
  // what the part is, after the last copula a noun follows. "were arrested", "are still there" say what befell it, and
  // "were russian" whose they are: the whole's own noun is counted.
  for (const m of [...content.matchAll(/\b(?:were|was|are|is) (?!(?:not|never|no|still|also|all|both)\b)(?:the )?(?=[a-z])/g)].reverse()) {
    if (!WHOLE_BEFORE.test(content.slice(0, m.index))) continue
    const kind = countedNoun(content.slice(m.index + m[0].length))
    if (kind !== null && isNoun(kind) && !isVerbOnly(kind) && !isAdverbOnly(kind) && !isDemonym(kind)) return kind
  }
  const typed = content.replace(/^of (?:the |these |those )?/, '').split(' ')
  const words = typed.map((w) => w.replace(/["“”'‘’]/g, ''))
  const phrase: string[] = []
  for (const [i, w] of words.entries()) {
    // "how many check in desks": a compound typed without its hyphen ("check-in desks") goes on to its noun.
    if (phrase.length === 1 && COMPOUND_PARTICLE.has(w) && isPluralNoun(words[i + 1] ?? '')) continue
    // "how many residents left ...", "how many marines went ...": a verb ends the phrase.
    const limit = LIMIT.has(w) && (i === words.length - 1 || ENDS_COUNTED.has(words[i + 1]!))
    if (ENDS_COUNTED.has(w) || (phrase.length > 0 && (WHOLE.has(w) || limit || /(?:ed|ing)$/.test(w) || lemmaOf(w) !== w || isVerbOnly(w) || isAdverbOnly(w))))
      break
    // "how many years masimov's sentence": a possessive opens another noun phrase, what the count is of.
    if (phrase.length > 0 && /['’]s$/.test(typed[i]!)) break
    // "how many articles of the constitution": what is counted stands before "of", unless it is a measure ("pieces of kit").
    if (w === 'of' && phrase.length > 0 && !MEASURES.has(phrase.at(-1)!)) break
    phrase.push(w)
  }
  // "how many police and national guard": two kinds counted together, the first standing for both; but
  // "how many french and german troops" counts troops.
  const joined = phrase.findIndex((w, i) => i > 0 && (w === 'and' || w === 'or'))
  if (joined > 0 && phrase.slice(0, joined).some((w) => !isDemonym(w))) phrase.splice(joined)
  const nouns = phrase.filter((w) => !isDemonym(w) && w !== 'and' && w !== 'or')
  return nouns.at(-1) ?? phrase.at(-1) ?? null
}

/**
 * True when "how many" counts two kinds that one figure cannot give together:
 * "troops and vehicles", "planes and helicopters". People of two kinds ("police
 * and national guard") are counted together, and "french and german troops"
 * is one kind.
 *
 * @example
 * ```ts
 * countsTwoKinds('troops and vehicles did norland send') // => true
 * countsTwoKinds('police and national guard died')       // => false
 * ```
 */
export function countsTwoKinds(content: string): boolean {
  const m = /^((?:[a-z-]+ ){0,2}?[a-z-]+) (?:and|or|&) (.+)$/.exec(content)
  if (!m || m[1]!.split(' ').some((w) => DEMONYMS.has(w.charAt(0).toUpperCase() + w.slice(1)))) return false
  const [a, b] = [countedNoun(m[1]!), countedNoun(m[2]!)]
  const people = (w: string) => namesPeople(w) || namesPeople(`${w}s`)
  return a !== null && b !== null && a !== b && !(people(a) && people(b))
}

const TRAILING_PREPOSITION = /\s(?:for|with|by|to|from|of|about|in|on|at|as|into|against|after|before)$/i

/** A thing "who is"/"what is" can describe: a name or a short noun phrase, not a possessive's attribute or a clause. */
export function describable(subject: string): boolean {
  const words = subject.trim().split(/\s+/)
  // "who was tracking the outage": a verb's -ing or -ed form makes it a question about what someone did.
  // "what is tokayev known for": a subject left ending on a preposition is a clause cut short.
  if (TRAILING_PREPOSITION.test(subject.trim())) return false
  return words.length <= 4 && !/['’]s\s+\S/.test(subject) && !words.some((w) => /(?:ing|ed)$/i.test(w) && !/^\p{Lu}/u.test(w) && isVerbLemma(w.toLowerCase()))
}

/**
 * Replaces near-misses of question words ("whn", "mny", "wich") with the word,
 * among the first three words and only where the word is not otherwise known
 * ("war" is not a typo of "was").
 */
export function correctQuestionWords(folded: string, isKnownWord: (word: string) => boolean = () => false): string {
  const words = folded.split(' ')
  return words
    .map((word, i) => {
      // "whats the death tol": a noun that asks for a figure may stand anywhere, and is read for one before the speller runs.
      if (i > 2) return word.length >= 3 && !isKnownWord(word) && !isLemma(word) && figureSlot(words, i) ? nearest(word, FIGURE_NOUNS) : word
      if (word.length < 3 || QUESTION_WORDS.includes(word)) return word
      // "countris" shares its stem with "countries": the same word misspelt, whatever the corpus knows.
      const stem = stemWord(word)
      const sameStem = stem === null ? undefined : QUESTION_WORDS.find((q) => q.length > 3 && stemWord(q) === stem)
      if (sameStem) return sameStem
      // "did anyone die": past the first word, a word English has is no typo of a question word ("did"), unless it
      // stands where one does: after a question word ("how man people", "when dud"), or second, before an auxiliary
      // ("so wen did", "lol hoe many"). "How many docs died" counts doctors.
      const questionSlot = WH_WORDS.has(words[i - 1] ?? '') || (i === 1 && AUXILIARIES.has(words[i + 1] ?? ''))
      if (isKnownWord(word) || (i > 0 && isLemma(word) && !questionSlot)) return word
      return nearest(word, QUESTION_WORDS)
    })
    .join(' ')
}

/** The word of `words` one edit from `word` (same first letter), or `word` itself. */
function nearest(word: string, words: readonly string[]): string {
  const close = words.filter((q) => q.length >= 3 && Math.abs(q.length - word.length) <= 1 && q[0] === word[0] && editDistance(word, q, 1) <= 1)
  // "wht" is one letter from "who" and from "what": a word with a letter left out is the one that holds all of its letters.
  return close.find((q) => holdsInOrder(q, word)) ?? close[0] ?? word
}

/** True when `word`'s letters stand in `whole` in the same order ("wht" in "what"). */
function holdsInOrder(whole: string, word: string): boolean {
  let i = 0
  for (const ch of whole) if (ch === word[i]) i++
  return i === word.length
}

/**
 * The rank a question gives the post it asks about, and the one it rules out:
 * "who was the deputy mayor" asks a deputy; "the actual defence minister, not
 * the deputy" refuses one, and asks the post itself.
 *
 * @example
 * ```ts
 * rankOfPost('who was the deputy mayor') // => { rank: 'deputy' }
 * rankOfPost("who's the defence minister, not the deputy") // => { refused: 'deputy' }
 * ```
 */
export function rankOfPost(question: string): { rank?: string; refused?: string } {
  const refused = REFUSED_RANK.exec(question)?.[1]?.toLowerCase()
  if (refused !== undefined) return { refused }
  const rank = RANK.exec(question)?.[0].toLowerCase()
  return rank === undefined ? {} : { rank }
}

/**
 * True when a question picks a rank of the post it asks about: one it rules out ("…, not the deputy"), or one it
 * names with no deed ("who is the deputy governor"); "who fired the deputy" names a rank of whom the deed was done to.
 *
 * @example
 * ```ts
 * picksRank("who's the defence minister, not the deputy", null) // => true
 * picksRank('who fired the deputy', 'fired') // => false
 * ```
 */
export function picksRank(question: string, subjectOf: string | null): boolean {
  const { rank, refused } = rankOfPost(question)
  return refused !== undefined || (rank !== undefined && subjectOf === null)
}

/** The question without the rank it rules out ("…, not the deputy"): a word it asks passages not to be about. */
export const withoutRefusedRank = (question: string): string => question.replace(REFUSED_PHRASE, ' ').replace(/\s+/g, ' ').trim()

const RANK_WORDS = 'deputy|vice|assistant|acting|interim'
const RANK = new RegExp(String.raw`\b(?:${RANK_WORDS})\b`, 'i')
// "not the deputy", "isn't the acting one": the rank is ruled out.
const REFUSED_RANK = new RegExp(String.raw`\b(?:not|isn'?t|no)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|its\s+)?(${RANK_WORDS})\b`, 'i')
const REFUSED_PHRASE = new RegExp(String.raw`,?\s*${REFUSED_RANK.source}(?:\s+one)?`, 'gi')
