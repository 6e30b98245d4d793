import { absolute, type Candidate, type Extraction } from './context.ts'
import { MAX_GAP, SURE_OWN, type Found } from './choose.ts'

/**
 * "Which countries ...?": the list in the sentence that says the question
 * best ("Russia, Belarus and Armenia are contributing" under "Who sent
 * soldiers?"), each item cited there. Lists are not merged across sentences:
 * the members of an alliance and the countries that sent troops are two lists.
 */
export function gather(candidates: readonly Candidate[], find: (c: Candidate) => Found[], membership: boolean, question = ''): Extraction | null {
  // "Which countries sent soldiers besides Russia?": the rest, beside the one the question sets apart.
  const besides = BESIDES.exec(question)?.[1]
  const lists: { c: Candidate; found: Found[]; says: number; keys: Set<string>; aside: boolean }[] = []
  for (const c of candidates) {
    const found = find(c)
    if (!enumerates(c.sentence.text, found)) continue
    // "The CSTO, which groups Russia, Belarus, ...": a list in a clause that describes something else is no answer
    // to what the question's verb asks, where a list the sentence is about ("Russia, Belarus ... are contributing") is.
    const aside = ASIDE.test(c.sentence.text.slice(0, found[0]!.start))
    lists.push({ c, found, aside, says: c.own - (aside ? ASIDE_COST : 0), keys: new Set(found.map((f) => f.key)) })
  }
  const top = lists.reduce<(typeof lists)[number] | null>((a, l) => (!a || l.says > a.says || (l.says === a.says && l.c.rank > a.c.rank) ? l : a), null)
  if (!top) return null
  // "with contingents from Belarus and Armenia" beside "Contingents came from Russia, Belarus and Armenia": a list that
  // holds every country of the best one and more, said as plainly, is the whole of what the best one gives part of.
  // A best list told as part of the answer ("no other country took part: Belarus and Armenia …") gives way further.
  const reach = partial(top.c.sentence.text, top.found) ? PARTIAL_REACH : FULLER_REACH
  const fuller = lists.filter((l) => l.says >= top.says - reach && l.keys.size > top.keys.size && [...top.keys].every((k) => l.keys.has(k)))
  const best = fuller.reduce<(typeof lists)[number] | null>((a, l) => (!a || l.says > a.says ? l : a), null) ?? top
  const items = new Map<string, string>()
  // Not a country named after the list in another clause: "… fly the Armenian, Belarusian and Tajik soldiers home,
  // while the Kyrgyz … borders Kazakhstan" lists three countries, not the fourth it names in passing.
  const run = longestRun(best.c.sentence.text, best.found)
  const runEnd = run.at(-1)!.end
  const found = best.found.filter((f) => f.start < runEnd || !OTHER_CLAUSE.test(best.c.sentence.text.slice(runEnd, f.start)))
  for (const f of found) if (!items.has(f.key)) items.set(f.key, f.text)
  const { c } = best
  return {
    answer: joinList([...items.values()]),
    sources: [{ candidate: c, focus: absolute(c, { start: found[0]!.start, end: found.at(-1)!.end }) }],
    // "Norway and Denmark also sent ships", "... have sent much smaller flotillas": a list set beside others the
    // sentence does not name is part of the answer only (said around the list, not anywhere in the sentence).
    // "The CSTO, which groups Russia, …, began flying in troops": who belongs, not who sent them, unless membership is asked.
    sure:
      c.own >= SURE_OWN &&
      c.gap < MAX_GAP &&
      !c.missesName &&
      (!best.aside || membership) &&
      (!partial(c.sentence.text, found) || setApart(c.sentence.text, found[0]!.start, besides)),
  }
}

/** True when the words around a list tell it as part of the answer ("also", "smaller", "no other country … :"). */
const partial = (text: string, found: readonly Found[]) =>
  PARTIAL.test(text.slice(Math.max(0, found[0]!.start - 30), found.at(-1)!.end + 50)) ||
  OTHERS_BEFORE.test(text.slice(Math.max(0, found[0]!.start - 30), found[0]!.start))
// "no other country took part: Belarus, …": the others, before the first of the list ("Russia and the other members:
// Armenia, …" names the first in it).
const OTHERS_BEFORE =
  /\b(?:no|the|any)\s+other\s+(?:countr(?:y|ies)|nations?|states?|members?|allies|contributors?|participants?|one|governments?)\b|\b(?:no one|nobody|anyone|anybody) else\b/i

const PARTIAL =
  /\b(?:also|too|as well|smaller|larger|fewer|alongside|along with|together with|besides|in addition to|including|with (?:contingents|units|troops|soldiers|forces|detachments) from)\b/i

/** The words a question sets something apart with: "besides Russia", "other than", "apart from", "except". */
export const SETS_APART = String.raw`\b(?:besides|other th[ae]n|apart from|aside from|except(?: for)?)`
const BESIDES = new RegExp(String.raw`${SETS_APART}\s+(?:the\s+)?([a-z][\w-]*)`)
// "Russia supplied the great majority; Belarus, Armenia ... sent smaller units": a list told as smaller than the one
// the question sets apart, which the sentence names before it, is the rest of those that did it.
const setApart = (text: string, listStart: number, besides: string | undefined) =>
  besides !== undefined && new RegExp(`\\b${besides}`, 'i').test(text.slice(0, listStart))

// "which groups", and every member of a body in brackets ("the six-member bloc (Russia, …)").
const ASIDE = /\b(?:which|that|who|whose)\s+(?:\w+\s+){0,2}$|\b\w+-member\s+(?:bloc|alliance|organi[sz]ation|grouping|group|union|pact)\s*\(\s*$/
/** "Which countries are members of / are in / make up …": a question about who belongs. */
export const asksMembership = (question: string): boolean => MEMBERSHIP.test(question)
const MEMBERSHIP = /\b(?:members?|membership|belong\w*|in the|part of|make up|made up|consist\w*|join\w*|compris\w*|groups?)\b/
const ASIDE_COST = 0.15
// How much less of the question a fuller list's sentence may say: less than an aside costs, so a list of members in
// passing never stands in for the list of those who did the deed.
const FULLER_REACH = 0.1
// How much less a fuller list's sentence may say where the best list is told as only part of the answer.
const PARTIAL_REACH = 0.3

const OTHER_CLAUSE = /;|,\s*(?:while|whereas|but|because|as|since|although|though|when|after|before|which|who)\b|\b(?:because|while|whereas)\b/
const LIST_JOIN = /^\s*(?:,|and|or|, and|&|[–—/-])\s*(?:the\s+)?$/
/** True when two of the things found stand side by side in an enumeration ("Armenia, Belarus and Kyrgyzstan"). */
function enumerates(text: string, found: readonly Found[]): boolean {
  const sorted = [...found].sort((a, b) => a.start - b.start)
  return sorted.some((f, i) => i > 0 && f.key !== sorted[i - 1]!.key && LIST_JOIN.test(text.slice(sorted[i - 1]!.end, f.start)))
}

/** The longest run of finds that stand side by side in an enumeration, in the order written. */
function longestRun(text: string, found: readonly Found[]): Found[] {
  const sorted = [...found].sort((a, b) => a.start - b.start)
  let best: Found[] = []
  let run: Found[] = []
  for (const f of sorted) {
    const prev = run.at(-1)
    run = prev && (f.key === prev.key || LIST_JOIN.test(text.slice(prev.end, f.start))) ? [...run, f] : [f]
    if (run.length > best.length) best = run
  }
  return best
}

/** "a, b and c". */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
}
