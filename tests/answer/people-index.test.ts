/** The people found at build time: the very mentions peopleOf finds when a question first reaches an article. */
import { describe, expect, it } from 'vitest'
import { loadCorpus } from '../../src/corpus/load.ts'
import { peopleOf } from '../../src/answer/people.ts'
import { checkPeople, mergePeopleData, peopleData, peopleIndexFromData, type PeopleData } from '../../src/answer/people-index.ts'
import type { Article } from '../../src/corpus/types.ts'

const corpora = [
  ['the seeds', loadCorpus('seeds').articles],
  ['the wide set', loadCorpus('tests/fixtures/wide/articles').articles],
] as const

/** Every sentence's person mentions, as peopleOf finds them. */
const fresh = (articles: readonly Article[]) =>
  articles.map((a) => {
    const { mentions } = peopleOf(a)
    return a.sentences.map((s) => mentions.get(s.index) ?? [])
  })

const indexed = (articles: readonly Article[], data: PeopleData) => {
  const people = peopleIndexFromData(data, articles)
  return articles.map((a, i) => a.sentences.map((s) => people.mentions(i, s.index)))
}

describe('peopleData', () => {
  it.each(corpora)('%s: the index gives every sentence the mentions peopleOf finds, roles and all', (_, articles) => {
    const expected = fresh(articles)
    expect(expected.flat(2).length).toBeGreaterThan(20)
    expect(indexed(articles, peopleData(articles))).toEqual(expected)
  })

  it.each(corpora)('%s: the data of slices, merged, is the data of the whole', (_, articles) => {
    const cut = Math.floor(articles.length / 3)
    const parts = [articles.slice(0, cut), articles.slice(cut, 2 * cut), articles.slice(2 * cut)].map(peopleData)
    expect(mergePeopleData(parts)).toEqual(peopleData(articles))
  })

  it('shares one person between the mentions of an article, as peopleOf does', () => {
    const articles = corpora[0][1]
    const people = peopleIndexFromData(peopleData(articles), articles)
    const all = articles.flatMap((a, i) => a.sentences.flatMap((s) => people.mentions(i, s.index).map((m) => ({ i, m }))))
    const byName = new Map<string, unknown>()
    for (const { i, m } of all) {
      const key = `${i}:${m.person.name}`
      expect(byName.get(key) ?? m.person).toBe(m.person)
      byName.set(key, m.person)
    }
  })
})

describe('checkPeople', () => {
  const articles = corpora[0][1]
  const good = peopleData(articles)
  const copy = (): PeopleData => ({ ...good, persons: good.persons.map((p) => [...p]), mentions: good.mentions.slice(), ends: good.ends.slice() })
  it('passes the data the build made', () => expect(() => checkPeople(good, articles)).not.toThrow())
  it.each<[string, (d: PeopleData) => void, RegExp]>([
    ['an article missing', (d) => (d.persons = d.persons.slice(1)), /not one entry for each/],
    ['a mention cut in half', (d) => (d.mentions = d.mentions.subarray(0, d.mentions.length - 2)), /whole quadruples/],
    ['a sentence that does not exist', (d) => (d.mentions[0] = 10_000), /mention 0 is outside/],
    ['a person the article does not have', (d) => (d.mentions[1] = 999), /mention 0 is outside/],
    ['words past the sentence', (d) => (d.mentions[3] = 1_000_000), /mention 0 is outside/],
    ['a role that is not text', (d) => (d.persons[0] = [[1 as unknown as string]]), /article 0: its people are not/],
    ['a title for no mention', (d) => (d.extras = [[d.mentions.length, 'President', null]]), /does not exist/],
  ])('refuses %s', (_, damage, why) => {
    const d = copy()
    damage(d)
    expect(() => checkPeople(d, articles)).toThrow(why)
  })
})
