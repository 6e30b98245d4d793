import { canonicalTerm, createSpeller, foldText, isLemma } from '../text/index.ts'
import {
  cite,
  datesIn,
  extractAnswer,
  reconcileDates,
  relatedTitles,
  analyzeQuestion,
  asksReporter,
  nameAsked,
  splitQuestion,
  type Candidate,
  type ExtractionContext,
} from '../answer/index.ts'
import {
  articleLookup,
  buildConcepts,
  coverage,
  namesSaid,
  requiredConcepts,
  queryTerms,
  sentenceCoverage,
  typeTerm,
  type AnswerType,
  type Concept,
} from '../search/index.ts'
import type { AskResult, Citation, QuestionAnalysis } from '../answer/index.ts'
import type { EngineState } from './state.ts'
import { quoteReply, quotedAnswer, saidIn } from './quote-answer.ts'
import { quoteContextOf } from './quote-context.ts'
import { inMonths, onDays, ownPeriod, questionDays, questionMonths, withoutDays } from './question-dates.ts'
import { datedTerms, namedMonths } from './dated-terms.ts'
import { createWordSense } from './word-sense.ts'
import { countBonus, deadlineBonus, isShortAnswer, kindBonus, lowWords, shapeAsked } from './answer-shape.ts'
import { doerBonus } from './doers.ts'
import { withSections } from './sections.ts'
import { corroborating, followsOn, leading, passageBasis } from './corroborate.ts'
import { askInParts, inTurn } from './two-part.ts'
import { sentencesNaming } from './naming.ts'
import { MIN_COVERAGE, relevant } from './relevance.ts'

/**
 * A question's path through the core: typed, expanded into concepts, searched,
 * its candidates ranked by how much of it they cover, a short answer extracted
 * where the engine would bet on one, and the excerpts that prove it cited.
 */

// A question about what someone said.
const SAYS = /\b(?:say|says|said|tell|tells|told|claim|claimed|announce|announced|state|stated)\b/
/** Below this share, passages may be shown but no short answer is looked for. */
const ANSWER_COVERAGE = 0.5
const MAX_CITATIONS = 6
// The answer types the index marks, by the kind of question that asks for them, and what looking for one is worth.
const ANSWER_TYPES: Partial<Record<string, AnswerType>> = { number: 'number', date: 'date', countries: 'countries' }
const TYPE_WEIGHT = 0.5
/** A passage shown in a `passages` reply ranks at least this share of the best one. */
const PASSAGE_FLOOR = 0.65

/** How many passages a `passages` reply shows. */
const MAX_PASSAGES = 3

/**
 * The `ask` of an engine over `state`.
 *
 * @example
 * ```ts
 * const { ask } = createAsk(buildEngineState(loadCorpus('seeds')))
 * ask('How many troops were in the CSTO force?').status // => 'answered'
 * ```
 */
export function createAsk(state: EngineState): { ask: (question: string) => AskResult; retrieve: (question: string, limit: number) => Citation[] } {
  const { corpus, lexicon, index, dates, version } = state
  const { articles } = corpus
  const speller = createSpeller(index.vocabulary)
  // An article's title terms, made when a question first reaches the article (not for every article at start-up).
  const titles: Set<string>[] = []
  const titleTermsOf = (a: number): Set<string> => {
    const { titleStart, titleTerms: ids, terms } = index.data
    return (titles[a] ??= new Set(Array.from(ids.subarray(titleStart[a], titleStart[a + 1]), (id) => terms[id]!)))
  }
  const articleBySource = new Map(articles.map((a) => [a.source, a]))
  const articleIndex = new Map(articles.map((a, i) => [a, i]))
  const quoteContext = quoteContextOf(state, speller, titleTermsOf)
  const naming = sentencesNaming(index)
  const datedIn = datedTerms(dates, index)
  const { isKnownWord, namesIn, focusConcept, countsConcept, commonness, spellQuestion } = createWordSense(state, speller)
  // Citations carry the date /sources shows: the printed one, or the inferred one marked as such.
  const dated = (c: Citation): Citation => {
    const published = dates.articleDate(c.source)
    return published ? { ...c, date: published.date, dateInferred: published.inferred } : c
  }
  const finish = (result: AskResult): AskResult => {
    result.citations = result.citations.map(dated)
    result.status = result.answer !== null ? 'answered' : result.citations.length > 0 ? 'passages' : 'not_covered'
    return result
  }
  // The best passages as they rank, about the question and not far below the best, and one going on from one in its paragraph.
  const passages = (result: AskResult, candidates: readonly Candidate[], qa: QuestionAnalysis, named: boolean): AskResult => {
    const shown: Candidate[] = []
    const top = passageBasis(candidates, shapeAsked(qa))
    for (const c of candidates) {
      if (shown.length >= MAX_PASSAGES) break
      if (!relevant(c, named) || (c.rank < top * PASSAGE_FLOOR && !followsOn(shown, c))) continue
      if (!shown.some((s) => foldText(s.sentence.text) === foldText(c.sentence.text))) shown.push(c)
    }
    result.citations.push(...shown.map((c) => cite(c.article, c.sentence, c.sentence)))
    return finish(result)
  }

  // Worked out by the first question that needs it, not at start-up (50 ms at 10,000 articles).
  let period: ReturnType<typeof ownPeriod> | undefined
  const rank = (question: string, qa: QuestionAnalysis): { concepts: Concept[]; candidates: Candidate[] } => {
    const [low, shape] = [lowWords(qa), shapeAsked(qa)]
    if (period === undefined) period = ownPeriod(dates, articles)
    const days = questionDays(qa.content, period)
    const months = questionMonths(qa.content, period)
    const concepts = buildConcepts(withoutDays(qa.content, days), index, speller, low, namesIn(question))
    const monthsOf = datedIn(namedMonths(qa.content))
    // A question with no word in it ("2022", "??") is about nothing the passages could be relevant to.
    if (!concepts.some((c) => /\p{L}{2,}/u.test(c.word))) return { concepts, candidates: [] }
    // The kind of answer asked for is looked for too: a sentence listing countries may share no word with the question.
    const type = ANSWER_TYPES[qa.kind]
    const heaviest = Math.max(0, ...concepts.map((c) => c.weight))
    const hits = index.search([...queryTerms(concepts), ...(type ? [{ term: typeTerm(type), weight: heaviest * TYPE_WEIGHT }] : [])], 60)
    const articleHas = articleLookup(index)
    const [counted, doer] = [qa.kind === 'number' ? focusConcept(qa, concepts) : null, doerBonus(qa, concepts, (w) => canonicalTerm(lexicon, w))]
    // "How long did Lask say it would take?": a quotation speaks for whom its paragraph named, for what he said only.
    const asksSaid = SAYS.test(qa.normalized)
    const assess = (weighed: readonly Concept[]): (Candidate & { score: number })[] =>
      withSections(index, hits)
        .map((h) => {
          const p = index.passage(h.passage)!
          const article = articles[p.article]!
          const covered = coverage(weighed, h.passage, index, titleTermsOf(p.article), articleHas, monthsOf)
          const { said, gap } = sentenceCoverage(weighed, h.passage, index, titleTermsOf(p.article), asksSaid, monthsOf)
          const head = p.section >= 0 && p.section !== h.passage ? index.passage(p.section) : undefined
          const required = requiredConcepts(weighed, qa.kind === 'date', article.sentences[p.sentence]!.text, index)
          return {
            id: h.passage,
            article,
            sentence: article.sentences[p.sentence]!,
            coverage: covered,
            own: said,
            gap,
            ...namesSaid(weighed, h.passage, index, titleTermsOf(p.article), required, asksSaid, monthsOf),
            heading: head ? articles[head.article]!.sentences[head.sentence] : undefined,
            score: h.score,
          }
        })
        .map((c) => onDays(dates, c, days, weighed))
        .map((c) => inMonths(dates, c, months))
        // What the sentence itself says counts as much as what it and its neighbours cover together.
        .map((c) => ({
          ...c,
          rank:
            (c.coverage + c.own) / 2 +
            kindBonus(shape, c.sentence.text) +
            doer(c.sentence.text, (c.coverage + c.own) / 2) +
            deadlineBonus(qa, c.sentence.text) +
            (counted && countsConcept(c.sentence.text, counted) ? countBonus((c.coverage + c.own) / 2) : 0),
        }))
    // A word no article uses weighs no more than the question's heaviest word they use in the order passages are
    // tried in and in whether any is relevant (`reach`); whether one answers weighs its full rarity.
    const full = concepts.map((c) => (c.rarity === undefined ? c : { ...c, weight: c.rarity }))
    const decided = assess(full)
    const ordered = concepts.some((c) => c.rarity !== undefined) ? assess(concepts) : decided
    const candidates = decided
      .map((c, i) =>
        ordered === decided ? c : { ...c, rank: ordered[i]!.rank, reach: ordered[i]!.coverage, quality: (ordered[i]!.coverage + ordered[i]!.own) / 2 },
      )
      // Equal coverage is common (two of three concepts); BM25 then says which passage says more about them.
      .sort((a, b) => b.rank - a.rank || b.score - a.score || a.id - b.id)
    return { concepts: full, candidates }
  }
  // A question of two parts ranks each part's passages in turn; who said what is found in the quote index first, as ask does.
  const retrieve = (asked: string, limit: number): Citation[] => {
    const question = spellQuestion(asked)
    const qa = analyzeQuestion(question, isKnownWord)
    const quoted = qa.kind === 'quote' ? quoteReply(quoteContext, qa.normalized, limit) : null
    const said = quoted?.kind === 'quoted' ? quoted.quotes.map((q) => cite(articleBySource.get(q.source)!, saidIn(articleBySource.get(q.source)!, q), q)) : []
    const parts = qa.twoPart ? splitQuestion(question) : null
    const lists = parts ? parts.map((part) => rank(part, analyzeQuestion(part, isKnownWord)).candidates) : [rank(question, qa).candidates]
    const ranked = inTurn(lists, (a, b) => a.id === b.id, limit).map((c) => cite(c.article, c.sentence, c.sentence))
    // A sentence already cited within a quotation's passage, or holding one, is not cited again.
    const overlaps = (a: Citation, b: Citation) => a.source === b.source && a.start < b.end && b.start < a.end
    const cited = said.filter((q, i) => !said.slice(0, i).some((p) => overlaps(p, q)))
    return [...cited, ...ranked.filter((c) => !cited.some((q) => overlaps(q, c)))].slice(0, limit).map(dated)
  }

  const ask = (asked: string, whole = true): AskResult => {
    // Every rule reads the question as meant: "sned" is "send" to the one that finds who sent what, not only to the search.
    const question = spellQuestion(asked)
    const qa = analyzeQuestion(question, isKnownWord)
    // Each part of a two-part question is asked once, as a question of its own.
    const inParts = whole && qa.twoPart ? askInParts(question, (part) => ask(part, false)) : null
    if (inParts) return { ...inParts, question: asked, kind: qa.kind }
    const result: AskResult = { question: asked, status: 'not_covered', answer: null, kind: qa.kind, citations: [], related: [], version }
    const quoted = qa.kind === 'quote' ? quoteReply(quoteContext, qa.normalized, MAX_CITATIONS) : null
    if (quoted?.kind === 'quoted') {
      result.answer = quotedAnswer(quoted)
      result.citations = quoted.quotes.map((q) => cite(articleBySource.get(q.source)!, q, q))
      return finish(result)
    }
    const { concepts, candidates } = rank(question, qa)
    // Candidates are in the order they are tried (a figure first for "how many"); whether any is relevant is coverage alone.
    const best = candidates.reduce<Candidate | undefined>((a, c) => (!a || c.coverage > a.coverage ? c : a), undefined)
    result.related = relatedTitles(candidates)
    // A name the question gives that no article has ("Erdogan") makes it a question the articles do not cover.
    // Unless a word no article uses and English lacks ("erdogan" typed in lower case) may be a name they never give.
    const named = concepts.some((c) => c.named) && !concepts.some((c) => c.known === false && !isLemma(c.asked ?? c.word))
    if (!best || !candidates.some((c) => relevant(c, named)) || concepts.some((c) => c.named && c.known === false)) return finish(result)
    // Passages this loosely about the question may be shown, but nothing is extracted from them. Who said what is
    // answered by quotations or not at all: without one on the topic, the passages (reported speech among them) say what there is.
    // "Who announced the 225 figure?" shares little with the sentence that answers it ("…, Ivo Lask told reporters").
    // "What's the name of the fund …" is answered by a name in quotation marks after "fund" alone, whatever else is said.
    const weak = best.coverage < ANSWER_COVERAGE && !asksReporter(qa)
    if ((weak && nameAsked(qa) === null) || quoted) return passages(result, candidates, qa, named)
    const ctx: ExtractionContext = {
      question: qa,
      concepts,
      focus: focusConcept(qa, concepts),
      lexicon,
      people: (article, sentence) => state.people.mentions(articleIndex.get(article)!, sentence),
      passageTerms: (id) => index.passage(id)?.terms ?? new Set(),
      dates: (article, sentence) => datesIn(dates, article, sentence),
      commonness,
      naming,
    }
    let extraction = extractAnswer(ctx, candidates, { namesOnly: weak })
    if (qa.kind === 'date') extraction = reconcileDates(extraction, candidates, dates, ctx)
    const from = extraction?.sources[0]?.candidate
    // Not sure: the passages speak for themselves, the one the likeliest answer came from among them.
    if (!extraction || !from || !extraction.sure || qa.twoPart)
      return passages(result, leading(candidates, extraction?.likeliest ?? (from ? [from] : [])), qa, named)
    // Not a short answer: the passage it came from leads the passages shown instead.
    if (!isShortAnswer(extraction.answer, qa.kind)) return passages(result, [from, ...candidates.filter((c) => c.id !== from.id)], qa, named)
    result.answer = extraction.answer
    result.related = []
    const sources = extraction.sources.filter((s, i, all) => all.findIndex((t) => t.candidate.id === s.candidate.id) === i)
    result.citations.push(...sources.map(({ candidate, focus }) => cite(candidate.article, candidate.sentence, focus)))
    const used = new Set(sources.map((s) => s.candidate.id))
    // Further excerpts only where they repeat the answer: corroboration, not merely related text.
    if (qa.kind !== 'date') {
      const floor = Math.max(MIN_COVERAGE, best.coverage * 0.6)
      result.citations.push(...corroborating(extraction.answer, candidates, used, floor, MAX_CITATIONS - result.citations.length))
    }
    return finish(result)
  }
  return { ask: (question) => ask(question), retrieve }
}
