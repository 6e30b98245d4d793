import { canonicalTerm, countryOf, isVerbLemma, lemmaOf, tokenize } from '../text/index.ts'
import { conceptMatch } from '../search/index.ts'
import { findMentions } from './entities.ts'
import { ROLE_WORD, ROLE_WORD_GLOBAL } from './question.ts'
import { asksSuccessor, predecessorWord } from './succession.ts'
import { rankOfPost } from './question-parts.ts'
import { doneByPost } from './force-posts.ts'
import type { QuestionAnalysis } from './types.ts'
import { plainWord, termsOf, type ExtractionContext } from './context.ts'

/**
 * How well a person's roles fit a question about a post ("who is the
 * secretary general of the alliance"), and the role an answer names.
 */

/**
 * How well a person's roles fit the question: `null` when the question names
 * something (a country, an organisation) that neither the roles nor the words
 * just before the name ("Russian President ...") mention; otherwise a bonus for each question word the roles share, and
 * a penalty for a "former" post the question does not ask about.
 */
export function roleFit(ctx: ExtractionContext, before: string, roles: readonly string[], title: string, passage: ReadonlySet<string>): number | null {
  // "the general running the force" asks for an officer: a secretary general holds no rank.
  const rank = RANK_GENERAL.test(ctx.question.text) && !CIVIL_GENERAL.test(ctx.question.text)
  const civil = (text: string) => (rank ? text.replace(CIVIL_GENERAL_GLOBAL, '$1') : text)
  // "which general ordered the arrests": one called no general at all is no answer (a director general is a misfit, see postMisfit).
  if (asksOfficer(ctx.question) && !/\bgeneral\b/i.test(`${before} ${roles.join(' ')}`)) return null
  const roleTerms = termsOf(ctx, civil(roles.join(' ')))
  const { posts, qualifiers, acronyms, followed } = askedPost(ctx)
  // "the alliance's secretary general": the organisation its article calls the alliance; of two named around it, neither.
  const bodies = ORGANISATION_DESCRIPTION.test(`${before} ${roles.join(' ')}`) ? [...passage].filter((t) => acronyms.has(t) && !countryOf(t.toUpperCase())) : []
  if (bodies.length === 1) roleTerms.add(bodies[0]!)
  else if (bodies.length > 1 && ctx.concepts.some((c) => c.named)) return null
  const sentenceTerms = termsOf(ctx, civil(before))
  const titleTerms = termsOf(ctx, title)
  // "Ukraine's President Zelensky" holds a post of another country than the one asked about.
  const elsewhere = [...findMentions(`${before} ${roles.join(' ')}`)].some(
    (m) => m.type === 'country' && !ctx.concepts.some((c) => c.named && conceptMatch(c, termsOf(ctx, m.text)) > 0),
  )
  // A headline names the country a bare post is of ("Kazakhs vote …" over "the new prime minister"); an organisation
  // only when the post is one an organisation has: a story about an alliance names the presidents of its members,
  // none of them the alliance's, and its secretary general, who is.
  // "Who is the deputy defence minister?": the word that says which minister must be in a post the person holds (a
  // former post says nothing of it: "Sara Nyl, a former finance minister, was approved as prime minister").
  const holdsPost = roles.some((r) => !PAST_POST.test(r) && ROLE_WORD.test(r))
  const statePost = STATE_POST.test(roles.join(' '))
  const doneTo = doneByPost(ctx.question.normalized).split(' ')
  for (const c of ctx.concepts) {
    if (followed !== undefined && c.asked === followed) continue
    // Only a question about a post ties the names it gives (not "tv") to the holder's role; the headline may say where the
    // post is ("Kazakhs vote ..." over "… as the new prime minister"), unless the role names elsewhere. "Who fired the
    // interior minister?" names the post of whom it was done to. "Boss" asks for any post of the named place ("defence boss").
    // "The general leading the csto peacekeepers": what the post's holder does the deed to is no body the post is of.
    const required =
      posts.size > 0 &&
      !ctx.question.subjectOf &&
      !doneTo.includes(c.asked ?? c.word) &&
      ((c.named && !plainWord(c, acronyms)) ||
        (qualifiers.has(c.asked ?? '') && holdsPost) ||
        (c.terms.some((t) => posts.has(t.term)) && !ANY_POST.test(c.asked ?? '')))
    const framed = c.named && !elsewhere && !(statePost && c.terms.some((t) => acronyms.has(t.term))) && conceptMatch(c, titleTerms) > 0
    if (required && conceptMatch(c, roleTerms) === 0 && conceptMatch(c, sentenceTerms) === 0 && !framed) return null
  }
  // "Who heads to the airport?" asks who travels there, not who is the head of something at the airport.
  const going = HEADS_FOR.test(ctx.question.normalized)
  const shared = ctx.concepts.filter((c) => conceptMatch(c, roleTerms) > 0 && !(going && /^head/.test(c.asked ?? c.word))).length
  const former = PAST_POST.test(roles.join(' ')) && !/\b(?:former|previous|outgoing|ex-|was|then)\b/i.test(ctx.question.text)
  // "who was commanding the troops": a role that is the doer of the question's deed ("the commander of the force")
  // says who does it, as one that only shares a name ("CSTO Secretary General") does not; of what the deed is done to
  // too ("commander of the peacekeeping forces" for commanding the troops): "head of the security service" heads no commission.
  const deed = ctx.concepts.find(
    (c) => !c.named && c.asked !== undefined && DEED_FORM.test(c.asked) && isVerbLemma(lemmaOf(c.asked)) && conceptMatch(c, roleTerms) > 0,
  )
  // All of it: "leader of the opposition in parliament" leads no opposition delegation; and the post itself, not a deputy's.
  const objects = ctx.concepts.filter((c) => c !== deed && !c.named)
  const doer =
    deed !== undefined &&
    objects.length > 0 &&
    objects.every((c) => conceptMatch(c, roleTerms) > 0) &&
    !/\b(?:deputy|vice|assistant|former|ex|then|retired|acting|interim)\b/i.test(roles.join(' '))
  return Math.min(0.3, shared * 0.1) + (doer ? DOER_ROLE : 0) - (former ? 0.2 : 0)
}

// A post held before, or being left: "former", "previous", "outgoing", "ex-", "then-".
const PAST_POST = /\b(?:former|previous|outgoing|ex-|then-)/i

// What a question asks of a post, read once per question (roleFit weighs every person of every passage): its post words'
// terms, the words saying which post ("defence minister"), the acronyms, and whom a newcomer followed ("after X").
type AskedPost = { posts: Set<string>; qualifiers: Set<string>; acronyms: Set<string>; followed: string | undefined }
const asked = new WeakMap<ExtractionContext, AskedPost>()
function askedPost(ctx: ExtractionContext): AskedPost {
  let read = asked.get(ctx)
  if (!read) {
    const words = [...ctx.question.text.toLowerCase().matchAll(QUALIFIED_POST)].map((m) => m[1]!)
    read = {
      posts: termsOf(ctx, (ctx.question.text.match(ROLE_WORD_GLOBAL) ?? []).join(' ')),
      qualifiers: new Set(words.filter((w) => !NOT_QUALIFIERS.has(w) && !/ed$/.test(w))),
      acronyms: new Set(ctx.lexicon.phrases.values()),
      followed: predecessorWord(ctx.question.normalized),
    }
    asked.set(ctx, read)
  }
  return read
}

/**
 * True when every role is a deputy's of the post the question names: a first
 * deputy prime minister is not who "was pm".
 *
 * @example
 * ```ts
 * deputyOfAsked(['First Deputy Prime Minister'], 'who was pm before the cabinet quit') // => true
 * deputyOfAsked(['the deputy prime minister who heads the committee'], 'who heads the committee') // => false
 * ```
 */
export function deputyOfAsked(roles: readonly string[], question: string): boolean {
  const posts = (question.replace(/\bpm\b/g, 'prime minister').match(ROLE_WORD_GLOBAL) ?? []).map((p) => p.toLowerCase())
  const deputyOf = (role: string) => DEPUTY_OF.exec(role)?.[1]?.toLowerCase() ?? ''
  return roles.length > 0 && posts.length > 0 && roles.every((r) => posts.some((p) => new RegExp(`^(?:[\\w-]+ )?${p}\\b`).test(deputyOf(r))))
}

/**
 * True when the roles are not of the post the question asks about: "who was the deputy mayor" is not answered by the
 * mayor (a rank the question gives the post, the role must give too), nor "the minister, not the deputy" by a deputy,
 * nor "who was pm" by a first deputy prime minister unless it asks who came in (a deputy steps in), nor "who
 * dismissed the prosecutor general" by the prosecutor general.
 *
 * @example
 * ```ts
 * postMisfit(['Mayor'], analyzeQuestion('who was the deputy mayor')) // => true
 * ```
 */
export function postMisfit(roles: readonly string[], question: QuestionAnalysis): boolean {
  const { rank, refused } = rankOfPost(question.text)
  const held = roles.join(' ').toLowerCase()
  return (
    (rank !== undefined && !held.includes(rank)) ||
    (refused !== undefined && held.includes(refused)) ||
    (rank === undefined && question.successor !== true && !asksSuccessor(question.normalized) && deputyOfAsked(roles, question.normalized)) ||
    holdsObjectPost(roles, question.normalized, question.subjectOf) ||
    holdsDoerPost(roles, question.normalized) ||
    civilGeneral(roles, question)
  )
}

// "which general …" asks for an officer: a civil "… general" (prosecutor, director; "general manager") holds no rank.
const civilGeneral = (roles: readonly string[], question: QuestionAnalysis) =>
  asksOfficer(question) && !/\bgeneral\b/i.test(roles.join(' ').replace(CIVIL_GENERAL_GLOBAL, '$1').replace(GENERAL_CIVIL, ''))
const asksOfficer = (question: Pick<QuestionAnalysis, 'text' | 'normalized'>) => !CIVIL_GENERAL.test(question.text) && WHICH_GENERAL.test(question.normalized)

/** "who did the mayor fire", "whom has the interior minister named": a post that does the question's deed. */
export const DOER_POST = new RegExp(
  String.raw`^(?:who|whom)\s+(?:did|does|do|has|have|had|will|would)\s+(?:the|a|an)\s+((?:[\w-]+\s+){0,2}?(?:${ROLE_WORD.source}))\s`,
  'i',
)

/**
 * True when a role is the post a question names as the doer of its deed: "who did the mayor fire" asks whom the mayor
 * fired, never the mayor ("mayor of Marrow"); a deputy of the post does not hold it.
 *
 * @example
 * ```ts
 * holdsDoerPost(['mayor of Marrow'], 'who did the mayor fire last month') // => true
 * holdsDoerPost(['deputy mayor'], 'who did the mayor fire last month')    // => false
 * ```
 */
export function holdsDoerPost(roles: readonly string[], question: string): boolean {
  // The post's holder may be written with what it is of: "mayor of Marrow".
  const holds = postTest(`doer ${question}`, () => DOER_POST.exec(question)?.[1], String.raw`(?:\s+of\b.*)?`)
  return holds !== null && roles.some((r) => holdsAsked(r, holds))
}

// A role holds the post asked, a deputy's only where a deputy's is asked ("who fired the mayor": not the deputy mayor).
const holdsAsked = (role: string, holds: RegExp) => holds.test(role.trim()) && (DEPUTY_OF.test(holds.source) || !DEPUTY_OF.test(role))

/**
 * True when a role is the post the question's verb was done to: "who dismissed the prosecutor general" is not
 * answered by the prosecutor general. Who came in ("who replaced the mayor") may hold the post too, so a question
 * about a succession is left alone; a deputy of the post does not hold it.
 *
 * @example
 * ```ts
 * holdsObjectPost(['Prosecutor General'], 'who dismissed the prosecutor general', 'dismissed') // => true
 * holdsObjectPost(['President'], 'who dismissed the prosecutor general', 'dismissed') // => false
 * ```
 */
export function holdsObjectPost(roles: readonly string[], question: string, verb: string | null): boolean {
  const holds = objectPost(question, verb)
  return holds !== null && roles.some((r) => holdsAsked(r, holds))
}

// The post the question's verb is done to, as a test of a role.
function objectPost(question: string, verb: string | null): RegExp | null {
  if (verb === null) return null
  return postTest(`object ${verb} ${question}`, () =>
    !isVerbLemma(lemmaOf(verb)) || asksSuccessor(question)
      ? undefined
      : new RegExp(String.raw`\b${verb}\s+(?:the\s+|a\s+|an\s+)?((?:[\w-]+\s+){0,2}?(?:${ROLE_WORD.source}))`, 'i').exec(question)?.[1],
  )
}

// A post a question names (`post` reads it), as a test of a role, built once per question: every person is tried against it.
const postTests = new Map<string, RegExp | null>()
function postTest(key: string, post: () => string | undefined, after = ''): RegExp | null {
  let holds = postTests.get(key)
  if (holds === undefined) {
    const words = post()
    holds = words === undefined ? null : new RegExp(String.raw`(?:^|\s)${words}${after}$`, 'i')
    if (postTests.size >= 256) postTests.clear()
    postTests.set(key, holds)
  }
  return holds
}

const DEPUTY_OF = /\b(?:deputy|vice|assistant)\s+(.*)$/i

export function withRole(name: string, roles: string[], ctx: ExtractionContext): string {
  // The role that shares most words with the question is the one the user asked about.
  const q = new Set(tokenize(ctx.question.text).map((t) => canonicalTerm(ctx.lexicon, t.word)))
  const scored = roles.map((r) => ({ r, n: tokenize(r).filter((t) => q.has(canonicalTerm(ctx.lexicon, t.word))).length }))
  const best = scored.sort((a, b) => b.n - a.n)[0]
  return best && best.n > 0 ? `${name}, ${best.r}` : name
}

const ANY_POST = /^boss(?:es)?$/
// The word before a post in a question ("the defence minister", "the museum's spokesperson"), and words that say nothing of it.
const QUALIFIED_POST = new RegExp(`\\b([a-z]+)(?:['’]s)?\\s+(?=${ROLE_WORD.source})`, 'g')
const NOT_QUALIFIERS = new Set(
  'the a an new current former acting interim caretaker outgoing incoming next deputy vice first top then ex its their his her our your that this who whos is was which what s and of became become becomes make made'.split(
    ' ',
  ),
)
// The posts of a state or a city, not of an alliance or a party.
const STATE_POST = /\b(?:president|prime minister|premier|chancellor|king|queen|minister|governor|mayor)\b/i

const HEADS_FOR = /\bhead(?:s|ed|ing)?\s+(?:to|for|towards?|back|home|off|out|into)\b/

// A verb's -ing or -ed form as the question asks it ("commanding", "headed"), and what a role that does it gains.
const DEED_FORM = /(?:ing|ed)$/
const DOER_ROLE = 0.15

const RANK_GENERAL = /\b(?:the|a|which|what)\s+general\b/i
// "which general …", "which russian general …": the question asks for one who holds the rank.
const WHICH_GENERAL = /^(?:which|what)\s+(?:[a-z-]+\s+)?general\b/i
// Civil posts named "… general", whose "general" is no military rank.
const CIVIL_GENERAL = /\b(secretary|attorney|prosecutor|director|governor|surgeon|consul|solicitor|inspector|auditor|postmaster)[\s-]+general\b/i
const CIVIL_GENERAL_GLOBAL = new RegExp(CIVIL_GENERAL.source, 'gi')
// Civil posts that open with "general": "general manager", "general counsel".
const GENERAL_CIVIL = /\bgeneral[\s-]+(?:manager|counsel|secretary|director|practitioner|assembly|staff)\b/gi
const ORGANISATION_DESCRIPTION = /\b(?:alliance|bloc|organi[sz]ation|pact|grouping)\b/u
