import { MONTHS, STOP_WORDS, WEEKDAYS, foldText } from '../text/index.ts'
import { conceptMatch } from '../search/index.ts'
import { conceptOfWord, termsOf, type Candidate, type ExtractionContext } from './context.ts'
import type { PersonMention } from './people.ts'
import { SAYING, saidAfter, saidBefore } from './speech.ts'

/**
 * "How many were injured according to the prosecutors?": a figure the question
 * asks of one source is not answered by one its sentence gives as another's
 * ("Officials told parliament that more than 4,000 had been injured").
 */

// The source a question names at its end ("according to the prosecutors", "per the health ministry"), where the
// question's reading puts one written first.
const SOURCE_AT_END =
  /\b(?:acc?ordin(?:g)?\s+to|per|as (?:reported|said|given|told) by|in the (?:view|count|figures?) of)\s+(?:the\s+)?((?:[\w'’-]+\s*){1,4}?)[\s,]*$/
// The words before a verb of saying, from the start of their clause: "Kazakhstan's prosecutors said", "…, the ministry said".
// …and the verbs that give a figure as one's own: "estimated", "put the toll at", "cited", "claimed".
const GIVING = String.raw`(?:${SAYING}|say|estimated|put|puts|cited|confirmed|gave|claimed|claims)\b`
const BODY_SAID = new RegExp(String.raw`(?:^|[,;:—–(]\s*|\b(?:that|and|while|but|as)\s+)((?:[\p{L}\p{N}'’.-]+\s+){1,6}?)${GIVING}`, 'dgiu')
// "The chief executive of Selva Port, Oren Mal, said": the post and the name set off beside it.
const APPOSED_SAID = new RegExp(
  String.raw`(?:^|[;:—–(]\s*|\b(?:that|and|while|but|as)\s+)((?:[\p{L}\p{N}'’.-]+\s+){0,6}[\p{L}'’.-]+,\s+[^,;]{2,60}?),\s+${GIVING}`,
  'dgiu',
)
// "according to the health ministry", "cited the interior ministry as saying", "Per the union, …", "In the union's count, …".
const ACCORDING = /\baccording to\s+((?:[\p{L}\p{N}'’.-]+\s*){1,6})/dgiu
const AS_SAYING = /\b((?:[\p{L}'’.-]+\s+){1,5})as saying\b/dgiu
const PER = /(?:^|[,;:—–]\s*)per\s+((?:[\p{L}\p{N}'’.-]+\s+){0,5}[\p{L}\p{N}'’.-]+),/dgiu
const COUNT_OF = /\bin\s+((?:the\s+)?(?:[\p{L}'’.-]+\s+){0,4}?[\p{L}.-]+)['’]s?\s+(?:count|tally|estimate|figures?|view)\b/dgiu
// A break between two clauses that each give a figure of their own: "Organisers said 60,000, while police put it at 18,000".
const CONTRAST = /,\s*(?:while|whereas|but)\s|;\s|\bwhile\s/gi
// A speaker that is a pronoun stands for someone named before.
const PRONOUN = /^(?:he|she)\s*$/i
// The rest of a sentence after a verb of saying that closes it: "…, the insurance association said."
const CLOSES = /^[^,;]{0,40}[.!?"”]?\s*$/

// Where the words of a source end: a time or a place the question goes on to ask of ("in march", "jan 11").
const SOURCE_ENDS = new RegExp(
  String.raw`\s+(?:(?:in|on|at|during|for|after|before|since|from|by|over|until|through)\b|\d|(?:${MONTHS.map((x) => x.slice(0, 3).toLowerCase()).join('|')})[a-z]*\b|(?:${WEEKDAYS.map((x) => x.toLowerCase()).join('|')})\b).*$`,
)

/** The words of the source a question asks a figure of ("prosecutors"), or `null` where it names none. */
export function askedSource(question: string): string[] | null {
  const m = SOURCE_AT_END.exec(question)
  if (!m) return null
  // "the ministry of health": its head word goes last, as in "the health ministry".
  const [head, of] = m[1]!.replace(SOURCE_ENDS, '').split(/\s+of\s+/)
  const words = `${of ?? ''} ${head}`
    .trim()
    .split(/\s+/)
    .map((w) => foldText(w).replace(/['’]s?$/, ''))
    .filter((w) => w.length > 1 && !STOP_WORDS.has(w))
  return words.length ? words : null
}

// A source word and a speaker's word are one where they share their first letters ("prosecutors", "prosecution"),
// or where the lexicon makes them one idea ("government", "authorities").
const STEM = 6
const stem = (w: string) => w.replace(/(?:ies|es|s)$/, '').slice(0, STEM)

/**
 * True when the sentence gives the figure at `start` as said by someone, and
 * none of those who may have said it is the source the question asks of (read
 * in the speaker's words, or a person's name and the posts the articles give
 * them). Who may have said it: the speakers before the figure in its
 * clause (one may tell what another said: "Volt said that according to field
 * commanders, …") and one that closes the sentence; with none before, the first
 * after it. A figure the sentence gives as nobody's is left to the rest. The
 * speakers are read once for the sentence; the test is made for each figure's offset.
 */
export function otherSource(ctx: ExtractionContext, c: Candidate, source: readonly string[]): (start: number) => boolean {
  const speakers = speakersOf(ctx, c)
  return (start) => speakers.length > 0 && notSaidBy(ctx, c.sentence.text, speakers, start, source)
}

function notSaidBy(ctx: ExtractionContext, text: string, speakers: readonly Speaker[], start: number, source: readonly string[]): boolean {
  const clauseStart = Math.max(0, ...[...text.slice(0, start).matchAll(CONTRAST)].map((m) => m.index + m[0].length))
  const before = speakers.filter((s) => s.at <= start && s.at >= clauseStart)
  const said = before.length ? [...before, ...speakers.filter((s) => s.at > start && s.closes)] : speakers.filter((s) => s.at > start).slice(0, 1)
  if (said.length === 0) return false
  return !said.some((s) => [s.text, ...s.posts].some((t) => speaks(ctx, t, source)))
}

/**
 * True when the speaker is the source: its head word is said ("the ministry" for "the health ministry"), and so
 * are its other words where the speaker names the body with words of its own ("the interior ministry" is not the
 * health ministry; "the World Health Organization" no ministry at all).
 */
function speaks(ctx: ExtractionContext, speaker: string, source: readonly string[]): boolean {
  const words = foldText(speaker)
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
  // "coast guard" for "coastguard": two words the source may write as one.
  const joined = words.slice(1).map((w, i) => words[i]! + w)
  // "met office" for "meteorological office": a short word may stand for the one it opens.
  const says = (w: string, x: string) => stem(x) === stem(w) || (w.length >= 3 && x.startsWith(w)) || sameIdea(ctx, w, x)
  const said = (w: string) => [...words, ...joined].some((x) => says(w, x))
  const head = source.at(-1)!
  const at = words.findIndex((x) => says(head, x))
  if (at < 0 && !said(head)) return false
  const bare = words.slice(0, Math.max(0, at)).every((w) => STOP_WORDS.has(w))
  return bare || source.slice(0, -1).every(said)
}

/**
 * True when the lexicon makes two words one idea ("government", "authorities"): synonyms, not a broader word
 * ("official" for "prosecutor": the officials who spoke may be any).
 */
function sameIdea(ctx: ExtractionContext, asked: string, word: string): boolean {
  const concept = conceptOfWord(ctx, asked)
  return concept !== undefined && conceptMatch(concept, termsOf(ctx, word)) > BROADER
}

// How far the lexicon's broader words ("official" for "prosecutor") count as the word: no further.
const BROADER = 0.5

interface Speaker {
  /** Who speaks, as the sentence names them. */
  text: string
  /** A person's name and the posts the articles give them, each read on its own. */
  posts: string[]
  at: number
  /** True when the verb of saying closes the sentence ("…, the ministry said."). */
  closes: boolean
}

/** Who the sentence says said something, in the order they stand: bodies, people, and "he" for whom it names before. */
function speakersOf(ctx: ExtractionContext, c: Candidate): Speaker[] {
  const text = c.sentence.text
  const found: Speaker[] = []
  for (const re of [BODY_SAID, APPOSED_SAID, ACCORDING, AS_SAYING, PER, COUNT_OF])
    for (const m of text.matchAll(re))
      found.push({ text: m[1]!, posts: [], at: m.indices![1]![0], closes: re === BODY_SAID && CLOSES.test(text.slice(m.index + m[0].length)) })
  // A person who speaks is known by the posts the articles give them too ("Shalabayev", head of the prosecution service).
  const posts = (p: PersonMention) => [p.person.name, ...p.person.roles]
  for (const p of ctx.people(c.article, c.sentence.index)) {
    const within = found.filter((s) => s.at <= p.start && p.end <= s.at + s.text.length)
    for (const s of within) s.posts.push(...posts(p))
    if (within.length === 0 && (saidAfter(text.slice(p.end)) || saidBefore(text.slice(0, p.start))))
      found.push({ text: '', posts: posts(p), at: p.start, closes: false })
  }
  // "He said 17 were hurt": the person the sentences before last named; no one, where they name none.
  for (const s of found.filter((f) => PRONOUN.test(f.text))) {
    const earlier = [1, 2].flatMap((k) => (c.sentence.index - k >= 0 ? ctx.people(c.article, c.sentence.index - k).toReversed() : []))[0]
    s.text = ''
    if (earlier) s.posts.push(...posts(earlier))
  }
  return found.filter((s) => s.text !== '' || s.posts.length > 0).sort((a, b) => a.at - b.at)
}
