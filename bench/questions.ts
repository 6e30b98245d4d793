import { rng, type World } from './synthetic.ts'

/**
 * The benchmark's 200 natural-language questions, from templates over the
 * synthetic world: every answer kind, some with typos, a few about nothing in
 * the corpus. Deterministic in the seed.
 */

const TEMPLATES: ((w: World, pick: <T>(xs: readonly T[]) => T) => string)[] = [
  (w, p) => `How many troops did ${p(w.countries)} send to ${p(w.cities)}?`,
  (w, p) => `How many people were killed in the unrest in ${p(w.countries)}?`,
  (w, p) => `When did the first soldiers reach ${p(w.cities)}?`,
  (w, p) => `When did protests break out in ${p(w.cities)}?`,
  (w, p) => `Who is ${p(w.people).name}?`,
  (w, p) => `Who is the ${p(['defence minister', 'foreign minister', 'prime minister', 'interior minister'])} of ${p(w.countries)}?`,
  (w, p) => `Where did ${p(w.organisations)} officials meet to discuss ${p(w.topics)}?`,
  (w, p) => `Which countries sent peacekeepers to ${p(w.cities)}?`,
  (w, p) => `How many member states does the ${p(w.organisations)} have?`,
  (w, p) => `What did ${p(w.people).name.split(' ')[1]} say about ${p(w.topics)}?`,
  (w, p) => `Who said they will not allow ${p(w.topics)} to divide our people?`,
  (w, p) => `Did ${p(w.countries)} deploy soldiers to ${p(w.cities)}?`,
  (w, p) => `Why were ${p(['troops', 'peacekeepers', 'soldiers'])} sent to ${p(w.countries)}?`,
  (w, p) => `What is the ${p(w.organisations)}?`,
  (w, p) => `Where are the talks between ${p(w.countries)} and ${p(w.countries)} due to resume?`,
  (w, p) => `When was the curfew lifted in ${p(w.cities)}?`,
  () => 'How many troops were in the CSTO force?',
  () => 'When did Russian paratroopers arrive in Kazakhstan?',
  () => 'Which countries are members of the CSTO?',
  (w, p) => `What is the recipe for ${p(['apple pie', 'borscht', 'plov'])}?`,
]

/** Swaps two letters, drops one or doubles one in a word of 5+ letters, as a hurried typist does. */
function typo(question: string, r: () => number): string {
  const words = question.split(' ')
  const long = words.map((w, i) => [w, i] as const).filter(([w]) => /^[a-z]{5,}$/i.test(w))
  if (long.length === 0) return question
  const [word, at] = long[Math.floor(r() * long.length)]!
  const k = 1 + Math.floor(r() * (word.length - 2))
  const kind = Math.floor(r() * 3)
  words[at] =
    kind === 0
      ? word.slice(0, k) + word[k + 1] + word[k] + word.slice(k + 2)
      : kind === 1
        ? word.slice(0, k) + word.slice(k + 1)
        : word.slice(0, k) + word[k] + word.slice(k)
  return words.join(' ')
}

/**
 * `count` questions over `world`, cycling through the templates, about one in
 * four with a typo.
 *
 * @example
 * ```ts
 * benchQuestions(makeWorld(1, 1000), 1, 3)
 * // => ['How many troops did Peru send to Osh?', 'How many people were killed …', …]
 * ```
 */
export function benchQuestions(world: World, seed: number, count = 200): string[] {
  const r = rng(seed * 31 + 5)
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!
  return Array.from({ length: count }, (_, i) => {
    const q = TEMPLATES[i % TEMPLATES.length]!(world, pick)
    return r() < 0.25 ? typo(q, r) : q
  })
}

/** What a user typed into an autocomplete, and the record they were after (`null` for an empty box). */
export interface TypedCase {
  typed: string
  wanted: string | null
}

/** Partial names a user types into `/quote` autocomplete: prefixes of speakers, first letters, typos. */
export function autocompleteInputs(world: World, seed: number, count = 200): string[] {
  return speakerCases(world, seed, count).map((c) => c.typed)
}

/** {@link autocompleteInputs} with the person each was typed for. */
export function speakerCases(world: World, seed: number, count = 200): TypedCase[] {
  const r = rng(seed * 17 + 3)
  return Array.from({ length: count }, (_, i) => {
    const name = world.people[Math.floor(r() * world.people.length)]!.name
    const surname = name.split(' ')[1]!
    switch (i % 4) {
      case 0:
        return { typed: surname.slice(0, 1 + Math.floor(r() * surname.length)), wanted: name }
      case 1:
        return { typed: name.slice(0, 2 + Math.floor(r() * (name.length - 2))), wanted: name }
      case 2:
        return { typed: typo(surname, r), wanted: name }
      default:
        return { typed: '', wanted: null }
    }
  })
}

/**
 * What a moderator types to find an article to remove: the start of its title,
 * two of its words in another order, a word with a typo, the start of its file name.
 */
export function articleCases(articles: readonly { source: string; title: string }[], seed: number, count = 200): TypedCase[] {
  const r = rng(seed * 13 + 7)
  return Array.from({ length: count }, (_, i) => {
    const a = articles[Math.floor(r() * articles.length)]!
    const words = a.title.split(' ').filter((w) => w.length > 3)
    const word = () => words[Math.floor(r() * words.length)] ?? a.title
    switch (i % 4) {
      case 0:
        return { typed: a.title.slice(0, 3 + Math.floor(r() * (a.title.length - 3))), wanted: a.source }
      case 1:
        return { typed: `${word()} ${word()}`, wanted: a.source }
      case 2:
        return { typed: typo(word(), r), wanted: a.source }
      default:
        return { typed: a.source.slice(0, 2 + Math.floor(r() * (a.source.length - 2))), wanted: a.source }
    }
  })
}
