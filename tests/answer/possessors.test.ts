import { describe, expect, it } from 'vitest'
import { possessorTest, whoseNoun } from '../../src/answer/possessors.ts'
import { askReport } from '../support/made-up-report.ts'

describe('whoseNoun', () => {
  it.each([
    ['whose government quit on monday', 'government'],
    ['whose own party voted against him', 'party'],
    ['who quit on monday', null],
    ['what did the government whose head quit do', null],
  ])('%j → %j', (question, noun) => expect(whoseNoun(question)).toBe(noun))
})

describe('possessorTest: whom the thing asked about belongs to in a sentence', () => {
  const at = (text: string, name: string) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length })
  it.each([
    ['Lind had been acting premier since the Orlov cabinet resigned on Monday.', 'government', 'Orlov', true],
    ['Lind had been acting premier since the Orlov cabinet resigned on Monday.', 'government', 'Lind', false],
    ["Orlov's government resigned on Monday, and Lind took over.", 'government', 'Orlov', true],
    ["Orlov's outgoing cabinet resigned on Monday, and Lind took over.", 'government', 'Lind', false],
    ['Eva Sorn accepted the resignation of the cabinet led by Prime Minister Piotr Orlov.', 'government', 'Piotr Orlov', true],
    ['Eva Sorn accepted the resignation of the cabinet led by Prime Minister Piotr Orlov.', 'government', 'Eva Sorn', false],
    ['The government of Piotr Orlov fell on Monday.', 'government', 'Piotr Orlov', true],
    ["Lask's party won the vote.", 'party', 'Lask', true],
    // A name before the noun without "the" or "'s" is no owner ("Orlov cabinet" in a headline-like run is read only after "the").
    ['Sorn said Orlov cabinet members resigned.', 'government', 'Sorn', false],
  ])('%j, %s: %s → %s', (text, noun, name, owns) => expect(possessorTest(text, noun)(at(text, name))).toBe(owns))
})

describe('"whose …" questions', () => {
  const body = `Ivo Lind, 49, had been acting head of government since the Orlov cabinet resigned on Monday, and was confirmed on Friday.

President Eva Sorn accepted the resignation of the cabinet led by Prime Minister Piotr Orlov, her office said.`

  it('answer with whom the thing belongs to, not whoever the sentence names first', () => {
    const r = askReport(body, 'whose government quit on monday')
    expect(r.answer ?? '').toContain('Orlov')
  })

  it('never answer with someone the thing does not belong to', () => {
    const r = askReport('Ivo Lind, 49, had been acting premier since the cabinet resigned on Monday.', 'whose government quit on monday')
    expect(r.answer ?? '').not.toContain('Lind')
  })
})
