import { foldText, tokenize } from '../text/index.ts'
import { absolute, capitalise, type Candidate, type Extraction, type ExtractionContext } from './context.ts'
import { canonicalTerm } from '../text/index.ts'
import { conceptMatch } from '../search/index.ts'

/**
 * Answers that are not one thing of a named kind: what a person or thing is,
 * why something happened, what a yes/no question's best passage says, and
 * the part of a sentence that answers an open question.
 */

/** "Who is X?" / "What is X?": the roles the articles give X, merged across articles. */
export function describe(ctx: ExtractionContext, candidates: readonly Candidate[]): Extraction | null {
  const subject = foldText(ctx.question.subject ?? '')
  const roles: string[] = []
  const sources: Extraction['sources'] = []
  let name: string | null = null
  for (const c of candidates) {
    for (const m of ctx.people(c.article, c.sentence.index)) {
      const full = foldText(m.person.name)
      if (!subject || !(full.includes(subject) || subject.includes(full.split(' ').at(-1)!))) continue
      name ??= m.person.name
      const fresh = m.person.roles.filter((r) => !roles.includes(r))
      if (fresh.length === 0) continue
      roles.push(...fresh)
      sources.push({ candidate: c, focus: absolute(c, m) })
    }
  }
  if (name && roles.length) return { answer: `${name}: ${roles.slice(0, 3).join('; ')}`, sources }
  return defineThing(ctx, candidates)
}

/**
 * "What is the CSTO?": a definition the articles give, as an appositive ("the
 * CSTO, a Russia-led alliance"), a copula ("the CSTO is a ...") or a fronted
 * phrase ("Conceived as a pact of mutual defense, the CSTO ...").
 */
function defineThing(ctx: ExtractionContext, candidates: readonly Candidate[]): Extraction | null {
  const subject = ctx.question.subject
  if (!subject) return null
  const name = subject.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const patterns = [
    new RegExp(`\\b${name}(?:\\s*\\([^)]*\\))?,\\s+((?:a|an|the)\\s+[^,.;“”"]{6,160})`, 'i'),
    new RegExp(`\\b${name}\\s+(?:is|was|are|were)\\s+((?:a|an|the)\\s+[^,.;“”"]{6,160})`, 'i'),
    new RegExp(`^(?:[A-Z]\\w+\\s+)?as\\s+((?:a|an)\\s+[^,.;]{6,120}),\\s+(?:the\\s+)?${name}\\b`, 'i'),
  ]
  for (const c of candidates) {
    for (const pattern of patterns) {
      const m = pattern.exec(c.sentence.text)
      if (!m) continue
      const at = m.index + m[0].indexOf(m[1]!)
      return { answer: `${subject}: ${m[1]!.trim()}`, sources: [{ candidate: c, focus: absolute(c, { start: at, end: at + m[1]!.length }) }] }
    }
  }
  return null
}

// Where a sentence's answer-bearing part starts after the words it shares with the question.
const CLAUSE_END = /[;:]|,\s+(?:and|but|while|which|who)\b|\.\s*$/

/**
 * The part of the best sentence that answers an open question: what follows
 * the question's last matched word ("similar to Armenia in 2020, ..."), or the
 * sentence itself; a sentence that only announces a list ("set out a list of
 * demands.") is followed into the next one ("These include ...").
 */
export function clause(ctx: ExtractionContext, candidates: readonly Candidate[]): Extraction | null {
  const c = candidates[0]
  // An open answer is cut from a sentence by the question's words: with fewer than two, nothing says where.
  if (!c || c.coverage < 0.6 || ctx.concepts.length < 2) return null
  const text = c.sentence.text
  const anchors = tokenize(text).filter((t) => {
    const term = canonicalTerm(ctx.lexicon, t.word)
    return term !== null && ctx.concepts.some((k) => conceptMatch(k, new Set([term])) > 0)
  })
  const last = anchors.at(-1)
  let start = 0
  if (last && last.end < text.length - 15) {
    start = last.end
    while (start < text.length && !/[\p{L}\p{N}“"‘]/u.test(text[start]!)) start++
  }
  const rest = text.slice(start)
  const stop = CLAUSE_END.exec(rest.slice(8))
  const end = stop ? start + 8 + stop.index : text.length
  const answer = text.slice(start, end).replace(/[\s,.;:]+$/, '')
  if (answer.split(/\s+/).length < 2) return null
  const sources: Extraction['sources'] = [{ candidate: c, focus: { start: c.sentence.start + start, end: c.sentence.start + end } }]
  // The list may come after a quotation that explains it, so look two sentences ahead.
  const next = [1, 2]
    .map((k) => c.article.sentences[c.sentence.index + k])
    .find((n) => n !== undefined && n.paragraph - c.sentence.paragraph <= 1 && LIST_FOLLOWS.test(n.text))
  const listed = next && end >= text.length - 1 ? LIST_FOLLOWS.exec(next.text) : null
  if (next && listed && ANNOUNCES.test(answer)) {
    // "... set out a list of demands. These include X and Y": the answer is X and Y.
    const items = next.text.slice(listed[0].length).replace(/[\s.]+$/, '')
    if (!/\p{L}/u.test(items)) return { answer: capitalise(answer), sources }
    sources.push({ candidate: { ...c, id: c.id + (next.index - c.sentence.index), sentence: next }, focus: { start: next.start + listed[0].length, end: next.end } })
    return { answer: capitalise(items), sources: [sources[1]!, sources[0]!] }
  }
  return { answer: capitalise(answer), sources }
}

// A sentence that announces a list or a set of things the next sentence spells out.
const ANNOUNCES = /\b(?:list|number|series|set|range|demands|conditions|requests|measures|steps|points|reasons|terms|proposals)\b/i
const LIST_FOLLOWS = /^(?:these|they|those|the (?:demands|conditions|measures|terms))\s+(?:included?|includes|were|are|being)\s+/i

// Words that introduce a cause or a purpose.
const REASON = /\b(?:because(?: of)?|since|as a result of|due to|in order to|so that|so as to|for fear (?:of|that))\s+[^.;:]{6,200}/i

/** "Why ...?": the cause or purpose a passage gives, or nothing when none says why. */
export function reason(candidates: readonly Candidate[]): Extraction | null {
  for (const c of candidates.slice(0, 3)) {
    const m = REASON.exec(c.sentence.text)
    if (!m) continue
    const text = m[0].replace(/[\s,]+$/, '')
    return { answer: capitalise(text), sources: [{ candidate: c, focus: absolute(c, { start: m.index, end: m.index + text.length }) }] }
  }
  return null
}

/**
 * A yes/no question is answered with what the articles say, not with a yes or
 * no the extraction cannot vouch for: the sentence that covers it best.
 */
export function statement(candidates: readonly Candidate[]): Extraction | null {
  const c = candidates[0]
  if (!c || c.coverage < 0.8) return null
  return { answer: `The articles say: ${c.sentence.text}`, sources: [{ candidate: c, focus: c.sentence }] }
}
