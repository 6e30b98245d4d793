import { describe, expect, it } from 'vitest'
import { reportEngine } from '../support/made-up-report.ts'

// A made-up report where a title shares the question's words ("Secretary General") but its holder did not run anything.
const engine = reportEngine(
  [
    'The Norland league sent a force of about 400 soldiers to Velta on Tuesday.',
    'League Secretary General Ivo Lask told reporters the force could grow if needed.',
    'The league force guarded the airport and the power station.',
    'General strikes closed the ports, and the league force kept the roads open.',
    'Volunteers ran kitchens for the displaced in the capital.',
    'The league had never sent a force abroad before, a general said.',
    'As many as 6,000 people rallied in Velta on the same day.',
  ].join('\n\n'),
)

describe('a sentence that leaves out what the question asks someone did answers no "who"', () => {
  it.each(['who was the league general running the force', 'who was the general running the league force'])('%j', (question) => {
    expect(engine.ask(question).answer ?? '').not.toContain('Lask')
  })

  it("while an amount of the very thing asked for still answers without the question's verb", () => {
    expect(engine.ask('how many ppl turned out in velta').answer).toContain('6,000')
  })
})

// A made-up report where the doer of the asked deed stands in a sentence that leaves out the question's last word.
const requested = reportEngine(
  [
    "When news of President Ivo Lask's request to the league surfaced on Wednesday, Ostrian officials protested.",
    'The league had never sent a deployment abroad, and its troops arrived in Velta on Friday.',
    'The league said its deployment would last a month.',
    'Ostria asked for talks on the deployment.',
  ].join('\n\n'),
)

describe('the doer of the asked deed may answer from a sentence that leaves out a word of the question', () => {
  it('"Lask\'s request" answers who requested it', () => {
    expect(requested.ask('who requested the deployment').answer).toContain('Ivo Lask')
  })
})
