import { describe, expect, it } from 'vitest'
import { askReport, pagesEngine } from '../support/made-up-report.ts'
import { deputyOfAsked } from '../../src/answer/role-fit.ts'
import { rankOfPost } from '../../src/answer/question-parts.ts'
import { asksCurrent } from '../../src/answer/succession.ts'

// A made-up pair of pages about an alliance whose headlines name it: the presidents in them are their countries', not its.
const PAGES = [
  `Velmar asks the NDP for troops\nMarch 20, 2023\n\nPresident Ivo Lask asked the Northern Defence Pact (NDP) for help late on Monday, after a night of rioting in the capital.\n\nThe first NDP units landed on Tuesday.`,
  `NDP mission ends\nApril 2, 2023\n\nThe last NDP soldiers left Velmar on Sunday, ending a mission that began when President Ivo Lask appealed for help.\n\nThe pact's secretary general, Eva Sorn, called the mission a success.`,
]

describe('a post asked for in chat words ("boss")', () => {
  it.each(['who is the ndp boss', 'who was the boss of the ndp mission', "who's the boss of the ndp"])(
    "%j is not answered with a president the headline does not make the pact's",
    (question) => {
      expect(pagesEngine(PAGES).ask(question).answer ?? '').not.toContain('Lask')
    },
  )

  it("answers with the pact's own official, whose bare post a headline naming the pact makes its", () => {
    const pages = [
      PAGES[0]!,
      `NDP chiefs meet in Orsa\nMay 4, 2023\n\nSecretary General Ina Falk opened the emergency meeting on Thursday.\n\nDefence ministers of the member states attended.`,
    ]
    expect(pagesEngine(pages).ask('who is the ndp secretary general').answer ?? '').toContain('Ina Falk')
  })

  it('still answers who the president of the country is from a page whose headline names it', () => {
    expect(pagesEngine(PAGES).ask('who is the president of velmar').answer ?? '').toContain('Ivo Lask')
  })
})

describe('deputyOfAsked', () => {
  it.each([
    [['First Deputy Prime Minister'], 'who was pm before the cabinet quit', true],
    [['Deputy Defence Minister'], 'who is the defence minister', true],
    [['First Deputy Prime Minister', 'acting prime minister'], 'who is the prime minister', false],
    [['the deputy prime minister who heads the security committee'], 'who is the head of the security committee', false],
    [['Prime Minister'], 'who was pm', false],
  ])('%j for %j: %s', (roles, question, deputy) => {
    expect(deputyOfAsked(roles, question)).toBe(deputy)
  })
})

describe('a rank the question rules out ("not the deputy")', () => {
  const deputyOnly = `Ministry thanks departing troops\nMarch 20, 2023\n\nDeputy Interior Minister Arlo Venn thanked the departing troops at the airfield on Monday.\n\nThe interior ministry said order had been restored in the capital.`
  const both = `${deputyOnly.replace('on Monday.', 'on Monday.\n\nInterior Minister Bela Sorn did not attend the ceremony.')}`

  it.each(["who's velmar's actual interior minister, not the deputy", 'who is the interior minister, not the deputy one'])(
    '%j is not answered with the deputy, the only minister the page names',
    (question) => {
      expect(pagesEngine([deputyOnly]).ask(question).answer ?? '').not.toContain('Venn')
    },
  )

  it('answers the post itself where the page names its holder', () => {
    expect(pagesEngine([both]).ask('who is the interior minister, not the deputy').answer ?? '').toContain('Bela Sorn')
  })

  it.each([
    ['who was the deputy mayor', { rank: 'deputy' }],
    ["who's the defence minister, not the deputy", { refused: 'deputy' }],
    ["who is the pm, isn't the acting one", { refused: 'acting' }],
    ['who is the mayor', {}],
  ])('rankOfPost(%j) is %j', (question, read) => {
    expect(rankOfPost(question)).toEqual(read)
  })
})

describe('a post named by its field ("Finance Minister", "Health Minister")', () => {
  const page = `Nurses offered a pay rise\nJune 2, 2023\n\nHealth Minister Tove Rask offered the nurses' union a pay rise of 6 percent on Thursday.\n\nThe union said it would put the offer to its members.`
  it.each(['who is the health minister', 'who made the offer to the nurses'])('%j is answered with its holder', (question) => {
    expect(pagesEngine([page]).ask(question).answer ?? '').toContain('Tove Rask')
  })
})

describe('asksCurrent', () => {
  it.each([
    ['who heads the knb', true],
    ["who's the defence minister", true],
    ['whos the new pm', true],
    ['who was the head of the knb', false],
    ['who is the former head of the knb', false],
    ['who fired the head of the knb', false],
  ])('%j: %s', (question, current) => {
    expect(asksCurrent(question)).toBe(current)
  })
})

describe('a holiday is nobody', () => {
  it('does not answer who held a post with the name of a holiday', () => {
    const body = `Protests erupted on 2 January in Velsk, an oil town in the western Orsa region, after the price of fuel roughly doubled on New Year's Day.\n\nBy 4 January demonstrations had spread to the capital.`
    expect(askReport(body, 'who was the akim of orsa region when the protests kicked off').answer ?? '').not.toContain('New Year')
  })
})
