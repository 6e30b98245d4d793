import { describe, expect, it } from 'vitest'
import { appointer } from '../../src/answer/succession.ts'
import { askReport, pagesEngine } from '../support/made-up-report.ts'
import { holdsObjectPost } from '../../src/answer/role-fit.ts'

// A post lost, in one of the words for losing it: removed, ousted, dismissed, sacked.
const BODY = `President Eva Sorn dismissed Ivo Lind as head of the harbour council on March 3, at the height of the strike.

Lind had chaired the council since 2015.`

describe('a post changing hands', () => {
  it.each([
    'when did lind get booted from the harbour council',
    'when did lind get removed from the harbour council',
    'when was lind ousted from the harbour council',
    'when did lind get sacked as head of the harbour council',
  ])('%j is answered by the day he was dismissed', (question) => {
    const r = askReport(BODY, question)
    expect(r.status).toBe('answered')
    expect(r.answer).toContain('March 3')
  })
})

describe('who lost a post', () => {
  it.each(['who got booted as head of the harbour council', 'who got removed as head of the harbour council'])(
    '%j is the one replaced, not the one replacing ("she was replacing X" is active)',
    (question) => {
      const r = askReport('On Monday President Eva Sorn announced she was replacing Ivo Lind as head of the harbour council.', question)
      expect(r.answer ?? '').not.toContain('Sorn')
    },
  )
})

describe('a question in the passive with "get"', () => {
  it.each(['when did sorn get sacked', 'when was sorn ousted'])('%j is not answered by the day a deed was done to another (%#)', (question) => {
    const r = askReport('Voters ousted Ivo Lind on Sunday, electing Eva Sorn to lead the harbour council.', question)
    expect(r.answer ?? '').not.toContain('Sunday')
  })

  it('is not answered by the day of a deed its deed came before ("began on March 2 after … lifted")', () => {
    const r = askReport(
      'The strikes began on March 2 in the harbour town of Dessa after the government lifted price caps on diesel.',
      'when did the price cap get lifted',
    )
    expect(r.answer ?? '').not.toContain('March 2')
  })

  it('is answered by the day of its own deed', () => {
    const r = askReport('The government lifted price caps on diesel on March 1, and strikes began a day later.', 'when did the price cap get lifted')
    expect(r.answer ?? '').toContain('March 1')
  })
})

describe('a passive deed and whom it was done to', () => {
  it('reads a participle joined to a passive before it ("was dismissed on March 6 and detained the same day")', () => {
    const r = askReport('Ivo Lind was dismissed on March 6 and detained the same day, his lawyer said.', 'when was lind detained')
    expect(r.answer ?? '').toContain('March 6')
  })

  it('does not answer who did it with whom it was done to ("… three weeks after Maya Lund was sacked")', () => {
    const r = askReport(
      'Shareholders voted on Thursday to remove chairman Owen Pryce, three weeks after chief executive Maya Lund was sacked on February 1.',
      'who ousted pryce',
    )
    expect(r.answer ?? '').not.toContain('Lund')
  })
})

describe('who holds a post now', () => {
  const sacked = `Velmar president sacks health minister\nMarch 20, 2023\n\nPresident Eva Sorn dismissed Health Minister Anna Brel on Monday after a hospital fire in Orsa.\n\nSorn appointed Brel health minister in 2020, after she had run the city's main hospital for a decade.\n\nThe opposition called for an inquiry into the fire.`
  const back = `Court puts harbour chief back in post\nMay 4, 2023\n\nA court in Orsa on Wednesday ordered the government to reinstate Lina Holm as head of the Harbour Authority, ruling that her dismissal had been unlawful.\n\nHolm was dismissed as head of the Harbour Authority on February 12 over a fuel scandal.\n\nDuring her absence, her deputy, Tom Ekk, was standing in as head of the authority.`

  it.each(["who's the health minister", 'who is the health minister'])('%j is not answered by one a sentence tells was dismissed from it', (question) => {
    expect(pagesEngine([sacked]).ask(question).answer ?? '').not.toContain('Brel')
  })

  it('is answered by one dismissed and then reinstated', () => {
    expect(pagesEngine([back]).ask('who heads the harbour authority').answer ?? '').toContain('Lina Holm')
  })
})

describe('who did a deed to the holder of a post', () => {
  const page = `Court puts prosecutor back in post\nMay 4, 2023\n\nA court in Orsa on Tuesday reinstated Prosecutor General Karl Ness, six months after President Eva Sorn dismissed him.\n\nNess had opened an inquiry into the president's brother.\n\nThe court said the dismissal had broken the constitution.`

  it.each(['who dismissed the prosecutor general', 'who fired the prosecutor general'])('%j is not answered by the prosecutor general himself', (question) => {
    expect(pagesEngine([page]).ask(question).answer ?? '').not.toContain('Ness')
  })

  it.each([
    [['Prosecutor General'], 'who dismissed the prosecutor general', 'dismissed', true],
    [['President'], 'who dismissed the prosecutor general', 'dismissed', false],
    [['Deputy Prosecutor General'], 'who dismissed the prosecutor general', 'dismissed', false],
    [['Interior Minister'], 'who replaced the interior minister', 'replaced', false],
    [['spokesman'], 'which state dept spokesman told them to leave', 'dept', false],
  ])('holdsObjectPost(%j, %j): %s', (roles, question, verb, holds) => {
    expect(holdsObjectPost(roles, question, verb)).toBe(holds)
  })
})

describe('an acting holder, told of as coming in and as going', () => {
  const pages = [
    `Velmar government resigns\nMarch 5, 2024\n\nPresident Ivo Lask accepted the resignation of Prime Minister Tom Berg's government on Tuesday and named Anna Kade, the first deputy prime minister, as acting prime minister until parliament approves a new head of government.\n\nProtests went on in the capital.`,
    `Velmar parliament approves new premier\nMarch 19, 2024\n\nParliament on Monday approved Karl Ness as prime minister by 84 votes to 20.\n\nHe was nominated by President Ivo Lask the same morning and replaces Anna Kade, who had led the caretaker government since Berg's cabinet stepped down.`,
  ]

  it('answers who stood in after the government went with the acting premier, though a later sentence says she was replaced', () => {
    expect(pagesEngine(pages).ask("who stood in as pm after berg's govt got the boot").answer ?? '').toContain('Anna Kade')
  })
})

describe('who stands in for a dismissed head', () => {
  const page = `Coast guard chief sacked\nApril 4, 2024\n\nPresident Ivo Lask on Thursday dismissed Major General Rita Moen, who heads the coast guard, accusing the service of letting smugglers through.\n\nHer deputy, Colonel Amir Saleh, is standing in.`

  it.each(['who temporarily ran the coast guard when the boss got sacked', 'who was the stand-in when the coast guard boss got sacked'])(
    '%j is answered by the deputy standing in',
    (question) => {
      expect(pagesEngine([page]).ask(question).answer ?? '').toContain('Amir Saleh')
    },
  )
})

describe('who holds a post now, where another article tells that the holder left it', () => {
  const pages = [
    `Velmar caps fuel price\nMarch 6, 2024\n\nFinance Minister Ola Dahl, one of the few ministers kept on in the caretaker cabinet, said the cap would cost the budget 95 billion krons.\n\nThe cap will last 180 days.`,
    `New cabinet sworn in\nMarch 20, 2024\n\nThe finance ministry will be headed by Sara Holm, a former central banker. She replaces Ola Dahl, who left the government.\n\nThe cabinet met for the first time on Wednesday.`,
  ]

  it.each(["whos velmar's finance minister now", 'who is the finance minister'])(
    '%j is not answered by the minister another article says was replaced',
    (question) => {
      expect(pagesEngine(pages).ask(question).answer ?? '').not.toContain('Dahl')
    },
  )

  it('still answers with one an article says a court put back', () => {
    const back = [
      ...pages,
      `Court reinstates Dahl\nApril 2, 2024\n\nA court on Tuesday ordered the government to reinstate Ola Dahl as finance minister.\n\nHolm said she would appeal.`,
    ]
    expect(pagesEngine(back).ask('who is the finance minister').answer ?? '').toContain('Ola Dahl')
  })
})

describe('a holder moved to another post, and who replaced someone with another', () => {
  const reshuffle = `Velmar reshuffle\nJune 3, 2025\n\nPrime Minister Lena Strand named Viktor Sand as finance minister on Monday. The previous finance minister, Nils Borg, becomes economy minister. Education Minister Lisa Berge becomes culture minister.\n\nThe new cabinet meets on Friday.`

  it.each(['who is the education minister', 'who is the finance minister, not the new one'])(
    '%j is not answered by one who moved to another post',
    (question) => {
      const answer = pagesEngine([reshuffle]).ask(question).answer ?? ''
      expect(answer).not.toContain('Berge')
    },
  )

  it('answers the post one moved to with that person', () => {
    expect(pagesEngine([reshuffle]).ask('who is the culture minister').answer ?? '').toContain('Lisa Berge')
  })

  it('does not answer who replaced someone with whoever did the replacing', () => {
    const page = `Prosecutor fires deputy\nJuly 2, 2025\n\nProsecutor General Oskar Falk on Monday fired his deputy, Irina Moll, over leaks to the press.\n\nFalk replaced her with Anton Gries, who had headed the anti-corruption department.`
    expect(pagesEngine([page]).ask('who replaced moll').answer ?? '').not.toContain('Falk')
  })
})

describe("a newcomer told as taking someone's place", () => {
  it.each([
    [
      'The same week President Eva Sorn removed Karl Ness as head of the Harbour Authority and put Ola Dahl, until then his deputy, in his place.',
      'who took over the harbour authority after ness got the boot',
    ],
    [
      'Karl Ness, the former chairman of the Harbour Authority, was dismissed on 6 March. His place at the head of the authority was taken by Ola Dahl, who had headed the port police.',
      'who took over the harbour authority after ness got the boot',
    ],
  ])('%s — %j is answered by the newcomer', (body, question) => {
    const page = `Harbour chief out\nMarch 10, 2024\n\n${body}\n\nThe authority runs the port of Velsk.`
    expect(pagesEngine([page]).ask(question).answer ?? '').toContain('Ola Dahl')
  })
})

describe('one dismissed with the post set off before the name', () => {
  it('is no answer to who holds the post now', () => {
    const page = `Velsk police chief out\nMay 6, 2024\n\nThe mayor dismissed the city's police chief, Karl Ness, and put Ola Dahl in his place.\n\nThe council backed the decision on Tuesday.`
    expect(pagesEngine([page]).ask('who is the police chief now').answer ?? '').not.toContain('Ness')
  })
})

describe('which relative: a person, and only one told as a relative', () => {
  const named = `Harbour purge widens\nJanuary 8, 2024\n\nPresident Eva Sorn also removed Ivo Lask's nephew, Karl Ness, from his post as deputy head of the harbour authority by decree.\n\nSorn said the authority had failed the city.`

  it('answers which nephew with the nephew', () => {
    expect(pagesEngine([named]).ask('which lask nephew got kicked out of the harbour authority by decree').answer ?? '').toContain('Karl Ness')
  })
  const family = pagesEngine([
    "Mayor of Orvik opens new bridge\nApril 7, 2023\n\nThe mayor of Orvik, Henrik Dahl, opened the new Sund Bridge on Friday in front of several thousand residents.\n\nDahl has two daughters. His elder daughter, Eva Dahl, is a surgeon in Kolm. His younger daughter, Sofie Dahl, is married to Jonas Lind, the city's chief engineer, who oversaw the bridge project.\n\nA local businessman, Per Holm, who is married to Dahl's sister, supplied the steel.",
  ])
  it('answers "which of the mayor\'s daughters" with a daughter', () => {
    expect(family.ask('jonas lind is married to which of the mayors daughters').answer).toContain('Sofie Dahl')
  })
  it('never with the one whose daughters they are', () => {
    expect(family.ask("per holm is married to which of the mayor's daughters").answer).toBeNull()
  })
})

describe('when someone was put out of a post, told as whom another replaced or took over from', () => {
  const tookOver = pagesEngine([
    `Veloria's president tightens grip\nMarch 9, 2023\n\nOn Monday President Eva Sorn also took over from Ivo Lask as chairman of the Security Council and removed Lask's nephew from the No. 2 post at the security service.\n\nLask had chaired the council since 2015.`,
  ])
  const replaced = pagesEngine([
    `Council changes hands in Veloria\nMarch 20, 2023\n\nEva Sorn replaced Ivo Lask as head of the Security Council on March 6, at the height of the protests.\n\nLask had chaired the council since 2015.`,
  ])

  it.each([
    ['took over from', 'when did lask get booted from the security council'],
    ['took over from', 'when was lask removed from the council'],
    ['replaced', 'when was lask ousted as head of the security council'],
  ])('"%s": %j → the day of the change', (told, q) => {
    expect((told === 'replaced' ? replaced : tookOver).ask(q).answer).toContain('March 6')
  })

  it('still gives no one who went for who holds the post now', () => {
    expect(tookOver.ask('who is the chairman of the security council now').answer ?? '').not.toContain('Lask')
  })
})

describe('"the late X" holds no post now', () => {
  it('is not who is mayor now', () => {
    const body = [
      'Eva Sorn succeeded the late Ivo Lask as mayor of Velsk on June 1, 2020, after Lask died of a heart attack.',
      'The city council meets on Tuesdays.',
    ].join('\n\n')
    expect(askReport(body, 'who is the mayor of velsk').answer ?? '').not.toContain('Lask')
  })
})

describe('one who dismissed "him" is no newcomer', () => {
  it('reads "dismissed him" as taking someone out of a post', () => {
    const text = 'Ivo Lask ran the security service from 2016 until President Eva Sorn dismissed him on March 5.'
    const start = text.indexOf('Eva Sorn')
    expect(appointer(text, { text: 'Eva Sorn', key: 'sorn', start, end: start + 'Eva Sorn'.length })).toBe(true)
  })
})
