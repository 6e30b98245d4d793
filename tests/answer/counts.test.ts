import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/corpus/article.ts'
import { buildEngine } from '../../src/engine/engine.ts'

// A made-up deployment whose sentences count several things: only a count of what is asked answers "how many".
const TEXT = `Guard force lands in Veloria
April 2, 2023

The first four transport planes landed at Veloria's airport on Sunday, carrying the vanguard of the Coastal League's guard force.

Dozens of people were killed in the riots that preceded the landing, hospital officials said.

League officials said the guard force would number about 900 soldiers once all units arrive.`

function engineOf(text: string) {
  const r = parseArticle('veloria.txt', text)
  if (!r.ok) throw new Error(r.reason)
  return buildEngine({ articles: [r.article], skipped: [] })
}

describe('how many: a count of what is asked, or none', () => {
  const engine = engineOf(TEXT)
  it.each([
    ['how many soldiers are in the guard force', '900'],
    ['how many people were killed in the riots', 'Dozens'],
  ])('%j → %s', (q, answer) => {
    expect(engine.ask(q).answer).toContain(answer)
  })

  it('does not count the hurt as the troops sent, however many words stand between ("in total are reported hurt")', () => {
    const one = engineOf(TEXT.replace('League officials said the guard force would number about 900 soldiers once all units arrive.', 'Almost 300 people in total are reported hurt.'))
    expect(one.ask('how many soldiers did the league send in total').answer ?? '').not.toMatch(/300/)
  })

  it('never answers a count of troops with a count of planes or of the dead', () => {
    const one = engineOf(TEXT.replace('League officials said the guard force would number about 900 soldiers once all units arrive.', 'The league did not say how large the force was.'))
    const r = one.ask('how many soldiers did the league send')
    expect(r.answer ?? '').not.toMatch(/four|planes|dozens/i)
    expect(r.status).not.toBe('answered')
  })
})
