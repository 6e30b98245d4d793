import { PARTS_OF_SPEECH, links, senseCounts, senses, synset, type Pos } from './wordnet.ts'
import { baseForms, isVerbLemma } from './parts-of-speech.ts'

/**
 * The words a question's word may appear as in an article, from WordNet: its
 * base forms, their derivational family ("withdrawal", "withdraw"), the
 * synonyms of its commonest senses and of their family ("pull out" →
 * "withdraw" → "withdrawal"), the broader terms of a rare noun
 * ("pullout" → "retreat") and the kinds of a noun that has few ("fuel" →
 * "petrol"). Each comes with a weight below 1 (the word itself
 * is worth 1), lower the less common the sense and the further the link.
 */

const SYNONYM = 0.6
const LOOSE_KIN = 0.45
const DERIVED = 0.85
const BROADER = 0.5
const NARROWER = 0.4
// A noun with more kinds than this ("person") says little by any one of them; "musician" (pianist, singer) and
// "soldier" (paratrooper) have fewer.
const MAX_KINDS = 60
// A sense seen this much less often than the word's commonest is a rare use, not what a question means.
const RARE = 0.15
const FLOOR = 0.2

const cache = new Map<string, Map<string, number>>()
const kindsCache = new Map<string, Set<string>>()

/**
 * The narrower kinds {@link expandWord} lists for a noun ("marcher" for "soldiers"): a count of one of them counts only
 * some of what the noun names.
 *
 * @example
 * ```ts
 * narrowerKinds('musicians').has('pianist') // => true
 * ```
 */
export function narrowerKinds(form: string): ReadonlySet<string> {
  expandWord(form)
  return kindsCache.get(form) ?? new Set()
}

// Words WordNet files under senses of their own that news uses for a question's word: "who led the force" is
// answered by "commanded". Not the other way round: "who commanded the operation" is not answered by who "led the
// talks"; nor "who led the march" by who "heads the union".
// A plane asked about is written as an aircraft as often as not (WordNet puts "aircraft" two steps above "airplane");
// not the other way round: "how many aircraft" counts the helicopters too.
// A broader word ("aircraft" may be helicopters) counts for less than a synonym: enough to find the sentence, not to say
// the question's word.
const KIN: [Pos, string, readonly string[], number][] = [
  ['verb', 'lead', ['command'], SYNONYM],
  ['noun', 'plane', ['aircraft'], LOOSE_KIN],
  ['noun', 'airplane', ['aircraft'], LOOSE_KIN],
]

/**
 * The related lemmas of a word form (or a multiword form joined by `_`), each
 * with the weight a match on it is worth; the form's own lemmas are not listed.
 *
 * @example
 * ```ts
 * expandWord('withdrawal').get('withdraw') // => 0.85
 * ```
 */
export function expandWord(form: string): Map<string, number> {
  const cached = cache.get(form)
  if (cached) return cached
  const out = new Map<string, number>()
  const own = new Set<string>()
  const narrower = new Set<string>()
  const add = (lemma: string, weight: number) => {
    if (weight >= FLOOR && weight > (out.get(lemma) ?? 0)) out.set(lemma, weight)
  }
  for (const pos of PARTS_OF_SPEECH) {
    for (const lemma of baseForms(form, pos)) {
      own.add(lemma)
      // A multiword verb or noun ("pull out") is specific in every sense: none is dropped as rare.
      const multiword = lemma.includes('_')
      for (const [member, weight] of family(lemma, pos)) {
        add(member, weight)
        if (pos === 'noun' && isVerbLemma(member)) for (const [kin, w] of family(member, 'verb')) if (actAndDoer(lemma, kin)) add(kin, weight * w)
      }
      for (const [rank, offset] of senses(lemma, pos).entries()) {
        const sense = multiword ? decay(rank) : commonness(lemma, pos, offset, rank, 'all')
        if (sense < RARE) continue
        const set = synset(pos, offset)
        for (const word of set.words) {
          if (word === lemma) continue
          // A synonym counts for as much as this sense is among the synonym's own common ones.
          const weight = SYNONYM * sense * commonness(word, pos, offset, senses(word, pos).indexOf(offset), 'pos')
          add(word, weight)
          for (const [member, w] of family(word, pos)) add(member, weight * w)
        }
        // A general noun ("fuel", "the boat") is often written as one of its kinds ("petrol", "a ferry"), unless it has
        // so many kinds ("person") that any of them says little. A kind counts for as much as it is its word's common
        // use, in any part of speech: "friendly" troops are seldom what "friendly" means.
        if (pos === 'noun') {
          const kinds = links(set, '~')
          if (kinds.length <= MAX_KINDS)
            for (const kind of kinds)
              for (const word of kind.words) {
                add(word, NARROWER * sense * commonness(word, pos, kind.offset, senses(word, pos).indexOf(kind.offset), 'all'))
                narrower.add(word)
              }
        }
        // A rare or specific word ("pullout", "pull out") is best found through the commoner word it is a kind of.
        if (multiword || (pos === 'noun' && senses(lemma, pos).length <= 2)) {
          for (const broader of links(set, '@')) {
            for (const word of broader.words) {
              add(word, BROADER * sense)
              for (const [member, w] of family(word, pos)) add(member, BROADER * sense * w)
            }
            if (pos !== 'noun') continue
            for (const broadest of links(broader, '@')) for (const word of broadest.words) add(word, BROADER * BROADER * sense)
          }
        }
      }
    }
  }
  for (const [pos, asked, kin, weight] of KIN) {
    if (!baseForms(form, pos).includes(asked)) continue
    for (const word of kin) {
      add(word, weight)
      for (const [member, w] of family(word, pos)) add(member, weight * w)
    }
  }
  for (const lemma of own) out.delete(lemma)
  if (cache.size > 5_000) {
    cache.clear()
    kindsCache.clear()
  }
  cache.set(form, out)
  kindsCache.set(form, new Set([...narrower].filter((k) => !own.has(k) && (out.get(k) ?? 0) <= NARROWER)))
  return out
}

/**
 * How common a sense of a lemma is beside the lemma's commonest sense (1 for
 * the commonest), by WordNet's tag counts over all its parts of speech or
 * within this one; by the sense's rank where the counts are too few to say.
 */
function commonness(lemma: string, pos: Pos, offset: number, rank: number, scope: 'all' | 'pos'): number {
  if (rank < 0) return 0
  let top = 0
  let total = 0
  for (const [key, count] of senseCounts(lemma)) {
    if (scope === 'pos' && !key.startsWith(`${pos}:`)) continue
    top = Math.max(top, count)
    total += count
  }
  if (total < 3) return decay(rank)
  return ((senseCounts(lemma).get(`${pos}:${offset}`) ?? 0) + 0.5) / (top + 0.5)
}

// A lemma's derivational family: the words WordNet links to this very word ("withdrawal" ↔ "withdraw").
function family(lemma: string, pos: Pos): Map<string, number> {
  const out = new Map<string, number>()
  for (const [rank, offset] of senses(lemma, pos).entries()) {
    const sense = commonness(lemma, pos, offset, rank, 'all')
    if (sense < RARE) continue
    const set = synset(pos, offset)
    const source = set.words.indexOf(lemma) + 1
    for (const p of set.pointers) {
      if (p.symbol !== '+' || p.source !== source) continue
      const word = synset(p.pos, p.offset).words[p.target - 1]
      if (word && word !== lemma) out.set(word, Math.max(out.get(word) ?? 0, DERIVED * Math.min(1, sense * 1.5)))
    }
  }
  return out
}

// "The prosecution" asked, "prosecutors" written: a noun's verb brings its doer or act; not "government" and "governor".
const actAndDoer = (a: string, b: string) => (/[st]ion$/.test(a) && /(?:or|er)$/.test(b)) || (/(?:or|er)$/.test(a) && /[st]ion$/.test(b))
function decay(rank: number): number {
  return rank < 0 ? 0 : rank === 0 ? 1 : rank === 1 ? 0.85 : rank === 2 ? 0.7 : 0.5
}
