import { foldText, normalizeChat } from '../text/index.ts'
import { parseQuoteQuestion } from '../quotes/index.ts'
import type { AnswerKind, QuestionAnalysis } from './types.ts'
import { correctQuestionWords, countedNoun, countsTwoKinds, describable, subjectVerb, withoutRefusedRank } from './question-parts.ts'
import { nameIn, RULES } from './question-rules.ts'
import { SECOND_QUESTION } from './question-split.ts'

export type { QuestionAnalysis } from './types.ts'

// A count's two kinds set off after it: ", international and local", ", both dead and injured"; not ", more or less".
const EACH_OF_TWO = /,\s*(?!(?:more or less|give or take|by and large|now and then|here and there)\b)(?:both\s+)?[a-z-]+\s+(?:and|or|&)\s+[a-z-]+\s*[?!.]*$/
/** Words that name a post ("president", "secretary"): a question naming one asks about its holder. */
export const ROLE_WORD =
  /\b(?:secretary|president|boss|minister|director|editor|head|chief|leader|spokes(?:man|woman|person)|ambassador|chair(?:man|woman)?|governor|mayor|commander|general|king|queen|premier|chancellor)\b/i
/** {@link ROLE_WORD} for every post a text names (`match`, `replace`). */
export const ROLE_WORD_GLOBAL = new RegExp(ROLE_WORD.source, 'gi')

const ASKS_FOR_KIND = new Set<AnswerKind>(['date', 'number', 'place'])

// The verbs of an end: "be completed", "finish", "be over", "wrap up".
const COMPLETION =
  /\b(?:(?:be|been|is|was|were|get|got)\s+)?(?:complet(?:e|ed|ion)|finish(?:ed)?|over|done|end(?:ed)?|conclud(?:e|ed)|wrap(?:ped)?\s+up|(?:fully|completely|entirely|all)\s+(?:out|gone|withdrawn|home))\b/g

// The verbs of a beginning: "start", "begin", "kick off", "get under way".
// "when did ppl first come out": "first" as the adverb of the deed asks when it began.
const BEGINNING =
  /\b(?:start(?:s|ed|ing)?|beg[iau]n(?:s|ning)?|kick(?:s|ed|ing)? off|commenc(?:e|ed|es|ing)|get (?:going|under ?way)|got (?:going|under ?way))\b|\b(?:did|do|does|was|were)\s+(?:[\w'’-]+\s+){0,3}?(?<!\b(?:the|a|an|its|their|his|her|our)\s)first\s+(?!(?:time|day|week|month|one|few|two|three|wave|group|batch)\b)[a-z]+/

/** "For good", "permanently": the last of what a question asks about, or the end of a leaving. */
export const FOR_GOOD = /\b(?:for good|once and for all|permanently)\b/
const LEAVING = /\b(?:leave|left|depart(?:ed)?|withdr[ae]wn?|withdraw|pull(?:ed)? out|go home|went home|quit|exit(?:ed)?)\b/
const LAST_OUT = new RegExp(
  String.raw`\b(?:were|was) the last (?:[\w-]+ ){0,2}(?:[\w-]+s|them) (?:(?:all|[a-z]+ly) )?(?:out|gone)(?: of (?:the )?[\w-]+)?$|\bdid the last\b.*\b(?:leave|depart|withdraw|pull out|get out|(?:go|head|fly|come|get) home)\b|${LEAVING.source}.*${FOR_GOOD.source}`,
)

// "Who got booted?", "which official was arrested", "who has been detained": the deed was done to whom it asks for.
const PASSIVE_QUESTION =
  /^(?:who|which [a-z]+)\s+(?:was|were|got|gets|get|has been|have been|had been|is being|was being)\s+(?:[a-z]+ly\s+)?([a-z]+ed|[a-z]+en|fired|sacked|shot|hit|held|put|let|kept|sent|caught|brought|taken|given|chosen|sworn|told|made|found|beaten)\b/
// A second question word after the first clause: "... and when", "how many, and did ...", "? who ...".
const TWO_PART = new RegExp(`${SECOND_QUESTION.source}|\\?.*\\b(?:whom|who|when|where|why|how|what|which)\\b`)

// Verbs that only say an event takes place ("is being held", "occurred"), not that someone holds something.
const EVENT_VERBS = /\b(?:(?:be|being|been|is|are|was|were)\s+(?:held|staged|hosted)|occur(?:red|s)?)\b/g

// "who became / got made / ended up as / was named / is filling in as (the new) X (after ..., now that ...)": the
// question of who the new X is; what came before ("after the government quit") is what "new" says.
const CAME_IN = new RegExp(
  String.raw`^who(?:\s+|(?=['’]s\s))(?:became|becomes|has become|had become|got made|was made|is now|ended up as|was named|got named|was appointed|got appointed|took over as|was picked as|got picked as|was chosen as|stepped in as|(?:is\s+|was\s+|['’]s\s+)(?:filling|standing|stepping)\s+in\s+as|(?:is\s+|['’]s\s+)(?:acting|serving)\s+as)\s+(?:the\s+)?(?:new\s+|acting\s+|interim\s+)?((?:[\w-]+\s+){0,2}?(?:pm\b|${ROLE_WORD.source})(?:\s+of\s+(?:the\s+)?[\w-]+)?)\b(?:\s+(?:after|now that|since|once)\b.*)?$`,
)

// The words a question opens with: a question word or an auxiliary.
const WH_WORD = String.raw`(?:who|whom|whose|what|when|where|which|why|how)\b`
const OPENER = String.raw`(?:who|whom|whose|what|when|where|which|why|how|is|are|was|were|did|does|do|has|have|had|can|could|will|would)\b`

// A hedge or a filler before the question word ("roughly how many", "so when did", "ok who"): the question starts after
// it; "for how long" asks how long.
const FILLER = new RegExp(
  String.raw`^(?:(?:roughly|approximately|about|around|exactly|so|ok|okay|and|but|hey|yo|hi|lol|btw|smh|ffs|omg|wtf|lmao|like|just|um+|uh+|also|then|wait|quick question|q)[\s,:]+)+(?=${OPENER})|^for\s+(?=how (?:long|many|much)\b)`,
)

// Up to twelve words before "how many" or "how much", none a question word, and the first no auxiliary that starts a
// question of its own: "per the interior ministry on jan 7 how many …", "shoigu said the peacekeepers freed up how
// many …", "the sec gen said the force would be roughly how many".
const LEADING_WORDS = new RegExp(String.raw`^((?!${OPENER})(?:(?!${WH_WORD})[^\s,]+[\s,]+){1,12})(how (?:many|much)\b.*)$`)

// "serdyukov has headed the airborne troops since when", "police spokeswoman who said dozens died": chat puts the
// question word last, or leaves "who is the" out before a post and what its holder did.
const ASKS_AT_END = new RegExp(
  String.raw`^(?!${OPENER})(.+?)\s+(since when|until when|till when|by when|when|where|how many|how much|how long|(?:(?:on|by|until|till|since)\s+)?(?:what|which)\s+(?:date|day))$`,
)
// "csto mission commander was who", "the talks are where": the question word typed last, after its verb.
const COPULA_AT_END = new RegExp(String.raw`^(?!${OPENER})(.+?)\s+(is|was|are|were)\s+(who|what|where|when)$`)
// "new energy min who replaced mirzagaliyev, who": a question word added after a comma asks what the words before do.
const TRAILING_WORD = new RegExp(String.raw`^(?!${OPENER})(.+?\s.+?),\s*(?:who|what)$`)
const POST_WHO = new RegExp(String.raw`^(?!${OPENER}|the\b)((?:[\w'’-]+\s+){0,3}(?:${ROLE_WORD.source}|fm|pm))\s+who\s+(.+)$`)

// "the guy who put out the 225 toll, who was he": a question on a pronoun after what it stands for asks it of that.
const PRONOUN_ASKED = new RegExp(String.raw`^(?!${OPENER})(.+?\s.+?),\s*(who|what|where|when)\s+(is|was|are|were)\s+(?:he|she|it|they|that|this)$`)
// "the planes landed at which airfield", "he is married to which of her daughters": the question word left where
// its answer would stand, after a preposition, asks what the rest says of it; the preposition stays last.
const ASKED_IN_PLACE = new RegExp(
  String.raw`^(?!${OPENER})(.+?)\s+((?:at|in|from|to|on|of|for|by|with|into|onto|over|under|near)\s+)((?:which|what)\s+(?:of\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3})$`,
)
// "the sec gen is what nationality": what the copula says, asked last.
const COPULA_ASKED = new RegExp(String.raw`^(?!${OPENER})(.+?)\s+(is|was|are|were)\s+((?:which|what)\s+[\w'’-]+)$`)

// "tajik troop count?": how many.
const COUNT_AT_END = new RegExp(String.raw`^(?!${OPENER}|the\b)((?:[\w'’-]+\s+){0,6}[\w'’-]+?)\s+(?:count|headcount|tally)$`)

// "after masimov got the boot who ended up running the knb": a time the question is set in, typed first, goes after it.
const TIME_FIRST = new RegExp(String.raw`^((?:after|once|now that|following)\s+(?:[\w'’-]+[\s,]+){1,8}?)(${WH_WORD}.*)$`)

// "defence min bektanov got fired after the riots, who got the job after him": what the question is about, told
// first, then the question after a comma; the question goes first, what was told after it.
const TOLD_FIRST = new RegExp(String.raw`^((?!${OPENER})(?:(?!${WH_WORD})[\w'’-]+\s+){2,12}?(?:(?!${WH_WORD})[\w'’-]+)),\s*(${WH_WORD}.*)$`)

// "according to the prosecutors, how many died", "besides putin, who …", "other than almaty which airfield …": the
// source the question names, or what the answer is not, put before the question word.
/** A regular expression's replacer: what came before the question word (group 1) goes after the rest (group 2). */
const toEnd = (_: string, before: string, rest: string) => `${rest} ${before.replace(/[\s,]+$/, '')}`
const SOURCE_FIRST =
  /^((?:(?:acc?ording to|per)\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+,|(?:other than|besides|apart from|aside from|except(?: for)?)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+,?)\s*)((?:who|whom|what|when|where|which|how)\b.*)$/

// The words a passage is searched for: "now that X is out" is a time, like "once", and "now" no word a passage must say;
// what the question says the answer is not ("almaty city (not the region)") is no word a passage must say either.
const contentOf = (text: string) =>
  withoutRefusedRank(text)
    .replace(/\bnow that\b/g, 'once')
    .replace(/\(\s*(?:not|excluding|except|besides)\b[^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()

/**
 * Reads what kind of answer a question wants and the parts the answer
 * extraction needs. Typos in question words are forgiven ("how mny").
 *
 * @example
 * ```ts
 * analyzeQuestion('Which countries are in the CSTO?')
 * // => { kind: 'countries', plural: true, focus: 'countries', ... }
 * analyzeQuestion('What did Suchkov say about the mission?')
 * // => { kind: 'quote', subject: 'Suchkov', topic: 'the mission', ... }
 * ```
 */
export function analyzeQuestion(question: string, isKnownWord: (word: string) => boolean = () => false): QuestionAnalysis {
  const text = normalizeChat(question.trim().replace(/\s+/g, ' '), isKnownWord)
  // The words typed before "how many", moved after it: what is counted ends where they begin.
  let moved = ''
  const asked = correctQuestionWords(
    foldText(text)
      .replace(/[?!.]+$/, '')
      .trim(),
    isKnownWord,
  )
    .replace(FILLER, '')
    // "early on how many ... died", "in 2011 how many ...": the question starts at "how many"; what came before it
    // still says what is asked about, so it goes at the end.
    .replace(LEADING_WORDS, (_, before: string, rest: string) => {
      moved = before.replace(/[\s,]+$/, '')
      return `${rest} ${moved}`
    })
    // A source the question names, or what the answer is not, goes at its end too.
    .replace(SOURCE_FIRST, toEnd)
    .replace(TIME_FIRST, toEnd)
    .replace(PRONOUN_ASKED, (_, told: string, word: string, verb: string) => `${word} ${verb} ${told}`)
    .replace(TOLD_FIRST, toEnd)
    .replace(ASKED_IN_PLACE, (_, rest: string, preposition: string, asked: string) => `${asked} ${rest} ${preposition.trim()}`)
    .replace(COPULA_ASKED, (_, rest: string, verb: string, asked: string) => `${asked} ${verb} ${rest}`)
    .replace(TRAILING_WORD, '$1')
    .replace(COPULA_AT_END, (_, rest: string, verb: string, word: string) => `${word} ${verb} ${rest}`)
    .replace(ASKS_AT_END, (_, rest: string, word: string) => `${word} ${rest}`)
    .replace(POST_WHO, (_, post: string, rest: string) => `who is the ${post} who ${rest}`)
    .replace(COUNT_AT_END, (_, counted: string) => `how many ${counted}`)
  // "Who became PM after the cabinet quit?", "who got made pm": who holds the post now, the one who came in.
  const cameIn = CAME_IN.test(asked)
  const folded = asked.replace(CAME_IN, 'who is the $1')
  const original = text.replace(/[?!.]+$/, '').trim()
  const base: QuestionAnalysis = {
    text,
    kind: 'other',
    plural: false,
    focus: null,
    subject: null,
    topic: null,
    content: contentOf(folded),
    normalized: folded,
    subjectOf: subjectVerb(folded),
    passive: PASSIVE_QUESTION.exec(folded)?.[1],
    twoPart: TWO_PART.test(folded),
    ...(cameIn ? { successor: true } : {}),
  }
  // Who said what is read by the quote index's own parser, the one that answers it.
  const quoted = parseQuoteQuestion(folded)
  if (quoted?.kind === 'who') return { ...base, kind: 'quote', topic: nameIn(original, quoted.text) }
  if (quoted) return { ...base, kind: 'quote', subject: nameIn(original, quoted.speaker), topic: quoted.topic ? nameIn(original, quoted.topic) : null }
  for (const rule of RULES) {
    const m = rule.pattern.exec(folded)
    if (!m) continue
    // The words that ask for the kind ("how many", "what is the size of", "in what year") name no part of the answer's topic.
    const content = contentOf(ASKS_FOR_KIND.has(rule.kind) ? folded.slice(m[0].length).trim() : folded)
    // "How many troops ...": what is counted.
    const counted =
      rule.kind !== 'number'
        ? null
        : /^how (?:many|much)$/.test(m[0])
          ? countedNoun(moved && content.endsWith(moved) ? content.slice(0, -moved.length).trim() : content) || null
          : /^how (?:big|large)$|\bsize$/.test(m[0])
            ? sizeCounted(content)
            : /\b(?:percent(?:age)?|share|proportion)$/.test(m[0])
              ? 'percent'
              : /\bof$/.test(m[0])
                ? // "the number of ppl killed that the prosecutor gave in march": what follows "of", up to its verb.
                  ((/\b(?:number|total) of$/.test(m[0]) ? countedNoun(content) : null) ?? content.split(' ').at(-1) ?? null)
                : null
    const read = { ...base, kind: rule.kind, content, focus: counted, ...rule.read?.(m, original, content) }
    // "how many un staff were there, international and local": a count of each of two kinds, not one figure.
    if (counted !== null && (countsTwoKinds(content) || EACH_OF_TWO.test(content))) read.twoPart = true
    // "Who is Nato's secretary general?" names a post, not a person: it asks who holds it.
    if (read.kind === 'description' && /^who\b/.test(folded) && read.subject && ROLE_WORD.test(read.subject)) return { ...read, kind: 'person', subject: null }
    // "What was Masimov's job before ...?", "What were protesters chanting ...?": not a name to describe but a question about one.
    if (read.kind === 'description' && read.subject && !describable(read.subject))
      return { ...read, kind: /^who\b/.test(folded) ? 'person' : 'other', subject: null }
    // "Which town ...": the answer is often written as one ("Zhanaozen, an oil town"), so the noun stays a word to look for.
    if (read.kind === 'place' && read.focus) read.content = `${read.focus} ${content}`
    // "Where are the talks being held?": that an event is held is what asking where or when takes for granted.
    if (read.kind === 'place' || read.kind === 'date') read.content = read.content.replace(EVENT_VERBS, ' ').replace(/\s+/g, ' ').trim()
    // "When will the withdrawal be completed?" asks for the day it ends: the deadline a sentence gives ("gone by
    // January 19") answers it, whatever verb says so.
    if (read.kind === 'date' && COMPLETION.test(read.content))
      return { ...read, focus: 'end', content: read.content.replace(COMPLETION, ' ').replace(/\s+/g, ' ').trim() }
    // "When were the last troops out?": the day the last of them left is the day it ended.
    if (read.kind === 'date' && LAST_OUT.test(read.content)) return { ...read, focus: 'end' }
    // "When did the troops start pulling out?" asks for the first day of it, not the day it was over.
    if (read.kind === 'date' && !read.focus && BEGINNING.test(read.content)) return { ...read, focus: 'start' }
    return read
  }
  return base
}

/**
 * The focus of "how big was the whole force?", "how large was the crowd?": the size of a body of people, a
 * count of people of any kind (troops, personnel, servicemen), never of its planes or its member countries.
 */
export const BODY_SIZE = 'size of a body of people'
const BODY_OF_PEOPLE =
  /^(?:was|is|were|are|of)\s+(?:the\s+|that\s+|this\s+|their\s+)?(?:[a-z-]+\s+){0,3}?(?:force|contingent|deployment|mission|army|delegation|garrison|crowd|protest|rally|demonstration)s?\b/

/**
 * What the size a question asks is counted in: what it goes on to count ("how big is the force, like how many
 * troops"), or {@link BODY_SIZE} for a body of people; else `null`.
 */
function sizeCounted(content: string): string | null {
  const many = /\bhow many (.+)$/.exec(content)
  return many ? countedNoun(many[1]!) : BODY_OF_PEOPLE.test(content) ? BODY_SIZE : null
}
