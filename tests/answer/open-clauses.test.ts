import { describe, expect, it } from 'vitest'
import { askReport } from '../support/made-up-report.ts'

// Made-up reports: an open question's answer is cut from a sentence after the question's last word in it.
const ask = askReport

const ORDER =
  'President Ivo Lask has ordered the police and the army to close the border with Ostria, he said in an address to the nation on Monday, as security forces searched the capital for looters.'

describe('open answers: where the answer starts', () => {
  it.each([
    // A word merely like one the sentence already said ("forces" after "police").
    [ORDER, 'what did lask tell the police and army to do on monday'],
    [ORDER, 'what did lask order the police n army to do'],
  ])('not after a word like one already said: %j', (body, question) => {
    expect(ask(body, question).answer ?? '').not.toMatch(/searched the capital/i)
  })
})

describe('open answers: a question for a kind of thing takes no clause', () => {
  it.each([
    ['The first Norland transport plane took off, according to officials in Velsk, shortly after midnight.', 'what type of norland plane took off first'],
    ['Norland invoked the treaty on Monday, citing a threat from abroad.', 'which part of the treaty did norland invoke'],
  ])('%j: %s', (body, question) => {
    expect(askReport(body, question).status).not.toBe('answered')
  })
})
