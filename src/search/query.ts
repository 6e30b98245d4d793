import { LIGHT_VERBS, NUMBER_WORDS, STOP_WORDS, TITLE_WORDS_LOWER, lemmaOf, tokenize } from '../text/index.ts'
import { canonicalTerm, type Lexicon } from '../text/index.ts'
import { nameForms } from './name-forms.ts'
import type { SearchIndex, WeightedTerm } from './search.ts'
import { DETERMINERS, objectThenParticle, particleOfVerb, slangContext } from './phrasal.ts'
import { lexicalRelatives } from './relatives.ts'
import { describedOnly } from './passage-terms.ts'
import { monthTerms } from './months.ts'
import type { Concept } from './concept.ts'
import { editDistance, expandWord, isAdverbOnly, isLemma, isVerbLemma, slangMeaning, spellTerm, type Speller } from '../text/index.ts'

/**
 * Turns a question's words into concepts and scores how well a passage covers
 * them. A concept is one idea of the question (a word, or a name spelt several
 * ways) with the terms that express it; coverage is the share of the question's
 * concepts, weighted by rarity, that a passage and its neighbours contain.
 */

// Words that shape a question without naming what it is about, and the vague words of chat
// ("the whole thing", "the csto guys") that stand for what the question is about without naming it.
const QUESTION_ONLY = new Set(
  `get got gotten happen happened happens exactly actually really did kind sort type thing things stuff whole guy guys
folks anything something everything anyone someone everyone overall altogether according yes supposed supposedly basically literally
totally even every dude dudes bro yo lol btw tbh ngl idk imo smh ffs omg wtf lmao rofl please among amid amidst across along around toward towards within via
like despite onto throughout regarding concerning claim claimed claims claiming`.split(/\s+/),
)
// A vague multiword verb ("went in", "came out") counts for this much of its rarity.
const VAGUE_PHRASAL = 0.5
// An adverb ("suddenly", "finally", "roughly") counts for this much of its rarity.
const ADVERB_WEIGHT = 0.3
// What a phrasal verb's verb alone is worth: "set fire" is not "set off".
const PHRASAL_HEAD = 0.5
// Words that may stand between a verb and its particle ("pull them out").
const OBJECT_WORDS = new Set(['it', 'them', 'him', 'her', 'us', 'me', 'everyone', 'everybody', 'everything', 'all', 'this', 'that'])

// The small numbers news copy spells out ("four days"), by their value and the other way round.
const SMALL = Object.entries(NUMBER_WORDS).filter(([, n]) => n <= 12)
const WORD_OF = new Map(SMALL.map(([w, n]) => [String(n), w]))
const VALUE_OF = new Map(SMALL.map(([w, n]) => [w, String(n)]))

// Idioms of up to this many words are looked up whole ("in the first place").
const MAX_IDIOM = 4

/**
 * The concepts of a question's content words. Unknown words are matched to the
 * closest indexed term; a word nothing in the corpus resembles stays as an
 * unmatchable concept, so a question about something the articles never
 * mention covers little of any passage.
 *
 * @example
 * ```ts
 * buildConcepts('how mny trops were in the csto force', index, speller).map(c => c.word)
 * // => ['troop', 'csto', 'forc']
 * ```
 */
export function buildConcepts(
  text: string,
  index: SearchIndex,
  speller: Speller,
  lowWeight: ReadonlySet<string> = new Set(),
  names: ReadonlySet<string> = new Set(),
): Concept[] {
  const { lexicon, vocabulary } = index
  const total = Math.max(1, index.size)
  const idf = (term: string) => Math.log(1 + total / Math.max(1, vocabulary.get(term) ?? 0.5))
  const concepts: Concept[] = []
  const acronyms = new Set(lexicon.phrases.values())
  // "the russian-led force" is the force, not a question of who led it.
  const tokens = tokenize(describedOnly(text))
  const terms = tokens.map((t) => (STOP_WORDS.has(t.word) || QUESTION_ONLY.has(t.word) ? null : canonicalTerm(lexicon, t.word)))
  // Words that count for little, in any form ("cited" as "cite") and however typed.
  const lowTerms = new Set([...lowWeight].map((w) => canonicalTerm(lexicon, w)))
  const consumed = new Set<number>()
  // "how many did they send in total": the count is of all of them, not what they are; "in" is no particle of "send in".
  const whole = totality(tokens)
  if (whole >= 0) consumed.add(whole).add(whole + 1)
  // "in the first place", "at all", "across the country": an adverbial idiom is not its own words ("place",
  // "country"); what WordNet says it means ("nationwide") is at most a minor concept.
  for (let size = MAX_IDIOM; size >= 2; size--) {
    for (let i = 0; i + size <= tokens.length; i++) {
      if ([...Array(size).keys()].some((k) => consumed.has(i + k))) continue
      // "pull out of Marovia": "out of" is the particle of "pull out" and a preposition, not an adverb ("in the end" is one).
      if (size === 2 && particleOfVerb(tokens, i)) continue
      const form = tokens
        .slice(i, i + size)
        .map((t) => t.word)
        .join('_')
      if (!isAdverbOnly(form)) continue
      for (let k = 0; k < size; k++) consumed.add(i + k)
      const idiom = idiomConcept(form, lexicon, vocabulary, idf)
      if (idiom) concepts.push(idiom)
    }
  }
  // "pulled the plug", "took the helm": a verb idiom of three or four words is one idea, what WordNet says it means.
  for (let size = MAX_IDIOM; size >= 3; size--) {
    for (let i = 0; i + size <= tokens.length; i++) {
      if ([...Array(size).keys()].some((k) => consumed.has(i + k))) continue
      const form = [lemmaOf(tokens[i]!.word), ...tokens.slice(i + 1, i + size).map((t) => t.word)].join('_')
      const alternatives = isVerbLemma(form) ? lexicalRelatives(form, lexicon, vocabulary).filter((t) => vocabulary.has(t.term)) : []
      if (alternatives.length === 0) continue
      for (let k = 0; k < size; k++) consumed.add(i + k)
      const weight = alternatives.reduce((sum, t) => sum + idf(t.term), 0) / alternatives.length
      concepts.push({ word: form, terms: alternatives, weight, named: false, known: true, asked: form })
    }
  }
  // A multiword verb ("get on", "set off", "take over") means what neither of its words does: one concept,
  // found through what WordNet says it means ("board", "trigger", "withdraw"), its verb alone counting less.
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (consumed.has(i) || consumed.has(i + 1) || STOP_WORDS.has(tokens[i]!.word)) continue
    // "get everyone out", "set it all off": object pronouns may stand between the verb and its particle.
    let split = i + 1
    while (split < i + 3 && OBJECT_WORDS.has(tokens[split]?.word ?? '')) split++
    const pronouns = split > i + 1 && split < tokens.length && !consumed.has(split) && isVerbLemma(`${tokens[i]!.word}_${tokens[split]!.word}`)
    // "brought the troops back", "pull russian troops out": a short object stands there too, and stays a concept.
    const object = pronouns ? -1 : objectThenParticle(tokens, i, consumed)
    const particle = pronouns ? split : object > 0 ? object : i + 1
    const form = `${tokens[i]!.word}_${tokens[particle]!.word}`
    const where = slangContext(tokens, i, particle)
    if (!isVerbLemma(form) && slangMeaning(form, where).length === 0) continue
    if (pronouns) for (let k = i + 1; k < particle; k++) consumed.add(k)
    // "take place" is "happen": it shapes a where or when question without saying what it is about.
    if ([...expandWord(form)].some(([lemma, w]) => QUESTION_ONLY.has(lemma) && w >= 0.5)) {
      consumed.add(i).add(particle)
      continue
    }
    const relatives = lexicalRelatives(form, lexicon, vocabulary, where)
    const head = terms[i]
    const alternatives: WeightedTerm[] = head ? [{ term: head, weight: PHRASAL_HEAD }, ...relatives.filter((r) => r.term !== head)] : relatives
    const known = alternatives.filter((t) => vocabulary.has(t.term))
    if (known.length === 0) continue
    consumed.add(i).add(particle)
    // "the force that went in", "did people come out to protest": a light verb with a particle and no object is how
    // the asker talks, not the article; rare in the corpus, its absence tells little. "get on the planes" has one.
    const after = tokens[particle + 1]?.word
    const vague = LIGHT_VERBS.has(tokens[i]!.word) && (after === undefined || !DETERMINERS.has(after))
    const low = lowTerms.has(terms[i] ?? null)
    const weight = (known.reduce((sum, t) => sum + idf(t.term), 0) / known.length) * (vague ? VAGUE_PHRASAL : 1) * (low ? 0.3 : 1)
    concepts.push({ word: form, terms: alternatives, weight, named: false, known: true, asked: form, minor: low })
  }
  // Expanded names first ("Collective Security Treaty Organization" is one idea, the acronym).
  for (let size = lexicon.maxPhrase; size >= 2; size--) {
    for (let i = 0; i + size <= terms.length; i++) {
      const window = terms.slice(i, i + size)
      if (window.some((t, k) => t === null || consumed.has(i + k))) continue
      const acronym = lexicon.phrases.get(window.join(' '))
      if (!acronym) continue
      for (let k = 0; k < size; k++) consumed.add(i + k)
      concepts.push({ word: acronym, terms: [{ term: acronym, weight: 1 }], weight: idf(acronym), named: true, known: vocabulary.has(acronym) })
    }
  }
  const seen = new Set<string>(concepts.map((c) => c.word))
  for (const [i, raw] of terms.entries()) {
    if (raw === null || consumed.has(i)) continue
    // A word English has ("percent", "mess") is spelt right even where no article uses it: not a typo of "present".
    // A typo of a stop or chat word ("acording") is that word, not "accord"; a short one ("getz") only if no article word is near.
    const word = tokens[i]!.word
    const typedStop = word.length >= 6 && !vocabulary.has(raw) && !isLemma(word) && correctToStop(word, true) !== undefined
    const term = typedStop ? null : (spellTerm(word, raw, vocabulary, speller) ?? (correctToStop(word) !== undefined ? null : raw))
    if (term === null || seen.has(term)) continue
    seen.add(term)
    // "trops ... force": two words for one idea count once.
    const same = concepts.find((c) => c.terms.some((t) => t.term === term))
    if (same) {
      same.weight = Math.max(same.weight, idf(term))
      for (const t of same.terms) if (t.term === term) t.weight = 1
      continue
    }
    // "in march": the month or the protest; "the march": the protest; "march 14": the month (indexed apart).
    const alternatives: WeightedTerm[] = monthTerms(tokens, i, term, lexicon) ?? [{ term, weight: 1 }]
    for (const [synonym, weight] of lexicon.synonyms.get(term) ?? []) alternatives.push({ term: synonym, weight })
    // "in the first 4 days": news copy writes a small number as a word ("four days"), chat as a figure, either way round.
    const other = WORD_OF.get(term) ?? VALUE_OF.get(word)
    if (other !== undefined && other !== term) alternatives.push({ term: canonicalTerm(lexicon, other) ?? other, weight: 1 })
    // A figure in a question ("the 225 figure", "in 2011", "on January 3") is as exact as a name.
    const named = names.has(raw) || names.has(term) || /^\d+$/.test(term)
    // A name means the one thing it names: NATO is not "an alliance" in general. A country is written by its own
    // name or its people's ("british" where the articles say "Britain").
    const relatives = named || acronyms.has(term) ? nameForms(word, term, lexicon) : lexicalRelatives(word, lexicon, vocabulary)
    for (const related of relatives) {
      const known = alternatives.find((t) => t.term === related.term)
      if (!known) alternatives.push(related)
      else known.weight = Math.max(known.weight, related.weight)
    }
    // "admiral Lind": a title before a name is the name's, and articles often leave it out.
    const titleOfName = TITLE_WORDS_LOWER.has(word) && i + 1 < tokens.length && names.has(terms[i + 1] ?? '')
    // What is counted counts for little ("how many troops": a sentence may say "servicemen"), unless it is a name:
    // "how many Russians" is about Russians. A figure it is a part of ("how many of the 164") stays little.
    const low = (lowWeight.has(word) || lowTerms.has(term)) && (!named || /^\d+$/.test(term))
    const minor = low || titleOfName || isAdverbOnly(word)
    const weight = idf(term) * (low || titleOfName ? 0.3 : 1) * (isAdverbOnly(word) ? ADVERB_WEIGHT : 1)
    const known = alternatives.some((t) => vocabulary.has(t.term))
    concepts.push({ word: term, terms: alternatives, weight, named, known, asked: word, minor })
  }
  return withAbsentWordsTempered(concepts, vocabulary)
}

/**
 * A word no article uses ("resurfaced") is as rare as a word can be, so its weight outweighed all the question's
 * words the articles do use, though it tells no passage from another; only its relatives ("appear") can match,
 * and passages that had one of those but nothing else the question asks outranked the ones about it. It counts
 * for no more than the question's heaviest word the articles use; its full rarity (`rarity`) still decides whether a
 * short answer is bet on. A name, or a word English lacks, is left as it is: a name no article has makes the
 * question one they do not cover.
 */
function withAbsentWordsTempered(concepts: Concept[], vocabulary: ReadonlyMap<string, number>): Concept[] {
  const absent = (c: Concept) => !c.named && !c.word.includes('_') && !vocabulary.has(c.word)
  const top = Math.max(0, ...concepts.filter((c) => c.known !== false && !absent(c)).map((c) => c.weight))
  for (const c of concepts) {
    // A word English lacks ("erdogan") is likelier a name the articles never give than a word they put otherwise.
    if (!absent(c) || !isLemma(c.asked ?? c.word) || top <= 0 || c.weight <= top) continue
    c.rarity = c.weight
    c.weight = top
  }
  return concepts
}

/** Where "in total", "in all" or "all told" opens or ends the question, or -1. */
function totality(tokens: readonly { word: string }[]): number {
  const at = (i: number) => i >= 0 && TOTALITY.has(`${tokens[i]?.word} ${tokens[i + 1]?.word}`)
  return at(0) ? 0 : at(tokens.length - 2) ? tokens.length - 2 : -1
}
const TOTALITY = new Set(['in total', 'in all', 'all told'])

/**
 * An adverbial idiom as a minor concept, found through the one-word lemmas
 * WordNet gives it ("across the country": "nationwide", "nation"): it says
 * where or how, worth an adverb's share, never a gap.
 */
function idiomConcept(form: string, lexicon: Lexicon, vocabulary: ReadonlyMap<string, number>, idf: (term: string) => number): Concept | null {
  const alternatives: WeightedTerm[] = []
  for (const [lemma, weight] of expandWord(form)) {
    const term = lemma.includes('_') ? null : canonicalTerm(lexicon, lemma)
    if (term !== null && vocabulary.has(term) && !alternatives.some((a) => a.term === term)) alternatives.push({ term, weight })
  }
  if (alternatives.length === 0) return null
  const weight = (alternatives.reduce((sum, t) => sum + idf(t.term), 0) / alternatives.length) * ADVERB_WEIGHT
  return { word: form, terms: alternatives, weight, named: false, known: true, asked: form, minor: true }
}

// The stop word (or, `chat`, also chat's word) one letter from `word` ("acording", "actualy"), or `undefined`.
const correctToStop = (word: string, chat = false) =>
  (chat ? STOP_OR_CHAT : STOP_LIST).find((stop) => stop.length >= 3 && stop[0] === word[0] && editDistance(stop, word, 1) <= 1)
const [STOP_LIST, STOP_OR_CHAT] = [[...STOP_WORDS], [...STOP_WORDS, ...QUESTION_ONLY]]

/** All the terms of the concepts, for the search index. */
export function queryTerms(concepts: readonly Concept[]): WeightedTerm[] {
  const best = new Map<string, number>()
  for (const c of concepts) for (const t of c.terms) best.set(t.term, Math.max(best.get(t.term) ?? 0, t.weight * c.weight))
  return [...best].map(([term, weight]) => ({ term, weight }))
}
