import { describe, expect, it } from 'vitest'
import { reportEngine } from '../support/made-up-report.ts'

// A made-up report that counts soldiers of one force and names no other country's.
const engine = reportEngine(
  [
    'The Norland league sent 400 soldiers to Velta on Tuesday.',
    'The interior ministry said 12 members of the security forces had been killed.',
    'Ostrian officers commanded the league force from a base near the capital.',
  ].join('\n\n'),
)

describe('a country or its people, typed in lower case, is a name a sentence must say', () => {
  it.each(['how many polish soldiers were part of the force', 'how many polish soldiers were killed', 'how many troops did poland send to velta'])(
    '%j gets no figure of anyone else',
    (question) => {
      const reply = engine.ask(question)
      expect(reply.answer).toBeNull()
    },
  )

  it('while the country the articles do name still answers', () => {
    expect(engine.ask('how many soldiers did the norland league send')?.answer).toContain('400')
  })
})

describe('a people the articles name by their country', () => {
  it('"the british" where the articles say "Britain" is no unknown name', () => {
    const engine = reportEngine('Britain pledged 40 million pounds in aid to Velta on Monday.\n\nOstria sent boats.\n\nThe aid arrived on Friday.')
    expect(engine.ask('how much aid did the british pledge').status).not.toBe('not_covered')
  })
})

describe('a capital for its country', () => {
  it.each([
    ['how many soldiers did yerevan send to velta', 'Armenia sent 100 soldiers to Velta on Friday, the defence ministry said.', '100'],
    ['how many troops did minsk send', 'Belarus sent 150 troops to Velta on Friday.', '150'],
  ])('%j is answered by what the country did', (q, text, figure) => {
    const engine = reportEngine(`${text}\n\nOstria sent boats.\n\nThe force met on Monday.`)
    expect(engine.ask(q).answer).toContain(figure)
  })
})
