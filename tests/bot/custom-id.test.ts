import { describe, expect, test } from 'vitest'
import { decodeCustomId, encodeCustomId, MAX_CUSTOM_ID, resolveSource, shortHash, type ButtonState } from '../../src/bot/custom-id.ts'

describe('custom ids round-trip and fit in 100 characters', () => {
  test.each<[string, ButtonState]>([
    ['ask page', { kind: 'ask-page', page: 3, hash: shortHash('How many troops?') }],
    ['context', { kind: 'ask-context', n: 2, start: 812, end: 1200, source: '001_10466e7ab9d79f5b.txt' }],
    ['context with a colon in the file name', { kind: 'ask-context', n: 1, start: 0, end: 5, source: 'a:b.txt' }],
    ['timeline next', { kind: 'timeline-page', page: 4, dir: 'next', scope: 'period' }],
    ['timeline prev', { kind: 'timeline-page', page: 0, dir: 'prev', scope: 'period' }],
    ['timeline of the background', { kind: 'timeline-page', page: 2, dir: 'next', scope: 'background' }],
    ['timeline of everything', { kind: 'timeline-page', page: 1, dir: 'prev', scope: 'all' }],
  ])('%s', (_name, state) => {
    const id = encodeCustomId(state)
    expect(id.length).toBeLessThanOrEqual(MAX_CUSTOM_ID)
    expect(decodeCustomId(id)).toEqual(state)
  })

  test('a source name too long for the id is replaced by its hash and resolved back', () => {
    const source = `${'very-long-file-name-'.repeat(8)}.txt`
    const id = encodeCustomId({ kind: 'ask-context', n: 1, start: 10, end: 20, source })
    expect(id.length).toBeLessThanOrEqual(MAX_CUSTOM_ID)
    const state = decodeCustomId(id)
    expect(state?.kind).toBe('ask-context')
    expect(resolveSource((state as { source: string }).source, ['other.txt', source])).toBe(source)
  })
})

test.each([
  ['another version', '2:tl:n:1'],
  ['unknown kind', '1:zz:1'],
  ['bad page', '1:ap:x:0123abcd'],
  ['bad hash', '1:ap:1:XYZ'],
  ['end before start', '1:ac:1:50-10:a.txt'],
  ['empty source', '1:ac:1:5-10:'],
  ['too long', `1:tl:n:${'9'.repeat(120)}`],
  ['unknown timeline scope', '1:tl:n:1:x'],
  ['empty timeline scope', '1:tl:n:1:'],
  ['empty', ''],
])('decodeCustomId refuses %s', (_name, id) => {
  expect(decodeCustomId(id)).toBeNull()
})

test("a timeline button made before scopes existed opens the corpus's own period", () => {
  expect(decodeCustomId('1:tl:n:3')).toEqual({ kind: 'timeline-page', page: 3, dir: 'next', scope: 'period' })
})

test('resolveSource gives null for a file no longer in the corpus', () => {
  expect(resolveSource('gone.txt', ['a.txt'])).toBeNull()
  expect(resolveSource('~00000000', ['a.txt'])).toBeNull()
})
