import { foldText, stemWord, tokenize } from './analyzer.ts'
import { CAPITALS, DEMONYMS } from './gazetteer.ts'
import type { Article } from '../corpus/index.ts'

/**
 * What the analyzer knows beyond single words: acronyms and their expansions,
 * other spellings of an acronym, and synonyms. Part of it is built in (names
 * every news reader knows), the rest is learnt from the corpus itself, so a
 * new article that writes "Shanghai Cooperation Organisation (SCO)" teaches it.
 */
export interface Lexicon {
  /** Stemmed phrase ("collect secur treati organ") → acronym term ("csto"). */
  phrases: Map<string, string>
  /** Other spellings → canonical term ("ctso" → "csto", "usa" → "us"). */
  aliases: Map<string, string>
  /** Term → related terms, each with the weight a match on it is worth (< 1). */
  synonyms: Map<string, Map<string, number>>
  /** Longest phrase length in words, to bound phrase matching. */
  maxPhrase: number
}

// Names every reader of international news knows; the corpus adds its own.
const BUILT_IN_ACRONYMS: Record<string, string> = {
  csto: 'Collective Security Treaty Organization',
  nato: 'North Atlantic Treaty Organization',
  un: 'United Nations',
  usa: 'United States',
  eu: 'European Union',
  uk: 'United Kingdom',
  osce: 'Organization for Security and Co-operation in Europe',
  eaeu: 'Eurasian Economic Union',
  sco: 'Shanghai Cooperation Organisation',
  cis: 'Commonwealth of Independent States',
  ussr: 'Union of Soviet Socialist Republics',
  unsc: 'United Nations Security Council',
}

const BUILT_IN_ALIASES: Record<string, string> = {
  america: 'usa',
  organisation: 'organization',
  defence: 'defense',
  kazakstan: 'kazakhstan',
  kiev: 'kyiv',
}

// Groups of words the articles use for one idea. Each word is stemmed when the
// table is built; a match through a synonym counts a little less than the word.
const SYNONYM_GROUPS: string[][] = [
  ['troops', 'soldiers', 'forces', 'paratroopers', 'peacekeepers', 'military', 'army', 'contingent', 'servicemen'],
  ['arrive', 'arriving', 'land', 'landing', 'deploy', 'deployed', 'enter', 'reach', 'came', 'sent', 'send'],
  // "Voted against" is "opposed"; "against" is no stop word, so that it is not "voted for".
  ['against', 'oppose', 'opposed', 'opposes', 'opposing'],
  ['found', 'founding', 'founded', 'establish', 'established', 'create', 'created', 'formed'],
  ['invade', 'invaded', 'invasion', 'intervene', 'intervention', 'attack'],
  ['country', 'countries', 'nation', 'nations', 'state', 'states'],
  ['member', 'members', 'membership', 'ally', 'allies', 'belong', 'belongs', 'join', 'joined', 'part'],
  ['talks', 'negotiations', 'meeting', 'summit', 'meet', 'negotiate', 'conference'],
  ['compare', 'compared', 'comparison', 'comparisons', 'similar', 'similarity', 'like', 'liken', 'echo', 'resembles'],
  ['demand', 'demands', 'conditions', 'request', 'require'],
  ['protests', 'protesters', 'unrest', 'riots', 'uprising', 'demonstrations', 'demonstrators', 'rebellion'],
  ['help', 'assistance', 'aid', 'support', 'assist'],
  ['leader', 'head', 'chief', 'president', 'boss', 'bosses'],
  ['killed', 'dead', 'deaths', 'died', 'kill'],
  ['begin', 'began', 'start', 'started', 'starts', 'begins'],
  ['alliance', 'bloc', 'pact', 'organization', 'union', 'treaty'],
  ['war', 'conflict', 'fighting'],
  ['invest', 'invested', 'investment', 'investing'],
  ['site', 'sites', 'facility', 'facilities', 'installation', 'installations'],
  ['ask', 'asked', 'asks', 'appeal', 'appealed', 'appeals'],
  // "What did X call the unrest?": the verbs that give a thing a name ("portrayed the unrest as a coup").
  ['call', 'called', 'describe', 'described', 'portray', 'portrayed', 'label', 'labelled', 'labeled', 'brand', 'branded', 'dub', 'dubbed'],
  ['remove', 'removed', 'removal', 'oust', 'ousted', 'dismiss', 'dismissed', 'dismissal', 'sack', 'sacked'],
]

const SYNONYM_WEIGHT = 0.6
const DEMONYM_WEIGHT = 0.9

// A country and its adjective are nearly one word ("Ukrainian border" is about Ukraine);
// its capital stands for its government less surely.
// Every country of the gazetteer with its people's adjective ("Kyrgyz" for Kyrgyzstan), not a chosen few.
const DEMONYM_GROUPS: [string[], number][] = demonymGroups()
// The seat of a government named for it ("the Kremlin"), with its capital and country.
const SEAT_GROUPS: [string[], number][] = [
  [['russia', 'moscow', 'kremlin'], SYNONYM_WEIGHT],
  [['usa', 'washington'], SYNONYM_WEIGHT],
]
const VARIANT_GROUPS: [string[], number][] = [...DEMONYM_GROUPS, [['usa', 'american', 'americans'], DEMONYM_WEIGHT], ...SEAT_GROUPS, ...capitalGroups()]

// "how many troops did yerevan send": a capital stands for its country's government, as "Moscow" for Russia (one
// a seat's group already holds is left to it).
function capitalGroups(): [string[], number][] {
  const held = new Set(SEAT_GROUPS.flatMap(([words]) => words))
  return [...CAPITALS]
    .filter(([city, country]) => !/\s/.test(city) && !/\s/.test(country) && !held.has(city.toLowerCase()))
    .map(([city, country]) => [[country.toLowerCase(), city.toLowerCase()], SYNONYM_WEIGHT])
}

function demonymGroups(): [string[], number][] {
  const byCountry = new Map<string, string[]>()
  for (const [demonym, country] of DEMONYMS) {
    if (country.includes(' ')) continue
    byCountry.set(country, [...(byCountry.get(country) ?? [country]), demonym])
  }
  return [...byCountry.values()].map((words) => [words.map((w) => w.toLowerCase()), DEMONYM_WEIGHT])
}

/** What one article teaches the lexicon: the acronyms it defines, and its all-capital words (folded), in order. */
export interface LexiconInput {
  acronyms: [string, string][]
  capitals: string[]
}

/**
 * What {@link buildLexicon} reads of one article; computed apart so a build
 * can read the articles in worker threads.
 *
 * @example
 * ```ts
 * lexiconInput({ text: 'The Shanghai Cooperation Organisation (SCO) and NATO' })
 * // => { acronyms: [['sco', 'Shanghai Cooperation Organisation']], capitals: ['sco', 'nato'] }
 * ```
 */
export function lexiconInput(article: Pick<Article, 'text'>): LexiconInput {
  const capitals = new Set<string>()
  for (const m of article.text.matchAll(/\b[A-Z]{3,6}\b/g)) capitals.add(m[0].toLowerCase())
  return { acronyms: definedAcronyms(article.text), capitals: [...capitals] }
}

/**
 * Builds the lexicon for a set of articles: the built-in names plus every
 * "Long Name (ACRONYM)" the articles define, and all-capital words whose
 * letters are an acronym's in another order (the articles write "CTSO" and
 * "SCTO" for "CSTO"). `inputs` are the articles' {@link lexiconInput}s, when
 * computed already.
 *
 * @example
 * ```ts
 * const lex = buildLexicon([])
 * lex.phrases.get('collect secur treati organ') // => 'csto'
 * ```
 */
export function buildLexicon(articles: readonly Pick<Article, 'text'>[], inputs: readonly LexiconInput[] = articles.map(lexiconInput)): Lexicon {
  const lexicon: Lexicon = { phrases: new Map(), aliases: new Map(), synonyms: new Map(), maxPhrase: 1 }
  for (const [acronym, expansion] of Object.entries(BUILT_IN_ACRONYMS)) addAcronym(lexicon, acronym, expansion)
  for (const [alias, canonical] of Object.entries(BUILT_IN_ALIASES)) lexicon.aliases.set(alias, canonical)
  const capitals = new Set<string>()
  for (const input of inputs) {
    for (const [acronym, expansion] of input.acronyms) addAcronym(lexicon, acronym, expansion)
    for (const word of input.capitals) capitals.add(word)
  }
  const known = new Set(lexicon.phrases.values())
  for (const word of capitals) {
    if (known.has(word) || lexicon.aliases.has(word)) continue
    const sorted = [...word].sort().join('')
    const match = [...known].find((acronym) => acronym.length === word.length && [...acronym].sort().join('') === sorted)
    if (match) lexicon.aliases.set(word, match)
  }
  const groups: [string[], number][] = [...SYNONYM_GROUPS.map((g): [string[], number] => [g, SYNONYM_WEIGHT]), ...VARIANT_GROUPS]
  for (const [group, weight] of groups) {
    const stems = [...new Set(group.map((w) => canonicalTerm(lexicon, w)).filter((s): s is string => s !== null))]
    for (const stem of stems) {
      const related = lexicon.synonyms.get(stem) ?? new Map<string, number>()
      for (const other of stems) if (other !== stem) related.set(other, Math.max(weight, related.get(other) ?? 0))
      lexicon.synonyms.set(stem, related)
    }
  }
  return lexicon
}

/** The index term for one folded word under a lexicon: stemmed, with aliases applied; `null` for a stop word. */
export function canonicalTerm(lexicon: Lexicon, word: string): string | null {
  const alias = lexicon.aliases.get(word)
  if (alias) return stemWord(alias) ?? alias
  const stem = stemWord(word)
  return stem === null ? null : (lexicon.aliases.get(stem) ?? stem)
}

function addAcronym(lexicon: Lexicon, acronym: string, expansion: string): void {
  const key = phraseKey(lexicon, expansion)
  if (key.split(' ').length < 2 || lexicon.phrases.has(key)) return
  lexicon.phrases.set(key, acronym)
  lexicon.maxPhrase = Math.max(lexicon.maxPhrase, key.split(' ').length)
}

/** The stemmed, stop-word-free form of a phrase, as the lexicon keys it. */
export function phraseKey(lexicon: Lexicon, phrase: string): string {
  return tokenize(phrase)
    .map((t) => canonicalTerm(lexicon, t.word))
    .filter((t): t is string => t !== null)
    .join(' ')
}

// "Collective Security Treaty Organization (CSTO)" and "CSTO (Collective Security ...)".
const DEFINED_AFTER = /((?:[A-Z][\w'-]*\s+(?:(?:of|for|and|the|in|on)\s+)*){1,7}[A-Z][\w'-]*)\s*\(([A-Z]{2,8})\)/g
const DEFINED_BEFORE = /\b([A-Z]{2,8})\s*\(((?:[A-Z][\w'-]*\s+(?:(?:of|for|and|the|in|on)\s+)*){1,7}[A-Z][\w'-]*)\)/g

/** Acronyms a text defines, whose letters match the initials of the capitalised words (in any order). */
export function definedAcronyms(text: string): [string, string][] {
  const found: [string, string][] = []
  const check = (acronym: string, expansion: string) => {
    const initials = expansion
      .split(/\s+/)
      .filter((w) => /^[A-Z]/.test(w))
      .map((w) => w[0]!.toLowerCase())
      .sort()
      .join('')
    const letters = [...acronym.toLowerCase()].sort().join('')
    if (initials === letters) found.push([foldText(acronym), expansion])
    else {
      // The phrase may start with words that are not part of the name: keep the tail that fits.
      const words = expansion.split(/\s+/)
      for (let i = 1; i < words.length - 1; i++) {
        const tail = words.slice(i).join(' ')
        if (/^[A-Z]/.test(tail) && tail !== expansion) {
          const tailInitials = words
            .slice(i)
            .filter((w) => /^[A-Z]/.test(w))
            .map((w) => w[0]!.toLowerCase())
            .sort()
            .join('')
          if (tailInitials === letters) {
            found.push([foldText(acronym), tail])
            break
          }
        }
      }
    }
  }
  for (const m of text.matchAll(DEFINED_AFTER)) check(m[2]!, m[1]!)
  for (const m of text.matchAll(DEFINED_BEFORE)) check(m[1]!, m[2]!)
  return found
}
