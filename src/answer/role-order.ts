/**
 * The order a person's roles are given in when someone asks who they are:
 * what the person does ("the head of the league's marine corps") before a bare
 * rank ("Colonel General"), and a rank said again in other words ("General",
 * "Colonel-General") once.
 */

// A post of something: "head of X", "X's commander", "the new prime minister".
const POST =
  /\b(?:of|for)\b|['’]s\b|\b(?:minister|president|chairman|chair|head|chief|commander|leader|secretary|spokes(?:man|woman|person)|director|mayor|governor|ambassador)\b/i

const fold = (role: string) =>
  role
    .toLowerCase()
    .replace(/^(?:the|a|an)\s+/, '')
    .replace(/[-\s]+/g, ' ')
    .trim()

/**
 * The roles to show, posts first, each once: a role whose words another shown
 * role holds ("General" beside "Colonel General") goes.
 *
 * @example
 * ```ts
 * describedRoles(['Colonel-General', 'General', 'the head of the Airborne Forces'])
 * // => ['the head of the Airborne Forces', 'Colonel-General']
 * ```
 */
export function describedRoles(roles: readonly string[]): string[] {
  const ordered = [...roles.filter((r) => POST.test(r)), ...roles.filter((r) => !POST.test(r))]
  const kept: string[] = []
  for (const role of ordered) {
    const f = fold(role)
    if (kept.some((k) => fold(k) === f)) continue
    // Of a role and one that holds it ("General", "Colonel General"), the fuller one says more; but a post held once
    // ("a former prime minister") never stands for the one held now ("Prime Minister").
    const absorbs = (other: string) => other !== role && fold(other) !== f && ` ${fold(other)} `.includes(` ${f} `) && FORMER.test(other) === FORMER.test(role)
    if (ordered.some(absorbs)) continue
    kept.push(role)
  }
  return kept
}

const EARLIER_POST_ASKED = /\b(?:before|previous(?:ly)?|prior|earlier|used to)\b/
const FORMER = /\b(?:former|ex-|previous|erstwhile|one-time|then)\b/i
// The roles a description gives.
const SHOWN = 3

/**
 * The roles a reply to `question` (normalised) gives, in {@link describedRoles}'
 * order; for "what job did X have before …", only those the articles mark as
 * held before ("former finance minister"), none if none is.
 *
 * @example
 * ```ts
 * rolesToShow(['the new prime minister', 'former finance minister'], 'what job did lask have before') // => ['former finance minister']
 * ```
 */
export function rolesToShow(roles: readonly string[], question: string): string[] {
  const earlier = EARLIER_POST_ASKED.test(question)
  return describedRoles(earlier ? roles.filter((r) => FORMER.test(r)) : roles).slice(0, SHOWN)
}
