import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/corpus/article.ts'
import { buildEngine } from '../../src/engine/engine.ts'

// A made-up report: the day a withdrawal began, and the day it was to end.
const r = parseArticle(
  'report.txt',
  `A made-up report
March 20, 2023

The Norland withdrawal began on March 12.

According to the minister, the withdrawal would be finished on March 19.

Officials gave no further details.`,
)
if (!r.ok) throw new Error(r.reason)
const engine = buildEngine({ articles: [r.article], skipped: [] })

describe('the words of chat that shape a question name nothing to look for', () => {
  it.each([
    'when was the withdrawal supposed to be finished',
    'when is the withdrawal gonna be finished',
    'when was the withdrawal basically finished',
    'when was the withdrawal totally finished',
  ])('%j', (question) => {
    const reply = engine.ask(question)
    expect(reply.status).toBe('answered')
    expect(reply.answer).toContain('March 19')
  })
})

describe('a verb of claiming frames what was said; it is no idea a sentence must say', () => {
  // A made-up report where "claim" is a rare word, said once of something else.
  const framed = buildEngine({
    articles: [
      parseArticle(
        'claims.txt',
        [
          'A made-up report\nMarch 20, 2023',
          'The minister said 3,000 rioters had attacked the port of Velta.',
          'The minister visited Velta on Monday, and rioters fled the city.',
          'Rioters burned the harbour office in Velta, the minister said.',
          'Ostria rejected a claim about its boats.',
          'A storm hit the coast of Lask in May.',
        ].join('\n\n'),
      ),
    ].map((x) => {
      if (!x.ok) throw new Error(x.reason)
      return x.article
    }),
    skipped: [],
  })
  it('"how many rioters did the minister claim hit velta"', () => {
    expect(framed.ask('how many rioters did the minister claim hit velta').answer).toContain('3,000')
  })
})

describe('chat words typed with a typo, and "every"', () => {
  // A made-up report where "actual" and "every" are words of another sentence.
  const listed = buildEngine({
    articles: [
      parseArticle(
        'list.txt',
        'A made-up report\nMarch 20, 2023\n\nChile, Peru and Bolivia sent marines to the port, the league said.\n\nThe actual number of marines was not given, and every ship was searched.',
      ),
    ].map((x) => {
      if (!x.ok) throw new Error(x.reason)
      return x.article
    }),
    skipped: [],
  })
  it.each(['which countries actualy sent marines', 'list every country that actually sent marines pls', 'list countries that sent marines'])(
    '%j is answered by the list',
    (q) => {
      expect(listed.ask(q).answer).toBe('Chile, Peru and Bolivia')
    },
  )
})
