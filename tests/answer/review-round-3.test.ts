import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/corpus/article.ts'
import { askReport, pagesEngine } from '../support/made-up-report.ts'

// A review helper's probes of this round's rules (commits a635f24 … c817c4d), each a made-up page and a chat-typed
// question a rule answered wrong or lost; all mended.

const page = (title: string, body: string) => `${title}\nMarch 20, 2023\n\n${body}`

describe('new wrong answers', () => {
  it.each([
    [
      'Ivo Lask, the harbour master, was released, and Rosa Lind, the customs chief, was arrested on suspicion of smuggling.',
      'what was ivo lask arrested for',
      /smuggling/,
    ],
    ['Ivo Lask, the mayor, was freed without charge, while Rosa Lind, his deputy, was charged with fraud.', 'what was ivo lask charged with', /fraud/],
    ['Ivo Lask, the mayor, was freed without charge, while Rosa Lind, his deputy, was charged with fraud.', 'lask got charged with what exactly', /fraud/],
  ])('a charge of another named after an aside that closes: %j, %j', (body, q, not) => {
    expect(askReport(body, q).answer ?? '').not.toMatch(not)
  })

  it('a date after a relative day that opens a clause of its own does not restate it', () => {
    const engine = pagesEngine([
      page('Day of mourning', 'President Rosa Lind announced yesterday, March 24 would be a national day of mourning for the flood victims.'),
    ])
    expect(engine.ask('when did rosa lind announce the day of mourning').answer ?? '').not.toMatch(/March 24/)
  })

  it('"once cost" asks what it used to cost', () => {
    const r = askReport(
      'The price of bread in Osk rose from around 50 euros a loaf to 100 after the mill closed.',
      'how much did a loaf of bread once cost in osk',
    )
    expect(r.answer ?? '').not.toMatch(/to 100/)
  })

  it.each(['Norland sent 500 troops, of whom 3 were killed.', 'Norland sent 500 soldiers, and 3 of them died.'])(
    'the whole of a part a toll took is no count of the dead: %j',
    (body) => {
      for (const q of ['of the ppl who died how many were norland troops', 'how many of the dead were norland soldiers'])
        expect(askReport(`${body}\n\nThe rest came home in May.`, q).answer ?? '').not.toMatch(/^500/)
    },
  )

  it('a headline with a colon over a deck with one is no record of fields', () => {
    const r = parseArticle(
      'page.txt',
      'World\nVelta: Lask resigns as Osk mayor after budget defeat\nAnalysis: What next for the port city\nMarch 20, 2023\n\nThe council rejected the budget on Thursday.',
    )
    expect(r.ok && r.article.title).toBe('Velta: Lask resigns as Osk mayor after budget defeat')
  })
})

describe('lost right answers', () => {
  it.each([
    ['A court in Osk sentenced former mayor Ivo Lask to eight years for fraud on Monday.', 'how many years was lask imprisoned for', 'eight years'],
    ['A court in Osk sentenced former mayor Ivo Lask to eight years for fraud on Monday.', 'how many years will ivo lask be locked up', 'eight years'],
    ['Ivo Lask was freed on Monday after 12 days behind bars.', 'how many days was lask in custody', '12 days'],
  ])('a term served is no detention toll: %j, %j', (body, q, answer) => {
    expect(askReport(body, q).answer ?? '').toContain(answer)
  })

  it.each([
    [page('The Velta guard', 'Ivo Lask, head of the Guard since 2019, said the border was calm.'), 'who heads the velta guard', 'Ivo Lask'],
    [page('The Osk council', 'Rosa Lind, who chairs the Council, said the budget would pass.'), 'who chairs the osk council', 'Rosa Lind'],
    [page('The Norland force', 'The force is led by Commander Ivo Lask, who arrived on Monday.'), 'who commands the norland force', 'Ivo Lask'],
  ])('a post of the body the question names, by its own name or a title before a name: %j', (text, q, answer) => {
    expect(pagesEngine([text]).ask(q).answer ?? '').toContain(answer)
  })

  it.each([
    [
      'Ministry of Energy Raises Petrol Price in Velta\nPetrol will cost 120 euros a litre from April 1 under the new tariff approved by the cabinet',
      'Ministry of Energy Raises Petrol Price in Velta',
    ],
    ['Thieves Steal Railway Wire\nOsk trains halted for six hours after thieves stole signal wire near the station', 'Thieves Steal Railway Wire'],
  ])('a headline in title case stays the headline, not a body or a paper: %j', (head, title) => {
    const r = parseArticle('page.txt', `${head}\nMarch 20, 2023\n\nOfficials gave no further details.`)
    expect(r.ok && r.article.title).toBe(title)
  })

  it('a wrapped figure alone on its line is no view counter', () => {
    const engine = pagesEngine([
      page('Floods in Velta', 'Heavy rain hit the north of Velta for a week.\n\nThe governor said on Sunday that the floods had killed\n225.\n\nOther news.'),
    ])
    expect(engine.ask('how many did the floods kill').answer ?? '').toContain('225')
  })

  it("a successor to a party chairman is a person's", () => {
    const r = askReport('Ivo Lask is the successor to the party chairman Rosa Lind, who stepped down in March.', 'who succeeded rosa lind as party chairman')
    expect(r.answer ?? '').toContain('Ivo Lask')
  })

  it("a charge of two people named together is each one's", () => {
    expect(
      askReport('Former mayor Ivo Lask, 54, and Rosa Lind, his deputy, were charged with fraud on Monday.', 'what was rosa lind charged with').answer ?? '',
    ).toMatch(/fraud/)
  })

  it('"of the ships velta sent how many sank" counts what sank', () => {
    expect(askReport('Velta sent 2 ships to the strait; one sank in the storm.', 'of the ships velta sent how many sank').answer ?? '').toMatch(/one/i)
  })
})
