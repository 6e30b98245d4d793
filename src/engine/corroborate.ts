import { answerKeys, cite, type Candidate } from '../answer/index.ts'
import type { Citation } from '../answer/index.ts'
import { foldText } from '../text/index.ts'
import { BROADER, holdsKind } from './answer-shape.ts'

/**
 * Further excerpts for a short answer, only where they repeat it: up to `room`
 * candidates (not among the `used` ids, which it extends) that cover the
 * question at least `floor` and say one of the answer's keys; a list answer
 * needs two of its items in one sentence, not one. Corroboration, not merely
 * related text.
 *
 * @example
 * ```ts
 * corroborating('about 2,500 people', candidates, new Set([firstId]), 0.3, 5) // => [citation of "2,500 troops ..."]
 * ```
 */
export function corroborating(answer: string, candidates: readonly Candidate[], used: Set<number>, floor: number, room: number): Citation[] {
  const keys = answerKeys(answer)
  // Built once, not once per candidate (speed only).
  const patterns = keys.map((k) => new RegExp(`(?<![\\p{L}\\p{N}])${k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u'))
  const out: Citation[] = []
  for (const c of candidates) {
    if (out.length >= room) break
    if (c.coverage < floor || used.has(c.id)) continue
    const folded = foldText(c.sentence.text)
    const hits = patterns.map((re) => folded.search(re)).filter((i) => i >= 0)
    const at = hits[0]
    if (at === undefined || hits.length < Math.min(2, keys.length)) continue
    used.add(c.id)
    out.push(cite(c.article, c.sentence, { start: c.sentence.start + at, end: c.sentence.start + at + 1 }))
  }
  return out
}

/**
 * The candidates in rank order, led by `first` (the passages of the likeliest
 * answers when none is sure): the reader sees the passages that may answer
 * and judges them.
 */
export function leading(candidates: readonly Candidate[], first: readonly Candidate[]): Candidate[] {
  const ids = new Set(first.map((c) => c.id))
  return [...first, ...candidates.filter((c) => !ids.has(c.id))]
}

/**
 * The rank the passages shown are measured against: the best passage's, or,
 * where the best holds nothing of the kind of answer asked for (no figure for
 * "how much did he say he was paid"), the best's among those that do. A
 * passage that cannot answer alone does not hide one that may.
 *
 * @example
 * ```ts
 * passageBasis([{ rank: 1, sentence: { text: 'He said he was paid.' } }, { rank: 0.6, sentence: { text: 'He got $200.' } }], 'number') // => 0.6
 * ```
 */
export function passageBasis(candidates: readonly { rank: number; sentence: { text: string } }[], shape: string): number {
  const top = Math.max(0, ...candidates.map((c) => c.rank))
  const holds = (kind: string) => candidates.filter((c) => holdsKind(kind, c.sentence.text))
  const narrow = holds(shape)
  const broader = BROADER[shape]
  const holding = narrow.length === 0 && broader ? holds(broader) : narrow
  return holding.length > 0 && !holding.some((c) => c.rank === top) ? Math.max(...holding.map((c) => c.rank)) : top
}

/**
 * True when `c` is the sentence right after one of `shown`, in its paragraph:
 * it goes on from it, and a reader sees the two together ("Tokayev dismissed
 * the mayor. The bank's chairman takes his place.").
 *
 * @example
 * ```ts
 * followsOn([dismissal], successor) // => true when the successor's sentence comes next in the paragraph
 * ```
 */
export function followsOn(shown: readonly Pick<Candidate, 'article' | 'sentence'>[], c: Pick<Candidate, 'article' | 'sentence'>): boolean {
  return shown.some((s) => s.article === c.article && s.sentence.index + 1 === c.sentence.index && s.sentence.paragraph === c.sentence.paragraph)
}
