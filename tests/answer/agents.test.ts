import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/corpus/article.ts'
import { buildEngine } from '../../src/engine/engine.ts'

// A made-up deployment: the commander is named as the agent of "led by", the spokesman nearer the question's words.
const TEXT = `League peacekeepers deployed to Marovia
March 3, 2023

The league's peacekeeping force, led by General Ivan Orlov, began patrolling the capital on Monday, spokesman Petr Lind told reporters.

The force, commanded by Orlov, numbers about 800 soldiers.

Two officers of the force were detained by military police on Tuesday, among them Major Anna Berg.`

const engine = (() => {
  const r = parseArticle('marovia.txt', TEXT)
  if (!r.ok) throw new Error(r.reason)
  return buildEngine({ articles: [r.article], skipped: [] })
})()

describe('who did it, when the sentence says it in the passive', () => {
  it.each([
    // "in charge of" is leading: an everyday phrase WordNet has no entry for.
    ["who's in charge of the peacekeepers", 'Ivan Orlov'],
    ['who leads the peacekeeping force', 'Ivan Orlov'],
    ['who commands the force', 'Ivan Orlov'],
  ])('%j → %s, the agent of "led by", not the spokesman', (q, name) => {
    const r = engine.ask(q)
    expect(r.status).toBe('answered')
    expect(r.answer).toContain(name)
    expect(r.answer).not.toContain('Lind')
  })

  it('gives a person no role that is the sentence going on ("..., Orlov, numbers about 800 soldiers")', () => {
    expect(engine.ask('who leads the peacekeeping force').answer).not.toMatch(/numbers|began patrolling/)
  })

  it('reads "who got detained" as asking whom the verb was done to', () => {
    expect(engine.ask('who got detained by the military police').answer).toContain('Anna Berg')
  })
})
