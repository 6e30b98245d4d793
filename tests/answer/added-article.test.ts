import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/corpus/article.ts'
import { loadCorpus } from '../../src/corpus/load.ts'
import { buildEngine } from '../../src/engine/engine.ts'

// An article of our own, of the kind a moderator adds: the alliance is named in the lead only, the end of the
// withdrawal is a deadline ("gone by"), and the secretary general is "the alliance's".
const ADDED = `Russia-led troops begin leaving Kazakhstan
January 13, 2022

NUR-SULTAN (Reuters) - Troops of the Collective Security Treaty Organization began leaving Kazakhstan on Thursday, a week after they were flown in to help quell the worst unrest in the country's history.

The withdrawal will take several days, and the whole contingent would be gone by January 19, the Russian Defence Ministry said.

Speaking at a farewell ceremony in Almaty, the alliance's secretary general, Stanislav Zas, said the peacekeepers had completed their mission.`

describe('an article added to the seeds answers its questions', () => {
  const added = parseArticle('withdrawal.txt', ADDED)
  if (!added.ok) throw new Error(added.reason)
  const engine = buildEngine({ articles: [...loadCorpus('seeds').articles, added.article], skipped: [] })
  it.each([
    ['When will the CSTO withdrawal be completed?', 'January 19, 2022'],
    ['Who is the secretary general of the CSTO?', 'Stanislav Zas'],
  ])('%j → %s', (q, answer) => {
    const r = engine.ask(q)
    expect(r.status).toBe('answered')
    expect(r.answer).toContain(answer)
    expect(r.citations[0]?.source).toBe('withdrawal.txt')
  })
})
