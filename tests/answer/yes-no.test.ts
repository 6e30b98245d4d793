import { describe, expect, it } from 'vitest'
import { askReport, pagesEngine } from '../support/made-up-report.ts'

// Made-up pages that say one thing twice, in other words, and one thing that no sentence says in full.
const engine = pagesEngine([
  'League sends rescuers\nMarch 8, 2023\n\nIt was the first time the Norland league had sent rescue teams abroad.\n\nThe teams reached Velta on Monday.',
  'Velta floods: what we know\nMarch 9, 2023\n\nFor the first time in its history, the Norland league sent rescue teams to another country.\n\nThe river fell on Wednesday.',
  'Rescuers return\nMarch 12, 2023\n\nOfficials said it was the first time the Norland league had sent rescue teams abroad.\n\nThe teams flew home on Sunday.',
  'Opinion: a first for the league\nMarch 13, 2023\n\nThis was the first time the Norland league sent its rescue teams abroad, and it will not be the last.\n\nOthers will follow.',
])

describe('a yes/no question answered with what the articles say', () => {
  it('is answered when several sentences say it in full: they agree', () => {
    expect(engine.ask('is this the first time the norland league sent rescue teams abroad?').answer).toMatch(/^The articles say: .*first time/)
  })

  it('is not answered from a sentence that leaves out an idea of the question', () => {
    expect(engine.ask('did the norland league send helicopters to velta?').answer).toBeNull()
  })
})

describe('a question the article asks', () => {
  it('is not shown as what the articles say', () => {
    const asked = pagesEngine(['Velta waits\nMarch 8, 2023\n\nDid Ostria send troops to Velta? Officials would not say.\n\nThe border stayed open.'])
    expect(asked.ask('did ostria send troops to velta').answer).toBeNull()
  })
})

describe('a question about a precedent ("ever ... before")', () => {
  const page = (line: string) => pagesEngine([`League mission\nMarch 8, 2023\n\n${line}\n\nThe weather was fine all week.`])

  it('is not answered by a sentence on this deed alone', () => {
    const got = page("At the mayor's request, the Norland league sent a force of more than 900 troops to Velta.").ask(
      'had the norland league ever sent troops like this before',
    )
    expect(got.answer).toBeNull()
  })

  it("is not answered by a sentence that dates this deed in the article's own year", () => {
    const got = page('The Norland league sent a force of more than 900 troops to Velta in March 2023.').ask(
      'had the norland league ever sent troops like this before',
    )
    expect(got.answer).toBeNull()
  })

  it('is answered by a sentence that says whether there was one', () => {
    const got = page('It was the first time the Norland league had sent troops to another country.').ask(
      'had the norland league ever sent troops to another country before',
    )
    expect(got.answer).toMatch(/first time/)
  })
})

describe("a people's adjective goes with its noun", () => {
  const body = [
    "RIGA, March 11 - Lithuania's parliament on Tuesday approved Ivo Lask as prime minister, and the president said Latvian-led troops sent in March would begin to leave.",
    'The weather was cold all week.',
  ].join('\n\n')

  it.each(['did the latvian parliament have to sign off on sending troops', 'did the latvian parliament approve sending troops'])(
    '%j is not answered by a sentence on another parliament that names Latvia elsewhere',
    (question) => {
      expect(askReport(body, question).answer).toBeNull()
    },
  )

  it('still answers where the sentence says it of that parliament', () => {
    expect(askReport(body, "did lithuania's parliament approve lask").answer).toMatch(/^The articles say: RIGA/)
  })
})

describe("a people's adjective goes with its noun, on either side (the review's probes)", () => {
  it.each([
    ['The last troops from Russia left Kazakhstan on January 19, the defence ministry said.', 'did russian troops leave kazakhstan'],
    ['Paratroopers sent by Russia guarded Almaty airport on Friday, officials said.', 'did russian paratroopers guard almaty airport'],
  ])('%j answers %j', (sentence, question) => {
    expect(askReport(`${sentence}\n\nThe weather was cold.`, question).answer).toMatch(/^The articles say:/)
  })
})

describe("a yes/no question's doer that a sentence names only as where the deed went", () => {
  const body = 'The league said marines were sent to Bolivia on Thursday to guard the port.\n\nChile and Peru sent marines to the port.'
  it('is no statement that it did the deed', () => {
    expect(askReport(body, 'is bolivia sending marines').answer).toBeNull()
  })
  it.each(['did chile send marines', 'were marines sent to bolivia'])('still states %j', (q) => {
    expect(askReport(body, q).answer).toMatch(/^The articles say: /)
  })
})

describe("a yes/no question's doer said only by another word of its group", () => {
  // The lexicon counts "forces" and "peacekeepers" as one idea; the security forces here are other people.
  const body =
    'The interior ministry said 18 members of the security forces had died in the clashes in Velta.\n\nThe Norland peacekeepers guarded the airport and the power station.'
  it.each(['did any peacekeepers die', 'did the peacekeepers die in the clashes'])('%j is not answered with what others did', (q) => {
    expect(askReport(body, q).answer).toBeNull()
  })
  it('is still answered where the sentence names the doer itself', () => {
    expect(askReport(body, 'did the peacekeepers guard the airport').answer).toMatch(/^The articles say: The Norland peacekeepers guarded/)
  })
})

describe("a yes/no question's doer said by another word of its group, however put (review)", () => {
  it.each([
    ['Security forces killed nine protesters in the town of Lenk on Friday.', 'did the peacekeepers kill any protesters'],
    ["Ostria's soldiers detained 200 people in Lenk, the ministry said.", 'did the peacekeepers detain anyone'],
    ['The army withdrew from the city centre of Lenk on Sunday.', 'did peacekeepers withdraw from the city centre'],
  ])('%j does not answer %j', (body, q) => {
    expect(askReport(body, q).answer).toBeNull()
  })
})
