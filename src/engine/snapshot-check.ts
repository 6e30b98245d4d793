import { sentenceCount, type Article } from '../corpus/index.ts'
import type { DateIndexData } from '../dates/index.ts'
import type { QuoteIndexData, QuoteTextData } from '../quotes/index.ts'
import type { PassageData, Postings } from '../search/index.ts'

/**
 * Consistency checks on what a snapshot restores, so a file that parses but
 * holds scrambled arrays is rebuilt instead of served: lengths agree, offsets
 * rise and stay inside their texts, ids point at things that exist. Each
 * throws `Error` naming the first thing found wrong; linear in the snapshot.
 */

/** An article's paragraphs and sentences as a snapshot stores them. */
export interface ArticleShape {
  source: string
  title: string
  date: string | null
  outlet: string | null
  url: string | null
  warnings: string[]
  /** Paragraphs as flat [start, end] pairs. */
  paragraphs: Int32Array
  /** Sentences as flat [start, end, paragraph] triples. */
  sentences: Int32Array
}

const isInt = (n: unknown): n is number => Number.isInteger(n)
const isStringOrNull = (v: unknown) => v === null || typeof v === 'string'

/** Throws `inconsistent: <what>`: what a snapshot that does not hold together is refused with. */
export function fail(what: string): never {
  throw new Error(`inconsistent: ${what}`)
}

/** One stored article against its text: spans inside the text, in order, sentences in existing paragraphs. */
export function checkShape(shape: ArticleShape, text: string, at: number): void {
  const name = `article ${at} (${JSON.stringify(String(shape?.source).slice(0, 80))})`
  if (
    typeof shape?.source !== 'string' ||
    typeof shape.title !== 'string' ||
    !isStringOrNull(shape.date) ||
    !isStringOrNull(shape.outlet) ||
    !isStringOrNull(shape.url)
  )
    fail(`${name} lacks its name, title, date, outlet or url`)
  if (!Array.isArray(shape.warnings) || !shape.warnings.every((w) => typeof w === 'string')) fail(`${name}: warnings are not a list of strings`)
  const p = shape.paragraphs
  const s = shape.sentences
  if (!(p instanceof Int32Array) || p.length % 2 !== 0 || !(s instanceof Int32Array) || s.length % 3 !== 0)
    fail(`${name}: paragraph or sentence offsets are not whole pairs and triples`)
  let last = 0
  for (let i = 0; i < p.length; i += 2) {
    if (!isInt(p[i]) || !isInt(p[i + 1]) || p[i]! < last || p[i + 1]! < p[i]! || p[i + 1]! > text.length)
      fail(`${name}: paragraph ${i / 2} [${p[i]}, ${p[i + 1]}) is out of order or outside the text`)
    last = p[i + 1]!
  }
  last = 0
  let para = 0
  for (let i = 0; i < s.length; i += 3) {
    const [start, end, paragraph] = [s[i]!, s[i + 1]!, s[i + 2]!]
    if (!isInt(start) || !isInt(end) || start < last || end < start || end > text.length)
      fail(`${name}: sentence ${i / 3} [${start}, ${end}) is out of order or outside the text`)
    if (!isInt(paragraph) || paragraph < para || paragraph >= p.length / 2) fail(`${name}: sentence ${i / 3} names paragraph ${paragraph} of ${p.length / 2}`)
    last = end
    para = paragraph
  }
}

/** The passage arrays against the articles they index. */
export function checkPassages(data: PassageData, articles: readonly Article[]): void {
  const n = data.passageArticle.length
  const terms = data.terms.length
  const lengths: [string, number, number][] = [
    ['df', data.df.length, terms],
    ['passageSentence', data.passageSentence.length, n],
    ['continues', data.continues.length, n],
    ['contextLength', data.contextLength.length, n],
    ['termStart', data.termStart.length, n + 1],
    ['passageTf', data.passageTf.length, data.passageTerms.length],
    ['titleStart', data.titleStart.length, articles.length + 1],
    ['titleTf', data.titleTf.length, data.titleTerms.length],
    ['articleStart', data.articleStart.length, articles.length + 1],
  ]
  for (const [key, got, want] of lengths) if (got !== want) fail(`passage index: ${key} has ${got} entries, not ${want}`)
  rising('termStart', data.termStart, data.passageTerms.length)
  rising('titleStart', data.titleStart, data.titleTerms.length)
  rising('articleStart', data.articleStart, n)
  inRange('passageTerms', data.passageTerms, terms)
  inRange('titleTerms', data.titleTerms, terms)
  articles.forEach((a, i) => {
    const from = data.articleStart[i]!
    const sentences = sentenceCount(a)
    if (data.articleStart[i + 1]! - from !== sentences)
      fail(`passage index: article ${i} has ${data.articleStart[i + 1]! - from} passages, not its ${sentences} sentences`)
    for (let s = 0; s < sentences; s++)
      if (data.passageArticle[from + s] !== i || data.passageSentence[from + s] !== s)
        fail(`passage index: passage ${from + s} is not sentence ${s} of article ${i}`)
  })
}

/** The postings against the passage arrays they were inverted from: ids in range, passages ascending within each term. */
export function checkPostings(post: Postings, data: PassageData): void {
  const terms = data.terms.length
  const articles = data.articleStart.length - 1
  const lengths: [string, number, number][] = [
    ['postings.start', post.start.length, terms + 1],
    ['postings.textFactor', post.textFactor.length, post.doc.length],
    ['postings.contextFactor', post.contextFactor.length, post.doc.length],
    ['postings.textIdf', post.textIdf.length, terms],
    ['postings.contextIdf', post.contextIdf.length, terms],
    ['postings.titleStart', post.titleStart.length, terms + 1],
    ['postings.titleScore', post.titleScore.length, post.titleArticle.length],
  ]
  for (const [key, got, want] of lengths) if (got !== want) fail(`${key} has ${got} entries, not ${want}`)
  rising('postings.start', post.start, post.doc.length)
  rising('postings.titleStart', post.titleStart, post.titleArticle.length)
  ascending('postings.doc', post.doc, post.start, data.passageArticle.length)
  ascending('postings.titleArticle', post.titleArticle, post.titleStart, articles)
  // Id 0 stands for a field the passage lacks: it must be worth nothing.
  for (const [key, ids, factors] of [
    ['textFactor', post.textFactor, post.textFactors],
    ['contextFactor', post.contextFactor, post.contextFactors],
  ] as const) {
    if (factors[0] !== 0) fail(`postings.${key}s does not start with 0`)
    const k = firstNotBelow(ids, factors.length)
    if (k >= 0) fail(`postings.${key}[${k}] = ${ids[k]} is not a factor id below ${factors.length}`)
  }
}

/** The first position of `ids` holding `limit` or more, or -1 (a plain loop over one array: millions of postings). */
function firstNotBelow(ids: Uint16Array | Uint32Array, limit: number): number {
  for (let k = 0; k < ids.length; k++) if (ids[k]! >= limit) return k
  return -1
}

/** Each term's entries of `a` rise strictly and stay below `size`. */
function ascending(key: string, a: Int32Array, start: Int32Array, size: number): void {
  for (let t = 0; t + 1 < start.length; t++) {
    for (let k = start[t]!, last = -1; k < start[t + 1]!; last = a[k++]!)
      if (!(a[k]! > last && a[k]! < size)) fail(`passage index: ${key}[${k}] = ${a[k]} is out of order or not below ${size}`)
  }
}

function rising(key: string, a: Int32Array, last: number): void {
  if (a[0] !== 0 || a[a.length - 1] !== last) fail(`passage index: ${key} does not run from 0 to ${last}`)
  for (let i = 1; i < a.length; i++) if (a[i]! < a[i - 1]!) fail(`passage index: ${key} falls at ${i}`)
}

function inRange(key: string, a: Int32Array, size: number): void {
  for (let i = 0; i < a.length; i++) if (!(a[i]! >= 0 && a[i]! < size)) fail(`passage index: ${key}[${i}] = ${a[i]} is not a term id below ${size}`)
}

/** The dates against the articles: known sources, sentences that exist, spans inside the texts. */
export function checkDates(data: DateIndexData, articles: ReadonlyMap<string, Article>): void {
  if (!Array.isArray(data?.published) || !Array.isArray(data.expressions) || !Array.isArray(data.timeline))
    fail('dates: published, expressions or timeline is missing')
  for (const [source, d] of data.published)
    if (!articles.has(source) || typeof d?.date !== 'string')
      fail(`dates: a publication date of ${JSON.stringify(source)}, which is not an article or has no date`)
  for (const [source, list] of data.expressions) {
    const a = articles.get(source) ?? fail(`dates: expressions of ${JSON.stringify(source)}, which is not an article`)
    if (!Array.isArray(list)) fail(`dates: the expressions of ${JSON.stringify(source)} are not a list`)
    const sentences = sentenceCount(a)
    for (const e of list) {
      if (!isInt(e.sentence) || e.sentence < 0 || e.sentence >= sentences)
        fail(`dates: an expression of ${JSON.stringify(source)} is in sentence ${e.sentence} of ${sentences}`)
      if (!inside(e.start, e.end, a.text)) outside(`dates: an expression of ${JSON.stringify(source)}`, e.start, e.end)
    }
  }
  for (const e of data.timeline) {
    const a = articles.get(e?.source) ?? fail(`dates: a timeline event of ${JSON.stringify(e?.source)}, which is not an article`)
    if (!inside(e.start, e.end_offset, a.text)) outside(`dates: a timeline event of ${JSON.stringify(e.source)}`, e.start, e.end_offset)
  }
}

/** The quotations against the articles: each quotation's words are its article's text at its offsets. */
export function checkQuotes(data: QuoteIndexData, articles: ReadonlyMap<string, Article>): void {
  if (!Array.isArray(data?.quotes) || !Array.isArray(data.speakers)) fail('quotes: quotes or speakers is missing')
  data.quotes.forEach((q, i) => {
    const a = articles.get(q?.source) ?? fail(`quotes: quotation ${i} is of ${JSON.stringify(q?.source)}, which is not an article`)
    if (!inside(q.start, q.end, a.text)) outside(`quotes: quotation ${i}`, q.start, q.end)
    if (!inside(q.attribution?.start, q.attribution?.end, a.text))
      outside(`quotes: the attribution of quotation ${i}`, q.attribution?.start, q.attribution?.end)
    if (a.text.slice(q.start, q.end) !== q.text) fail(`quotes: quotation ${i} is not the text of ${JSON.stringify(q.source)} at [${q.start}, ${q.end})`)
  })
  for (const s of data.speakers) {
    // The index is made from these on its first lookup (`lazy-quotes.ts`): anything it would trip on is refused here.
    if (
      typeof s?.name !== 'string' ||
      !isStringOrNull(s.role) ||
      !Array.isArray(s.aliases) ||
      !s.aliases.every((a) => typeof a === 'string') ||
      !Array.isArray(s.quotes)
    )
      fail('quotes: a speaker lacks its name, role, aliases or quotations')
    for (const q of s.quotes)
      if (!isInt(q) || q < 0 || q >= data.quotes.length) fail(`quotes: speaker ${JSON.stringify(s.name)} names quotation ${q} of ${data.quotes.length}`)
  }
}

/** The quotations' stems and normalised texts: one list of strings and one string per quotation. */
export function checkQuoteText(text: QuoteTextData, quotes: number): void {
  if (!Array.isArray(text?.stems) || !Array.isArray(text.norms) || text.stems.length !== quotes || text.norms.length !== quotes)
    fail(`quotes: stems or texts for other than the ${quotes} quotations`)
  text.stems.forEach((list, i) => {
    if (!Array.isArray(list) || !list.every((w) => typeof w === 'string') || typeof text.norms[i] !== 'string')
      fail(`quotes: the stems or text of quotation ${i} are not strings`)
  })
}

// The message is built only for a span found outside: these checks run once per date and quotation of the corpus.
function inside(start: unknown, end: unknown, text: string): boolean {
  return isInt(start) && isInt(end) && start >= 0 && end >= start && end <= text.length
}

function outside(what: string, start: unknown, end: unknown): never {
  fail(`${what} has offsets [${String(start)}, ${String(end)}) outside its text`)
}
