/**
 * Who came into a post and who left it: the questions that ask for the new or
 * the previous holder, and what a sentence says of a name in a succession.
 */
import type { Found, Scored } from './choose.ts'
import { termsOf, type ExtractionContext } from './context.ts'
import { foldText } from '../text/index.ts'
import { ROLE_WORD, ROLE_WORD_GLOBAL } from './question.ts'

// "Who replaced X?", "who took over from X / X's job?", "who temporarily ran X": but "who took over the airport" asks
// who seized it. "Who runs the agency now that X is out?", "who took over the agency after X got the boot / left" ask
// who came after X; "who led the march after X left" does not.
const GONE = String.raw`(?:out|gone|fired|sacked|removed|dismissed|ousted|booted|axed|canned|kicked out|pushed out|forced out|let go|the (?:boot|axe?|sack|chop))`
const HOLDS = String.raw`t(?:ook|akes?|aken|aking) over|bec(?:ame|omes?)|(?:is |was |['’]s |got |been )?(?:running|put in charge|placed in charge|in charge)|r(?:uns|an)|heads|got (?:it|the (?:[\w-]+ )?(?:job|post|seat|chair))|took (?:it|the job)|(?:stood|stepped|filled|filling|standing) in|ended up`
const ASKS_SUCCESSOR = new RegExp(
  String.raw`\b(?:new\s+(?:[\w-]+\s+){0,2}?(?:${ROLE_WORD.source}|pm|fm|holder|guy|person|man|woman|job|post|role|seat|ceo|coach|manager|executive|envoy)\b|temporar(?:y|ily)|stand[-\s]?in|replac(?:e|ed|es|ing)|succe(?:ed|eded|eds|ssor)|t(?:ook|akes?|aken) over (?:from|as|[\w-]+(?:['’]s)? (?:job|post|role|position|seat|chair|office)))\b|\bnow that\b.*\b(?:is|was|are|were|got|has been)\s+(?:${GONE}|arrested|detained)\b|\b(?:after|once)\b.*\b(?:was|were|got|had been|has been)\s+${GONE}(?:$|\s|\b)|^who(?:['’]s|s)?\s+(?:${HOLDS})\b.*\b(?:after|once)\s+.*\b(?:left|quit|resigned|stepped down|stood down|retired|departed)\b|^who(?:['’]s|s)?\s+(?:was|is|became)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:${ROLE_WORD.source}|pm)\s+after\s+(?!(?:the|a|an|this|that|his|her|its|their)\b)\w`,
)
// "who was pm when the cabinet got pushed out": the one in the post as the government fell, not who came after; not
// "who was elected mayor when X was ousted", nor "who was mayor when the bridge fell".
const ASKS_PREDECESSOR =
  /\b(?:before|previous|previously|predecessor|preceded|prior)\b|^who was (?!(?:elected|appointed|named|chosen|picked|made|installed|sworn)\b).*\bwhen\b.*\b(?:cabinet|government|govt|regime|administration)\b.*\b(?:quit|resign(?:s|ed)?|pushed out|fired|sacked|removed|dismissed|ousted|fell|canned|booted)\b/
// "appoints Alikhan Smailov", "named first deputy prime minister Ivo Lask as": the find is who came in.
const APPOINTED =
  /\b(?:appoint(?:ed|s|ing)?|nam(?:ed|es|ing)|nominat(?:ed|es|ing)|approv(?:ed|es|ing)|install(?:ed|s|ing)|elect(?:ed|s|ing)|succeeded by|replaced by|in favou?r of)\s+(?:(?!and\b|but\b)[\p{L}-]+\s+){0,5}$/iu
// "accepted the resignation of Prime Minister Ivo Lask's government", "dismissed Lask", "Lask's cabinet quit": who went;
// "the late Ivan Kosh" is gone too.
// Only a title in capitals stands between the verb and the name ("sacked Finance Minister Ivo Lask"), so "resigned the
// president named Eva Sorn" and "replaced him with Eva Sorn" name nobody who went.
// The verbs of taking someone out of a post.
const REMOVING = String.raw`dismiss(?:ed|es|ing)|sack(?:ed|s|ing)|fir(?:ed|es|ing)|oust(?:ed|s|ing)|remov(?:ed|es|ing)|replac(?:ed|es|ing)`
const WENT_BEFORE = new RegExp(
  String.raw`\b(?:resignation of|dismissal of|removal of|${REMOVING}|succeed(?:ed|s|ing)|t(?:ook|akes?|aking|aken) over from)\s+(?:(?:the|its|his|her)\s+(?:cabinet|government)\s+of\s+)?(?:the\s+late\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$|\bthe\s+late\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$`,
  'u',
)
const WENT_AFTER =
  /^(?:['’]s?\s+(?:government|cabinet)\b)?(?:,[^,]{1,60},)?,?\s+(?:has\s+|had\s+)?(?:resigned|quit|stepped down|(?:was|will be|is to be|is being) (?:dismissed|sacked|fired|ousted|removed|replaced))\b/iu
/** True when the sentence tells of the find as the one who went: no answer to who the new holder is. */
export function departed(text: string, found: Found): boolean {
  const before = text.slice(Math.max(0, found.start - 80), found.start)
  return WENT_BEFORE.test(before) || WENT_POST_BEFORE.test(before) || WENT_AFTER.test(text.slice(found.end))
}
// "dismissed the city's police chief, Jan Brod,": the post set off before the name of who went.
const WENT_POST_BEFORE = new RegExp(String.raw`\b(?:${REMOVING})\s+(?:the|its|his|her|their)\s+[^,.;]{0,40}?\b(?:${ROLE_WORD.source}),\s+$`, 'i')
// "the new prime minister", "newly appointed": "new" of a post, not of anything ("a new social fund"); "the post went to",
// "handed the agency to"; but "the agency that replaced the KGB" tells of a thing.
const SUCCESSION = new RegExp(
  String.raw`\b(?:new\s+(?:[\w-]+\s+){0,2}?(?:${ROLE_WORD.source}|pm|head|chief|boss|government|cabinet|holder|job|post|role)|newly|appoint(?:ed|s|ing|ment)?|nam(?:ed|es|ing)|nominat(?:ed|es|ing|ion)|approv(?:ed|es|ing|al)|bec[ao]mes?|succe(?:ed(?:ed|s)?|ssor)|(?<!\b(?:that|which)\s+)replac(?:ed|es|ing)|sworn|elected|t(?:ook|akes|aken) (?:over|(?:the|his|her|their) (?:job|post|role|seat|office))|installed|chosen|confirmed as|(?:standing|filling|stepping) in|(?:place|post|seat|job|chair)\b[^.;]{0,60}?\b(?:was|were|has been|had been|is)\s+taken\s+by|took\s+(?:his|her|their)\s+place|in\s+(?:his|her|their)\s+place|(?:post|job|seat|chair|role|office|chairmanship|portfolio)\s+went\s+to|hand(?:ed|s|ing)?\s+(?:over\s+)?(?:the\s+(?:[\w-]+\s+){0,2}[\w-]+|it)\s+(?:over\s+)?to)\b`,
  'i',
)

/**
 * The word of the one a successor question says the newcomer followed ("who's the new energy minister after
 * mirzagaliyev" → `mirzagaliyev`), a name the newcomer's sentence need not say; `undefined` for none.
 */
export const predecessorWord = (question: string): string | undefined => (asksSuccessor(question) ? FOLLOWED.exec(question)?.[1] : undefined)
const FOLLOWED =
  /\b(?:after|replac(?:e|ed|es|ing)|succe(?:ed|eded|eds)|took over from|once|now that)\s+(?!(?:the|a|an|his|her|its|their|this|that|him|them|he|she|they)\b)([a-z][\w-]*?)(?:['’]s)?\b/

/** True when the question asks for whoever came into a post: "who replaced X?", "who's the new pm?". */
export const asksSuccessor = (question: string): boolean => ASKS_SUCCESSOR.test(question)

/**
 * True when the sentence tells of the find as the one who left the post the question asks about: "Hall resigned as
 * chairman of the party" left another post than the foreign ministry "who's the foreign minister" asks about.
 */
export function departedFrom(ctx: ExtractionContext, text: string, found: Found): boolean {
  // "Education Minister Lisa Berge becomes culture minister": she left the post unless the one she moves to is asked.
  const moved = MOVED_TO.exec(text.slice(found.end))?.[1]
  if (moved !== undefined)
    return !overlaps(termsOf(ctx, moved.replace(ROLE_WORD_GLOBAL, ' ')), termsOf(ctx, ctx.question.normalized.replace(ROLE_WORD_GLOBAL, ' ')))
  // "Latham, 54, previously ran the bureau's counter-terrorism directorate": he left that body, named by its last word.
  const ran = PREVIOUSLY_RAN.exec(text.slice(found.end))?.[1]
  if (ran !== undefined) return termsOf(ctx, ctx.question.normalized).has([...termsOf(ctx, ran.split(/\s+/).at(-1)!)][0] ?? '')
  if (!departed(text, found)) return false
  const post = LEFT_AS.exec(text.slice(found.end))?.[1]
  if (post === undefined) return true
  const asked = termsOf(ctx, ctx.question.normalized)
  return [...termsOf(ctx, post)].some((t) => asked.has(t))
}
const PREVIOUSLY_RAN = /^(?:,[^,]{1,60},)?\s+(?:previously|formerly|once|earlier)\s+(?:ran|headed|led|chaired|directed|commanded)\s+the\s+([^,.;]{3,80})/i
const MOVED_TO =
  /^(?:,[^,]{1,60},)?\s+(?:becomes|became|will become|moves to|moved to|is moving to|was moved to|switches to|switched to|shifts to)\s+(?:the\s+)?([^,.;]{3,60})/i
const overlaps = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].some((t) => b.has(t))

/**
 * True when the sentence tells of the find as who put another in a post or took someone out of one: "Falk replaced her
 * with Gries", "Tokayev removed Karim Masimov ... and put Ermek Sagimbayev ... in his place", "Lask handed the
 * presidency to Ivo Brand". No newcomer.
 */
export const appointer = (text: string, found: Found): boolean => REPLACES_WITH.test(text.slice(found.end)) || APPOINTER.test(text.slice(found.end))
const REPLACES_WITH = /^\s+(?:on\s+\w+\s+)?replaced\s+(?:him|her|them|(?:\p{Lu}[\p{L}'’-]+\s+){1,3})\s*with\b/u
const APPOINTER =
  /^\s+(?:(?:on|last|this)\s+\w+\s+|also\s+)?(?:removed|dismissed|fired|sacked|ousted|appointed|named|nominated|installed|put|handed\s+(?:over\s+)?(?:the|his|her|its|their)\s+(?:[\w-]+\s+){1,3}?(?:over\s+)?to)\s+(?:\p{Lu}|(?:him|her|them)\b)/u
// "… resigned as chairman of the party": the post left.
const LEFT_AS =
  /^[^.;]{0,80}?\b(?:resigned|quit|stepped down|dismissed|sacked|fired|ousted|removed|replaced)\s+(?:as|from)\s+(?:the\s+|its\s+|his\s+|her\s+)?([^,.;]{3,60})/i

/**
 * Sets every find of a name aside where `test` holds for any of them: what one sentence says of a person holds in all;
 * unless `unless` holds for one of them (one dismissed and then reinstated holds the post).
 */
export function asideByName(scored: readonly Scored[], test: (text: string, found: Found) => boolean, unless?: (text: string, found: Found) => boolean): void {
  const keys = new Set(scored.filter((s) => test(s.candidate.sentence.text, s.found)).map((s) => s.found.key))
  if (unless) for (const s of scored) if (unless(s.candidate.sentence.text, s.found)) keys.delete(s.found.key)
  for (const s of scored) if (keys.has(s.found.key)) s.found.misfit = true
}

/**
 * Sets aside every find of a name that a sentence anywhere in the corpus tells of as having left the post the question
 * asks about (`departedFrom`), unless one tells of the person as put back: "She replaces Mihail Dobrescu, who left the
 * government" in one article makes "Finance Minister Mihail Dobrescu" of another no answer to who is finance minister now.
 */
export function goneAnywhere(ctx: ExtractionContext, scored: readonly Scored[]): void {
  if (!ctx.naming) return
  const gone = new Set<string>()
  for (const key of new Set(scored.map((s) => s.found.key))) {
    let left = false
    let back = false
    for (const { article, sentence } of ctx.naming(key)) {
      const text = article.sentences[sentence]!.text
      for (const m of ctx.people(article, sentence)) {
        if (foldText(m.person.name.split(/\s+/).at(-1)!) !== key) continue
        const found = { text: m.text, start: m.start, end: m.end, key }
        left ||= departedFrom(ctx, text, found)
        back ||= reinstated(text, found)
      }
    }
    if (left && !back) gone.add(key)
  }
  for (const s of scored) if (gone.has(s.found.key)) s.found.misfit = true
}

/** True when the sentence tells of the find as put back into a post: "ordered the government to reinstate Olivia Brandt". */
export const reinstated = (text: string, found: Found): boolean => REINSTATED.test(text.slice(Math.max(0, found.start - 60), found.start))
const REINSTATED = /\b(?:reinstat(?:e|ed|es|ing)|restor(?:e|ed|es|ing)|returned)\s+(?:(?!and\b|but\b)[\p{L}-]+\s+){0,5}$/iu

/** True when the question asks who holds a post now: "who heads the agency?", "who's the defence minister?". */
export const asksCurrent = (question: string): boolean =>
  CURRENT.test(question) && !/\b(?:former|ex|then|old|previous|before|dismissed|fired|sacked|removed|ousted|resigned|quit|stepped|booted|out)\b/.test(question)
const CURRENT = /^who(?:\s+is|['’]s|s)\s+(?:the\s+)?(?:current\s+|new\s+)?[\w-]+|^who\s+(?:heads|leads|runs|chairs|commands)\b/

/** True when the question asks for whoever held a post before: "who was pm before the cabinet quit?". */
export const asksPredecessor = (question: string): boolean => ASKS_PREDECESSOR.test(question)

/** True when the sentence names the find as whom a post was given to ("named ... Ivo Lask"): who came in. */
export const appointed = (text: string, found: Found): boolean => APPOINTED.test(text.slice(Math.max(0, found.start - 60), found.start))

/**
 * True when the sentence names the find as appointed in someone's place ("named Smailov acting premier" beside
 * "the resignation of Mamin's government"): an appointment of years ago ("appointed Laine in 2019") is no such news.
 */
export const newcomer = (text: string, found: Found): boolean => appointed(text, found) && IN_PLACE.test(text)
const IN_PLACE = /\b(?:resign\w*|dismiss\w*|replac\w*|in place of|succeed\w*|ousted|sacked|fired|removed|stepped down|quit)\b/i

/** True when the sentence tells of someone coming into a post, so that it may name a successor. */
export const tellsOfSuccession = (text: string): boolean => SUCCESSION.test(text.replace(BODY_SUCCESSOR, ''))
// "the National Security Committee, the successor to the Soviet-era KGB": a body that followed another, no one's post.
const BODY_SUCCESSOR =
  /\bsuccessor\s+(?:to|of)\s+the\s+(?:[\p{L}-]+\s+){0,3}?(?:\p{Lu}{2,}\b|(?:agency|committee|service|organi[sz]ation|body|ministry|department|company|firm|bank|alliance)s?\b)(?!\s+(?:chair\w*|leader|head|president|minister|secretary|director|\p{Lu}))/u

/**
 * The finds of a sentence that may answer who came into a post (`wantsNew`): not one who put another in or took one
 * out ({@link appointer}); one the sentence tells came in ("installed Ermek Sagimbayev in his place", "the post went
 * to Yerlan Koshanov", "the new minister is Ruslan Zhaksylykov") fits better, and one told of as coming into another post
 * ("named Nora Bell as defence minister" for the finance minister) is no answer; nor, where the question names whom
 * the newcomer followed ("who replaced price"), is anyone in a sentence that tells only of another one leaving
 * ("Brooks replaced Owen Stark"). Unchanged for any other question.
 *
 * @example
 * ```ts
 * comers('Lask removed Hald and installed Ada Voss in his place.', finds, 'who replaced hald') // => Voss, fitting; not Lask
 * ```
 */
export function comers(text: string, finds: readonly Found[], question: string | null): Found[] {
  if (question === null) return [...finds]
  const went = finds.filter((f) => departed(text, f)).map((f) => f.key)
  const followed = predecessorWord(question)
  const another = followed !== undefined && went.length > 0 && !went.includes(followed) && !new RegExp(String.raw`\b${followed}\b`, 'i').test(text)
  return finds
    .filter((f) => !appointer(text, f))
    .map((f) => {
      const came = another ? 'other' : cameIn(text, f, question)
      return came === 'other' ? { ...f, misfit: true } : came === 'asked' ? { ...f, bonus: (f.bonus ?? 0) + CAME_IN_FIT } : f
    })
}

// What telling a find came into a post is worth, as much as a reading that fits the question's form.
const CAME_IN_FIT = 0.15

/**
 * Whether the sentence tells of the find as coming into a post, before it ("named … as", "the post went to") or
 * after it ("…, was appointed"): into the post asked about (`'asked'`, as far as the sentence names it), into
 * another ("handed the presidency to" for who runs the agency: `'other'`), or not at all (`null`).
 */
export function cameIn(text: string, found: Found, question: string): 'asked' | 'other' | null {
  const handed = CAME_BEFORE.exec(text.slice(Math.max(0, found.start - 60), found.start))
  const as = CAME_AS.exec(text.slice(found.end))?.[1]
  if (!appointed(text, found) && !CAME_AFTER.test(text.slice(found.end)) && handed === null) return null
  return postAsked(handed?.[1] ?? handed?.[2] ?? as, question) ? 'asked' : 'other'
}

// "named X as defence minister": the post taken, up to the next phrase.
const CAME_AS =
  /^(?:\s*,[^,]{1,60},)?\s+(?:as|to be)\s+(?:the\s+|its\s+)?(?:new\s+|acting\s+|interim\s+)?([\p{L}\s-]{3,40}?)(?=\s+(?:on|in|at|for|after|until|and|by|from|of)\b|[,.;]|$)/u

/** True when a post a sentence names (none, "agency", "chairman", "finance minister") may be the one the question asks about. */
function postAsked(post: string | undefined, question: string): boolean {
  if (post === undefined || ANY_POST.test(post)) return true
  // "as the new finance minister" for "who is the new deputy finance minister": a deputy's post asked is no other.
  if (RANKED.test(question) && !RANKED.test(post)) return false
  // "defence minister" for "who's the new finance minister": the words that say which post, not the rank's.
  const which = post
    .toLowerCase()
    .replace(ROLE_WORD_GLOBAL, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 2)
  return which.length === 0 || which.some((w) => question.includes(w.slice(0, 5)))
}
const RANKED = /\b(?:deputy|vice|assistant)\b/i
// "The post went to", "handed the agency to", "The new minister is", "a new finance minister, X": the post, where named.
const CAME_BEFORE =
  /\b(?:(?:post|job|seat|chair|role|office|chairmanship|portfolio)\s+went\s+to|hand(?:ed|s|ing)?\s+(?:over\s+)?(?:the\s+((?:[\w-]+\s+){0,2}[\w-]+)|it)\s+(?:over\s+)?to|(?:a|the)\s+new\s+((?:[\w-]+\s+){0,2}[\w-]+)(?:\s+(?:is|was)|,))\s+(?:(?!and\b|but\b)[\p{L}-]+\s+){0,4}$/iu
// Words for whatever post a question asks about.
const ANY_POST = /^(?:post|job|seat|chair|role|office|agency|reins|helm|portfolio)$/
// "X, until then commander of the guard, was named", "X took over", "X succeeded him".
const CAME_AFTER =
  /^(?:,[^,]{1,80},)?\s+(?:(?:was|has been|had been|is|will be)\s+(?:appointed|named|installed|chosen|picked|confirmed|sworn in)|t(?:ook|akes) over|succeed(?:ed|s)|replaced\s+(?:him|her|\p{Lu}))/u
