import { describe, expect, it } from 'vitest'
import { pagesEngine } from '../support/made-up-report.ts'

// Made-up pages on one arrest, each giving its grounds in its own words.
const engine = pagesEngine([
  'Former mayor held\nMarch 8, 2023\n\nIvo Lask, the former mayor of Velta, was arrested for bribery on Monday.\n\nHis lawyers said he would appeal.',
  'Velta council in turmoil\nMarch 9, 2023\n\nThe agency said Lask had been detained on suspicion of bribery, days after he left office.\n\nThe council met on Tuesday.',
  'Strikes spread\nMarch 10, 2023\n\nDock strikes in Velta were sparked by a sharp rise in the price of fuel.\n\nLask was seen at the port on Friday.',
])

describe('why: the grounds a passage gives', () => {
  it.each([
    ["why'd they arrest lask", /bribery/],
    ['why was lask detained', /^On suspicion of bribery$/],
    ['why were there dock strikes', /sharp rise in the price of fuel/],
  ])('%j', (question, grounds) => {
    expect(engine.ask(question).answer).toMatch(grounds)
  })
})
