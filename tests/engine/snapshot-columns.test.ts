import { describe, expect, it } from 'vitest'
import { columnsOf, recordsOf, wordListsFrom, wordListsOf } from '../../src/engine/snapshot-columns.ts'
import type { Section } from '../../src/engine/snapshot-format.ts'

type Read = { arrays: Map<string, unknown>; lists: Map<string, unknown[]> }

/** The sections as a file read gives them back: arrays and lists by name. */
function read(sections: Section[]): Read {
  const arrays = new Map<string, unknown>()
  const lists = new Map<string, unknown[]>()
  for (const s of sections)
    if ('array' in s) arrays.set(s.name, s.array)
    else lists.set(s.name, JSON.parse(JSON.stringify(s.list)) as unknown[])
  return { arrays, lists }
}

describe('records stored column by column', () => {
  it.each([
    ['no records', []],
    [
      'integers only',
      [
        { start: 0, end: 5 },
        { start: -3, end: 2 ** 31 - 1 },
      ],
    ],
    [
      'strings that repeat and null',
      [
        { date: '2022-01-06', end: null },
        { date: '2022-01-06', end: '2022-01-09' },
        { date: null, end: null },
      ],
    ],
    ['objects as values', [{ rule: { kind: 'weekday', weekday: 4 } }, { rule: { kind: 'chain', days: 1 } }, { rule: { kind: 'weekday', weekday: 4 } }]],
    ['numbers that are not 32-bit integers', [{ n: 1.5 }, { n: 2 ** 31 }, { n: 7 }]],
    ['a field some records lack', [{ a: 1, text: 'x' }, { a: 2 }, { a: 3, text: 'y' }]],
    ['a field a later record brings', [{ a: 1 }, { a: 2, b: [1, 'two'] }]],
    [
      'undefined, as JSON leaves it out',
      [
        { a: 1, b: undefined },
        { a: 2, b: true },
      ],
    ],
  ] as [string, object[]][])('%s: read back as JSON would give them', (_, records) => {
    const back = recordsOf('r', read(columnsOf('r', records)))
    expect(back).toStrictEqual(JSON.parse(JSON.stringify(records)))
  })

  it('stores integer fields as arrays and the others as their distinct values', () => {
    const sections = columnsOf('q', [
      { start: 4, role: 'mayor' },
      { start: 9, role: 'mayor' },
      { start: 12, role: null },
    ])
    const byName = new Map(sections.map((s) => [s.name, 'array' in s ? [...s.array] : s.list]))
    expect(byName.get('q.start')).toEqual([4, 9, 12])
    expect(byName.get('q.role')).toEqual([0, 0, 1])
    expect(byName.get('q.role.values')).toEqual(['mayor', null])
  })

  it.each([
    ['a missing key list', (r: Read): unknown => r.lists.delete('r.keys'), /section r\.keys is missing/],
    ['a column cut short', (r: Read): unknown => r.arrays.set('r.start', Int32Array.of(1)), /column r\.start is missing or not 2 long/],
    ['an id past the values', (r: Read): unknown => ((r.arrays.get('r.role') as Int32Array)[1] = 5), /column r\.role names value 5 of 1/],
    ['no count', (r: Read): unknown => r.arrays.delete('r.count'), /r\.count is not one count/],
  ] as const)('refuses %s', (_, spoil, why) => {
    const r = read(
      columnsOf('r', [
        { start: 1, role: 'a' },
        { start: 2, role: 'a' },
      ]),
    )
    spoil(r)
    expect(() => recordsOf('r', r)).toThrow(why)
  })
})

describe('lists of words stored as ids', () => {
  it.each([
    ['none', []],
    ['empty lists', [[], ['a'], []]],
    ['words shared across lists', [['we', 'will', 'not'], ['we', 'not'], ['peopl']]],
  ] as [string, string[][]][])('%s: read back as given', (_, lists) => {
    expect(wordListsFrom('w', read(wordListsOf('w', lists)))).toEqual(lists)
  })

  it.each([
    ['a word that is not a string', (r: Read): unknown => (r.lists.get('w.values')![0] = 3), /w\.values is not a list of strings/],
    ['an id past the words', (r: Read): unknown => ((r.arrays.get('w.ids') as Int32Array)[0] = 9), /w names word 9 of 2/],
    ['an end past the ids', (r: Read): unknown => ((r.arrays.get('w.ends') as Int32Array)[1] = 99), /the list 1 of w runs outside/],
    ['ends falling', (r: Read): unknown => ((r.arrays.get('w.ends') as Int32Array)[1] = 1), /the list 1 of w runs outside/],
  ] as const)('refuses %s', (_, spoil, why) => {
    const r = read(wordListsOf('w', [['a', 'b'], ['a']]))
    spoil(r)
    expect(() => wordListsFrom('w', r)).toThrow(why)
  })
})
