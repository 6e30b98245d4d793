import { describe, expect, it } from 'vitest'
import { askReport, pagesEngine } from '../support/made-up-report.ts'

// Where the rules for unseen news stop: made-up pages a review wrote against them, each with the reply that is
// right (or no short answer where none is sure).
const cases: [string, string[], string, string | null][] = [
  [
    'a count added to a total is no rival to take away: none of three detention figures is the answer alone',
    [
      'Detentions\nJanuary 5, 2023\n\nPolice in Veloria detained 1,200 people on Monday.\n\nAnother 800 people were detained on Tuesday, bringing the total to 2,000.\n\nOn Wednesday police detained 300 more.',
    ],
    'How many people were detained?',
    null,
  ],
  [
    'an added figure with no total beside it is what was found',
    ['Veloria quake toll\nApril 5, 2023\n\nThe earthquake killed 150 people, officials said. A further 40 bodies were found overnight.'],
    'How many bodies were found overnight?',
    '40 bodies',
  ],
  [
    'a country after a preposition is no doer of the figure',
    [
      "Polish force for Veloria\nJanuary 8, 2023\n\nPoland's defence ministry said after talks with Germany that 150 soldiers would go to Veloria.\n\nThe Polish contingent flew from Germany with 150 soldiers on Friday.",
    ],
    'How many Polish soldiers went to Veloria?',
    '150 soldiers',
  ],
  [
    "a change the other way elsewhere in the sentence is not the figure's",
    [
      'Fuel protests\nJanuary 5, 2023\n\nFuel prices went up sharply on January 1.\n\nPolice arrested 1,200 people after the protests, and internet access was cut for three days.',
    ],
    'How many people were arrested after fuel prices went up?',
    '1,200 people',
  ],
  [
    'a quotation lends its speaker only to what he said, not to whom it tells of',
    [
      'Envoy heads to Orrel\nFebruary 3, 2023\n\nTalks with Norland resumed on Friday in Velsk.\n\n"We are close," foreign minister Ivo Lask said of the talks. "Marta Kell, our envoy, will travel to Orrel on Monday. She will stay there five days."',
    ],
    'How long will Lask stay in Orrel?',
    null,
  ],
  [
    'a person named as leader under a compound that names a country',
    ['Coalition patrols\nJuly 4, 2023\n\nThe Norland-led coalition, under Admiral Rosa Lind, began patrols in the strait on Tuesday.'],
    'Who leads the coalition?',
    'Rosa Lind',
  ],
  [
    'a country that did the deed leaves no person after the verb to have done it',
    ['Veloria talks open\nMay 2, 2023\n\nThe Republic of Kazakhstan hosted talks between Veloria and Norland on Monday, chaired by foreign minister Ivo Lask.'],
    'Who hosted the talks?',
    null,
  ],
  [
    'a newsroom that reported it leaves no person before it to have done so',
    ['Veloria vote\nJune 1, 2023\n\nEva Sorn won the vote on Sunday.\n\nSorn thanked voters in a speech in Velsk, Veloria Desk reported.'],
    'Who reported the result?',
    null,
  ],
  [
    'one given name transliterated two ways is one person',
    [
      "Norland court\nJune 1, 2023\n\nAleksandr Dvorak, Norland's defence minister, resigned on Friday.\n\nAlexander Dvorak told reporters he would fight the charges.\n\nMr Dvorak, 58, had been in office since 2019.",
    ],
    'Who is Alexander Dvorak?',
    "Aleksandr Dvorak: Norland's defence minister",
  ],
  [
    'a later article without the figure does not make the final one a count on the way',
    [
      'Velsk siege ends\nMarch 1, 2023\n\nIn the end, 14 soldiers died in the siege of Velsk, the army said on Wednesday.',
      'Veloria honors siege dead\nMarch 20, 2023\n\nVeloria held a memorial on Monday for the soldiers who died in the siege of Velsk. About 3,000 people attended.',
    ],
    'How many soldiers died in the siege of Velsk in the end?',
    '14 soldiers',
  ],
]

describe('the limits of the rules for unseen news', () => {
  it.each(cases)('%s', (_what, texts, question, answer) => {
    expect(pagesEngine(texts, 'md').ask(question).answer).toBe(answer)
  })
})

describe('a place from a sentence that does not tell of the deed asked about (the review of this round)', () => {
  const body =
    'The league sent a force of about 2,000 paratroopers, mostly Russian, with contingents from Latvia and Estonia.\n\nThe weather was cold.\n\nIn a separate airlift, cargo planes took off from Pskov carrying food.'
  it('"where did the russian paratroopers take off from" is not "Latvia", where contingents came from', () => {
    expect(askReport(body, 'where did the russian paratroopers take off from').answer ?? '').not.toMatch(/Latvia/)
  })

  it('still answers where the sentence tells of the deed', () => {
    expect(
      askReport('The Russian paratroopers took off from Pskov on Friday.\n\nThe weather was cold.', 'where did the russian paratroopers take off from').answer,
    ).toBe('Pskov')
  })
})
