import { describe, expect, it } from 'vitest'
import { reportEngine } from '../support/made-up-report.ts'

// A made-up report whose sentences say what the questions ask without the questions' prepositions.
const engine = reportEngine(
  [
    'The final count from the Velta floods was 40 dead, a figure that included two firefighters.',
    'Rescue crews from Ostria reached the valley on Tuesday, and the army sent boats to the northern towns.',
    'The river rose by six metres in two days, the weather office said.',
    'Families like the Lasks opened their homes to the displaced, and schools across the region were closed.',
  ].join('\n\n'),
)

describe('a preposition the question puts around its words ("among", "like", "across") is no idea a sentence must say', () => {
  it.each([['were any firefighters among the dead?', 'two firefighters']])('%j', (question, words) => {
    const reply = engine.ask(question)
    expect(reply.status).toBe('answered')
    expect(reply.answer).toContain(words)
  })
})
