import { describe, expect, it } from 'vitest'
import { loadCorpus } from '../../src/corpus/index.ts'
import { buildQuoteIndex, quoteIndexFromData, quoteTextData } from '../../src/quotes/index.ts'
import { lazyQuoteIndex } from '../../src/engine/lazy-quotes.ts'

const built = buildQuoteIndex(loadCorpus('seeds').articles)
const data = built.toData()

function counted() {
  let made = 0
  const index = lazyQuoteIndex(data.quotes, () => (made++, quoteIndexFromData(data, quoteTextData(data.quotes))))
  return { index, made: () => made }
}

describe('a quote index made on its first lookup', () => {
  it('lists its quotations without being made', () => {
    const { index, made } = counted()
    expect(index.quotes).toBe(data.quotes)
    expect(index.quotes.length).toBeGreaterThan(10)
    expect(made()).toBe(0)
  })

  it.each([
    ['search by speaker', (i: typeof built) => i.search({ speaker: 'Suchkov' })],
    ['search by words', (i: typeof built) => i.search({ text: 'peacekeeping' })],
    ['who said', (i: typeof built) => i.whoSaid('collective security treaty')],
    ['speakers', (i: typeof built) => i.speakers()],
    ['suggestions', (i: typeof built) => i.suggest('to', 5)],
    ['its data', (i: typeof built) => [i.toData(), i.textData()]],
  ] as const)('answers %s as the index itself does, made once', (_, look) => {
    const { index, made } = counted()
    expect(look(index)).toEqual(look(built))
    expect(look(index)).toEqual(look(built))
    expect(made()).toBe(1)
  })
})
