import { describe, expect, it } from 'vitest'
import { analyzeQuestion } from '../../src/answer/index.ts'
import { changeNotShare, otherBase, otherSideOfVote, otherYearsFigure, pollOnly, turnoutMismatch } from '../../src/answer/shares.ts'
import { askReport, pagesEngine } from '../support/made-up-report.ts'

describe('otherSideOfVote', () => {
  it.each([
    ['what % voted yes', 'Voters rejected the plan, with 64% of those who took part voting against it.', '64%', true],
    ['what percent voted against the plan', 'Voters rejected the plan, with 64% of those who took part voting against it.', '64%', false],
    ['what % voted yes', 'Of the ballots cast, 61% were for yes and 35% for no.', '61%', false],
    ['what % voted no', 'Of the ballots cast, 61% were for yes and 35% for no.', '61%', true],
    ['what % voted no', 'Of the ballots cast, 61% were for yes and 35% for no.', '35%', false],
    // A share told with no side is left to the other rules.
    ['what % voted yes', 'Turnout was 48%.', '48%', false],
    ['how many seats did they win', 'Voters rejected the plan, with 64% voting against it.', '64%', false],
    // A party's share of the vote is on no side of a question put; a share that approved it is the yes side.
    ['what % voted yes', 'The Greens won 14 seats in Korvan, with 27% of the vote.', '27%', true],
    ['what % voted yes', 'The referendum was approved by 55% of the ballots cast.', '55%', false],
  ])('%j of %j at %j → %s', (q, text, figure, other) => {
    expect(otherSideOfVote(q, text, text.indexOf(figure), text.indexOf(figure) + figure.length)).toBe(other)
  })
})

describe('changeNotShare', () => {
  it.each([
    ['what % voted yes', 'Support for the cut rose 12% compared with 2016.', '12%', true],
    ['what percent backed the reform', 'Support for the reform fell 6% from a similar poll in December.', '6%', true],
    ['what % of the ballots were spoiled', 'Spoiled ballots made up 5% of the ballots cast.', '5%', false],
    ['by what percent did support rise', 'Support for the cut rose 12% compared with 2016.', '12%', false],
    ['what % voted yes', 'In all, 61% voted yes.', '61%', false],
  ])('%j of %j at %j → %s', (q, text, figure, change) => {
    const start = text.indexOf(figure)
    expect(changeNotShare(q, text, start, start + figure.length)).toBe(change)
  })
})

describe('a turnout asked for', () => {
  it.each(['what was turnout in the referendum', 'whats the turnout', 'turnout for the charter vote?', 'what was the voter turnout'])(
    '%j asks for a share',
    (q) => {
      const qa = analyzeQuestion(q, () => true)
      expect([qa.kind, qa.focus]).toEqual(['number', 'percent'])
    },
  )
  it('is not what turnout may be ("may exceed 70%"), for a vote in May', () => {
    const r = pagesEngine([
      'Velmar votes in December\nNovember 2, 2023\n\nThe vote will be held on December 17. Turnout may exceed 70%, election officials said.',
      'Local elections in Ostria\nMay 22, 2023\n\nOstria held local elections on Sunday, with the ruling party keeping most councils.',
    ]).ask('what was turnout in the may local elections')
    expect(r.answer ?? '').not.toContain('70%')
  })
})

describe('a share of something else, or of the other side', () => {
  it.each([
    ['The Farmers’ Party, which holds 30% of the 140 seats in parliament, said it would join a coalition.', 'what percent voted for the farmers party', '30%'],
    ['Voters in Belsa rejected the tram plan on Sunday, with 64% of those who took part voting against it.', 'what % voted yes on the belsa tram plan', '64%'],
    ['Support for the tram plan rose 12% compared with a similar vote in 2016.', 'what % voted yes on the tram plan', '12%'],
  ])('is no answer: %j', (body, q, figure) => {
    expect(askReport(`${body}\n\nThe result was announced on Monday.`, q).answer ?? '').not.toContain(figure)
  })
})

describe('turnoutMismatch', () => {
  const text = 'The commission says 77.18 percent of those who voted backed the changes, on a turnout of over 68 percent.'
  it.each([
    ['what % said yes', '77.18 percent', false],
    ['what % said yes', '68 percent', true],
    ['what was turnout', '68 percent', false],
    ['what was turnout', '77.18 percent', true],
  ])('%j of %j → %s', (q, figure, mismatch) => {
    const start = text.indexOf(figure)
    expect(turnoutMismatch(q, text, start, start + figure.length)).toBe(mismatch)
  })
  it('leaves a sentence that tells of no turnout to the other rules', () => {
    expect(turnoutMismatch('what was turnout', 'In all, 61% voted yes.', 10, 13)).toBe(false)
  })
})

describe('a thing killed, not a toll', () => {
  it('answers a share asked "before the net got killed"', () => {
    const body = 'Researchers estimated that Velmar produced about 18% of the world’s bitcoin before the internet shutdown.'
    expect(
      askReport(`${body}\n\nMining resumed on Monday.`, 'wat share of the worlds bitcoin mining was velmar doing before the net got killed').answer,
    ).toContain('18%')
  })
})

describe('otherYearsFigure', () => {
  const text = 'Turnout was 58.3%, down from 71% at the 2019 referendum on association.'
  it.each([
    ['what was turnout at the 2019 referendum', '58.3%', true],
    ['what was turnout at the 2019 referendum', '71%', false],
    ['what was turnout at the referendum', '58.3%', false],
    ['what was turnout in 2014', '58.3%', false],
  ])('%j of %j → %s', (q, figure, other) => {
    const start = text.indexOf(figure)
    expect(otherYearsFigure(q, text, start, start + figure.length)).toBe(other)
  })
  it('keeps a figure the year is written before ("In 2019, turnout was 71%")', () => {
    const t = 'In 2019, turnout was 71%.'
    expect(otherYearsFigure('what was turnout in 2019', t, t.indexOf('71%'), t.indexOf('71%') + 3)).toBe(false)
  })
})

describe('a party’s share of the vote', () => {
  it('is no turnout', () => {
    const text = 'The Green Party won 14 seats on the 51-seat council in Sunday’s election, with 27% of the vote.'
    expect(turnoutMismatch('what was turnout in the council election', text, text.indexOf('27%'), text.indexOf('27%') + 3)).toBe(true)
    expect(turnoutMismatch('what share of the vote did the greens win', text, text.indexOf('27%'), text.indexOf('27%') + 3)).toBe(false)
  })
})

describe('otherBase', () => {
  const text = 'The Greens won 14 seats on the 51-seat council, with 27% of the vote.'
  it.each([
    ['what share of seats did the greens win', true],
    ['what share of the vote did the greens win', false],
    ['what % of the ballots did the greens win', false],
    ['what share did the greens win', false],
  ])('%j → %s', (q, other) => {
    expect(otherBase(q, text, text.indexOf('27%') + 3)).toBe(other)
  })
})

describe('a share and a count of seats', () => {
  const body = 'In Sunday’s election the Farmers’ League won 12.1% and 19 seats. The Unity Party won 84 seats, 56% of the total.'
  it.each([
    ['what share of seats did the unity party win', '84'],
    ['how many seats did the farmers league win', '12.1%'],
  ])('%j is not answered with %j', (q, wrong) => {
    expect(askReport(`${body}\n\nThe new parliament meets on Monday.`, q).answer ?? '').not.toContain(wrong)
  })
  it('a count of seats still answers how many', () => {
    expect(askReport(`${body}\n\nThe new parliament meets on Monday.`, 'how many seats did the farmers league win').answer).toContain('19')
  })
  it('"what share" asks a share, as "what percent" does', () => {
    expect(analyzeQuestion('what share of seats did the unity party win', () => true).focus).toBe('percent')
  })
})

describe('pollOnly', () => {
  it.each([
    ['what % did koss get', 'Polls have closed. An exit poll by Larsk Research gives Koss 51% and Dahl 49%.', '51%', true],
    ['what was the exit poll figure for koss', 'Polls have closed. An exit poll by Larsk Research gives Koss 51% and Dahl 49%.', '51%', false],
    ['what % did koss get', 'With 90% of ballots counted, Koss leads with 52.6% against 47.4% for Dahl.', '52.6%', false],
    ['what % did koss get', 'Polls closed at eight, and Koss won 52.6% of the vote.', '52.6%', false],
  ])('%j of %j at %j → %s', (q, text, figure, poll) => {
    expect(pollOnly(q, text, text.indexOf(figure))).toBe(poll)
  })
  it('is no answer beside the count, on a live page', () => {
    const page =
      'LIVE: Dorvia runoff\nMay 12, 2024\n\n08:00 — Polls have opened across Dorvia in the runoff between President Leon Dahl and challenger Mira Koss.\n\n21:00 — Polls have closed. An exit poll by Larsk Research gives Koss 51% and Dahl 49%.\n\n23:55 — With 90% of ballots counted, Koss leads with 52.6% against 47.4% for Dahl.'
    expect(pagesEngine([page]).ask('what % did koss get').answer ?? '').not.toContain('51%')
  })
})
