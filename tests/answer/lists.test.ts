import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/corpus/article.ts'
import { buildEngine } from '../../src/engine/engine.ts'
import { askReport, pagesEngine } from '../support/made-up-report.ts'

// A made-up explainer: the answer to "which countries sent ships" sits under a heading, in words the question does not use,
// beside a sentence that lists the league's members (one of which sent nothing).
const EXPLAINER = `# Explainer: the Northern League's flood mission
May 3, 2023

The Northern League, which groups Norway, Denmark, Estonia, Latvia and Finland, began sending ships to the flooded coast on Monday.

Latvia, hit by the same storm, asked for help.

## Who sent ships, and how many?

Norway, Denmark, Estonia and Finland are all contributing. The league put the flotilla at about 40 vessels.

## What are the ships doing?

They carry drinking water and pumps to the coastal towns.`

const engine = (() => {
  const r = parseArticle('explainer.md', EXPLAINER)
  if (!r.ok) throw new Error(r.reason)
  return buildEngine({ articles: [r.article], skipped: [] })
})()

describe('lists', () => {
  it('answers "which countries" from the list a heading says is the answer, though it shares no word with the question', () => {
    const r = engine.ask('which countries sent ships')
    expect(r.status).toBe('answered')
    expect(r.answer).toBe('Norway, Denmark, Estonia and Finland')
  })

  it('does not answer with a list given in passing, in a clause about something else', () => {
    expect(engine.ask('which countries sent ships').answer).not.toContain('Latvia')
  })
})

describe('a list set beside others it does not name', () => {
  const engineOf = (body: string) => {
    const r = parseArticle('ships.txt', `League ships reach the coast\nMay 4, 2023\n\nThe Northern League began its flood mission on Monday. ${body}`)
    if (!r.ok) throw new Error(r.reason)
    return buildEngine({ articles: [r.article], skipped: [] })
  }

  it.each([
    'Norway, Denmark and Estonia also sent ships to the flooded coast.',
    'Norway, Denmark and Estonia have sent much smaller flotillas to the flooded coast.',
    'Finnish ships reached the flooded coast on Tuesday, alongside ships from Norway, Denmark and Estonia.',
    'The league sent a flotilla of about 40 ships to the flooded coast, mostly Finnish, with units from Norway, Denmark and Estonia.',
    'Several nations, including Norway, Denmark and Estonia, sent ships to the flooded coast.',
  ])('is part of the answer only, not the answer: %j', (sentence) => {
    const r = engineOf(`Finland sent most of the ships. ${sentence}`).ask('which countries sent ships to the flooded coast')
    expect(r.answer).toBeNull()
    expect(r.citations.map((c) => c.excerpt).join(' ')).toContain('Norway')
  })

  it('is the answer when the word is said of something else in the sentence ("the ministry also said")', () => {
    const e = engineOf('Norway, Denmark and Estonia sent ships to the flooded coast on Monday, the ministry of the league also said.')
    expect(e.ask('which countries sent ships to the flooded coast').answer).toBe('Norway, Denmark and Estonia')
  })

  it('is the answer when it stands alone', () => {
    expect(engineOf('Norway, Denmark and Estonia sent ships to the flooded coast.').ask('which countries sent ships to the flooded coast').answer).toBe(
      'Norway, Denmark and Estonia',
    )
  })
})

describe('a partial list beside a fuller one', () => {
  const pages = (second: string) => [
    'The flood mission\nMay 4, 2023\n\nThe league sent 40 ships, mostly Finnish, with units from Norway, Denmark and Estonia.\n\nOfficials gave no more details.',
    `A town thanks its rescuers\nMay 6, 2023\n\nThe town council thanked the crews on Friday. ${second}\n\nThe mayor spoke at the harbour.`,
  ]

  it('answers with the list that holds every country of the partial one and more, said as plainly', () => {
    const r = pagesEngine(
      pages(
        'In the end Finland, Norway, Denmark and Estonia all sent ships, the council said at a long meeting in the harbour hall that went on late into the evening.',
      ),
    ).ask('which countries sent ships')
    expect(r.status).toBe('answered')
    expect(r.answer).toBe('Finland, Norway, Denmark and Estonia')
  })

  it('does not take a list of members given in passing for the whole answer', () => {
    const r = pagesEngine(
      pages(
        'The league, which groups Finland, Norway, Denmark, Estonia and Latvia, said in a statement at a long meeting in the harbour hall that ships were sent.',
      ),
    ).ask('which countries sent ships')
    expect(r.answer ?? '').not.toContain('Latvia')
  })
})

describe('a list told as the others', () => {
  // A fact-check's "no other country took part: …" lists the rest; a plainer sentence a little less about the question lists all.
  const body =
    'Posts claim Finland alone sent ships. They are wrong to say no other country took part: Norway, Denmark and Estonia all sent ships, though their crews were small.\n\nShips came from Finland, Norway, Denmark and Estonia.'
  it('gives way to a fuller list that holds all of it', () => {
    expect(askReport(body, 'which countries actually sent ships in').answer).toBe('Finland, Norway, Denmark and Estonia')
  })
  it('is no sure answer on its own', () => {
    const alone = 'Posts claim Finland alone sent ships. They are wrong to say no other country took part: Norway, Denmark and Estonia all sent ships.'
    expect(askReport(alone, 'which countries sent ships').answer).toBeNull()
  })
  it('is whole where the one set apart opens it ("Finland and the other members: …")', () => {
    const listed = 'Finland, and the other members of the league – Norway, Denmark and Estonia – sent ships to the coast.'
    expect(askReport(listed, 'which countries sent ships to the coast').answer).toBe('Finland, Norway, Denmark and Estonia')
  })
})

describe('states by their formal names', () => {
  it('gathers "the Republic of X, the Kingdom of Y …" as one list', () => {
    const r = askReport(
      'The flotilla, comprising 40 ships from the Republic of Finland, the Kingdom of Norway, the Republic of Estonia and the Kingdom of Denmark, arrived at the coast.',
      'which countries sent ships to the coast',
    )
    expect(r.status).toBe('answered')
    expect(r.answer).toBe('Finland, Norway, Estonia and Denmark')
  })
})

describe('a list of members in an aside', () => {
  const body = 'The Coastal League, which groups Norway, Denmark, Estonia, Latvia and Finland, began sending ships to the flooded coast on Monday.'

  it('is not a sure answer to who sent ships', () => {
    expect(askReport(body, 'which countries sent ships').answer).toBeNull()
  })

  it('is the answer to who belongs', () => {
    expect(askReport(body, 'which countries are members of the coastal league').answer).toContain('Latvia')
  })
})

describe('the members of a body in brackets', () => {
  const body =
    'Marines landed in the port of Guayaquil on Thursday.\n\nIt was the first time the four-member bloc (Chile, Peru, Bolivia and Ecuador) has sent its marines into a member state.'
  it.each(['which countries sent marines', 'list every country that sent marines'])('are no answer to %j', (q) => {
    expect(askReport(body, q).answer).toBeNull()
  })
  it('answer who is in the bloc', () => {
    expect(askReport(body, 'which countries are in the bloc').answer).toBe('Chile, Peru, Bolivia and Ecuador')
  })
})

describe('who voted against and who voted for', () => {
  const body = 'The union members (Chile, Peru and Bolivia) voted against the plan on Monday. Argentina and Uruguay voted for it.'
  it.each([
    ['which countries voted against', 'Chile, Peru and Bolivia'],
    ['list countries that voted against', 'Chile, Peru and Bolivia'],
    ['which countries voted for it', 'Argentina and Uruguay'],
  ])('%j → %j', (q, answer) => {
    expect(askReport(body, q).answer).toBe(answer)
  })
  it('"list all members of the panel" asks for no countries', () => {
    expect(
      askReport('The inquiry panel, made up of Eva Sorn, Ivo Lask and Pia Ode, visited Chile, Peru and Bolivia last month.', 'list all members of the panel')
        .answer ?? '',
    ).not.toMatch(/Chile/)
  })
})

describe('which countries besides X: a list told as smaller than X', () => {
  // A made-up report: one country sent most, the rest "smaller units".
  const body = 'Norway supplied most of the troops; Denmark, Finland and Estonia sent smaller units.\n\nThe mission lasted a week.'
  it.each([
    'which countries sent soldiers besides norway',
    'list the countries that sent troops other than norway',
    'what countries sent troops apart from norway',
  ])('%j → the rest', (question) => {
    const answer = askReport(body, question).answer ?? ''
    for (const country of ['Denmark', 'Finland', 'Estonia']) expect(answer).toContain(country)
    expect(answer).not.toContain('Norway')
  })
  it('is still only part of the answer to which countries sent soldiers', () => {
    expect(askReport(body, 'which countries sent soldiers').answer).toBeNull()
  })
})

describe("which countries' soldiers: a list of peoples, and a country named after it in another clause", () => {
  // A made-up report: the peoples whose soldiers flew home, and a country named for another reason.
  const body =
    'The defence minister said 14 planes would fly the Danish, Finnish and Estonian soldiers home on March 14, while the Latvian unit would drive back because its country borders Lithuania.\n\nThe ceremony was short.'
  it('answers with the countries of the peoples listed, not the one named in passing', () => {
    const answer = askReport(body, "which countries' soldiers were flown home on the 14th").answer ?? ''
    for (const country of ['Denmark', 'Finland', 'Estonia']) expect(answer).toContain(country)
    expect(answer).not.toContain('Lithuania')
  })
  it('keeps a country named before the list as one of it', () => {
    const answer =
      askReport(
        'Nobody blamed Norway, and the other members of the pact – Denmark, Finland and Estonia – for the deployment.',
        'which countries are members of the pact',
      ).answer ?? ''
    expect(answer).toContain('Norway')
  })
})
