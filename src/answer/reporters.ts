import { foldText } from '../text/index.ts'
import type { Candidate, Extraction, ExtractionContext } from './context.ts'
import type { QuestionAnalysis } from './question.ts'
import { saidAfter, saidBefore } from './speech.ts'

/**
 * "Who announced the 225 figure?", "who put out the 225 number?": the one a
 * sentence that gives the figure says gave it ("…225 bodies…, Ivo Lask told
 * reporters", "according to Ivo Lask, 225 …"), however few of the question's
 * other words the sentence shares.
 */

// A question that asks who gave a figure: a verb of saying or publishing, and a number.
const ASKS_REPORTER =
  /^who(?:'s|s| was| were| is)?\b.*\b(?:announc\w*|sa(?:y|id|ys)|put (?:out|forward)|g[ai]ve|giv(?:es|ing)|report\w*|publish\w*|came up with|claim\w*|cit(?:e|ed)|stat(?:e|ed))\b/
// A question's figure: "the 225 figure", "the 2,030 number".
const FIGURE = /\b\d{1,3}(?:,\d{3})+\b|\b\d{2,}\b/

/**
 * True for a question that asks who gave a figure ("who announced the 225
 * figure?"): the sentence that answers it may share little else with it.
 *
 * @example
 * ```ts
 * asksReporter(analyzeQuestion('who put out the 225 number')) // => true
 * ```
 */
export function asksReporter(question: QuestionAnalysis): boolean {
  return question.kind === 'person' && ASKS_REPORTER.test(question.normalized) && FIGURE.test(question.normalized)
}

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
  if (!asksReporter(question)) return null
  const figure = FIGURE.exec(question.normalized)![0]
  // The figure however its thousands are written ("2030", "2,030"), and not inside a longer number.
  const digits = figure.replace(/,/g, '')
  const given = new RegExp(`(?<![\\d,.])${digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',?')}(?![\\d,])`)
  const found: { candidate: Candidate; start: number; end: number; name: string; role?: string }[] = []
  for (const c of candidates) {
    const text = c.sentence.text
    if (!given.test(text)) continue
    for (const m of ctx.people(c.article, c.sentence.index)) {
      if (saidAfter(text.slice(m.end)) || saidBefore(text.slice(0, m.start)))
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
