/**
 * Lookups over one article's people that cost the same however many people the
 * article names: persons by surname (up to one edit, as {@link sameSurname}
 * allows), bodies by name, and mentions by offset. Without them, matching each
 * capitalised run against every person seen so far made an article's build
 * quadratic in its length (a 1 MB article took a minute).
 */
import { surname, surnameKey } from './speakers.ts'
import type { Span } from '../corpus/index.ts'

// Structural stand-ins for mentions.ts's types, so this module does not import the one that uses it.
/** What the index reads of a person or body. */
interface Person {
  name: string
  variants: Map<string, number>
  kind: 'person' | 'body'
}
/** What the index reads of one article's people. */
interface People<P extends Person = Person> {
  persons: P[]
}
/** What the index reads of a mention. */
interface Mention {
  start: number
}

interface PeopleIndex<P extends Person = Person> {
  /** How many of `people.persons` are indexed (persons are only ever appended). */
  indexed: number
  /** Creation order, to keep the first-created person first among equals. */
  order: Map<P, number>
  /** Surname key and its one-letter deletions → persons with a variant of that surname. */
  bySurname: Map<string, Set<P>>
  /** The same for the surname of every person's and body's `name`. */
  byNameSurname: Map<string, Set<P>>
  /** Lower-cased body name → the first body of that name. */
  bodies: Map<string, P>
}

const indexes = new WeakMap<object, PeopleIndex<Person>>()

/**
 * A surname key with every one-letter deletion of it: two keys within one edit
 * (a substitution, an insertion or a swap of two letters) share one of these.
 *
 * @example
 * ```ts
 * surnameNeighbours('Blinken') // => Set { 'blinken', 'linken', 'binken', … }
 * ```
 */
export function surnameNeighbours(word: string): Set<string> {
  const key = surnameKey(word)
  const out = new Set([key])
  for (let i = 0; i < key.length; i++) out.add(key.slice(0, i) + key.slice(i + 1))
  return out
}

const lastWord = (name: string) => name.trim().split(/\s+/).at(-1)!

function add<P>(map: Map<string, Set<P>>, word: string, p: P): void {
  for (const k of surnameNeighbours(word)) {
    let set = map.get(k)
    if (!set) map.set(k, (set = new Set()))
    set.add(p)
  }
}

/** The index of `people`, brought up to date with persons appended since. */
function indexOf<P extends Person>(people: People<P>): PeopleIndex<P> {
  let ix = indexes.get(people) as PeopleIndex<P> | undefined
  if (!ix) indexes.set(people, (ix = { indexed: 0, order: new Map(), bySurname: new Map(), byNameSurname: new Map(), bodies: new Map() }))
  for (; ix.indexed < people.persons.length; ix.indexed++) {
    const p = people.persons[ix.indexed]!
    ix.order.set(p, ix.indexed)
    add(ix.byNameSurname, surname(p.name), p)
    if (p.kind === 'body' && !ix.bodies.has(p.name.toLowerCase())) ix.bodies.set(p.name.toLowerCase(), p)
    for (const v of p.variants.keys()) add(ix.bySurname, lastWord(v), p)
  }
  return ix
}

/**
 * Records that `person` (already in `people.persons`) is also written `variant`.
 *
 * @example
 * ```ts
 * person.variants.set('Anthony Blinken', 1); noteVariant(people, person, 'Anthony Blinken')
 * ```
 */
export function noteVariant<P extends Person>(people: People<P>, person: P, variant: string): void {
  add(indexOf(people).bySurname, lastWord(variant), person)
}

/**
 * The persons with a variant whose surname may be `name`'s, in creation order:
 * a superset of those `sameSpeaker` accepts, for the caller to check.
 *
 * @example
 * ```ts
 * personsNamed(people, 'Blinken').map((p) => p.name) // => ['Antony Blinken']
 * ```
 */
export function personsNamed<P extends Person>(people: People<P>, name: string): P[] {
  const ix = indexOf(people)
  return candidates(ix, ix.bySurname, lastWord(name))
}

/**
 * The persons and bodies whose `name`'s surname may be the word `word`, in
 * creation order: a superset for the caller to check.
 *
 * @example
 * ```ts
 * namesEndingLike(people, 'Blinken').map((p) => p.name) // => ['Antony Blinken']
 * ```
 */
export function namesEndingLike<P extends Person>(people: People<P>, word: string): P[] {
  const ix = indexOf(people)
  return candidates(ix, ix.byNameSurname, word)
}

function candidates<P extends Person>(ix: PeopleIndex<P>, map: Map<string, Set<P>>, word: string): P[] {
  const found = new Set<P>()
  for (const k of surnameNeighbours(word)) for (const p of map.get(k) ?? []) found.add(p)
  return [...found].sort((a, b) => ix.order.get(a)! - ix.order.get(b)!)
}

/**
 * The body named `name` (any case), or `undefined`.
 *
 * @example
 * ```ts
 * bodyNamed(people, 'the kremlin')?.name // => 'The Kremlin'
 * ```
 */
export function bodyNamed<P extends Person>(people: People<P>, name: string): P | undefined {
  return indexOf(people).bodies.get(name.toLowerCase())
}

/**
 * Where a mention starting at `at` goes in `mentions` (sorted by start): after
 * every mention starting at or before `at`.
 *
 * @example
 * ```ts
 * mentionsUpTo([{ start: 3 }, { start: 9 }], 5) // => 1
 * ```
 */
export function mentionsUpTo(mentions: readonly Mention[], at: number): number {
  let lo = 0
  let hi = mentions.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (mentions[mid]!.start <= at) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * How many mentions (sorted by start) start before `at`.
 *
 * @example
 * ```ts
 * mentionsBefore([{ start: 3 }, { start: 5 }], 5) // => 1
 * ```
 */
export function mentionsBefore(mentions: readonly Mention[], at: number): number {
  return mentionsUpTo(mentions, at - 1)
}

/**
 * A test for "offset is inside one of these spans" that needs no scan of them all.
 *
 * @example
 * ```ts
 * const inQuote = maskTest([{ start: 10, end: 20 }])
 * inQuote(15) // => true
 * inQuote(20) // => false
 * ```
 */
export function maskTest(masked: readonly Span[]): (at: number) => boolean {
  const spans = [...masked].sort((a, b) => a.start - b.start)
  // The furthest end of any span starting at or before each one: overlapping spans stay covered.
  const reach: number[] = []
  for (const s of spans) reach.push(Math.max(reach.at(-1) ?? -Infinity, s.end))
  return (at) => {
    let lo = 0
    let hi = spans.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (spans[mid]!.start <= at) lo = mid + 1
      else hi = mid
    }
    return lo > 0 && reach[lo - 1]! > at
  }
}
