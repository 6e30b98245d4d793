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

describe("choose: the agent of the question's verb", () => {
  // One sentence, two names: the one written as "represented by X" and one merely nearer the question's words.
  function sentence(agentScore: number, otherScore: number, agentIsByAgent: boolean): Scored[] {
    const agent = scored(1, 'Rudd', agentScore, 0.5)
    const other = scored(1, 'Berg', otherScore, 0.5)
    return [
      { ...agent, found: { ...agent.found, agent: agentIsByAgent, byAgent: agentIsByAgent, bonus: 0.15 } },
      { ...other, found: { ...other.found, bonus: 0 } },
    ]
  }

  it.each([
    [true, true],
    [false, false],
  ])('a narrow win is sure when the winner is the agent after "by" (%s) → %s', (byAgent, sure) => {
    expect(choose(sentence(0.84, 0.8, byAgent))?.sure).toBe(sure)
  })

  it('is not sure when both are such agents and close', () => {
    const [a, b] = sentence(0.84, 0.8, true)
    expect(choose([a!, { ...b!, found: { ...b!.found, byAgent: true } }])?.sure).toBe(false)
  })
})

describe('choose: two reports of one figure, or a muddle', () => {
  // Counts of planes in three articles: each says it plainly, each with its own figure.
  const count = (id: number, key: string, score: number): Scored => {
    const s = scored(id, key, score, 0.9)
    return { ...s, found: { ...s.found, text: `${key} planes`, value: Number(key) } }
  }

  it('gives two close figures from two articles as differing reports', () => {
    const chosen = choose([count(1, '10', 1.07), count(2, '14', 1.02), count(3, '4', 0.7)], { disputed: true })
    expect(chosen).toMatchObject({ sure: true, answer: '10 planes (other reports: 14 planes)' })
  })

  it('bets on none when a third figure is as close', () => {
    expect(choose([count(1, '10', 1.07), count(2, '14', 1.02), count(3, '4', 1.0)], { disputed: true })?.sure).toBe(false)
  })
})
