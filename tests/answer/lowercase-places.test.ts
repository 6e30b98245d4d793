import { describe, expect, it } from 'vitest'
import { askReport, pagesEngine } from '../support/made-up-report.ts'

describe('a place typed in lower case that the articles name once', () => {
  // Made up: a national toll, and a town the report names once, with no toll of its own.
  const body = 'Officials said 164 people died across the country during the unrest.\n\nClashes were also reported in Kordal, where shops were looted.'

  it.each(['how many people died in kordal', 'how many ppl died in kordal'])('%j is not answered with the national toll', (q) => {
    expect(askReport(body, q).answer).toBeNull()
  })

  it('still answers the toll asked for without the town', () => {
    expect(askReport(body, 'how many people died').answer).toContain('164')
  })
})

describe('a block of links, tags and rights at the foot of a page', () => {
  const engine = pagesEngine([
    `Photo gallery: a year after the Velsk unrest\nMarch 5, 2024\n\nFlowers at a memorial in Velsk on the first anniversary.\n\nThe Coastal League was founded in 1992 in Ostria.\n\nMore galleries:  ▸ Velsk 2011: ten years of silence  ▸ The referendum in photos\nTags: Veloria · Velsk · League\n© 2024 Open Steppe Media. Photos may not be reproduced without permission.`,
  ])

  it('gives no year from its rights notice', () => {
    expect(engine.ask('which year was the league set up').answer ?? '').not.toContain('2024')
  })

  it('is not among the passages', () => {
    expect(
      engine
        .ask('galleries referendum photos tags')
        .citations.map((c) => c.excerpt)
        .join(' '),
    ).not.toContain('More galleries')
  })
})

describe('a paragraph that opens like a label', () => {
  it('is kept when it is the story ("More arrests: …")', () => {
    expect(askReport('More arrests: Police detained 40 people in Velsk on Friday.', 'how many people were detained in velsk').answer).toContain('40')
  })
})
