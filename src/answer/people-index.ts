import { peopleOf, type Person, type PersonMention } from './people.ts'
import { sentenceLength, type Article } from '../corpus/index.ts'

/**
 * The people of every article ({@link peopleOf}), found once when the index
 * is built and kept in a compact form: the mentions as numbers in one typed
 * array, the names and roles as strings, article by article. An article's
 * mention objects are made from it the first time a question reaches the
 * article, so neither a question nor a restart pays for `peopleOf`.
 */

/** The people of a run of articles as data (what a snapshot stores). */
export interface PeopleData {
  /** Each article's people, each as `[name, ...roles]`, in the order {@link peopleOf} found them. */
  persons: string[][][]
  /** Every mention as (sentence, person, start, end), article after article; `person` counts within its article. */
  mentions: Int32Array
  /** How many mentions the articles up to each one hold (one entry per article). */
  ends: Int32Array
  /** The few mentions that are not plain: `[mention number, title, canonical]`, `null` for none or the mention's own words. */
  extras: [number, string | null, string | null][]
}

/** The people of an indexed corpus. */
export interface PeopleIndex {
  /** The person mentions of sentence `sentence` of article `article` (its number in the corpus), each resolved to the article's full name. */
  mentions(article: number, sentence: number): PersonMention[]
  toData(): PeopleData
}

const FIELDS = 4

/**
 * The people of `articles`, as {@link PeopleIndex} keeps them.
 *
 * @example
 * ```ts
 * peopleData(corpus.articles).persons[0] // => [['Fiona Hill', 'a senior fellow at the Brookings Institution'], ...]
 * ```
 */
export function peopleData(articles: readonly Article[]): PeopleData {
  const persons: string[][][] = []
  const numbers: number[] = []
  const ends = new Int32Array(articles.length)
  const extras: PeopleData['extras'] = []
  articles.forEach((article, a) => {
    const { people, mentions } = peopleOf(article)
    const order = new Map<Person, number>([...people.values()].map((p, i) => [p, i]))
    persons.push([...order.keys()].map((p) => [p.name, ...p.roles]))
    for (const [sentence, list] of mentions) {
      const text = article.sentences[sentence]!.text
      for (const m of list) {
        const words = text.slice(m.start, m.end)
        // Every mention's text is its words today; one that were not would be kept as its own.
        if (m.text !== words) throw new Error(`people: the mention "${m.text}" is not the text at its offsets`)
        if (m.title !== null || m.canonical !== m.text) extras.push([numbers.length / FIELDS, m.title, m.canonical === m.text ? null : m.canonical])
        numbers.push(sentence, order.get(m.person)!, m.start, m.end)
      }
    }
    ends[a] = numbers.length / FIELDS
  })
  return { persons, mentions: Int32Array.from(numbers), ends, extras }
}

/**
 * The data of consecutive runs of articles as the data of them all (each run's
 * mention numbers moved past those before it).
 */
export function mergePeopleData(parts: readonly PeopleData[]): PeopleData {
  const total = parts.reduce((n, p) => n + p.mentions.length, 0)
  const mentions = new Int32Array(total)
  const ends = new Int32Array(parts.reduce((n, p) => n + p.ends.length, 0))
  const out: PeopleData = { persons: [], mentions, ends, extras: [] }
  let [at, article] = [0, 0]
  for (const p of parts) {
    const before = at / FIELDS
    mentions.set(p.mentions, at)
    for (let i = 0; i < p.ends.length; i++) ends[article++] = p.ends[i]! + before
    for (const person of p.persons) out.persons.push(person)
    for (const [k, title, canonical] of p.extras) out.extras.push([k + before, title, canonical])
    at += p.mentions.length
  }
  return out
}

/**
 * The people index over `data` and the articles it was made from; `data`
 * must have passed {@link checkPeople}.
 *
 * @example
 * ```ts
 * const people = peopleIndexFromData(peopleData(articles), articles)
 * people.mentions(0, 3) // => the same mentions as peopleOf(articles[0]).mentions.get(3)
 * ```
 */
export function peopleIndexFromData(data: PeopleData, articles: readonly Article[]): PeopleIndex {
  const made: (Map<number, PersonMention[]> | undefined)[] = []
  const extras = new Map(data.extras.map(([k, title, canonical]) => [k, { title, canonical }]))
  const NONE: PersonMention[] = []
  const of = (a: number): Map<number, PersonMention[]> => {
    const found = made[a]
    if (found) return found
    const article = articles[a]!
    const people: Person[] = data.persons[a]!.map(([name, ...roles]) => ({ name: name!, roles }))
    const bySentence = new Map<number, PersonMention[]>()
    const q = data.mentions
    for (let k = a > 0 ? data.ends[a - 1]! : 0; k < data.ends[a]!; k++) {
      const [sentence, person, start, end] = [q[k * FIELDS]!, q[k * FIELDS + 1]!, q[k * FIELDS + 2]!, q[k * FIELDS + 3]!]
      const text = article.sentences[sentence]!.text.slice(start, end)
      const extra = extras.get(k)
      const m: PersonMention = { type: 'person', text, start, end, canonical: extra?.canonical ?? text, title: extra?.title ?? null, person: people[person]! }
      const list = bySentence.get(sentence)
      if (list) list.push(m)
      else bySentence.set(sentence, [m])
    }
    return (made[a] = bySentence)
  }
  return {
    mentions: (article, sentence) => of(article).get(sentence) ?? NONE,
    toData: () => data,
  }
}

/**
 * The people data against the articles: one entry per article, mentions in
 * sentences that exist, of people the article has, inside their sentence.
 *
 * @throws Error `inconsistent: people: ...` naming the first thing wrong.
 */
export function checkPeople(data: PeopleData, articles: readonly Article[]): void {
  const fail = (what: string): never => {
    throw new Error(`inconsistent: people: ${what}`)
  }
  const { persons, mentions, ends, extras } = data
  if (!Array.isArray(persons) || persons.length !== articles.length || !(ends instanceof Int32Array) || ends.length !== articles.length)
    fail(`not one entry for each of the ${articles.length} articles`)
  if (!(mentions instanceof Int32Array) || mentions.length % FIELDS !== 0 || (ends.length > 0 && ends[ends.length - 1]! * FIELDS !== mentions.length))
    fail('the mentions are not whole quadruples, or not as many as the articles say')
  if (!Array.isArray(extras) || !extras.every((e) => Array.isArray(e) && Number.isInteger(e[0]) && e[0] >= 0 && e[0] * FIELDS < mentions.length))
    fail('a title or name is given for a mention that does not exist')
  articles.forEach((article, a) => {
    const list = persons[a]
    if (!Array.isArray(list) || !list.every((p) => Array.isArray(p) && p.length > 0 && p.every((s) => typeof s === 'string')))
      fail(`article ${a}: its people are not lists of names and roles`)
    const from = a > 0 ? ends[a - 1]! : 0
    if (ends[a]! < from) fail(`article ${a}: its mentions end before they start`)
    for (let k = from; k < ends[a]!; k++) {
      const [sentence, person, start, end] = [mentions[k * FIELDS]!, mentions[k * FIELDS + 1]!, mentions[k * FIELDS + 2]!, mentions[k * FIELDS + 3]!]
      // Read from the article's shape when it has not made its sentences yet (a restored article makes them on first use).
      const length = sentenceLength(article, sentence)
      if (length < 0 || person < 0 || person >= list!.length || start < 0 || end < start || end > length)
        fail(`article ${a}: mention ${k} is outside its sentences or people`)
    }
  })
}
