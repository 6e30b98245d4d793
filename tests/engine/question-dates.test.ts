import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/corpus/article.ts'
import { buildEngine } from '../../src/engine/engine.ts'
import { questionDays, withoutDays } from '../../src/engine/question-dates.ts'

describe('questionDays', () => {
  const period = { from: '2022-12-20', to: '2023-01-10' }
  it.each([
    ['what happened on jan 5', '2023-01-05'],
    ['what happened on January 5th', '2023-01-05'],
    ['what happened on 5 january', '2023-01-05'],
    ['what happened on dec 28', '2022-12-28'],
    ['what happened on may 3, 2019', '2019-05-03'],
  ])('%j → %s (the year that puts it in the corpus period, unless given)', (q, day) => {
    expect(questionDays(q, period).map((d) => d.day)).toEqual([day])
  })
  it('names no day in "in 2011" or "jan" alone, and none without a period to place it in', () => {
    expect(questionDays('what happened in 2011', period)).toEqual([])
    expect(questionDays('what happened in jan', period)).toEqual([])
    expect(questionDays('what happened on jan 5', null)).toEqual([])
  })
  it('leaves the other words of the question', () => {
    expect(withoutDays('how many planes landed on jan 15 in the north')).toBe('how many planes landed on in the north')
  })
})

// A made-up airlift: the sentence that answers says "on Saturday", in an article that makes that Saturday January 15.
const TEXT = `Ferries carry soldiers home
Sunday, January 16, 2022

The league said on Saturday that 17 of its ferries had carried soldiers home.

On Friday, 9 ferries had left the port.`

describe('a day the question names', () => {
  const engine = (() => {
    const r = parseArticle('ferries.txt', TEXT)
    if (!r.ok) throw new Error(r.reason)
    return buildEngine({ articles: [r.article], skipped: [] })
  })()
  it('is found as the day a sentence resolves to, not as the words "jan" and "15"', () => {
    expect(engine.ask('how many ferries carried soldiers home on jan 15').answer).toContain('17')
    expect(engine.ask('how many ferries left on jan 14').answer).toContain('9')
  })
  it('gives no short answer from a sentence about another day', () => {
    expect(engine.ask('how many ferries carried soldiers home on jan 20').answer).toBeNull()
  })
})
