import { describe, expect, it } from 'vitest'
import { splitSentences } from '../../src/corpus/sentences.ts'

const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end))

describe('a clock time\'s "a.m." or "p.m." at the end of a sentence', () => {
  it.each([
    ['The curfew runs from 10 p.m. to 6 a.m. Shops reopened on Friday.', ['The curfew runs from 10 p.m. to 6 a.m.', 'Shops reopened on Friday.']],
    ['The ferry left at 6 p.m. The crowd stayed.', ['The ferry left at 6 p.m.', 'The crowd stayed.']],
    // A short word in capitals or a name that is also a month goes on to a sentence of its own.
    ['Shelling stopped at 9 a.m. UN monitors said the town was calm.', ['Shelling stopped at 9 a.m.', 'UN monitors said the town was calm.']],
    ['Shelling stopped at 9 a.m. May Lind said the town was calm.', ['Shelling stopped at 9 a.m.', 'May Lind said the town was calm.']],
    ['Shelling stopped at 9 a. m. Monitors said the town was calm.', ['Shelling stopped at 9 a. m.', 'Monitors said the town was calm.']],
  ])('ends it: %s', (text, expected) => {
    expect(sentences(text)).toEqual(expected)
  })

  it.each([
    'The ferries leave at 9 a.m. Thursday and return at night.',
    'The ferries left at 9 a.m. GMT and returned at night.',
    'The ferries leave at 9 a.m. May 5 and return at night.',
    'The ferries left at 9 a.m. Velsk time and returned at night.',
    'The ferries left at 9 a.m. on Thursday.',
    'It was 7:43 a.m. when the ferries left.',
  ])('does not end it where the time goes on: %s', (text) => {
    expect(sentences(text)).toHaveLength(1)
  })
})
