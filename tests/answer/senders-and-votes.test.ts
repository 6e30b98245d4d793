import { describe, expect, it } from 'vitest'
import { askReport } from '../support/made-up-report.ts'

// Made-up pages: who sent what, who voted how, and an official who quit, each once a wrong or a lost answer.
describe('to contribute to something is no sending', () => {
  it('"contributed to the unrest" answers no "what did X send"', () => {
    expect(askReport('Peru contributed to the unrest by closing the border, officials said.', 'what did peru send').answer).toBeNull()
  })
  it("a figure in brackets after where troops went is the sender's", () => {
    expect(askReport('Chile sent soldiers to Peru (about 450 in all) after the floods.', 'how many soldiers did chile send').answer).toMatch(/450/)
  })
  it('a country named only after "in" may still be what a yes/no question asks of', () => {
    expect(askReport('Elections will be held in Velta in May.', 'will velta hold elections').answer).toMatch(/^The articles say: /)
  })
})

describe('voted against', () => {
  it('is opposed', () => {
    expect(askReport('In the vote, 61 lawmakers backed the bill and 40 opposed it.', 'how many voted against the bill').answer).toBe('40')
  })
  it('is not done by one whose party did it', () => {
    expect(askReport("The motion was rejected by 45 votes to 30. Eva Sorn's party voted against it.", 'who voted against the motion').answer).toBeNull()
  })
})

describe('an official who quit office resigned', () => {
  it('"when did the pm quit office"', () => {
    expect(askReport('Prime Minister Jon Malk resigned on Friday amid a corruption scandal.', 'when did the pm quit office').answer).toMatch(/Friday/)
  })
})
