import { describe, expect, it } from 'vitest'
import { pagesEngine } from '../support/made-up-report.ts'

// Two made-up pages give one answer: one says it of the force the question names, the other, where the answer
// stands closer to the question's verb, leaves that name out.
const engine = pagesEngine([
  'Norland force lands in Velta\nMarch 20, 2023\n\nThe whole Norland operation in Velta was led by General Ivo Lask, commander of the marines.\n\nThe soldiers guarded the airport and the port.',
  'Marines guard Velta port\nMarch 21, 2023\n\nThe force is commanded by General Ivo Lask, who is the commander of the marines.\n\nNorland troops also guarded the power station.\n\nThe Norland league met in Ostria on Monday.',
])

describe('an answer is as sure as the passage that says it most plainly', () => {
  it.each(['who was in command of the norland force', 'who commanded the norland force'])('%j', (question) => {
    const reply = engine.ask(question)
    expect(reply.answer).toContain('Ivo Lask')
    // The passage that says it of the Norland force is the proof, cited first.
    expect(reply.citations[0]!.excerpt).toContain('Norland operation')
  })
})
