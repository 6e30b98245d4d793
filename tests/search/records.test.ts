/** createRecordSearch: what a user has typed so far, over short made-up records. */
import { describe, expect, it } from 'vitest'
import { createRecordSearch } from '../../src/search/index.ts'

const PEOPLE = ['Nurlan Abenov', 'Irina Abenova', 'Karim Volkov', 'Zhanna Tokáeva', 'Pavel Orlov', 'Olga Berg', 'Ewa Berg']
const people = createRecordSearch(PEOPLE, { name: { text: (n) => n } })

describe('a typed word may be cut short, misspelt or unaccented, in any order', () => {
  it.each<[string, string, string[]]>([
    ['the start of a surname', 'abe', ['Nurlan Abenov', 'Irina Abenova']],
    ['the start of a first name', 'kar', ['Karim Volkov']],
    ['a letter left out', 'volkv', ['Karim Volkov']],
    ['two letters swapped', 'volkvo', ['Karim Volkov']],
    ['a letter doubled', 'orrlov', ['Pavel Orlov']],
    ['surname first', 'orlov pavel', ['Pavel Orlov']],
    ['no accent for an accented name', 'tokaeva', ['Zhanna Tokáeva']],
    ['an accent for an unaccented name', 'órlov', ['Pavel Orlov']],
    ['capitals and stray punctuation', '  ORLOV, ', ['Pavel Orlov']],
  ])('%s: %j', (_case, typed, wanted) => {
    const got = people.find(typed, 25)
    expect(got.slice(0, wanted.length).sort()).toEqual([...wanted].sort())
  })

  it.each([
    ['nothing like any name', 'zzzz'],
    ['a misspelt word of three letters (too many names are one edit from one)', 'olr'],
  ])('no match for %s: %j', (_case, typed) => {
    expect(people.find(typed, 25)).toEqual([])
  })
})

describe('order and limits', () => {
  it('gives the first records in their own order when nothing (or only punctuation) is typed', () => {
    expect(people.find('', 3)).toEqual(PEOPLE.slice(0, 3))
    expect(people.find(' -, ', 3)).toEqual(PEOPLE.slice(0, 3))
  })

  it('gives at most `limit` records, and none for a limit of 0', () => {
    expect(people.find('a', 2)).toHaveLength(2)
    expect(people.find('berg', 0)).toEqual([])
  })

  it('ranks an exact word above a longer word it starts, and equal matches in the records’ order', () => {
    expect(people.find('abenov', 25).slice(0, 2)).toEqual(['Nurlan Abenov', 'Irina Abenova'])
    expect(people.find('berg', 25)).toEqual(['Olga Berg', 'Ewa Berg'])
  })

  it('ranks a record of more weight first among equal matches', () => {
    const weighted = createRecordSearch(PEOPLE, { name: { text: (n) => n } }, { weight: (i) => (PEOPLE[i] === 'Ewa Berg' ? 2 : 1) })
    expect(weighted.find('berg', 25)).toEqual(['Ewa Berg', 'Olga Berg'])
  })

  it('ranks a record matching more of the typed words first', () => {
    expect(people.find('olga berg', 25)).toEqual(['Olga Berg', 'Ewa Berg'])
  })
})

describe('fields and combination', () => {
  const ARTICLES = [
    { title: 'Ferry service resumes on the northern route', file: 'ferry_resumes.txt' },
    { title: 'Northern port reopens after the storm', file: 'port_2023-03-01.md' },
  ]
  const any = createRecordSearch(ARTICLES, { title: { text: (a) => a.title, boost: 2 }, file: { text: (a) => a.file } })
  const all = createRecordSearch(ARTICLES, { title: { text: (a) => a.title, boost: 2 }, file: { text: (a) => a.file } }, { all: true })

  it.each<[string, string, string[]]>([
    ['a word of the title', 'storm', ['port_2023-03-01.md']],
    ['the start of a file name, its "_" and "-" separating words', 'port_2023', ['port_2023-03-01.md']],
    ['a word both share', 'northern', ['ferry_resumes.txt', 'port_2023-03-01.md']],
  ])('%s: %j', (_case, typed, wanted) => {
    expect(
      all
        .find(typed, 25)
        .map((a) => a.file)
        .sort(),
    ).toEqual(wanted)
  })

  it('with `all`, every typed word must match; without, any may', () => {
    expect(all.find('ferry storm', 25)).toEqual([])
    expect(
      any
        .find('ferry storm', 25)
        .map((a) => a.file)
        .sort(),
    ).toEqual(['ferry_resumes.txt', 'port_2023-03-01.md'])
  })

  it('counts a match in a field of more boost higher', () => {
    const records = [
      { title: 'Harbour news', file: 'ferry.txt' },
      { title: 'Ferry news', file: 'harbour.txt' },
    ]
    const search = createRecordSearch(records, { title: { text: (a) => a.title, boost: 3 }, file: { text: (a) => a.file } })
    expect(search.find('ferry', 25).map((a) => a.title)).toEqual(['Ferry news', 'Harbour news'])
  })
})
