import { describe, expect, it } from 'vitest'
import { reportEngine } from '../support/made-up-report.ts'
import { parseArticle } from '../../src/corpus/article.ts'
import { buildEngineState } from '../../src/engine/engine.ts'
import { createWordSense } from '../../src/engine/word-sense.ts'
import { createSpeller } from '../../src/text/index.ts'

// A total for several countries together beside each country's own figure: which figure answers depends on who the
// question says sent them, so the verb must be read even when it is typed wrong.
const BODY = `The flotilla, comprising 40 ships from the Kingdom of Norway, the Kingdom of Denmark, the Republic of Finland and the Republic of Estonia, was sent to the coast within a day.

## Who sent ships?

* **Norway** – 12 ships, which the navy in Oslo says will carry pumps only.
* **Denmark** – 9 ships and two helicopters.

The ships were handed back on April 2. Nine sailors were hurt.`

describe('a question typed with a typo is read as meant by every rule', () => {
  const engine = reportEngine(BODY)
  it.each([
    ['how many ships did norway send', '12'],
    ['how many ships did norway sned', '12'],
    ['how many ships did denmrak send', '9'],
  ])('%j → %s', (question, figure) => {
    const r = engine.ask(question)
    expect(r.status).toBe('answered')
    expect(r.answer).toContain(figure)
  })

  it('keeps the question as typed in the reply', () => {
    expect(engine.ask('how many ships did norway sned').question).toBe('how many ships did norway sned')
  })
})

describe('spellQuestion', () => {
  const r = parseArticle('report.txt', `A made-up report\nMarch 20, 2023\n\n${BODY}`)
  if (!r.ok) throw new Error(r.reason)
  const state = buildEngineState({ articles: [r.article], skipped: [] })
  const { spellQuestion } = createWordSense(state, createSpeller(state.index.vocabulary))
  it.each([
    ['how many ships did norway sned', 'how many ships did norway send'],
    ['what did the flotila carry', 'what did the flotilla carry'],
    ['how many helicoptrs came', 'how many helicopters came'],
    // A contraction typed without its apostrophe, a capitalised word, an English word and a word nothing is near stay.
    ['wasnt it norway', 'wasnt it norway'],
    ['theyre from Nrway', 'theyre from Nrway'],
    ['did they sent ships', 'did they sent ships'],
    ['what about the qzxvw', 'what about the qzxvw'],
    // A chat spelling is no typo of a number word ("nite" is no "nine").
    ['how many ships left on friday nite', 'how many ships left on friday nite'],
  ])('%j → %j', (typed, meant) => expect(spellQuestion(typed)).toBe(meant))
})
