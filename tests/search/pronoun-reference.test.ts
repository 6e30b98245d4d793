import { describe, expect, it } from 'vitest'
import { pagesEngine } from '../support/made-up-report.ts'

// Made up: the official is named once, then called "him" in the sentence that answers.
const engine = pagesEngine([
  'Velmar fuel crisis: who has paid so far\nMarch 20, 2023\n\nPrime Minister Eva Sorn promised on Monday that officials behind the fuel price rise would be punished.\n\nQ: Has anyone been held to account?\n\nA: One official so far. On January 15 the government fired Ivo Karr, a deputy energy minister, and the financial police detained him the same day. A court ordered him held for two months. His job went to Tom Adler.',
  'Sorn visits the port\nMarch 21, 2023\n\nEva Sorn visited the port of Velsk on Tuesday, where dock workers have been on strike for two weeks.',
])

describe('a sentence that speaks of the one asked about as "him"', () => {
  it('answers as surely as one that names him', () => {
    expect(engine.ask('how long did the court order karr held').answer).toBe('two months')
  })

  it('stands for whom the sentence before names, not for one named after it', () => {
    expect(engine.ask('how long did the court order adler held').answer).toBeNull()
  })
})
