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
