import { sectionHeads, type Article } from '../corpus/index.ts'

/**
 * The passage index as flat arrays: what the analyzer found in each sentence,
 * with term ids instead of strings, so that 250,000 passages take a few tens
 * of megabytes and a snapshot stores them as they are.
 */
export interface PassageData {
  /** Term id → term. */
  terms: string[]
  /** Term id → number of passages whose sentence has the term. */
  df: Int32Array
  /** Passage id → article index. */
  passageArticle: Int32Array
  /** Passage id → sentence index in its article. */
  passageSentence: Int32Array
  /** Passage id → 1 when the sentence opens with a personal pronoun. */
  continues: Uint8Array
  /** Per passage: the id of the passage that heads its section (its own id for a heading), or -1. */
  section: Int32Array
  /** Passage id → first entry in `passageTerms` (one more entry than passages). */
  termStart: Int32Array
  /** Each passage's distinct term ids. */
  passageTerms: Int32Array
  /** How often each of those terms occurs in its sentence (at most 255). */
  passageTf: Uint8Array
  /** Passage id → distinct terms of the sentences either side (the context field's length). */
  contextLength: Uint16Array
  /** Article index → first entry in `titleTerms` (one more entry than articles). */
  titleStart: Int32Array
  titleTerms: Int32Array
  titleTf: Uint8Array
  /** Article index → its first passage id (one more entry than articles). */
  articleStart: Int32Array
}

// A sentence that opens with a pronoun or a definite description ("She", "The city"), that
// uses one before naming anyone ("Two days later he said"), or that says "there" of a place,
// goes on about what the sentence before names.
const OPENS_REFERRING = /^(?:["“”‘’']?\s*)(?:he|she|they|his|her|their)\b/i
const PLACE_THERE =
  /\bthere\b(?!\s+(?:is|are|was|were|will|would|has|have|had|seems?|seemed|appears?|appeared|may|might|could|can|must|should|remains?|remained)\b)/i

/** Whether a sentence refers back to what the sentence before it names. */
function continuesPrevious(sentence: string): boolean {
  return OPENS_REFERRING.test(sentence) || PLACE_THERE.test(sentence)
}

/**
 * Analyses every sentence and title once with `analyze` and lays the terms out
 * in {@link PassageData}.
 *
 * @example
 * ```ts
 * const data = buildPassageData(articles, (text) => analyzeText(lexicon, text))
 * data.passageArticle.length // => number of sentences in the corpus
 * ```
 */
export function buildPassageData(articles: readonly Article[], analyze: (text: string, article: Article) => string[]): PassageData {
  const ids = new Map<string, number>()
  const terms: string[] = []
  const df: number[] = []
  const idOf = (t: string) => {
    let id = ids.get(t)
    if (id === undefined) {
      ids.set(t, (id = terms.length))
      terms.push(t)
      df.push(0)
    }
    return id
  }
  const passageArticle: number[] = []
  const passageSentence: number[] = []
  const continues: number[] = []
  const section: number[] = []
  const termStart: number[] = [0]
  const passageTerms: number[] = []
  const passageTf: number[] = []
  const contextLength: number[] = []
  const titleStart: number[] = [0]
  const titleTerms: number[] = []
  const titleTf: number[] = []
  const articleStart: number[] = [0]
  const counted = (words: string[]) => {
    const tf = new Map<number, number>()
    for (const w of words) {
      const id = idOf(w)
      tf.set(id, (tf.get(id) ?? 0) + 1)
    }
    return tf
  }
  for (const [a, article] of articles.entries()) {
    for (const [id, n] of counted(analyze(article.title, article))) {
      titleTerms.push(id)
      titleTf.push(Math.min(255, n))
    }
    titleStart.push(titleTerms.length)
    const sentences = article.sentences.map((s) => counted(analyze(s.text, article)))
    const first = passageArticle.length
    const heads = sectionHeads(article)
    for (const [s, tf] of sentences.entries()) {
      for (const [id, n] of tf) {
        passageTerms.push(id)
        passageTf.push(Math.min(255, n))
        df[id]!++
      }
      termStart.push(passageTerms.length)
      const around = new Set([...(sentences[s - 1]?.keys() ?? []), ...(sentences[s + 1]?.keys() ?? [])])
      contextLength.push(Math.min(65_535, around.size))
      passageArticle.push(a)
      passageSentence.push(s)
      continues.push(continuesPrevious(article.sentences[s]!.text) ? 1 : 0)
      section.push(heads[s]! < 0 ? -1 : first + heads[s]!)
    }
    articleStart.push(passageArticle.length)
  }
  return {
    terms,
    df: Int32Array.from(df),
    passageArticle: Int32Array.from(passageArticle),
    passageSentence: Int32Array.from(passageSentence),
    continues: Uint8Array.from(continues),
    section: Int32Array.from(section),
    termStart: Int32Array.from(termStart),
    passageTerms: Int32Array.from(passageTerms),
    passageTf: Uint8Array.from(passageTf),
    contextLength: Uint16Array.from(contextLength),
    titleStart: Int32Array.from(titleStart),
    titleTerms: Int32Array.from(titleTerms),
    titleTf: Uint8Array.from(titleTf),
    articleStart: Int32Array.from(articleStart),
  }
}

/**
 * The passage data of consecutive slices of a corpus, built apart (in worker
 * threads), as {@link buildPassageData} builds it over the whole: term ids in
 * order of first use, offsets and ids shifted past the slices before.
 *
 * @example
 * ```ts
 * mergePassageData([buildPassageData(first, analyze), buildPassageData(rest, analyze)])
 * // deep-equals buildPassageData([...first, ...rest], analyze)
 * ```
 */
export function mergePassageData(slices: readonly PassageData[]): PassageData {
  const ids = new Map<string, number>()
  const terms: string[] = []
  const global = slices.map((s) =>
    Int32Array.from(s.terms, (t) => {
      let id = ids.get(t)
      if (id === undefined) ids.set(t, (id = terms.push(t) - 1))
      return id
    }),
  )
  const total = (f: (s: PassageData) => number) => slices.reduce((n, s) => n + f(s), 0)
  const [passages, postings, titles, articles] = [
    total((s) => s.passageArticle.length),
    total((s) => s.passageTerms.length),
    total((s) => s.titleTerms.length),
    total((s) => s.articleStart.length - 1),
  ]
  const out: PassageData = {
    terms,
    df: new Int32Array(terms.length),
    passageArticle: new Int32Array(passages),
    passageSentence: new Int32Array(passages),
    continues: new Uint8Array(passages),
    section: new Int32Array(passages),
    termStart: new Int32Array(passages + 1),
    passageTerms: new Int32Array(postings),
    passageTf: new Uint8Array(postings),
    contextLength: new Uint16Array(passages),
    titleStart: new Int32Array(articles + 1),
    titleTerms: new Int32Array(titles),
    titleTf: new Uint8Array(titles),
    articleStart: new Int32Array(articles + 1),
  }
  let [p0, k0, t0, a0] = [0, 0, 0, 0]
  slices.forEach((s, i) => {
    const map = global[i]!
    const n = s.passageArticle.length
    for (let t = 0; t < s.terms.length; t++) out.df[map[t]!]! += s.df[t]!
    for (let p = 0; p < n; p++) {
      out.passageArticle[p0 + p] = s.passageArticle[p]! + a0
      out.section[p0 + p] = s.section[p]! < 0 ? -1 : s.section[p]! + p0
      out.termStart[p0 + p] = s.termStart[p]! + k0
    }
    out.passageSentence.set(s.passageSentence, p0)
    out.continues.set(s.continues, p0)
    out.contextLength.set(s.contextLength, p0)
    for (let k = 0; k < s.passageTerms.length; k++) out.passageTerms[k0 + k] = map[s.passageTerms[k]!]!
    out.passageTf.set(s.passageTf, k0)
    const a = s.articleStart.length - 1
    for (let j = 0; j < a; j++) {
      out.titleStart[a0 + j] = s.titleStart[j]! + t0
      out.articleStart[a0 + j] = s.articleStart[j]! + p0
    }
    for (let k = 0; k < s.titleTerms.length; k++) out.titleTerms[t0 + k] = map[s.titleTerms[k]!]!
    out.titleTf.set(s.titleTf, t0)
    ;[p0, k0, t0, a0] = [p0 + n, k0 + s.passageTerms.length, t0 + s.titleTerms.length, a0 + a]
  })
  out.termStart[passages] = postings
  out.titleStart[articles] = titles
  out.articleStart[articles] = passages
  return out
}

/** The typed arrays of {@link PassageData}, by field, with their element type: what a snapshot stores as binary. */
export const PASSAGE_ARRAYS = {
  df: Int32Array,
  passageArticle: Int32Array,
  passageSentence: Int32Array,
  continues: Uint8Array,
  section: Int32Array,
  termStart: Int32Array,
  passageTerms: Int32Array,
  passageTf: Uint8Array,
  contextLength: Uint16Array,
  titleStart: Int32Array,
  titleTerms: Int32Array,
  titleTf: Uint8Array,
  articleStart: Int32Array,
} as const
