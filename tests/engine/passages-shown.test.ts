import { describe, expect, it } from 'vitest'
import { followsOn, passageBasis } from '../../src/engine/corroborate.ts'
import { pagesEngine } from '../support/made-up-report.ts'

const at = (rank: number, text: string) => ({ rank, sentence: { text, start: 0, end: text.length } })

describe('the rank the passages shown are measured against', () => {
  it.each([
    ['the best passage holds a figure', [at(1, 'He got 200 crowns.'), at(0.6, 'He left on Monday.')], 'number', 1],
    ['the best holds none, a lower one does', [at(1, 'He said he was paid.'), at(0.6, 'He got 200 crowns.')], 'number', 0.6],
    ['none holds a figure', [at(1, 'He said he was paid.'), at(0.6, 'He left.')], 'number', 1],
    ['a kind without a shape', [at(1, 'He said he was paid.'), at(0.6, 'He got 200 crowns.')], 'other', 1],
    ['the best names nobody in full', [at(1, 'He replaces Kaldt.'), at(0.5, 'Mila Straun accepted it.')], 'person', 0.5],
  ] as const)('%s', (_, candidates, shape, expected) => {
    expect(passageBasis(candidates, shape)).toBe(expected)
  })
})

// The sentence that says the question's words names nobody ("He replaces Kaldt"); those that name the newcomer say
// less of the question. They are shown beside it, not hidden below the best one's rank.
const CABINET = `Valdor parliament confirms new premier
April 3, 2023

Valdor's parliament on Monday confirmed Tavi Ronsen as prime minister, two weeks after the cabinet fell.

He replaces Kaldt, who had held the post since 2019.

Ronsen, who had been acting prime minister since Kaldt's cabinet fell, won 88 of the 140 votes.

President Mila Straun accepted the resignation of Kaldt's government in a televised address.`

describe('passages that may answer are not hidden by one that cannot alone', () => {
  it('shows a passage naming someone when the best names nobody in full', () => {
    const r = pagesEngine([CABINET]).ask('who replaced kaldt')
    expect(r.status).toBe('passages')
    expect(r.citations.length).toBeGreaterThan(1)
    expect(r.citations.some((c) => /Ronsen/.test(c.excerpt))).toBe(true)
  })
})

// The sentence that says the question's words names the one who went; the next, in its paragraph, who came in.
const MAYOR = `Velsk gets a new mayor\nFebruary 1, 2023\n\nOn 31 January the president dismissed the mayor of Velsk, Ivo Lask, who was running the city when rioters overran it. The chairman of the central bank, Ola Brun, takes his place.\n\nAn online petition demanding Lask's exit had collected more than 26,000 signatures.\n\nThe city council meets on Friday.`

describe('a passage that goes on from one shown is shown with it', () => {
  it('shows who took the post in the sentence after the dismissal', () => {
    const r = pagesEngine([MAYOR]).ask('who got the velsk mayor job after lask got the boot')
    expect(r.citations.some((c) => c.excerpt.includes('Ola Brun'))).toBe(true)
  })
  it.each([
    ['the next sentence of the paragraph', 1, 0, true],
    ['one two sentences on', 2, 0, false],
    ['the next sentence, in another paragraph', 1, 1, false],
  ])('%s: %s', (_, index, paragraph, expected) => {
    const article = { source: 'a.txt' } as never
    const shown = [{ article, sentence: { index: 0, paragraph: 0 } as never }]
    expect(followsOn(shown, { article, sentence: { index, paragraph } as never })).toBe(expected)
  })
})
