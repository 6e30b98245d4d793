import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/corpus/article.ts'
import { buildQuoteIndex } from '../../src/quotes/quote-index.ts'
import { collectMarks, findMarkedQuotes, lastQuoteBefore, nextQuoteOpen } from '../../src/quotes/marks.ts'
import { extractQuotes } from '../../src/quotes/extract.ts'
import type { Article } from '../../src/corpus/types.ts'

function article(body: string): Article {
  const r = parseArticle('long.txt', `Made-up report with a long paragraph\n\n${body}\n`)
  if (!r.ok) throw new Error(r.reason)
  return r.article
}

const N = 2000
const quotations = Array.from({ length: N }, (_, i) => `“word number ${i + 1},” he said. `)

// One paragraph holding 2,000 short quotations: attribution looks up the marks
// either side of each quotation, and must not rescan the paragraph to do so.
describe('a paragraph of 2,000 quotations', () => {
  const one = article(`Ivan Petrov spoke to reporters. ${quotations.join('')}`)

  it('is read as one paragraph', () => {
    expect(one.paragraphs).toHaveLength(1)
  })

  it('gives every quotation, in order, to the one speaker', () => {
    const quotes = extractQuotes(one)
    expect(quotes).toHaveLength(N)
    expect(quotes[0]!.text).toBe('word number 1')
    expect(quotes.at(-1)!.text).toBe(`word number ${N}`)
    expect(new Set(quotes.map((q) => q.speaker))).toEqual(new Set(['Ivan Petrov']))
  })

  it('indexes them all', () => {
    const index = buildQuoteIndex([one])
    expect(index.quotes).toHaveLength(N)
    expect(index.speakers()).toEqual([expect.objectContaining({ name: 'Ivan Petrov', quotes: N })])
  })
})

describe('looking up the quotation after or before an offset', () => {
  // The definitions the lookups replace: pairing the marks of the rest, or the start, of the paragraph afresh.
  const after = (text: string, end: number, from: number) => findMarkedQuotes(text, { start: from, end })[0]?.open ?? null
  const before = (text: string, start: number, at: number) => findMarkedQuotes(text, { start, end: at }).at(-1) ?? null

  // Small paragraphs of marks, words, blanks and commas, including empty and unclosed quotations.
  const pieces = ['“', '”', '"', '«', '»', '„', ' ', 'we', ', ', '–', 'a b']
  let seed = 7
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed / 2 ** 31)
  const samples = Array.from({ length: 300 }, () =>
    Array.from({ length: 1 + Math.floor(random() * 14) }, () => pieces[Math.floor(random() * pieces.length)]).join(''),
  )

  it('agrees with pairing the marks afresh at every offset', () => {
    for (const body of samples) {
      const text = `xx ${body} yy`
      const para = { start: 3, end: 3 + body.length }
      const marks = collectMarks(text, para)
      expect(findMarkedQuotes(text, para, marks)).toEqual(findMarkedQuotes(text, para))
      for (let at = para.start; at <= para.end; at++) {
        expect(nextQuoteOpen(text, para, marks, at), `${JSON.stringify(body)} after ${at}`).toBe(after(text, para.end, at))
        expect(lastQuoteBefore(text, para, marks, at), `${JSON.stringify(body)} before ${at}`).toEqual(before(text, para.start, at))
      }
    }
  })
})
