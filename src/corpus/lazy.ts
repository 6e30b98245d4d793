import type { Article, Paragraph, Sentence } from './types.ts'

/**
 * Articles whose sentences and paragraphs are made when first read: an
 * article restored from a snapshot has them as spans already (its stored
 * shape), and a question reaches few articles. Restoring 10,000 articles made
 * 240,000 sentence objects and 76,000 paragraphs that lived through the young
 * generation's collections before most were ever read.
 *
 * Such an article is an ordinary {@link Article}: `sentences` and `paragraphs`
 * are its own enumerable properties (spread, compared and serialised like any
 * other), read through a getter that makes them once; what it makes equals what
 * reading the text gives.
 */

interface Pending {
  /** `[start, end, paragraph]` per sentence. */
  sentenceSpans: Int32Array
  /** `[start, end]` per paragraph. */
  paragraphSpans: Int32Array
  sentences?: Sentence[]
  paragraphs?: Paragraph[]
}

// Each lazy article's spans and what it made of them, in a property of its own that is not enumerable (neither
// spread, compared nor serialised with it): read on every access to its sentences, faster than a WeakMap.
const STATE = Symbol('lazy article')

const stateOf = (article: object): Pending | undefined => (article as { [STATE]?: Pending })[STATE]

const SENTENCES: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: Article): Sentence[] {
    const state = stateOf(this)!
    return (state.sentences ??= sentencesOf(this.text, state.sentenceSpans))
  },
  set(this: Article, value: Sentence[]) {
    stateOf(this)!.sentences = value
  },
}

const PARAGRAPHS: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: Article): Paragraph[] {
    const state = stateOf(this)!
    return (state.paragraphs ??= paragraphsOf(state.paragraphSpans))
  },
  set(this: Article, value: Paragraph[]) {
    stateOf(this)!.paragraphs = value
  },
}

const field = (value: unknown): PropertyDescriptor => ({ value, writable: true, enumerable: true, configurable: true })

/**
 * An article over `fields` whose sentences (`[start, end, paragraph]` spans)
 * and paragraphs (`[start, end]`) are made on first read. The spans are
 * trusted: check them against the text first.
 *
 * @example
 * ```ts
 * const a = lazyArticle({ source, text, title, date, outlet, url, warnings }, sentenceSpans, paragraphSpans)
 * sentenceCount(a) // => 24, nothing made yet
 * a.sentences[3].text // => the fourth sentence's words (all the article's sentences made now)
 * ```
 */
export function lazyArticle(fields: Omit<Article, 'sentences' | 'paragraphs'>, sentenceSpans: Int32Array, paragraphSpans: Int32Array): Article {
  const state: Pending = { sentenceSpans, paragraphSpans }
  // In the order a parsed article has its fields.
  return Object.defineProperties({} as Article, {
    [STATE]: { value: state, writable: false, enumerable: false, configurable: false },
    source: field(fields.source),
    text: field(fields.text),
    title: field(fields.title),
    date: field(fields.date),
    outlet: field(fields.outlet),
    url: field(fields.url),
    paragraphs: PARAGRAPHS,
    sentences: SENTENCES,
    warnings: field(fields.warnings),
  })
}

/** How many sentences `article` has, without making them if they are still to be made. */
export function sentenceCount(article: Article): number {
  const state = stateOf(article)
  return state && !state.sentences ? state.sentenceSpans.length / 3 : article.sentences.length
}

/** The length of sentence `i` of `article` (-1 when it has no such sentence), without making its sentences if they are still to be made. */
export function sentenceLength(article: Article, i: number): number {
  const state = stateOf(article)
  if (state && !state.sentences) {
    const spans = state.sentenceSpans
    return Number.isInteger(i) && i >= 0 && 3 * i < spans.length ? spans[3 * i + 1]! - spans[3 * i]! : -1
  }
  const s = article.sentences[i]
  return s ? s.text.length : -1
}

function sentencesOf(text: string, spans: Int32Array): Sentence[] {
  const sentences: Sentence[] = []
  for (let i = 0; i < spans.length; i += 3) {
    const [start, end, paragraph] = [spans[i]!, spans[i + 1]!, spans[i + 2]!]
    sentences.push({ start, end, index: i / 3, paragraph, text: text.slice(start, end) })
  }
  return sentences
}

function paragraphsOf(spans: Int32Array): Paragraph[] {
  const paragraphs: Paragraph[] = []
  for (let i = 0; i < spans.length; i += 2) paragraphs.push({ start: spans[i]!, end: spans[i + 1]!, index: i / 2 })
  return paragraphs
}
