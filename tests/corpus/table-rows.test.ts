import { describe, expect, it } from 'vitest'
import { splitSentences } from '../../src/corpus/sentences.ts'
import { pagesEngine } from '../support/made-up-report.ts'

const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end))

describe('a table exported with tabs', () => {
  it.each([
    [
      'date\tevent\tsource\n2023-03-12\tFerry strike begins in Velsk\tPort office\n2023-03-14\tMore than 900 people rally at the docks\tVelsk Post',
      ['date\tevent\tsource', '2023-03-12\tFerry strike begins in Velsk\tPort office', '2023-03-14\tMore than 900 people rally at the docks\tVelsk Post'],
    ],
    // A row that ends in a full stop, or with no date in its first field, is a row all the same.
    [
      'Norland\t400 sailors\tharbour patrol.\nOstria\t120 engineers\tbridge repair',
      ['Norland\t400 sailors\tharbour patrol.', 'Ostria\t120 engineers\tbridge repair'],
    ],
  ])('has each row as a sentence of its own: %j', (text, expected) => {
    expect(sentences(text)).toEqual(expected)
  })

  it('leaves a wrapped sentence whole where a single line has a tab in it', () => {
    const text = 'The ferries left Velsk\ton Tuesday\nand reached Norland on Friday.'
    expect(sentences(text)).toEqual([text])
  })
})

describe('a table set with dot leaders', () => {
  it('has each row as a sentence of its own', () => {
    const text = '  Ivo Lask ........... 18 years in prison\n  Rosa Lind ......... 16 years in prison\n  Sam Berg .......... 3 years in prison'
    expect(sentences(text).map((s) => s.trim())).toEqual([
      'Ivo Lask ........... 18 years in prison',
      'Rosa Lind ......... 16 years in prison',
      'Sam Berg .......... 3 years in prison',
    ])
  })

  it('leaves a sentence with an ellipsis across a line whole', () => {
    const text = 'The court said the mayor... would appeal\nand the ... case goes on.'
    expect(sentences(text)).toEqual([text])
  })

  it("answers a row's question from that row", () => {
    const engine = pagesEngine([
      'Verdict in the Velsk treason case\nMarch 20, 2023\n\nThe court imposed the following sentences:\n\n  Ivo Lask ........... 18 years in prison\n  Rosa Lind ......... 16 years in prison\n  Sam Berg .......... 3 years in prison',
    ])
    expect(engine.ask('how long did lind get').answer).toContain('16 years')
  })
})

describe("a wiki talk page's replies", () => {
  it('each open a sentence of their own, apart from the signature over them', () => {
    const text =
      'The toll is still 90. --Osk_Hawk (talk) 16:40, 12 March 2021 (UTC)\n:::Withdrawal dates: started 13 March, last ship left on 19 March.\n::::Agree.'
    expect(sentences(text)).toEqual([
      'The toll is still 90.',
      '--Osk_Hawk (talk) 16:40, 12 March 2021 (UTC)',
      ':::Withdrawal dates: started 13 March, last ship left on 19 March.',
      '::::Agree.',
    ])
  })
})

describe('a question of one row', () => {
  it('is not answered from a figure of another row', () => {
    const engine = pagesEngine([
      'Velsk ferry strike: timeline (export)\nMarch 20, 2023\n\ndate\tevent\tsource\n2023-03-12\tFerry strike begins in Velsk; more than 900 people rally at the docks\tVelsk Post\n2023-03-15\tPolice: about 300 people detained after the riots at the docks\tPolice\n2023-03-18\tStrike ends\tPort office',
    ])
    expect(engine.ask('about how many people got locked up after the riots').answer ?? '').not.toContain('900')
  })
})
