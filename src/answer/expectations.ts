/**
 * Questions about what someone expected ("how long did Lind think it would
 * last?") and the words with which a sentence tells of an expectation.
 */

// A question about what someone thought would happen, and the words with which a sentence tells of an expectation.
export const EXPECTED =
  /\b(?:think|thought|expect(?:ed)?|believe[ds]?|predict(?:ed)?|reckon(?:ed)?|estimate[ds]?|hope[ds]?|plan(?:ned)?|intend(?:ed)?|guess(?:ed)?)\b.*\b(?:would|will|to|could|might)\b/
// Modal verbs in lower case only: "May" is a month. "Said" alone tells what was reported, not what was expected.
const FORESEEN =
  /\b(?:would|will|could|might|may|should|[Ee]xpect(?:s|ed|ing|ation)?|[Pp]redict\w*|[Pp]lan(?:s|ned|ning)?|[Bb]eliev\w*|[Tt]hink\w*|[Tt]hought|[Ee]stimat\w*|[Ss]chedul\w*|due to|[Hh]op(?:e|es|ed|ing)|[Ii]ntend\w*|[Ff]orecast\w*|[Aa]nticipat\w*|[Rr]eckon\w*|[Ll]ikely)\b/
// How far before a find the word of expecting may stand ("Lind said the mission could last several weeks").
const FORESEEN_REACH = 80
// Words that turn from what was expected to what came to pass ("had expected a short mission, but it lasted …").
const TURN = /\b(?:but|however|yet|instead|in the end|in fact|eventually)\b/i

/** True when a word of expecting stands just before the find (or in it), with no turn to what happened between. */
export function foreseen(text: string, found: { start: number; end: number }): boolean {
  const from = Math.max(0, found.start - FORESEEN_REACH)
  const window = text.slice(from, found.end + 20)
  const words = [...window.matchAll(new RegExp(FORESEEN.source, 'g'))]
  return words.some((m) => from + m.index >= found.start || !TURN.test(text.slice(from + m.index, found.start)))
}

/** A question of what happened ("when did they leave", "what day did they leave"), not of what was planned, expected or said to happen. */
export const PAST_ASKED =
  /^(?:when|(?:on )?(?:what|which) (?:day|date)) (?:did|was|were|had)\b(?!.*\b(?:due|supposed|meant|scheduled|set to|planned|expected|say|said|announce|announced|tell|told|promise|promised|claim|claimed|think|thought|give|gave|given|set)\b)(?!(?<=(?:when|day|date) (?:was|were))[^?]*?\bto (?!the\b|an?\b)[a-z]+)/

// Words of a plan or an expectation: "will leave", "were to leave", "is due to end", "scheduled for".
const PLAN_WORDS =
  /\b(?:will|would|shall|is to|are to|was to|were to|(?:is|are|was|were) (?:due|set|scheduled|expected|supposed|meant|planned) to|due to|scheduled|plans? to|intends? to)\b/i
// "as planned", "earlier than planned": a deed done, told beside its plan.
const DONE_AS_PLANNED = /\b(?:as|than) (?:planned|scheduled|expected|promised|agreed|foreseen)\b/i
// Where a day's own clause begins or ends.
const CLAUSE_BREAK = /[,;:.]|\b(?:and|but|while|although|though|whereas)\b/gi

/**
 * True when the day at `start`–`end` of `text` is one its own clause tells as
 * planned or expected ("will leave on March 14", "were to leave on March 14,
 * but stayed"), not as done ("left on March 17 and will be replaced", "left on
 * March 14 as planned").
 */
export function plannedAt(text: string, start: number, end: number): boolean {
  // A day before the sentence (its heading's, see section-days.ts) is told as the whole sentence tells its deed.
  if (start < 0) return toldAsPlan(text)
  const before = text.slice(Math.max(0, start - 60), start)
  // "would fly the Armenian, Tajik and Belarusian units home today": a list of names goes on in its clause.
  const inList = (m: RegExpExecArray) =>
    /^(?:,|and|or)$/i.test(m[0]) && /\p{Lu}[\p{L}'’-]*$/u.test(before.slice(0, m.index).trimEnd()) && /^\s*\p{Lu}/u.test(before.slice(m.index + m[0].length))
  const from = Math.max(0, ...[...before.matchAll(CLAUSE_BREAK)].filter((m) => !inList(m)).map((m) => m.index + m[0].length))
  const after = text.slice(end, end + 60)
  const stop = after.search(new RegExp(CLAUSE_BREAK.source, 'i'))
  const clause = `${before.slice(from)} ${stop < 0 ? after : after.slice(0, stop)}`
  return toldAsPlan(clause)
}

/** True when the words tell of a plan or an expectation ("will leave", "is due to end"), not of a deed done as planned. */
export const toldAsPlan = (words: string): boolean => PLAN_WORDS.test(words) && !DONE_AS_PLANNED.test(words)

/** True when a day stands in a wire story's dateline ("LENZ, March 20 (Wire) -"): the report's day, no deed's. */
/**
 * "UPDATE, Jan 20: the ministry said the withdrawal was complete": the day a note was added to a story, which dates
 * the note, not what it reports.
 */
export const inUpdateStamp = (text: string, start: number): boolean =>
  start >= 0 && /^\s*(?:update[sd]?|correction|editor['’]s note)\s*[,:]?\s*$/i.test(text.slice(0, start)) && /^[^.:]{0,20}:/.test(text.slice(start))

export const inDateline = (text: string, start: number): boolean =>
  start >= 0 && /^\s*\p{Lu}[\p{Lu}\s.'’-]+(?:,\s*[\p{L}\s]+)?,\s*$/u.test(text.slice(0, start))

/**
 * For a question of what happened, sets aside the days only planned or
 * expected ("will leave on March 14") where another find is a different day
 * told as done ("left on March 16"): a plan is no rival to the deed. Marks them
 * misfits; a plan of the day a deed is told on stays, as a report of it. A
 * dateline's day is told as nothing.
 */
export function plansAside(
  question: string,
  finds: readonly { candidate: { sentence: { text: string } }; found: { start: number; end: number; key: string; misfit?: boolean } }[],
): void {
  if (!PAST_ASKED.test(question)) return
  const planned = (s: (typeof finds)[number]) => plannedAt(s.candidate.sentence.text, s.found.start, s.found.end)
  const done = new Set(finds.filter((s) => !s.found.misfit && !planned(s) && !inDateline(s.candidate.sentence.text, s.found.start)).map((s) => s.found.key))
  if (done.size === 0) return
  for (const s of finds) if (!done.has(s.found.key) && planned(s)) s.found.misfit = true
}
