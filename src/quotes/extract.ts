/**
 * Direct quotations of an article and who said them: the words inside the
 * marks (or after an interview dash) and the person or body the attributing
 * words name, pronouns resolved, aliases joined. The attributing is in
 * `attribution.ts`.
 */
import { buildPeople, canonicalName, type People, type Person } from './mentions.ts'
import { attributeLabel, attributeMarked, attributeTail, type Attributed, type Found } from './attribution.ts'
import { namesWith } from './naming.ts'
import { labelledTurns } from './labels.ts'
import { collectMarks, findMarkedQuotes, readTurn } from './marks.ts'
import type { Article } from '../corpus/index.ts'
import type { Quote } from './types.ts'

/** What {@link analyzeArticle} finds: the quotations and the people of the article. */
export interface ArticleQuotes {
  quotes: Quote[]
  /** The person or body of each quotation, parallel to `quotes`. */
  speakers: Person[]
  people: People
}

/** What the quote index needs of an {@link ArticleQuotes}: small enough to send from a worker thread. */
export type QuoteAnalysis = Pick<ArticleQuotes, 'quotes' | 'speakers'> & { people: Pick<People, 'persons'> }

/** Quotations of one or two words are scare quotes ("terrorists", "brief mission"), not statements. */
export const MIN_QUOTE_WORDS = 3
// Interview answers may run on over a few undashed paragraphs before the next turn.
const MAX_CONTINUATION = 3

/**
 * The direct quotations of `article`, in text order, each with its speaker's
 * name as the article spells it most, role, offsets and attributing sentence.
 * Pure: reads only the article.
 *
 * @example
 * ```ts
 * const r = parseArticle('a.txt', 'Title\n\n“We will stay in the city,” said Ivan Petrov, the mayor.')
 * r.ok && extractQuotes(r.article)[0]?.speaker // => 'Ivan Petrov'
 * ```
 */
export function extractQuotes(article: Article): Quote[] {
  return analyzeArticle(article).quotes
}

/** {@link extractQuotes} with the people found on the way, for indexes that join names across articles. */
export function analyzeArticle(article: Article): ArticleQuotes {
  const found = findAll(article)
  const people = buildPeople(
    article,
    found.map((f) => ({ start: f.quote.open, end: (f.quote.close ?? f.quote.end) + 1 })),
  )
  const done: Attributed[] = []
  // The last quotation attributed, scare quotes included: “What nonsense!” he said. “What talks …?” is his too.
  let last: Attributed | null = null
  // The person answering in an interview, for answers that do not name their speaker again.
  const interview: { speaker: Attributed | null } = { speaker: null }
  for (const f of found) {
    const short = words(article.text.slice(f.quote.start, f.quote.end)) < MIN_QUOTE_WORDS
    if (short && f.answer) continue
    let a: Attributed | null
    if (f.label) {
      a = attributeLabel(people, f)
    } else if (f.answer) {
      const current = interview.speaker
      a = f.tail ? attributeTail(people, f) : current && { person: current.person, attribution: current.attribution, found: f }
      if (a) interview.speaker = a
    } else {
      a = attributeMarked(people, f, last)
    }
    if (a) last = a
    if (a && (!short || (!f.answer && !f.label && namesWith(article, f)))) done.push(a)
  }
  const quotes = done.map(({ found: f, person, attribution }) => ({
    speaker: canonicalName(person),
    role: person.role,
    text: article.text.slice(f.quote.start, f.quote.end),
    source: article.source,
    title: article.title,
    date: article.date,
    start: f.quote.start,
    end: f.quote.end,
    attribution,
  }))
  return { quotes, speakers: done.map((d) => d.person), people }
}

/** Every quoted stretch: marked quotations, and interview answers with their continuation paragraphs. */
function findAll(article: Article): Found[] {
  const out: Found[] = []
  const { text, paragraphs } = article
  const turns = paragraphs.map((p) => readTurn(text, p))
  // A transcript's labelled turns are its speakers' words, whatever marks they hold.
  const spoken = new Map<number, Found[]>()
  for (const t of labelledTurns(article)) spoken.set(t.found.paragraph, [...(spoken.get(t.found.paragraph) ?? []), { ...t.found, label: t.name }])
  let lastAnswer: Found | null = null
  for (let i = 0; i < paragraphs.length; i++) {
    const turn = turns[i]!
    const p = paragraphs[i]!
    const turnsHere = spoken.get(i)
    if (turnsHere) {
      out.push(...turnsHere)
      // What the speaker quotes is attributed as any quotation is.
      const marks = collectMarks(text, p)
      for (const quote of findMarkedQuotes(text, p, marks)) out.push({ quote, paragraph: i, marks, answer: false, tail: null })
      lastAnswer = null
      continue
    }
    if (turn.kind === 'question') continue
    if (turn.kind === 'answer') {
      lastAnswer = { quote: turn.quote, paragraph: i, marks: [], answer: true, tail: turn.tail }
      out.push(lastAnswer)
      continue
    }
    if (lastAnswer && continuesAnswer(turns, i)) {
      lastAnswer.quote = { ...lastAnswer.quote, end: p.end }
      continue
    }
    lastAnswer = null
    // The marks are collected once per paragraph: attribution looks up the quotations either side in them.
    const marks = collectMarks(text, p)
    for (const quote of findMarkedQuotes(text, p, marks)) out.push({ quote, paragraph: i, marks, answer: false, tail: null })
  }
  return out.sort((a, b) => a.quote.open - b.quote.open)
}

/** An undashed paragraph inside an interview: the next turn, a few paragraphs on, is a question or an untagged answer. */
function continuesAnswer(turns: ReturnType<typeof readTurn>[], i: number): boolean {
  for (let j = i + 1; j < turns.length && j <= i + MAX_CONTINUATION; j++) {
    const t = turns[j]!
    if (t.kind === 'question') return true
    if (t.kind === 'answer') return t.tail === null
  }
  return false
}

function words(s: string): number {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length
}
