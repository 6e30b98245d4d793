import { describe, expect, it } from 'vitest'
import { findMentions } from '../../src/answer/entities.ts'

const people = (text: string) =>
  findMentions(text)
    .filter((m) => m.type === 'person')
    .map((m) => [m.text, m.title])
const bodies = (text: string) =>
  findMentions(text)
    .filter((m) => m.type === 'organisation')
    .map((m) => m.text)

describe('a name at the start of a sentence', () => {
  it.each([
    ['Meanwhile Colonel General Ivo Lask, the officer commanding the force, said the sites were safe.', [['Ivo Lask', 'Colonel General']]],
    ['Meanwhile Ivo Lask said the sites were safe.', [['Ivo Lask', null]]],
    ['The mayor left. Separately Rosa Lind told reporters the port was shut.', [['Rosa Lind', null]]],
    // An adverb that is also an adjective ("later", "earlier") opens the sentence, not the title.
    ['Later Colonel General Ivo Lask said the sites were safe.', [['Ivo Lask', 'Colonel General']]],
    ['Earlier Defence Minister Ivo Lask said the sites were safe.', [['Ivo Lask', 'Defence Minister']]],
    // A word that may describe the post after it stays part of the title.
    ['First Deputy Prime Minister Ivo Lask took over.', [['Ivo Lask', 'First Deputy Prime Minister']]],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected)
  })

  it('keeps an adverb inside a sentence as it was read', () => {
    // Only where a sentence opens is a capital no sign of a name.
    expect(people('Delegates from Meanwhile Ivo Lask came.')).toEqual([['Meanwhile Ivo Lask', null]])
  })
})

describe('a surname that is also a word for a body of troops', () => {
  it.each(['Tom Garrison told reporters the port was closed.', 'Admiral Tom Fleet told reporters the port was closed.'])('%s is a person', (text) => {
    expect(people(text).map(([name]) => name)).toContain(text.includes('Garrison') ? 'Tom Garrison' : 'Tom Fleet')
  })
})

describe('a military unit', () => {
  it.each([
    ['Norland sent 100 soldiers from its 12th Mountain Brigade.', 'Mountain Brigade'],
    ['The 45th Guards Regiment and the 98th Airborne Division flew in.', 'Airborne Division'],
    ['The Coastal Battalion guarded the port.', 'Coastal Battalion'],
  ])('%s is a body, not a person', (text, unit) => {
    expect(people(text)).toEqual([])
    expect(bodies(text)).toContain(unit)
  })
})
