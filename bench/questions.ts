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
    kind === 0 ? word.slice(0, k) + word[k + 1] + word[k] + word.slice(k + 2) : kind === 1 ? word.slice(0, k) + word.slice(k + 1) : word.slice(0, k) + word[k] + word.slice(k)
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

/** Partial names a user types into `/quote` autocomplete: prefixes of speakers, first letters, typos. */
export function autocompleteInputs(world: World, seed: number, count = 200): string[] {
  const r = rng(seed * 17 + 3)
  return Array.from({ length: count }, (_, i) => {
    const name = world.people[Math.floor(r() * world.people.length)]!.name
    const surname = name.split(' ')[1]!
    switch (i % 4) {
      case 0:
        return surname.slice(0, 1 + Math.floor(r() * surname.length))
      case 1:
        return name.slice(0, 2 + Math.floor(r() * (name.length - 2)))
      case 2:
        return typo(surname, r)
      default:
        return ''
    }
  })
}
