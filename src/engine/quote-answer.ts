import { SAID_IN_OTHER_WORDS, analyzeText, buildConcepts, conceptMatch, missesName, questionNames, sentenceCoverage, type Concept } from '../search/index.ts'
import { MIN_QUOTE_WORDS, NAMING_VERBS, parseQuoteQuestion, type Quote } from '../quotes/index.ts'
import type { Article, Span } from '../corpus/index.ts'
import type { QuoteContext } from './quote-context.ts'
import { speakerForms, speaksFor } from './speaker-forms.ts'

/**
 * "What did X say about Y?": of X's quotations, the one whose sentence says
 * Y, found through Y's concepts as any question's are (synonyms, WordNet),
 * not by Y's exact words: "talking with the protesters" finds "What kind of
 * negotiations can there be with criminals?".
 */

/** What the quote index can tell of a who-said-what question. */
export type QuoteReply =
  /** The speaker and the quotations that prove the answer, best first. */
  | {
      kind: 'quoted'
      speaker: string
      role: string | null
      quotes: Quote[]
      who: boolean
      /** False when several quotations are on the topic and none says it in its own words or plainly more than the rest: they are passages. */
      sure: boolean
    }
  /** No quotation answers it (nobody of that name is quoted, or not on the topic): the passages may say more. */
  | { kind: 'unquoted' }

// Words that open a sentence on another subject than the one before.
const TURNS =
  /^\W*(?:separately|elsewhere|in (?:a )?separate\b|in other news|turning to|on (?:a|an) (?:separate|different|unrelated) (?:matter|note|subject|topic))/i
// A quotation is on the topic when its sentence (with its heading and the one it continues) says this much of it.
const ON_TOPIC = 0.6
// What the sentence before a quotation says of the topic counts for this much.
const LEAD_IN = 0.9
// What the topic said inside the quotation itself adds to its rank among those on the topic.
const IN_OWN_WORDS = 0.5
// Of several quotations on the topic, the first is the answer when it says this much of the topic in its own
// words, or stands this far ahead of the next.
const SAYS_IT = 0.5
const CLEAR_LEAD = 0.15
// The speaker's quotations weighed against the topic.
const SPEAKER_QUOTES = 200

/**
 * Answers a who-said-what question from the quote index, or `null` when the
 * question is not one.
 *
 * @example
 * ```ts
 * quoteReply(ctx, 'what did tokayev say about talks with protesters')
 * // => { kind: 'quoted', speaker: 'Kassym-Jomart Tokayev', quotes: [...], who: false }
 * ```
 */
export function quoteReply(ctx: QuoteContext, question: string, limit: number): QuoteReply | null {
  const q = parseQuoteQuestion(question)
  if (!q) return null
  if (q.kind === 'who') {
    const quotes = ctx.quotes.whoSaid(q.text, limit)
    const top = quotes[0]
    if (!top) return { kind: 'unquoted' }
    return { kind: 'quoted', speaker: top.speaker, role: top.role, quotes: quotes.filter((x) => x.speaker === top.speaker), who: true, sure: true }
  }
  // "What did Moscow say": a capital speaks through its country's bodies ("Russian Foreign Ministry"), not through any
  // of its people ("a Russian opposition politician"); "the" is no part of a name.
  const spoken =
    speakerForms(q.speaker)
      .map((s) => ctx.quotes.search({ speaker: s.name }, SPEAKER_QUOTES).filter((x) => speaksFor(s, x)))
      .find((found) => found.length > 0) ?? []
  const speaker = spoken[0]?.speaker
  if (!speaker) return { kind: 'unquoted' }
  // What the speaker called something ("“typically offensive”") goes after what they said in full.
  const own = byFullness(spoken.filter((x) => x.speaker === speaker))
  if (q.setting) return saidAt(ctx, q.setting, speaker, own, limit)
  if (!q.topic) return { kind: 'quoted', speaker, role: spoken[0]!.role, quotes: own.slice(0, limit), who: false, sure: true }
  const concepts = buildConcepts(q.topic, ctx.index, ctx.speller, new Set(), questionNames(q.topic, ctx.index.lexicon))
  const said = own.map((quote) => {
    const article = ctx.articleBySource.get(quote.source)
    const id = article ? ctx.passageAt(article, quote.start) : -1
    if (id < 0) return { quote, said: 0 }
    // A quotation goes on about what the sentence before it reports: "X ruled out talks. 'What is there to discuss?'"
    // A name or a date the topic gives ("on January 3") must be there, word for word.
    // "Separately, …" turns to another subject: the sentence before is not what it goes on about.
    const turns = TURNS.test(article!.sentences[ctx.index.passage(id)!.sentence]!.text)
    const lead = !turns && ctx.index.passage(id - 1)?.article === ctx.index.passage(id)?.article ? id - 1 : -1
    const here = missesName(concepts, id, ctx.index) ? 0 : sentenceCoverage(concepts, id, ctx.index).said
    const before = lead < 0 || missesName(concepts, lead, ctx.index) ? 0 : sentenceCoverage(concepts, lead, ctx.index).said * LEAD_IN
    const scope = isFull(quote) ? 'around' : namedScope(ctx, concepts, article!, quote)
    return { quote, said: scope === 'around' ? Math.max(here, before) : scope === 'own' ? here : 0 }
  })
  // Every quotation on the topic is something the speaker said about it; the one that says most of it in
  // the speaker's own words leads ("the embargo will stay" before "questions about the timing").
  const onTopic = said
    .filter((x) => x.said >= ON_TOPIC)
    .map((x) => {
      const inside = ownWords(ctx, concepts, x.quote.text)
      return { ...x, inside, rank: x.said + IN_OWN_WORDS * inside }
    })
    .sort((a, b) => b.rank - a.rank)
  if (onTopic.length === 0) return { kind: 'unquoted' }
  // A statement in full on the topic leaves the short names the speaker gave things beside it no rival.
  const rivals = onTopic.some((x) => isFull(x.quote)) ? onTopic.filter((x) => isFull(x.quote)) : onTopic
  const [first, second] = rivals
  const sure = !second || first!.rank - second.rank >= CLEAR_LEAD || first!.inside >= SAYS_IT
  return { kind: 'quoted', speaker, role: first!.quote.role, quotes: rivals.map((x) => x.quote).slice(0, limit), who: false, sure }
}

const isFull = (quote: Quote): boolean => quote.text.split(/\s+/).length >= MIN_QUOTE_WORDS

/**
 * Where what X called something ("dubbed the speech “a farce”") finds its
 * topic: `around` (its sentence and the one before) where the thing it names
 * is the topic, or is only "the remark", "it", "the move", standing for what
 * the story has just told; `own` where "it" stands for what its own sentence
 * named first ("Asked about the tax, X called it …"); `none` otherwise.
 */
function namedScope(ctx: QuoteContext, concepts: readonly Concept[], article: Article, quote: Quote): 'around' | 'own' | 'none' {
  const object = NAMED_OBJECT.exec(article.text.slice(Math.max(quote.attribution.start, quote.start - 80), quote.start))?.[1] ?? ''
  const terms = new Set(analyzeText(ctx.index.lexicon, object))
  if (concepts.some((c) => conceptMatch(c, terms) > 0)) return 'around'
  if (!ANAPHORIC.test(object.trim())) return 'none'
  return LOCAL_ANTECEDENT.test(article.text.slice(quote.attribution.start, quote.start)) ? 'own' : 'around'
}
// The words a naming verb takes before the name it gives: "called | the remark | “…”".
const NAMED_OBJECT = new RegExp(`\\b(?:${NAMING_VERBS})\\s+((?:[\\p{L}'’-]+\\s+){1,5}?)(?:as\\s+)?["“]?$`, 'u')
// A sentence that names what it goes on to call something: "Asked about X, …", "On the tax, …"; not "Asked about it".
const LOCAL_ANTECEDENT =
  /\b(?:asked|speaking|talking|commenting)\s+(?:about|on)\s+(?!it\b|this\b|that\b|them\b)|^\s*(?:on|about|regarding|as for)\s+(?!it\b|this\b|that\b)[^,]{2,60},/i
// An object that stands for what was just told.
const ANAPHORIC =
  /^(?:it|this|that|them|him|her|(?:the|his|her|their|its|this|that)\s+(?:remarks?|comments?|statements?|words|move|decision|claims?|accusations?|warning|jibe|idea|suggestion|plan))$/i

/** Quotations in full first, short names given to things after, each in its order. */
const byFullness = (quotes: readonly Quote[]): Quote[] => [...quotes.filter(isFull), ...quotes.filter((q) => !isFull(q))]

/**
 * The short answer a quotation reply gives: the speaker (with the role) for
 * "who said …", the speaker and the first quotation for "what did X say …";
 * `null` when it is not sure, and the quotations are passages that may answer.
 */
export function quotedAnswer(reply: Extract<QuoteReply, { kind: 'quoted' }>): string | null {
  if (!reply.sure) return null
  if (reply.who) return `${reply.speaker}${reply.role ? `, ${reply.role}` : ''}`
  const first = reply.quotes[0]!
  return `${reply.speaker}: “${first.text.length > MAX_QUOTED ? `${first.text.slice(0, MAX_QUOTED).replace(/\s+\S*$/, '')} …` : first.text}”`
}

// A longer quotation is cut at a word in the short answer; its excerpt is whole.
const MAX_QUOTED = 300

// A headline that repeats this many of a quotation's words reports it as what was said there.
const HEADLINE_WORDS = 2

/**
 * "What did X say at the summit?": X's quotations where the story tells of the
 * occasion (in the quotation's sentence, the one before, its heading, the
 * headline or the story's opening), the one the headline repeats first. Sure when only one was said
 * there, or the headline repeats one plainly more than the rest.
 */
function saidAt(ctx: QuoteContext, setting: string, speaker: string, own: readonly Quote[], limit: number): QuoteReply {
  const concepts = buildConcepts(setting, ctx.index, ctx.speller, new Set(), questionNames(setting, ctx.index.lexicon))
  const total = concepts.reduce((sum, c) => sum + c.weight, 0)
  const there = own.flatMap((quote) => {
    const article = ctx.articleBySource.get(quote.source)
    const id = article ? ctx.passageAt(article, quote.start) : -1
    const passage = ctx.index.passage(id)
    if (!article || !passage || total === 0) return []
    const title = ctx.titleTerms(article)
    const around = [passage.terms, title]
    const lead = ctx.index.passage(id - 1)
    if (lead?.article === passage.article) around.push(lead.terms)
    if (passage.section >= 0 && passage.section !== id) around.push(ctx.index.passage(passage.section)!.terms)
    // A story's opening says where what it reports was said ("Putin was speaking at a summit of ..."), for all of it.
    const first = id - passage.sentence
    for (let p = first; p < Math.min(id, first + OPENING); p++) around.push(ctx.index.passage(p)!.terms)
    let said = 0
    for (const c of concepts) {
      const match = Math.max(...around.map((terms) => conceptMatch(c, terms)))
      // A name or a day the question gives ("the January 10 summit") must be there.
      if (c.named && match === 0) return []
      said += c.weight * Math.min(1, match / SAID_IN_OTHER_WORDS)
    }
    if (said / total < ON_TOPIC) return []
    const headline = analyzeText(ctx.index.lexicon, quote.text).filter((t, i, all) => title.has(t) && all.indexOf(t) === i).length
    return [{ quote, headline }]
  })
  if (there.length === 0) return { kind: 'unquoted' }
  there.sort((a, b) => b.headline - a.headline)
  const [first, second] = there
  const sure = !second || (first!.headline >= HEADLINE_WORDS && first!.headline > second.headline)
  return { kind: 'quoted', speaker, role: first!.quote.role, quotes: there.map((x) => x.quote).slice(0, limit), who: false, sure }
}

// The sentences of a story's opening.
const OPENING = 3

/** The share of the concepts (by weight) the quotation's own words say, whatever the sentence around it says. */
function ownWords(ctx: QuoteContext, concepts: readonly Concept[], text: string): number {
  const terms = new Set(analyzeText(ctx.index.lexicon, text))
  const total = concepts.reduce((sum, c) => sum + c.weight, 0)
  return total === 0 ? 0 : concepts.reduce((sum, c) => sum + c.weight * conceptMatch(c, terms), 0) / total
}

/**
 * A quotation's passage: the sentences of what it says and of who said it.
 *
 * @example
 * ```ts
 * article.text.slice(...Object.values(saidIn(article, quote))) // => '“We will rebuild,” Petrov said.'
 * ```
 */
export function saidIn(article: Article, quote: Quote): Span {
  const from = Math.min(quote.start, quote.attribution.start)
  const to = Math.max(quote.end, quote.attribution.end)
  const first = article.sentences.findLast((s) => s.start <= from)
  const last = article.sentences.find((s) => s.end >= to)
  return { start: first?.start ?? from, end: last?.end ?? to }
}
