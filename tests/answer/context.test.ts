import { describe, expect, it } from 'vitest'
import { termsOf, termsOfSentence, type ExtractionContext } from '../../src/answer/context.ts'
import { parseArticle } from '../../src/corpus/article.ts'
import { buildLexicon } from '../../src/text/lexicon.ts'

const lexiconOf = (text: string) => {
  const r = parseArticle('t.txt', `A headline\n\n${text}`)
  if (!r.ok) throw new Error(r.reason)
  return buildLexicon([r.article])
}
const contextOf = (text: string) => ({ lexicon: lexiconOf(text) }) as unknown as ExtractionContext

describe('termsOfSentence: the terms of a sentence, remembered', () => {
  const sentence = 'The Shanghai Cooperation Council (SCC) sent 2,500 paratroopers, arriving on Thursday.'

  it('equals termsOf, the first time and again', () => {
    const ctx = contextOf(sentence)
    expect(termsOfSentence(ctx, sentence)).toEqual(termsOf(ctx, sentence))
    expect(termsOfSentence(ctx, sentence)).toEqual(termsOf(ctx, sentence))
  })

  it('is the lexicon it is asked with: another lexicon gives its own terms for the same text', () => {
    const knows = contextOf(sentence)
    const other = contextOf('Nothing defined here.')
    expect(termsOfSentence(knows, 'The Shanghai Cooperation Council met.')).toEqual(termsOf(knows, 'The Shanghai Cooperation Council met.'))
    expect(termsOfSentence(other, 'The Shanghai Cooperation Council met.')).toEqual(termsOf(other, 'The Shanghai Cooperation Council met.'))
  })

  it('still equals termsOf after more sentences than it remembers', () => {
    const ctx = contextOf(sentence)
    for (let i = 0; i < 9000; i++) expect(termsOfSentence(ctx, `Troops number ${i} arrived.`)).toEqual(termsOf(ctx, `Troops number ${i} arrived.`))
    expect(termsOfSentence(ctx, sentence)).toEqual(termsOf(ctx, sentence))
  })
})
