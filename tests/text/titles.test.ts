import { describe, expect, it } from 'vitest'
import { ROLE_NOUNS, ROLES_BEFORE_NAME, TITLE_WORDS, TITLE_WORDS_LOWER } from '../../src/text/titles.ts'

describe('titles: one list of the words of a post', () => {
  it.each([
    ['President', true],
    ['MP', true],
    ['Interior', true],
    ['Editor-in-Chief', true],
    ['president', false],
    ['Tokayev', false],
  ])('TITLE_WORDS has %s: %s', (word, has) => expect(TITLE_WORDS.has(word)).toBe(has))

  it.each([
    ['president', true],
    ['mp', true],
    ['secretary-general', true],
    ['tokayev', false],
  ])('TITLE_WORDS_LOWER has %s: %s', (word, has) => expect(TITLE_WORDS_LOWER.has(word)).toBe(has))

  it.each([
    ['a leading Moscow foreign policy expert', true],
    ['senior fellows at the institute', true],
    ['Editor-in-Chief', true],
    ['the capital of the country', false],
  ])('ROLE_NOUNS finds a role in %s: %s', (phrase, found) => expect(ROLE_NOUNS.test(phrase)).toBe(found))

  it('every role that may stand right before a name is a role noun', () => {
    expect(ROLES_BEFORE_NAME.filter((w) => !ROLE_NOUNS.test(w))).toEqual([])
  })
})
