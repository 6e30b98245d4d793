import { describe, expect, it } from 'vitest'
import { askReport, pagesEngine } from '../support/made-up-report.ts'
import { parseQuoteQuestion } from '../../src/quotes/questions.ts'

// Classes of wrong short answer a probe of chat questions found on pages the engine had not seen; each row is a
// made-up page of the same shape.

describe('a figure that counts nothing asked about', () => {
  it('is not a person\'s age ("Ivo Lask, 81,")', () => {
    const r = askReport('It was the first open criticism of Ivo Lask, 81, by a sitting Norwegian official in living memory.', 'how many ppl live in norway')
    expect(r.answer).toBeNull()
  })

  it('still gives an age when the age is asked', () => {
    expect(askReport('It was the first open criticism of Ivo Lask, 81, by a sitting official.', 'how old is ivo lask').answer).toContain('81')
  })
})

describe('a reason', () => {
  it('is not a schedule ("due to complete their withdrawal by Wednesday")', () => {
    const r = askReport(
      'Ivo Lask declared victory over what he called a coup last week, and the troops of the league are due to complete their withdrawal by Wednesday.',
      'why did lask call the league',
    )
    expect(r.answer).toBeNull()
  })
})

describe('who did a deed a sentence tells in the passive', () => {
  it('is nobody the sentence names when no agent follows ("X, a long-time Y ally, was detained")', () => {
    const r = askReport(
      'Ivo Lask, the former head of the agency and a long-time Anton Marr ally, was detained on January 6 on suspicion of treason.',
      'who detained ivo lask',
    )
    expect(r.answer).toBeNull()
  })

  it('is the agent after "by"', () => {
    expect(askReport('Ivo Lask was detained by Colonel Eva Sorn on January 6.', 'who detained ivo lask').answer).toContain('Eva Sorn')
  })
})

describe('a day', () => {
  it('is not a gallery counter ("11/12")', () => {
    const r = pagesEngine([
      'Photos: the last flights\nJanuary 20, 2022\n\n11/12 Wednesday: the last planes leave Velta with the league troops.\n\nOfficials gave no details.',
    ]).ask('when did the last planes leave velta')
    expect(r.answer ?? '').not.toMatch(/November/)
  })
})

describe('what someone said when doing something', () => {
  it.each([
    ['what did lask say when leaving', { kind: 'what', speaker: 'lask', topic: null, setting: 'when leaving' }],
    ['what did lask say after the vote', { kind: 'what', speaker: 'lask', topic: null, setting: 'after the vote' }],
  ])('%j is a quotation question about an occasion', (q, want) => {
    expect(parseQuoteQuestion(q)).toEqual(want)
  })

  it('answers with the quotation said then, not a clause of another sentence', () => {
    const r = pagesEngine([
      'The league force goes home\nJanuary 20, 2022\n\nGeneral Ivo Lask flew out on a small jet; the remaining troops left on transport planes.\n\nBefore leaving Velta airport, Lask told the officers who had come to see him off: "Not a single provocation was allowed while we were here."\n\nThe mission lasted two weeks.',
    ]).ask('what did lask say when leaving')
    expect(r.answer).toContain('Not a single provocation')
  })
})

describe('a part of a total', () => {
  const body = 'By mid-March the prosecutor general told parliament the figure was 230, with 139 of the deaths in Velta.'
  it('is not the total ("230, with 139 of the deaths in Velta")', () => {
    expect(askReport(body, 'whats the final death toll').answer ?? '').not.toContain('139')
  })

  it.each([
    ["Voters backed a package that changes 12 of the charter's 40 articles.", 'how many charter articles got changed', '12'],
    ['Police later released 30 of the protesters held at the port.', 'how many protesters were released', '30'],
  ])('is the count of what the question’s deed was done to: %j', (text, q, figure) => {
    expect(askReport(`${text}\n\nThe vote followed weeks of unrest in Velta.`, q).answer).toContain(figure)
  })

  it('is the count of what the question’s deed was done to, told after it ("30 of the 40 machines were destroyed")', () => {
    const body = "Rioters stormed the station on Tuesday night, and officials said 30 of the station's 40 ticket machines were destroyed."
    expect(askReport(`${body}\n\nThe station reopened on Friday.`, 'how many ticket machines got destroyed at the station').answer).toContain('30')
  })

  it.each([
    ['The election commission said 64.5 percent of those who took part in the referendum voted yes.', 'what % voted yes in the referendum'],
    ['Officials said 64.5% of the ballots cast in the referendum backed the charter.', 'what percent backed the charter in the referendum'],
  ])('is no part of a total where a share is asked for: %j', (text, q) => {
    expect(askReport(`${text}\n\nThe vote on the charter followed weeks of unrest in Velta.`, q).answer).toContain('64.5')
  })
})

describe('people of one kind', () => {
  it.each([
    'The interior ministry said 18 members of the security forces had died in the unrest.',
    'The interior ministry said 18 security personnel had died in the unrest.',
  ])('are a part of the people asked about: %j', (body) => {
    expect(askReport(body, 'how many people died in the unrest').answer).toBeNull()
  })

  it('are the answer when the question names their kind', () => {
    const body = 'The interior ministry said 18 members of the security forces had died in the unrest.'
    expect(askReport(body, 'how many members of the security forces died').answer).toContain('18')
  })
})

describe('a day in a document’s name', () => {
  it('is not the day of the deed ("acting under the Treaty of 15 May 1992, decided")', () => {
    const r = askReport(
      'On 6 March 2023 the league council, acting under Article 4 of the Coastal Treaty of 15 May 1992, decided to send ships to Velta.',
      'when did the league decide to send ships',
    )
    expect(r.answer ?? '').not.toContain('1992')
  })
})

describe('how long something takes', () => {
  it('is not when it begins ("would begin a phased withdrawal in two days")', () => {
    const r = askReport(
      'Lask said the league troops had done their job and would begin a phased withdrawal in two days.',
      'how long did the withdrawal take according to lask',
    )
    expect(r.answer ?? '').not.toContain('two days')
  })
})

describe('a time is no reason', () => {
  it('"since it gained independence in 1991" does not say why', () => {
    const r = askReport(
      'The police detained 900 people in the unrest, which began in the west over a rise in the price of gas and became the worst violence the country has seen since it gained independence in 1991.',
      'why did ppl start protesting',
    )
    // The sentence's cause of the unrest, "over a rise in the price of gas", answers it; the time never does.
    expect(r.answer ?? '').not.toMatch(/1991|independence/)
    expect(r.answer).toBe('A rise in the price of gas')
  })
})

describe('a rival figure of another measure', () => {
  it('"250 units of military equipment" is no other report of how many soldiers', () => {
    const r = pagesEngine([
      'Velta sends soldiers\nMay 4, 2023\n\nVelta sent 100 soldiers to the coast on Monday, its defence ministry said.\n\nOfficials gave no more details.',
      'The league force\nMay 6, 2023\n\nThe contingent, with 250 units of military equipment from Velta and Ostria, reached the coast.\n\nThe weather was fine.',
    ]).ask('how many soldiers did velta send')
    expect(r.answer ?? '').not.toContain('250')
  })
})

describe('a figure of an earlier event', () => {
  const body = 'The town carries painful memories: in December 2011 police shot dead at least 14 people at a rally of oil workers.'
  it('does not answer a question that names no year ("in December 2011 … at least 14 people")', () => {
    expect(askReport(body, 'how many ppl died').answer).toBeNull()
  })

  it('answers a question about that year', () => {
    expect(askReport(body, 'how many people died in 2011').answer).toContain('14')
  })
})

describe('two reports of one figure', () => {
  it('lead with the later report ("9,900 people (other reports: more than 4,400 people)")', () => {
    const r = pagesEngine([
      'Mass detentions in Velta\nMay 8, 2023\n\nPolice detained more than 4,400 people in Velta.\n\nThe city was calm.',
      'Velta arrests rise\nMay 11, 2023\n\nThe interior ministry said on Tuesday that security forces had detained 9,900 people in Velta since the start of the unrest last week.\n\nCourts began hearing cases.',
    ]).ask('how many people were detained in velta')
    expect(r.answer).toMatch(/^9,900 people \(other reports: more than 4,400 people\)$/)
    expect(r.citations[0]!.excerpt).toContain('9,900')
  })
})

describe('an adverb typed a letter off', () => {
  const engine = pagesEngine([
    `League troops start to leave Veloria\nMarch 14, 2023\n\nThe pullout of league troops from Veloria started on 13 March, officials said.\n\nThe last marines are due to leave by 20 March.`,
    `Velsk port reopens\nMarch 16, 2023\n\nThe port of Velsk reopened to ships on Wednesday after a week of closures.`,
  ])

  it.each(['when did the pullout officialy start', 'when did the pullout finaly start'])('%j counts for as little as the adverb', (q) => {
    expect(engine.ask(q).answer).toContain('13 March')
  })
})
