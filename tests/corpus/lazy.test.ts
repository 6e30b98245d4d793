import { describe, expect, it } from 'vitest'
import { lazyArticle, loadCorpus, sentenceCount, sentenceLength, type Article } from '../../src/corpus/index.ts'

const { articles } = loadCorpus('seeds')

/** The article again, its sentences and paragraphs to be made from their spans on first read, as a restore makes it. */
const lazily = (a: Article): Article =>
  lazyArticle(
    { source: a.source, text: a.text, title: a.title, date: a.date, outlet: a.outlet, url: a.url, warnings: a.warnings },
    Int32Array.from(a.sentences.flatMap((s) => [s.start, s.end, s.paragraph])),
    Int32Array.from(a.paragraphs.flatMap((p) => [p.start, p.end])),
  )

describe('lazyArticle: sentences and paragraphs made on first read', () => {
  it.each(articles.map((a) => [a.source, a] as const))('%s equals the article as parsed', (_, parsed) => {
    const a = lazily(parsed)
    expect(sentenceCount(a)).toBe(parsed.sentences.length)
    for (let i = -1; i <= parsed.sentences.length; i++) expect(sentenceLength(a, i)).toBe(parsed.sentences[i]?.text.length ?? -1)
    expect(a).toEqual(parsed)
    expect(a.sentences).toBe(a.sentences)
    expect(Object.keys(a)).toEqual(Object.keys(parsed))
    expect(JSON.stringify(a)).toBe(JSON.stringify(parsed))
    expect(sentenceCount(a)).toBe(parsed.sentences.length)
    expect(sentenceLength(a, 0)).toBe(parsed.sentences[0]!.text.length)
  })

  it('spreads into a plain article, and takes sentences set on it', () => {
    const parsed = articles[0]!
    const a = lazily(parsed)
    expect({ ...a }).toEqual(parsed)
    const b = lazily(parsed)
    b.sentences = parsed.sentences.slice(0, 1)
    expect(b.sentences).toEqual(parsed.sentences.slice(0, 1))
    expect(sentenceCount(b)).toBe(1)
    expect(b.paragraphs).toEqual(parsed.paragraphs)
  })

  it('counts an article that was never lazy from its sentences', () => {
    expect(sentenceCount(articles[1]!)).toBe(articles[1]!.sentences.length)
    expect(sentenceLength(articles[1]!, 2)).toBe(articles[1]!.sentences[2]!.text.length)
    expect(sentenceLength(articles[1]!, 10_000)).toBe(-1)
  })
})
