import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/corpus/article.ts'
import { buildEngineState } from '../../src/engine/index.ts'
import { createWordSense } from '../../src/engine/word-sense.ts'
import { createSpeller } from '../../src/text/index.ts'

/** The names an engine over one made-up page reads in `question`. */
function namesIn(body: string, question: string): Set<string> {
  const r = parseArticle('page.txt', `Border talks\nMarch 20, 2023\n\n${body}`)
  if (!r.ok) throw new Error(r.reason)
  const state = buildEngineState({ articles: [r.article], skipped: [] })
  return createWordSense(state, createSpeller(state.index.vocabulary)).namesIn(question)
}

describe('a name typed in lower case', () => {
  it.each([
    [
      'an acronym written once, opening a sentence',
      'UN spokesperson Anna Berg said the envoy had left.\n\nThe border stayed closed.',
      'who from the un spoke',
      'un',
    ],
    ['an acronym written twice', 'The envoy of the UN left.\n\nBerg said the UN would return.', 'what did the un say', 'un'],
    ['a place written twice', 'Troops reached Orlin on Monday.\n\nThe road to Orlin was closed.', 'when did troops reach orlin', 'orlin'],
  ])('%s is a name', (_what, body, question, name) => {
    expect(namesIn(body, question)).toContain(name)
  })

  it.each([
    ['a word in a line of capitals', 'TROOPS LEAVE THE BORDER\n\nThe troops left on Monday.', 'when did the troops leave', 'troop'],
    ['a word opening sentences', 'Troops left on Monday.\n\nTroops came back on Friday.', 'when did troops leave', 'troop'],
  ])('%s is no name', (_what, body, question, word) => {
    expect(namesIn(body, question)).not.toContain(word)
  })
})
