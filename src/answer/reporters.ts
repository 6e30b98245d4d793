import { foldText } from '../text/index.ts'
import type { Candidate, Extraction, ExtractionContext } from './context.ts'

/**
 * "Who announced the 225 figure?", "who put out the 225 number?": the one a
 * sentence that gives the figure says gave it ("…225 bodies…, Ivo Lask told
 * reporters", "according to Ivo Lask, 225 …"), however few of the question's
 * other words the sentence shares.
 */

// A question that asks who gave a figure: a verb of saying or publishing and a number.
export const ASKS_REPORTER =
  /^who(?:'s|s| was| were| is)?\b.*\b(?:announc\w*|sa(?:y|id|ys)|put (?:out|forward)|g[ai]ve|giv(?:es|ing)|report\w*|publish\w*|came up with|claim\w*|cit(?:e|ed)|stat(?:e|ed))\b/
// A question's figure: "the 225 figure", "the 2,030 number".
export const FIGURE = /\b\d{1,3}(?:,\d{3})+\b|\b\d{2,}\b/
// After the name, its post between commas, then a verb of saying: "Ivo Lask, head of the service, told reporters".
const SAYS_AFTER = /^(?:\s*,[^.;“”"]{0,140}?,)?\s+(?:said|says|told|tells|announced|announces|reported|reports|stated|states|declared|declares)\b/
// Before the name, with no more than a title between: "according to prosecutor Ivo Lask", "said Ivo Lask".
const SAYS_BEFORE =
  /\b(?:according to|said|says|announced|cited|quoted)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+|(?:prosecutor|minister|spokes(?:wo)?man|official|chief|head|general|director|president|ambassador|governor)\s+){0,3}$/u
// A post longer than this reads as a clause, not a title.
const MAX_ROLE = 90

/**
 * The person the sentences giving the question's figure name as its source,
 * sure when they name one and only one; `null` when the question is not of this
 * kind or no such sentence names a source.
 *
 * @example
 * ```ts
 * reporterOf(ctx, candidates)?.answer // for "who announced the 225 figure" => 'Ivo Lask'
 * ```
 */
export function reporterOf(ctx: ExtractionContext, candidates: readonly Candidate[]): Extraction | null {
  const { question } = ctx
  if (question.kind !== 'person' || !ASKS_REPORTER.test(question.normalized)) return null
  const figure = FIGURE.exec(question.normalized)?.[0]
  if (!figure) return null
  // The figure however its thousands are written ("2030", "2,030"), and not inside a longer number.
  const digits = figure.replace(/,/g, '')
  const given = new RegExp(`(?<![\\d,.])${digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',?')}(?![\\d,])`)
  const found: { candidate: Candidate; start: number; end: number; name: string; role?: string }[] = []
  for (const c of candidates) {
    const text = c.sentence.text
    if (!given.test(text)) continue
    for (const m of ctx.people(c.article, c.sentence.index)) {
      if (SAYS_AFTER.test(text.slice(m.end)) || SAYS_BEFORE.test(text.slice(0, m.start)))
        found.push({ candidate: c, start: m.start, end: m.end, name: m.person.name, role: m.person.roles.find((r) => r.length <= MAX_ROLE) })
    }
  }
  const names = new Set(found.map((f) => foldText(f.name.split(/\s+/).at(-1)!)))
  if (names.size !== 1) return null
  const [first] = found
  return {
    // Who gave it, with the post the article gives them: "Ivo Lask, head of the prosecution service".
    answer: first!.role ? `${first!.name}, ${first!.role}` : first!.name,
    sources: found
      .filter((f, i) => found.findIndex((g) => g.candidate.id === f.candidate.id) === i)
      .slice(0, 3)
      .map((f) => ({ candidate: f.candidate, focus: { start: f.candidate.sentence.start + f.start, end: f.candidate.sentence.start + f.end } })),
    sure: true,
    likeliest: [first!.candidate],
  }
}
