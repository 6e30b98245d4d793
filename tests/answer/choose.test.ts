import { describe, expect, it } from 'vitest'
import { choose, type Scored } from '../../src/answer/choose.ts'
import type { Candidate } from '../../src/answer/context.ts'
import type { Article } from '../../src/corpus/index.ts'

// Scored finds made up for the choice itself: two passages give one answer, one other answer trails far behind.
const article = (source: string) => ({ source }) as unknown as Article
function scored(id: number, key: string, score: number, own: number, misfit = false, missesName = false): Scored {
  const candidate = {
    id,
    article: article(`a${id}.txt`),
    sentence: { start: 0, end: 10, text: key },
    coverage: own,
    own,
    gap: 0,
    rank: own,
    missesName,
  } as unknown as Candidate
  return { candidate, found: { text: key, start: 0, end: key.length, key, misfit }, score }
}

describe('choose: how sure an answer several passages give is', () => {
  it('is as sure as the passage that says it plainly, when the best-scoring one leaves out a name', () => {
    const chosen = choose([scored(1, 'Lask', 1.2, 0.8, false, true), scored(2, 'Lask', 1.0, 0.9), scored(3, 'Sorn', 0.5, 0.9)])
    expect(chosen?.sure).toBe(true)
    expect(chosen?.sources[0]!.candidate.id).toBe(2)
  })

  it('is not sure when the passage it scores best in counts against it', () => {
    const chosen = choose([scored(1, 'Moldova', 1.2, 0.9, true), scored(2, 'Moldova', 1.0, 0.9), scored(3, 'Ostria', 0.5, 0.9)])
    expect(chosen?.sure).toBe(false)
  })
})
