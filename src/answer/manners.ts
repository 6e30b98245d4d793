import { foldText, stemWord, tokenize } from '../text/index.ts'
import { conceptMatch, type Concept } from '../search/index.ts'
import { termsOf, type Candidate, type Extraction, type ExtractionContext } from './context.ts'
import { SURE_OPEN, clause } from './open-answers.ts'
import { saidAfter } from './speech.ts'
import { clausesOf } from './clauses.ts'

/**
 * "How" questions whose answer is a way, not a clause: how someone travelled
 * ("by road", "in their own vehicles") and how a body voted ("69 voted in
 * favour and seven against"), told in the clause that names whom the question
 * asks of, after that name.
 */

// "How did the Kyrgyz troops get back home?": the subject, and a verb of going somewhere; not "come to power",
// "leave office", "go bankrupt", "get to the final", "get hurt", which no vehicle answers.
const ASKS_MEANS =
  /^how (?:did|do|does|will|would|are|were|was|is|had|have|has)\s+(.+?)\s+(?:get|go|travel|return|come|leave|arrive|fly|flee|escape|reach|cross|make (?:it|their way|his way|her way|its way)|getting|going|travell?ing|returning|coming|leaving|arriving)\b(?!\s+(?:to\s+)?(?:power|office|bankrupt|broke|rich|hurt|injured|elected|the job|the final|the top|court|war|away with|into (?:debt|trouble|politics))\b)/
// "How did parliament vote?"
const ASKS_VOTE = /^how (?:did|do|does|has|have|had|will|would)\s+(.+?)\s+vote\b/
// A way of travelling: "by road", "by Russian military aircraft", "on foot", "in their own vehicles", "aboard two ferries".
const MEANS =
  /\b(?:by\s+(?:[\w-]+\s+){0,3}?(?:road|air|rail|train|bus|coach|car|plane|planes|aircraft|sea|ship|boat|ferry|land|truck|lorry|helicopter|convoy|foot|flight)|on\s+foot|(?:in|aboard|on board|on)\s+(?:(?:their|its|his|her|the|a|an)\s+)?(?:own\s+)?(?:[\w-]+\s+){0,3}?(?:vehicles?|trucks?|lorries|buses|coach(?:es)?|planes?|aircraft|jets?|helicopters?|ships?|boats?|ferr(?:y|ies)|trains?|convoys?|cars?|vans?|flights?))\b/i
const MEANS_ALL = new RegExp(MEANS.source, 'gi')
// "Would leave on their own": a way too, where the clause gives no vehicle.
const ON_OWN = /\bon\s+(?:their|its|his|her)\s+own\b/i
// A tally: "69 voted in favor and seven against", "by 64 votes to 12", "unanimously".
const TALLY =
  /\b(?:(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+(?:(?:lawmakers|deputies|members|mps|senators|votes?)\s+)?(?:voted\s+)?(?:in favou?r|for)\b[^.;]{0,40}?\b(?:\d[\d,]*|[a-z]+)\s+(?:(?:voted\s+)?against|opposed)|by\s+\d[\d,]*\s+votes?\s+to\s+\d[\d,]*|unanimously)\b/i
// A second verb of the clause's subject, which the way after it is of.
const SECOND_VERB = /\s+and\s+(?:were|was|had|have|has|then|later|are|is)\b/i
// Going back, as against going there: "get back home" is not answered by how they came.
const RETURNING = /\b(?:back|home|return\w*|withdr\w*|left|leav\w*|depart\w*|pull\w* out)\b/i
// How many of the best passages are looked at.
const LOOKED_AT = 5

/** True for a "how did X get there" or "how did X vote" question, which {@link manner} answers. */
export const asksManner = (question: string): boolean => ASKS_MEANS.test(question) || ASKS_VOTE.test(question)

/**
 * The way the question asks for, from a clause of one of the best passages:
 * the first way after the subject's name in its clause ("wounded fighters left
 * by helicopter, civilians by bus" for the civilians); a tally may open the
 * clause after it ("…of lawmakers; 69 voted in favour …"). `null` where none says one.
 */
export function manner(ctx: ExtractionContext, candidates: readonly Candidate[]): Extraction | null {
  const q = ctx.question.normalized
  const vote = !ASKS_MEANS.test(q)
  const asked = (vote ? ASKS_VOTE : ASKS_MEANS).exec(q)
  const key = asked ? subjectOf(ctx, asked[1]!) : undefined
  if (!key) return null
  const subject = new Set(asked![1]!.split(/\s+/))
  for (const c of candidates.slice(0, LOOKED_AT)) {
    const parts = clausesOf(c.sentence.text)
    for (const [i, part] of parts.entries()) {
      const at = mention(ctx, key, part.text)
      if (at < 0 || (!vote && RETURNING.test(q) !== RETURNING.test(part.text))) continue
      // A person has no tally of their own: "how did Senator Reyes vote" is not answered by the chamber's.
      if (vote && ctx.people(c.article, c.sentence.index).some((p) => subject.has(foldText(p.person.name.split(/\s+/).at(-1)!)))) continue
      // The way of the subject's own verb: "escaped through emergency exits and were taken by ferry" took them by ferry
      // after they escaped.
      const after = part.text.slice(at).split(SECOND_VERB)[0]!
      // "…two-thirds of lawmakers; 69 voted in favour and seven against": the tally that opens the next clause.
      const next = vote ? parts[i + 1] : undefined
      const m = vote ? TALLY.exec(after) : (MEANS.exec(after) ?? ON_OWN.exec(after))
      const opening = !m && next ? TALLY.exec(next.text) : null
      const found = m ? { index: part.start + at + m.index, text: m[0] } : opening?.index === 0 ? { index: next!.start, text: opening[0] } : null
      // A way that says a word of the subject ("by coach" for "the coach of the football team") is another's.
      if (!found || (!vote && subjectWord(found.text, subject))) continue
      return {
        answer: found.text,
        sources: [{ candidate: c, focus: { start: c.sentence.start + found.index, end: c.sentence.start + found.index + found.text.length } }],
        sure: c.own >= SURE_OPEN && !c.missesName,
      }
    }
  }
  return null
}

/**
 * The subject's idea that tells it apart: a name, or else its rarest word ("the kyrgyz troops" is about the
 * Kyrgyz, not any troops).
 */
function subjectOf(ctx: ExtractionContext, subject: string): Concept | undefined {
  const words = new Set(subject.split(/\s+/))
  // A concept is the subject's where the subject says it, as typed ("kyrgz") or in any of its forms.
  const said = ctx.concepts.filter((k) => (k.asked !== undefined && words.has(k.asked)) || conceptMatch(k, termsOf(ctx, subject)) > 0)
  return said.find((k) => k.named) ?? said.toSorted((a, b) => b.weight - a.weight)[0]
}

/**
 * Where the clause names the subject as the one who went or voted: not as an owner ("the Tellan president's chief
 * of staff"), a speaker ("Vell said the evacuees …"), or inside a way ("the coaching staff" is no coach); -1 for nowhere.
 */
function mention(ctx: ExtractionContext, key: Concept, text: string): number {
  const ways = [...text.matchAll(MEANS_ALL)].map((m) => [m.index, m.index + m[0].length] as const)
  for (const t of tokenize(text)) {
    if (conceptMatch(key, termsOf(ctx, t.word)) === 0 || ways.some(([s, e]) => t.start >= s && t.end <= e)) continue
    const rest = text.slice(t.end)
    // "the Tellan president's chief of staff": the subject's phrase as an owner, a word or two on.
    if (/^(?:\s+[\p{L}-]+){0,2}['’]s?\s/u.test(rest) || saidAfter(rest.replace(/^(?:\s+\p{Lu}[\p{L}-]+)+/u, ''))) continue
    return t.end
  }
  return -1
}

/** True when a way says a word of the question's subject ("by coach" for "the coach of the team"). */
function subjectWord(way: string, subject: ReadonlySet<string>): boolean {
  const stems = new Set([...subject].map((w) => stemWord(w)).filter((w): w is string => w !== null))
  return tokenize(way).some((t) => stems.has(stemWord(t.word) ?? ''))
}

// "On January 6, …", "in 2019", "last week": a time, which tells when, not how.
const WHEN_FIRST =
  /^(?:(?:on|in|at|by|since|from|until|after|before)\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:morning|afternoon|evening|night|weekend)\b)|(?:last|next|this)\s+(?:week|month|year|night|weekend)\b|(?:yesterday|today|tomorrow)\b)/i

/**
 * "How did they get there?": the way a passage gives ({@link manner}); else,
 * for an open question, the words a sentence goes on with ({@link clause}),
 * never bet on where they open with a time ("On January 6, the first time in
 * its history …" says when, not how).
 */
export function wayOrClause(ctx: ExtractionContext, candidates: readonly Candidate[], open: boolean): Extraction | null {
  const asked = asksManner(ctx.question.normalized)
  const way = asked ? manner(ctx, candidates) : null
  if (way || !open) return way
  const rest = clause(ctx, candidates)
  return rest && asked && WHEN_FIRST.test(rest.answer) ? { ...rest, sure: false } : rest
}
