/**
 * Shares a "what percent" question may be answered with: not the other side
 * of a vote ("what % voted yes" of "64% voting against it"), nor a change
 * ("support rose 12%"), which is no share of anyone.
 */

// The sides of a vote a question asks for, and those a sentence tells a share as.
const AGAINST = String.raw`against|oppos\w*|reject\w*|(?:vot\w*|said|say\w*)\s+no`
const ASKS_AGAINST = new RegExp(String.raw`\b(?:${AGAINST})\b`)
const ASKS_FOR = /\b(?:yes|for|in favou?r|back\w*|support\w*|approv\w*|endors\w*)\b/
const TOLD_AGAINST = new RegExp(String.raw`\b(?:${AGAINST}|no\s+votes?)\b`, 'i')
const ASKS_SIDE = /\b(?:yes|no)\b/
const TOLD_FOR = /\b(?:yes|in favou?r|for\s+(?:it|the|yes)|back\w*|support\w*|approv\w*|endors\w*)\b/i

/**
 * True when the question asks one side of a vote and the sentence tells the
 * share at `end` as the other, in the words after it up to the next figure
 * ("77% voted yes and 19% voted no").
 *
 * @example
 * ```ts
 * otherSideOfVote('what % voted yes', 'Voters rejected it, with 64% voting against it.', 25, 28) // => true
 * ```
 */
export function otherSideOfVote(question: string, text: string, start: number, end: number): boolean {
  const asked = ASKS_AGAINST.test(question) ? 'against' : ASKS_FOR.test(question) ? 'for' : null
  if (asked === null) return false
  const told = text.slice(end).split(/\d/)[0]!.slice(0, 80)
  const against = TOLD_AGAINST.test(told)
  const inFavour = TOLD_FOR.test(told)
  // "what % voted yes" of "the Greens won 14 seats, with 27% of the vote": a party's share, on no side of a question
  // put ("approved by 55% of the ballots" is the yes side).
  const lead = text.slice(Math.max(0, start - 40), start)
  const sided = against || inFavour || TOLD_FOR.test(lead) || TOLD_AGAINST.test(lead)
  if (ASKS_SIDE.test(question) && !sided && OF_THE_VOTE.test(told)) return true
  return against !== inFavour && (against ? 'against' : 'for') !== asked
}

// "rose 12%", "fell 6% from", "up 3%": a change, told before the figure or after it.
// Not "made up 5% of the ballots".
const CHANGE_BEFORE =
  /\b(?:rose|fell|grew|dropped|climbed|declined|increased|decreased|jumped|slipped|gained|lost|(?<!\bma(?:de|ke|kes|king)\s+)up|down)\s+(?:by\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+)?$/i
const CHANGE_AFTER = /^\s*(?:compared with|compared to|from a|from the|on the year|year[- ]on[- ]year)\b/i
const ASKS_CHANGE = /\b(?:rise|rose|risen|fall|fell|fallen|grow|grew|drop|increase|decrease|jump|change|up|down|more|less)\w*\b/

/**
 * True when a "what percent" question that asks no change is given a figure
 * the sentence tells as a change ("support for the cut rose 12% compared with
 * 2016"): a change is no share.
 */
export function changeNotShare(question: string, text: string, start: number, end: number): boolean {
  if (ASKS_CHANGE.test(question)) return false
  return CHANGE_BEFORE.test(text.slice(Math.max(0, start - 30), start)) || CHANGE_AFTER.test(text.slice(end, end + 30))
}

// A share told as turnout: "on a turnout of 68%", "turnout was 66%", "68% of voters turned out".
const TURNOUT_BEFORE =
  /\bturnout\s+(?:was|of|at|stood at|reached|came to|is)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|just\s+)?(?:over\s+|under\s+|above\s+|below\s+)?$/i
const TURNOUT_AFTER = /^[^,;.\d]{0,40}\b(?:turnout|turned out)\b/i

/**
 * True when a sentence that tells of turnout gives a share as one thing and the question asks the other: "what %
 * voted yes" is not answered by "on a turnout of 68%", nor "what was turnout" by "77% voted yes".
 *
 * @example
 * ```ts
 * turnoutMismatch('what % said yes', '77% voted yes, on a turnout of 68%.', 31, 34) // => true
 * ```
 */
export function turnoutMismatch(question: string, text: string, start: number, end: number): boolean {
  const asksTurnout = /\bturnout\b|\bturned out\b/.test(question)
  // "won 14 seats, with 27% of the vote": a party's share, whatever else the sentence tells.
  if (asksTurnout && OF_THE_VOTE.test(text.slice(end))) return true
  if (!/\bturn(?:out|ed out)\b/i.test(text)) return false
  const told = TURNOUT_BEFORE.test(text.slice(Math.max(0, start - 40), start)) || TURNOUT_AFTER.test(text.slice(end))
  return told !== asksTurnout
}
const OF_THE_VOTE = /^\s*of\s+(?:the\s+)?(?:votes?|ballots?|seats)\b/i

/**
 * True when the question names a year ("turnout at the 2019 referendum") that the sentence writes beside another
 * figure than this one ("Turnout was 58.3%, down from 71% at the 2019 referendum"): this figure is of another time.
 */
export function otherYearsFigure(question: string, text: string, start: number, end: number): boolean {
  const year = /\b(?:19|20)\d\d\b/.exec(question)?.[0]
  if (year === undefined || !text.includes(year)) return false
  const after = text.slice(end, end + YEAR_REACH)
  const before = text.slice(Math.max(0, start - YEAR_REACH), start)
  const nearAfter = after.includes(year) && !/\d/.test(after.slice(0, after.indexOf(year)))
  const nearBefore = before.includes(year) && !/\d/.test(before.slice(before.lastIndexOf(year) + 4))
  return !nearAfter && !nearBefore
}
const YEAR_REACH = 45

/**
 * True when the question asks a share of one thing ("what share of seats") and the sentence gives this share of
 * another ("with 27% of the vote"): both name what the share is of, and not the same.
 *
 * @example
 * ```ts
 * otherBase('what share of seats did they win', 'They won 14 seats, with 27% of the vote.', 29) // => true
 * ```
 */
export function otherBase(question: string, text: string, end: number): boolean {
  const asked = ASKED_BASE.exec(question)?.[1]
  const told = TOLD_BASE.exec(text.slice(end))?.[1]?.toLowerCase()
  return asked !== undefined && told !== undefined && stem(asked) !== stem(told)
}
const ASKED_BASE = /\b(?:share|percent(?:age)?|proportion|%)\s+of\s+(?:the\s+)?(seats?|votes?|ballots?|voters?)\b/
const TOLD_BASE = /^\s*of\s+(?:the\s+)?(?:\w+\s+)?(seats?|votes?|ballots?|voters?)\b/i
// A ballot is a vote, a voter casts one.
const stem = (word: string) => word.replace(/s$/, '').replace(/^(?:ballot|voter)$/, 'vote')

// "An exit poll gives Koss 51%", "a survey found 48% …": what a poll or a projection says, before the count.
const POLL_BEFORE = /\b(?:exit polls?|opinion polls?|an? poll|the poll|surveys?|projections?|forecasts?)\b[^.;]{0,50}$/i
const ASKS_POLL = /\b(?:poll|polls|survey|projection|forecast|predicted|expected)\b/

/**
 * True when a "what percent" question that asks no poll is given a share a poll or a projection told ("An exit
 * poll gives Koss 51%"), not the result counted ("with 90% of ballots counted, Koss leads with 52.6%").
 */
export function pollOnly(question: string, text: string, start: number): boolean {
  return !ASKS_POLL.test(question) && POLL_BEFORE.test(text.slice(Math.max(0, start - 60), start))
}
