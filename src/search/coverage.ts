/**
 * How well a passage covers a question's concepts: in the sentence itself, its
 * neighbours, its section heading and its article's title; and whether it
 * says the names the question gives.
 */
import { CALENDAR_WORDS, LIGHT_VERBS, STOP_WORDS } from '../text/index.ts'
import { analyzeText } from './analyze.ts'
import type { Concept } from './concept.ts'
import type { SearchIndex } from './search.ts'

/**
 * The months a passage's own dates fall in, as the terms their names make
 * ("on Tuesday" in a story of June 8 → `june`): "the june referendum" is the
 * one a sentence dates to June, whether or not it writes the month.
 */
export type DatedTerms = (id: number) => ReadonlySet<string>

const NO_DATES: DatedTerms = () => new Set()

// How much of a concept a passage says, in its words or, for a month, in its dates; a name ("June Lask") only in words.
function saidIn(c: Concept, id: number, terms: ReadonlySet<string>, dated: DatedTerms): number {
  const inWords = conceptMatch(c, terms)
  return inWords > 0 || c.named ? inWords : conceptMatch(c, dated(id))
}

/** How much of a concept a set of terms expresses: the best weight among its terms found there. */
export function conceptMatch(concept: Concept, terms: ReadonlySet<string>): number {
  let best = 0
  for (const t of concept.terms) if (t.weight > best && terms.has(t.term)) best = t.weight
  return best
}

/**
 * A lookup, for one question, of whether an article names a concept anywhere
 * (the article given by its first passage), for {@link coverage}; each article
 * is scanned at most once per concept.
 */
export function articleLookup(index: SearchIndex): (firstPassage: number, concept: Concept) => boolean {
  const seen = new Map<string, boolean>()
  return (first, concept) => {
    const key = `${first}:${concept.word}`
    const known = seen.get(key)
    if (known !== undefined) return known
    // Any of the concept's terms (of some weight) in a sentence from `first` to the article's end, read from the
    // postings: walking the article made every one of its passages, most for nothing else.
    const { passageArticle, articleStart } = index.data
    const article = first >= 0 && first < index.size ? passageArticle[first]! : -1
    const found = article >= 0 && concept.terms.some((t) => t.weight > 0 && index.hasTerm(t.term, first, articleStart[article + 1]!))
    seen.set(key, found)
    return found
  }
}

// A share summed from weights comes out a hair off ((0.6 + 1) / 2 as 0.7999…), and the thresholds it meets
// (0.8 to answer a yes/no, 0.3 to be relevant) must not hang on the last bit of a float.
const settled = (share: number) => Math.round(share * 1e9) / 1e9

/** What a concept found only in a sentence's section heading is worth. */
const HEADING_WEIGHT = 0.6
/** What a heading itself keeps of its coverage as a candidate answer. */
const HEADING_AS_ANSWER = 0.7

/**
 * The share of the concepts (by weight) a passage covers: fully in the sentence
 * itself, half in the sentences either side, less in the article title.
 */
export function coverage(
  concepts: readonly Concept[],
  id: number,
  index: SearchIndex,
  titleTerms: ReadonlySet<string>,
  articleHas: (firstPassage: number, concept: Concept) => boolean = () => false,
  dated: DatedTerms = NO_DATES,
): number {
  const total = concepts.reduce((sum, c) => sum + c.weight, 0)
  const passage = index.passage(id)
  if (total === 0 || !passage) return 0
  // Passages are stored in reading order, so an article's neighbours sit at id ± 1.
  const before = index.passage(id - 1)
  const after = index.passage(id + 1)
  const prev = before?.article === passage.article ? before : undefined
  const next = after?.article === passage.article ? after : undefined
  const head = passage.section >= 0 && passage.section !== id ? index.passage(passage.section) : undefined
  let got = 0
  let missingName = false
  for (const c of concepts) {
    const own = saidIn(c, id, passage.terms, dated)
    // A sentence that opens with "He"/"She" is about whom the sentence before names.
    const fromPrev = prev ? saidIn(c, id - 1, prev.terms, dated) * (passage.continues ? 0.9 : 0.5) : 0
    const near = Math.max(fromPrev, next ? saidIn(c, id + 1, next.terms, dated) * 0.5 : 0)
    const title = conceptMatch(c, titleTerms) * 0.3
    const heading = head ? conceptMatch(c, head.terms) * HEADING_WEIGHT : 0
    const match = Math.max(own, near, title, heading)
    // The article may name it once and then say "the alliance": only an article that never names it is about something else.
    if (c.named && match === 0 && !articleHas(id - passage.sentence, c)) missingName = true
    got += c.weight * match
  }
  // "When was NATO founded?" is not answered by a sentence about the CSTO's founding.
  // A heading names what its section is about; the answer is in the section's sentences.
  const isHeading = passage.section === id
  return settled((got / total) * (missingName ? 0.5 : 1) * (isHeading ? HEADING_AS_ANSWER : 1))
}

/**
 * True when a name the question gives (CSTO, Almaty) is nowhere in what a
 * passage's own sentence says (itself, its heading, the sentence before when
 * it goes on about it, the article's title and lead sentence): a short answer
 * from it would be about something else.
 */
export function missesName(
  concepts: readonly Concept[],
  id: number,
  index: SearchIndex,
  titleTerms: ReadonlySet<string> = new Set(),
  quoted = false,
  refers = false,
): boolean {
  const passage0 = index.passage(id)
  // The lead sentence names who the story is about ("Troops of the CSTO began leaving ..."); "the withdrawal" later is theirs.
  const lead = passage0 ? index.passage(id - passage0.sentence) : undefined
  const passage = index.passage(id)
  if (!passage) return true
  const before = passage.continues || refers ? index.passage(id - 1) : undefined
  const prev = before?.article === passage.article ? before : undefined
  const head = passage.section >= 0 && passage.section !== id ? index.passage(passage.section) : undefined
  const says = (c: Concept, terms: ReadonlySet<string> | undefined) => terms !== undefined && conceptMatch(c, terms) > 0
  const speaker = quoted ? quotedFrom(index, id) : []
  return concepts.some(
    (c) =>
      c.named &&
      !speaker.some((p) => says(c, index.passage(p)?.terms)) &&
      !says(c, passage.terms) &&
      !says(c, prev?.terms) &&
      !says(c, head?.terms) &&
      !says(c, titleTerms) &&
      !says(c, lead?.terms),
  )
}

/**
 * For a sentence inside a quotation opened earlier in its paragraph ('"...,"
 * Lask said. "In two days ... It will take ten days."'), the passages of the
 * paragraph before it, one of which names the speaker; otherwise none.
 */
function quotedFrom(index: SearchIndex, id: number): number[] {
  const passage = index.passage(id)
  const article = passage ? index.articles[passage.article] : undefined
  const sentence = article?.sentences[passage!.sentence]
  if (!article || !sentence) return []
  let first = sentence.index
  while (first > 0 && article.sentences[first - 1]!.paragraph === sentence.paragraph) first--
  if (first === sentence.index) return []
  const before = article.text.slice(article.sentences[first]!.start, sentence.start)
  const open = (before.match(/“/g)?.length ?? 0) > (before.match(/”/g)?.length ?? 0) || (before.match(/"/g)?.length ?? 0) % 2 === 1
  return open ? Array.from({ length: sentence.index - first }, (_, k) => id - (sentence.index - first) + k) : []
}

// A name this many of the corpus's passages say is what the whole corpus is about ("Kazakhstan" in a corpus on its unrest).
const BACKGROUND_SHARE = 0.12

/**
 * The concepts a sentence must say to answer (see {@link missesName}): all the
 * question's, but a day's sentence may leave the corpus's own subject ("the
 * CSTO") to its article, unless it names someone else ("Ostria police arrested
 * 40 protesters on March 3"). A count's may not ("how many CSTO soldiers").
 */
export function requiredConcepts(concepts: readonly Concept[], date: boolean, text: string, index: SearchIndex): readonly Concept[] {
  if (!date) return concepts
  const named = concepts.filter((c) => !isBackground(c, index))
  return named.length < concepts.length && !namesOther(text, concepts, index) ? named : concepts
}

/**
 * True when a sentence names someone or somewhere none of the question's
 * concepts names: "Norland police arrested 40" is about Norland, whatever the
 * corpus is about. Months, weekdays and a capitalised function word ("The") are no names.
 */
function namesOther(text: string, concepts: readonly Concept[], index: SearchIndex): boolean {
  return [...text.matchAll(/\p{Lu}[\p{L}-]+/gu)].some((m) => {
    if (STOP_WORDS.has(m[0].toLowerCase())) return false
    const terms = analyzeText(index.lexicon, m[0])
    if (terms.length === 0 || CALENDAR_WORDS.has(m[0])) return false
    return !concepts.some((c) => conceptMatch(c, new Set(terms)) > 0)
  })
}

/**
 * True for a name so common in the corpus that it is the corpus's own subject
 * ("Kazakhstan" in a corpus on its unrest): it tells little of which sentence answers.
 */
function isBackground(c: Concept, index: SearchIndex): boolean {
  return c.named === true && c.terms.some((t) => t.weight >= 1 && (index.vocabulary.get(t.term) ?? 0) >= index.size * BACKGROUND_SHARE)
}

// A headline frames every sentence under it ("sending troops to Kazakhstan" → "The force totals 2,500"), if less surely.
const TITLE_FRAMES = 0.3
/** A match worth this much (a synonym's) counts as the concept said. */
export const SAID_IN_OTHER_WORDS = 0.6

/**
 * The share of the concepts (by weight) a passage's own sentence says: the
 * sentence itself, the heading of its section, the sentence before only when
 * this one goes on about it ("He said ..."), and, less, the article's title. Unlike {@link coverage} it
 * gives nothing for words merely nearby: it is how surely the sentence itself
 * is about what is asked. `gap` is the largest share of the question one
 * concept the sentence does not say at all makes up.
 *
 * @example
 * ```ts
 * sentenceCoverage(concepts, id, index) // => { said: 1, gap: 0 } when the sentence names every concept
 * ```
 */
export function sentenceCoverage(
  concepts: readonly Concept[],
  id: number,
  index: SearchIndex,
  titleTerms: ReadonlySet<string> = new Set(),
  quoted = false,
  dated: DatedTerms = NO_DATES,
  refers = false,
): { said: number; gap: number } {
  const total = concepts.reduce((sum, c) => sum + c.weight, 0)
  const passage = index.passage(id)
  if (total === 0 || !passage) return { said: 0, gap: 1 }
  const before = passage.continues || refers ? index.passage(id - 1) : undefined
  const prev = before?.article === passage.article ? before : undefined
  const head = passage.section >= 0 && passage.section !== id ? index.passage(passage.section) : undefined
  let got = 0
  let gap = 0
  // A quotation goes on speaking for whom its paragraph named as it opened.
  const speaker = (quoted ? quotedFrom(index, id) : []).map((p) => index.passage(p)!.terms)
  for (const c of concepts) {
    const match = Math.max(
      saidIn(c, id, passage.terms, dated),
      prev && (passage.continues || c.named) ? saidIn(c, id - 1, prev.terms, dated) * 0.9 : 0,
      ...speaker.map((terms) => (c.named ? conceptMatch(c, terms) * 0.9 : 0)),
      head ? conceptMatch(c, head.terms) * HEADING_WEIGHT : 0,
      conceptMatch(c, titleTerms) * TITLE_FRAMES,
    )
    // A synonym ("belong" for "members") says the concept as surely as the word: it is there, if in other words.
    got += c.weight * Math.min(1, match / SAID_IN_OTHER_WORDS)
    // A light verb ("went", "got") is no idea of its own; what the headline says frames every sentence under it.
    if (match === 0 && !c.minor && !LIGHT_VERBS.has(c.asked ?? '')) gap = Math.max(gap, c.weight / total)
  }
  return { said: settled(got / total), gap: settled(gap) }
}
