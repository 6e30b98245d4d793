import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/corpus/article.ts'
import { extractQuotes } from '../../src/quotes/extract.ts'
import { buildPeople, bodyPerson, findPerson, personFor, resolveBody, resolvePronoun } from '../../src/quotes/mentions.ts'
import { maskTest, personsNamed } from '../../src/quotes/person-index.ts'
import type { Article } from '../../src/corpus/types.ts'

function article(body: string): Article {
  const r = parseArticle('many.txt', `Made-up report naming many people\n\n${body}\n`)
  if (!r.ok) throw new Error(r.reason)
  return r.article
}

const LAST =
  'Abenov Baikov Chernov Dosov Eskenov Fedorov Galiev Ibraev Kassymov Lukin Mironov Nurlanov Orlov Popov Rakhimov Sokolov Tokayev Umarov Volkov Zhakupov'.split(
    ' ',
  )
const FIRST = 'Arman Boris Daniyar Igor Karim Marat Nikolai Oleg Ruslan Timur'.split(' ')
// 200 distinct people, each named in full once and then by surname.
const NAMES = LAST.flatMap((l) => FIRST.map((f) => `${f} ${l}`))

describe('speaker lookups in an article naming many people', () => {
  it('finds a person by a transliterated full name or a bare surname, not a stranger', () => {
    const people = buildPeople(article('Antony Blinken met Fiona Hill. Margarita Simonyan was not there.'), [])
    const cases: [name: string, want: string | null][] = [
      ['Anthony Blinken', 'Antony Blinken'],
      ['Blinken', 'Antony Blinken'],
      ['Blinkin', 'Antony Blinken'],
      ['Simonyan', 'Margarita Simonyan'],
      ['Hill', 'Fiona Hill'],
      ['Popov', null],
    ]
    for (const [name, want] of cases) expect(findPerson(people, name)?.name ?? null, name).toBe(want)
  })

  it('offers only the persons whose surname is within one edit', () => {
    const people = buildPeople(article('Ivan Petrov met Anna Petrova and Oleg Sidorov.'), [])
    expect(personsNamed(people, 'Petrov').map((p) => p.name)).toEqual(['Ivan Petrov', 'Anna Petrova'])
    expect(personsNamed(people, 'Sidorov').map((p) => p.name)).toEqual(['Oleg Sidorov'])
    expect(personsNamed(people, 'Nobody')).toEqual([])
  })

  it('keeps the person most named first among namesakes, as before', () => {
    const people = buildPeople(article('Ivan Petrov spoke. Anna Petrov spoke. Anna Petrov spoke again.'), [])
    expect(findPerson(people, 'Petrov')?.name).toBe('Anna Petrov')
  })

  it('sees variants and persons added after the first lookup', () => {
    const people = buildPeople(article('Ivan Petrov spoke.'), [])
    expect(findPerson(people, 'Tokayev')).toBeNull()
    const added = personFor(people, 'Kassym-Jomart Tokayev')
    expect(findPerson(people, 'Tokaev')).toBe(added)
    expect(bodyPerson(people, 'the Kremlin')).toBe(bodyPerson(people, 'The Kremlin'))
  })

  it('resolves "he" to the nearest speaker back and "the ministry" to the last body, among 200 people', () => {
    const body = NAMES.map((n, i) => `${n} visited ${LAST[i % LAST.length]} Council. ${n} said the talks went well. He said more.`).join(' ')
    const a = article(body)
    const people = buildPeople(a, [])
    expect(new Set(people.persons.filter((p) => p.kind === 'person').map((p) => p.name))).toEqual(new Set(NAMES))
    const pronouns = people.mentions.filter((m) => a.text.slice(m.start, m.end) === 'He')
    expect(pronouns).toHaveLength(NAMES.length)
    expect(pronouns.map((m) => m.person.name)).toEqual(NAMES)
    const last = pronouns.at(-1)!
    expect(resolvePronoun(people, last.start, last.sentence, 'm')?.name).toBe(NAMES.at(-1))
    expect(resolveBody(people, last.start, last.sentence)?.name).toBe(`${LAST.at(-1)} Council`)
  })

  it('attributes every quotation of a long article to its own speaker', () => {
    const body = NAMES.map((n) => `“The situation in the region is calm today,” said ${n}, a local official.`).join('\n\n')
    const quotes = extractQuotes(article(body))
    expect(quotes.map((q) => q.speaker)).toEqual(NAMES)
  })
})

describe('maskTest', () => {
  const spans = [
    { start: 30, end: 40 },
    { start: 0, end: 10 },
    { start: 5, end: 25 },
    { start: 50, end: 50 },
  ]
  const inside = maskTest(spans)
  const cases: [at: number, want: boolean][] = [
    [0, true],
    [9, true],
    [12, true],
    [24, true],
    [25, false],
    [29, false],
    [30, true],
    [40, false],
    [50, false],
    [-1, false],
  ]
  it.each(cases)('offset %i inside: %s', (at, want) => {
    expect(inside(at)).toBe(spans.some((s) => at >= s.start && at < s.end))
    expect(inside(at)).toBe(want)
  })
})
