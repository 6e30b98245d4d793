import { MAX_GAP, type Scored } from './choose.ts'
import { numberPart } from './counts.ts'
import { askedSide, sideOf } from './changes.ts'
import { askedSource } from './sources.ts'
import type { Extraction } from './context.ts'
import type { QuestionAnalysis } from './question.ts'

/**
 * Which of several reports of a figure a "how many" question is answered by:
 * the latest report's for "in the end" or "so far", the one marked as earlier for "before
 * it was revised", and never one a passage marks as replaced or taken back.
 */

/**
 * Marks as misfits, or drops from `scored`, the figures that are reports on the
 * way to the one the question asks for.
 *
 * @example
 * ```ts
 * keepReports(analyzeQuestion('how many died in the end'), scored) // a figure from an older article is a misfit
 * ```
 */
export function keepReports(question: QuestionAnalysis, scored: Scored[]): void {
  // "How many died in the end?": the final figure is the latest report's; one from an article older than another
  // that gives a figure for the whole question is a count on the way.
  if (FINAL.test(question.normalized)) {
    // A report is of the thing asked ("18 years" for how long): "a two-time prime minister" in a later story is none.
    const plain = scored.filter((s) => s.candidate.gap < MAX_GAP && !s.found.misfit)
    const fitting = plain.filter((s) => (s.found.bonus ?? 0) > 0)
    const reports = (fitting.length ? fitting : plain).map((s) => s.candidate.article.date ?? '')
    const latest = reports.reduce((a, d) => (d > a ? d : a), '')
    // An undated page's figure is as late as the latest dated one only where its sentence says it is a final or a
    // raised figure ("raised the death toll to 225"); "at least 164 were killed" may be any count on the way.
    for (const s of scored) {
      const date = s.candidate.article.date
      const around = s.candidate.sentence.text.slice(Math.max(0, s.found.start - 60), s.found.end + 30)
      if (date ? date < latest : latest !== '' && !LATER_FIGURE.test(around)) s.found = { ...s.found, misfit: true }
    }
  }
  // "What was the toll before it was revised?": only a figure its sentence marks as the earlier one ("the previous
  // figure of 164", "up from 164") answers; the one that replaced it does not. Any other question is not answered by
  // a figure one passage marks as replaced, wherever another gives it ("At least 40 died" beside "52, up from the
  // previous figure of 40"). Such figures are no candidates at all, not merely unsure ones.
  const earlier = EARLIER.test(question.normalized)
  // "What did it cost before?": a figure marked as the one replaced is the one asked for, not one to drop.
  const before = askedSide(question.normalized) === 'before'
  // A mark is a figure's only with no other figure between them: "went up from 40 to 65" marks 40, not 65.
  const markedBy = (mark: RegExp, s: Scored) => {
    const lead = s.candidate.sentence.text.slice(Math.max(0, s.found.start - MARK_REACH), s.found.start)
    const last = [...lead.matchAll(mark)].at(-1)
    return last !== undefined && !/\d/.test(lead.slice(last.index + last[0].length))
  }
  // "164 deaths, then withdrew the figure", "the 164 figure was published by mistake": taken back, so replaced too.
  const withdrawn = (s: Scored) => WITHDRAWN.test(s.candidate.sentence.text.slice(s.found.end, s.found.end + WITHDRAWN_REACH))
  const replaced = new Set(scored.filter((s) => markedBy(REPLACED_MARKS, s) || withdrawn(s)).map((s) => numberPart(s.found.text)))
  // "What was the toll before it was revised?": a figure the sentence tells as the old side of a change is an earlier one too.
  const old = (s: Scored) => sideOf(s.candidate.sentence.text, s.found.start, s.found.end) === 'old'
  const kept = scored.filter((s) => (earlier ? markedBy(EARLIER_MARKS, s) || withdrawn(s) || old(s) : before || !replaced.has(numberPart(s.found.text))))
  scored.splice(0, scored.length, ...kept)
}

// Words, near a figure, that make it a later report than others ("raised the toll to 225"); in lower case: "Rose" is a name.
const LATER_FIGURE = /\b(?:final|latest|revised|raised|rose|risen|updated|now stands|stood at|in the end|eventually|ultimately|all told)\b/
const FINAL = /\b(?:in the end|final|finally|eventually|ultimately|all told|by the end|latest|current|currently|so far|to date|now|updated)\b/
const EARLIER =
  /\b(?:before (?:it|they|the|that|this)\b.*\b(?:revis|chang|rais|updat|correct|walk|pull|withdr|retract|bump|increas|hik|boost|jump|climb|lift|upp|low|cut|reduc)\w*|previous(?:ly)?|initial(?:ly)?|original(?:ly)?|earlier|earliest|first (?:official )?(?:figure|toll|count|number|tally|estimate))\b/
// Words that mark a figure as one a later one replaced; and, for a question that asks for the earlier one, as the first.
// ("the previous official figure of 164", "up from 164"; not "had earlier said 103 of the deaths were in Almaty").
const REPLACED_MARK =
  /\b(?:previous|prior|earlier|initial|original|old)\s+(?:[\w-]+\s+)?(?:figure|count|toll|tally|number|estimate|total)\b|\b(?:up|down) from\b/i
const WITHDRAWN =
  /^[^.;]*?\b(?:then\s+(?:withdr[ae]w|retracted|pulled|deleted)|(?:was|were|had been|been)\s+(?:later\s+|then\s+|quickly\s+|soon\s+)?(?:withdrawn|retracted|pulled|deleted|taken down)|walked\s+(?:it\s+)?back|by mistake|in error|technical error)|^[^.]*?\b(?:the|that|this|a)\s+(?:[\w-]+\s+)?(?:figure|number|toll|count|tally|estimate)\s+(?:(?:was|were|has been|had been)\s+)?(?:later\s+|since\s+|then\s+)?(?:described|dismissed|called|branded|labell?ed)\s+as\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:error|mistake)/i
// How far after a figure the words that take it back may stand.
const WITHDRAWN_REACH = 90
const EARLIER_MARK = new RegExp(`${REPLACED_MARK.source}|\\b(?:initially|originally|first|earlier|previously)\\b`, 'i')
// The marks as found one after another in a sentence, the last before a figure being its own.
const REPLACED_MARKS = new RegExp(REPLACED_MARK.source, 'gi')
const EARLIER_MARKS = new RegExp(EARLIER_MARK.source, 'gi')
// How far before a figure the word marking it as the earlier one may stand ("the previous official figure of 164").
const MARK_REACH = 40

/**
 * True for a "how many" question that sets aside figures the passages count
 * against it, whatever their score: one of a side of a change ("before new
 * year") or of a source ("according to the prosecutors"). Such figures are no rivals.
 */
export function figuresAside(question: QuestionAnalysis): boolean {
  return question.kind === 'number' && (askedSide(question.normalized) !== null || askedSource(question.normalized) !== null)
}

/**
 * True when, for a question of a side of a change, a figure set aside comes from a sentence that says more of the
 * question than the chosen one's ("A night ticket will cost 3 euros" beside "A
 * day ticket costs 2.50 euros" for what a night ticket cost before): the passage
 * that is about the question gives no figure for it, so the other is no sure answer.
 */
export function outsaid(question: QuestionAnalysis, scored: readonly Scored[], chosen: Extraction): boolean {
  // A source's figure is told apart by who gave it, which the question's other words need not say.
  if (askedSide(question.normalized) === null) return false
  const own = chosen.sources[0]?.candidate.own ?? 0
  return scored.some((s) => s.found.misfit && s.candidate.own > own + OUTSAID)
}

// How much more of the question a set-aside figure's sentence must say to count.
const OUTSAID = 0.05
