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

/** A question of what happened ("when did they leave"), not of what was planned or expected. */
export const PAST_ASKED = /^when (?:did|was|were|had)\b/

// A modal after a day in its clause: "on March 14 the marines will leave".
const PLAN_AFTER = /^[^;.,]{0,60}?\b(?:will|would|is to|are to|(?:is|are) due to)\b/

/**
 * For a question of what happened, sets aside the days only planned or
 * expected ("will leave on March 14") where another find is a different day
 * told as done ("left on March 16"): a plan is no rival to the deed. Marks them
 * misfits; a plan of the day a deed is told on stays, as a report of it.
 */
export function plansAside(
  question: string,
  finds: readonly { candidate: { sentence: { text: string } }; found: { start: number; end: number; key: string; misfit?: boolean } }[],
): void {
  if (!PAST_ASKED.test(question)) return
  const planned = (s: (typeof finds)[number]) => foreseen(s.candidate.sentence.text, s.found) || PLAN_AFTER.test(s.candidate.sentence.text.slice(s.found.end))
  const done = new Set(finds.filter((s) => !s.found.misfit && !planned(s)).map((s) => s.found.key))
  if (done.size === 0) return
  for (const s of finds) if (!done.has(s.found.key) && planned(s)) s.found.misfit = true
}
