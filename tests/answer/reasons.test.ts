import { describe, expect, it } from 'vitest'
import { askReport, pagesEngine } from '../support/made-up-report.ts'

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

// The review's probes: "for" a time or a count is no ground, and what set something off is why it began only.
const noGrounds = pagesEngine([
  'Lask held again\nMarch 8, 2023\n\nIvo Lask was arrested for the second time in a month on Friday.\n\nHis lawyer, Eva Sorn, was detained for several hours at the station.\n\nThe protests, sparked by a fuel price rise, spread to Brask on Tuesday.',
])

describe('why: what is no ground', () => {
  it.each(['why was lask arrested', 'why was eva sorn detained', 'why did the protests spread to brask'])('%j', (question) => {
    expect(noGrounds.ask(question).answer).toBeNull()
  })
})

// A made-up page that says once that no charge was named, then names it.
const charged = pagesEngine([
  'Former mayor held\nMarch 8, 2023\n\nIvo Lask, the former mayor of Velta, was detained on Monday.\n\nThe agency did not say what Lask is accused of doing.\n\nOn Wednesday prosecutors said Lask was accused of bribery and of abusing his office.\n\nThe council met on Tuesday.',
])

describe('what is X accused of: the charge a passage gives', () => {
  it.each(['what is lask accused of', 'what is lask even accused of'])('%j', (question) => {
    expect(charged.ask(question).answer).toMatch(/^Accused of bribery/)
  })
  it.each(['what did prosecutors charge lask with', 'what did they accuse lask of'])('%j asks the same, of those who did it', (question) => {
    expect(charged.ask(question).answer).toMatch(/^Accused of bribery/)
  })
  it('is no clause the sentence goes on with', () => {
    const body = 'On March 6 the agency opened a case and detained its own former chief, Ivo Lask, a two-time mayor; the arrest was made public two days later.'
    expect(askReport(body, 'what did they nab lask for').answer ?? '').not.toMatch(/made public/i)
  })
  it('is the grounds, where the question is typed in the order of a statement', () => {
    const pages = pagesEngine([
      "Velta crisis\nMarch 20, 2023\n\nLask's arrest was made public on 8 March.\n\nThe crowds dispersed on 9 March.",
      'Ten days in Velta\nApril 2, 2023\n\nNazar Berg was removed as chairman of the council on the first day of the emergency, and Ivo Lask, the former mayor who ran the port authority, was arrested on suspicion of bribery.',
    ])
    expect(pages.ask('lask got arrested for what exactly').answer ?? '').toMatch(/bribery/)
  })
  it("is the person's where another is named in an aside between them and the charge", () => {
    const body =
      "Nazar Berg ran Velta for thirty years.\n\nA day later Ivo Lask, the former mayor who ran the port and was seen as Berg's man, was arrested on suspicion of bribery."
    expect(askReport(body, 'what was lask arrested for').answer ?? '').toMatch(/bribery/)
  })
  it.each(['what did they arrest lask for', 'what did they nab lask for', 'what was lask arrested for'])('%j: the grounds of the arrest', (question) => {
    const arrested = askReport('Ivo Lask, the former mayor of Velta, was arrested on Monday on suspicion of bribery, prosecutors said.', question)
    expect(arrested.answer).toMatch(/bribery/)
  })
  it('does not take "what he is accused of doing" for a charge', () => {
    expect(charged.ask('what is lask accused of').answer).not.toMatch(/doing/)
  })
})

describe("what is X accused of: X's own charge, or none", () => {
  const engine = pagesEngine([
    "Former security chief detained\nMarch 20, 2023\n\nFormer security chief Anton Brell was detained on Friday, the prosecutor's office said, without giving details.\n\nBrell's deputy Ivan Kol is accused of abuse of office.\n\nHis lawyer said Brell was accused of nothing else.",
  ])
  it.each(['What is Brell accused of?', 'what is brell even accused of', 'what was brell arrested for', 'what did they nab brell for'])(
    '%j gets no charge of another, nor "nothing"',
    (q) => {
      expect(engine.ask(q).answer).toBeNull()
    },
  )
})

describe("a charge is the asked person's only where the sentence makes them its subject", () => {
  it.each([
    ['Prosecutors said the lawyer of Ivo Lask is accused of bribery.', 'what is lask accused of', null],
    ['Ivo Lask told reporters that Mara Brell is accused of bribery.', 'what is lask accused of', null],
    ['Mara Brell, who worked for Ivo Lask for a decade, is accused of bribery.', 'what is lask accused of', null],
    ['Ivo Lask, who led the inquiry, said Mara Brell was charged with fraud.', 'what was lask charged with', null],
    [
      'Interior Minister Ivo Lask was detained on Monday. He is suspected of abuse of office, prosecutors said.',
      'what is ivo lask suspected of',
      'Suspected of abuse of office',
    ],
    ['Prosecutors said René Dufrené is accused of bribery.', 'what is dufrené accused of', 'Accused of bribery'],
  ])('%j: %j → %j', (body, q, answer) => {
    expect(pagesEngine([`Made-up report\nMarch 20, 2023\n\n${body}\n\nShops reopened.`]).ask(q).answer).toBe(answer)
  })
})
