import { describe, expect, it } from 'vitest'
import { pagesEngine } from '../support/made-up-report.ts'
import { parseArticle } from '../../src/corpus/article.ts'
import { buildConcepts, buildSearchIndex, requiredConcepts } from '../../src/search/index.ts'
import { buildLexicon, createSpeller } from '../../src/text/index.ts'

// A made-up corpus about the NLO, which most of its sentences name: a sentence may leave the corpus's own subject
// to the rest of its article, as "Kazakh officials say the pullout starts on Thursday" leaves the CSTO.
const engine = pagesEngine([
  `League troops in Veloria\nMarch 2, 2023\n\nThe NLO sent 900 troops to Veloria on March 1.\n\nNLO officials said the force would guard the port.\n\nThe NLO has six members.`,
  `Veloria calm returns\nMarch 12, 2023\n\nThe streets of Veloria were calm on Sunday.\n\nShops reopened and buses ran again.\n\nPolice said 40 officers were wounded in the riots.\n\nThe withdrawal of its troops starts on Monday, 13 March, officials say.\n\nShops stayed open late.\n\nThe NLO has not commented on the date.`,
  `Ostria arrests\nMarch 4, 2023\n\nOstria police arrested 40 protesters on March 3.`,
  `League ends mission\nMarch 20, 2023\n\nThe last troops of the NLO left Veloria on March 19.\n\nThe mission of the NLO was its first.`,
])

describe('the name a whole corpus is about', () => {
  it('need not be in the sentence that gives the day', () => {
    expect(engine.ask('when did the nlo troops start withdrawing').answer).toMatch(/^Monday, March 13, 2023/)
  })
  it('is still needed by a sentence that names another ("Ostria police arrested 40 protesters")', () => {
    expect(engine.ask('when did the nlo police arrest protesters').answer).toBeNull()
  })
  it('is still what tells a count of its own people from another', () => {
    expect(engine.ask('how many nlo soldiers were wounded').answer).toBeNull()
  })
})

describe('requiredConcepts', () => {
  const texts = [
    `League troops in Veloria\nMarch 2, 2023\n\nThe NLO sent 900 troops to Veloria on March 1.\n\nNLO officials said the force would guard the port.\n\nThe NLO has six members.`,
    `League ends mission\nMarch 20, 2023\n\nThe last troops of the NLO left Veloria on March 19.\n\nThe mission of the NLO was its first.`,
  ]
  const articles = texts.map((t, i) => {
    const r = parseArticle(`nlo-${i}.txt`, t)
    if (!r.ok) throw new Error(r.reason)
    return r.article
  })
  const index = buildSearchIndex(articles, buildLexicon(articles))
  const concepts = buildConcepts('when will the nlo pullout end', index, createSpeller(index.vocabulary), new Set(), new Set(['nlo']))
  it.each([
    ['The pullout will end on Sunday, March 19.', true],
    ['The pullout will end on Sunday, March 19, Marten said.', false],
  ])('%j may leave the corpus subject out: %s', (text, forgiven) => {
    expect(requiredConcepts(concepts, true, text, index).length < concepts.length).toBe(forgiven)
  })
})
