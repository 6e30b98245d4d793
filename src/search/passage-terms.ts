import { analyzeText } from './analyze.ts'
import { answerTypes, typeTerm } from './answer-types.ts'
import { speakingHolders } from './office-holders.ts'
import { CAPITALS, TITLE_WORDS, canonicalTerm, countryOf, type Lexicon } from '../text/index.ts'
import type { Article } from '../corpus/index.ts'

/**
 * The terms the index gives a sentence beyond its own words: who a
 * description in it refers to ("the alliance" is the organisation its article
 * names) and the kinds of answer it holds.
 */

/**
 * The terms the index gives a title or sentence of `article`: {@link analyzeText},
 * the organisation the article names where the text calls it "the alliance" or
 * "the bloc", and the kinds of answer it holds.
 *
 * @example
 * ```ts
 * passageAnalyzer(lexicon)('The alliance said ...', article) // => ['allianc', 'csto']
 * ```
 */
export function passageAnalyzer(lexicon: Lexicon): (text: string, article: Article) => string[] {
  const referents = new Map<Article, string | null>()
  // The sentences of the article whose referent was found last, as analysed to find it: each is asked for again next.
  let analysed: { article: Article; terms: Map<string, string[]> } | null = null
  const referentOf = (article: Article) => {
    if (!referents.has(article)) {
      const terms = new Map(article.sentences.map((s) => [s.text, analyzeText(lexicon, describedOnly(s.text))]))
      analysed = { article, terms }
      referents.set(
        article,
        mainOrganisation(lexicon, article, (text) => terms.get(text)!),
      )
    }
    return referents.get(article)!
  }
  // Each article's sentences that name a speaker by office, by their text.
  const speakers = new Map<Article, Map<string, string[]>>()
  const speakersOf = (article: Article) => {
    let bySentence = speakers.get(article)
    if (!bySentence) {
      bySentence = new Map([...speakingHolders(lexicon, article)].map(([i, terms]) => [article.sentences[i]!.text, terms]))
      speakers.set(article, bySentence)
    }
    return bySentence
  }
  return (text, article) => {
    const terms = (analysed?.article === article ? analysed.terms.get(text) : undefined) ?? analyzeText(lexicon, describedOnly(text))
    // "the alliance", "the bloc", "the regional organisation": the organisation the article names, said again.
    const referent = DESCRIPTION.test(text) ? referentOf(article) : null
    // '"…," the president said': the holder of the office the article named last, speaking.
    const described = SPEAKER_BY_OFFICE.test(text) ? (speakersOf(article).get(text) ?? []) : []
    // "the coalition, under Admiral Rosa Lind,": a force under a titled person is led by that person.
    const led = UNDER_TITLED.test(text) ? canonicalTerm(lexicon, 'lead') : null
    const referents = [referent, ...described, led].filter((t): t is string => t !== null && !terms.includes(t))
    return [...terms, ...new Set(referents), ...answerTypes(text).map(typeTerm)]
  }
}

/**
 * `text` without the "led" or "based" of a compound that a name qualifies
 * ("the Russia-led alliance", "a Moscow-based analyst", a question's
 * "russian-led force"): it describes the noun after it, and is not a deed the
 * sentence reports, so "who led the force" is not asked of every sentence that calls
 * the alliance Russia-led.
 *
 * @example
 * ```ts
 * describedOnly('the Russia-led bloc, led by Serdyukov') // => 'the Russia bloc, led by Serdyukov'
 * describedOnly('how big was the russian-led force')     // => 'how big was the russian force'
 * ```
 */
export function describedOnly(text: string): string {
  return text.includes('-') ? text.replace(NAME_PARTICIPLE, (whole, name: string) => (isName(name) ? name : whole)) : text
}
// Only a participle that describes: "Kelso-appointed" still says who appointed.
const NAME_PARTICIPLE = /(\p{L}[\p{L}.]*)-(?:led|based)\b/gu
// Capitalised, or a country, its people or its capital typed in lower case ("russian", "us", "moscow").
const isName = (word: string) =>
  /^\p{Lu}/u.test(word) || [word.toUpperCase(), word.charAt(0).toUpperCase() + word.slice(1)].some((w) => countryOf(w) !== null || CAPITALS.has(w))

// Title words that may open a body's name ("under State Department rules") are left out.
const BODY_WORDS = new Set(['State', 'Foreign', 'Defense', 'Defence', 'Interior', 'Former', 'Ex', 'Member', 'Official', 'Officer', 'Republican', 'Democrat'])
const UNDER_TITLED = new RegExp(`\\bunder (?:the command of )?(?:(?:${[...TITLE_WORDS].filter((w) => !BODY_WORDS.has(w)).join('|')})\\.? )+\\p{Lu}\\p{Ll}`, 'u')

// A description that may be of a speaker by office, worth looking up.
const SPEAKER_BY_OFFICE = /\b(?:president|prime minister|head of state)\b/i
// A definite description of an organisation, as news copy uses it once the name has been given.
const DESCRIPTION = /\bthe\s+(?:[\p{Ll}-]+\s+){0,2}(?:alliance|bloc|organi[sz]ation|pact|treaty organi[sz]ation|grouping)\b/iu

/**
 * The acronym an article names most often among the organisations the
 * lexicon knows ("csto"), which its "the alliance" and "the bloc" refer to;
 * `null` when it names none. `analyse` gives a sentence's terms
 * ({@link analyzeText} unless a caller has them already).
 *
 * @example
 * ```ts
 * mainOrganisation(lexicon, article) // => 'csto'
 * ```
 */
export function mainOrganisation(lexicon: Lexicon, article: Article, analyse = (text: string) => analyzeText(lexicon, text)): string | null {
  const acronyms = new Set(lexicon.phrases.values())
  const counts = new Map<string, number>()
  for (const s of article.sentences) for (const t of analyse(s.text)) if (acronyms.has(t)) counts.set(t, (counts.get(t) ?? 0) + 1)
  let best: string | null = null
  for (const [t, n] of counts) if (best === null || n > counts.get(best)!) best = t
  return best
}
