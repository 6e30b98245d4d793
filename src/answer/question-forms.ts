/**
 * The orders chat puts a question's words in ("the force was led by who", "per the ministry on jan 7 how many
 * died", "the planes landed at which airfield"), turned round so that the question word comes first, as the rules
 * that type a question read it.
 */

import { namesPeople } from '../text/index.ts'

/** Words that name a post ("president", "secretary"): a question naming one asks about its holder. */
export const ROLE_WORD =
  /\b(?:secretary|president|boss|minister|director|editor|head|chief|leader|spokes(?:man|woman|person)|ambassador|chair(?:man|woman)?|governor|mayor|commander|general|king|queen|premier|chancellor)\b/i
/** {@link ROLE_WORD} for every post a text names (`match`, `replace`). */
export const ROLE_WORD_GLOBAL = new RegExp(ROLE_WORD.source, 'gi')

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
/** The words that open the whole a "how many" counts a part of: "of the people who died", "among those held". */
export const PARTITIVE = String.raw`(?:of|among|out of)`
/** The whole a part is of, typed before a copula: "of the dead", "among those held". */
export const WHOLE_BEFORE = new RegExp(String.raw`^${PARTITIVE} (?:the |these |those |them )?(?:[a-z0-9,-]+ ){0,10}$`)

// A whole set before them may hold a relative clause ("of the people who died how many were police").
const LEADING_WORDS = new RegExp(
  String.raw`^((?:${PARTITIVE}\s+(?:[^\s,]+[\s,]+){1,11})|(?!${OPENER})(?:(?!${WH_WORD})[^\s,]+[\s,]+){1,12})(how (?:many|much)\b.*)$`,
)

// "serdyukov has headed the airborne troops since when", "police spokeswoman who said dozens died": chat puts the
// question word last, or leaves "who is the" out before a post and what its holder did.
const ASKS_AT_END = new RegExp(
  String.raw`^(?!${OPENER})(.+?)\s+(since when|until when|till when|by when|when|where|how many|how much|how long|(?:(?:on|by|until|till|since)\s+)?(?:what|which)\s+(?:date|day))(?:\s+(?:exactly|again))?$`,
)
// "csto mission commander was who", "the talks are where": the question word typed last, after its verb.
const COPULA_AT_END = new RegExp(String.raw`^(?!${OPENER})(.+?)\s+(is|was|are|were)\s+(who|what|where|when)$`)
// "new energy min who replaced mirzagaliyev, who": a question word added after a comma asks what the words before do.
const TRAILING_WORD = new RegExp(String.raw`^(?!${OPENER})(.+?\s.+?),\s*(?:who|what)$`)
const POST_WHO = new RegExp(String.raw`^(?!${OPENER}|the\b)((?:[\w'’-]+\s+){0,3}(?:${ROLE_WORD.source}|fm|pm))\s+who\s+(.+)$`)

// What sets a question typed last apart from what it asks about: a comma, a dash or a colon.
const THEN = String.raw`(?:\s*[,:]|\s+[-–—]+)\s*`
// "the guy who put out the 225 toll, who was he": a question on a pronoun after what it stands for asks it of that.
const PRONOUN_ASKED = new RegExp(String.raw`^(?!${OPENER})(.+?\s.+?)${THEN}(who|what|where|when)\s+(is|was|are|were)\s+(?:he|she|it|they|that|this)$`)
// "the ex deputy minister who got detained, what's his name", "the mayor who said it - name?": who the one told of is.
const NAME_OF_TOLD = new RegExp(
  String.raw`^(?!${OPENER})(.+?\s.+?)${THEN}(?:what(?:['’]s|\s+is|\s+was)\s+(?:his|her)\s+name|(?:(?:his|her)\s+)?name(?:\s+pl(?:ea)?se?|\s+pls)?)$`,
)
// "whats the name of the jazz pianist who got paraded on tv", "name of the ex spy boss who got arrested?": the name of
// one told of by a word for a person is who that is (the name of a fund or a decree is not).
const NAME_OF_ONE =
  /^(?:what(?:['’]s|\s+is|\s+was)\s+)?(?:the\s+)?name\s+of\s+(?:the|that|this)\s+((?:[\w'’-]+\s+){0,5}?([\w-]+))(\s+(?:who|whom|that)\s.*|\s*[,?].*)?$/
// "the fund set up by the minister", "the lawyer for the spy chief": the person word is another's than the one named.
const DESCRIBES_ANOTHER = /\b(?:of|for|by|to|in|on|at|from|with|about)\b|\b[a-z]+ed\b/
// "lask was how old when he got sentenced": "how old", "how long" asked after the copula, with nothing after it but
// when ("the question is how long the troops will stay" asks nothing).
const COPULA_HOW = new RegExp(
  String.raw`^(?!${OPENER})(.+?)\s+(is|was|are|were)\s+(how\s+(?:old|long|big|tall|far))((?:\s+(?:when|after|before|at|by|on)\b.*)?)$`,
)
// "the force was led by who": who did it, asked in the passive with the question word last.
const BY_WHOM_AT_END = new RegExp(String.raw`^(?!${OPENER})(.+?)\s+(?:is|was|are|were|got|has been|had been|will be)\s+([a-z]+)\s+by\s+(?:who|whom)$`)
// The past tense of a participle, where the two differ.
const PAST: Record<string, string> = {
  run: 'ran',
  taken: 'took',
  given: 'gave',
  chosen: 'chose',
  written: 'wrote',
  driven: 'drove',
  seen: 'saw',
  done: 'did',
  shown: 'showed',
  sworn: 'swore',
  spoken: 'spoke',
  broken: 'broke',
  beaten: 'beat',
}

// "the planes landed at which airfield", "he is married to which of her daughters": the question word left where
// its answer would stand, after a preposition, asks what the rest says of it; the preposition stays last.
const ASKED_IN_PLACE = new RegExp(
  String.raw`^(?!${OPENER})(.+?)\s+((?:at|in|from|to|on|of|for|by|with|into|onto|over|under|near)\s+)((?:which|what)\s+(?:of\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3})$`,
)
// "ebb quit as chairman of what", "he was jailed for what": a bare "what" after its preposition.
const WHAT_IN_PLACE = new RegExp(String.raw`^(?!${OPENER})(.+?\s.+?)\s+(at|in|from|to|on|of|for|by|with|into|about|over|under|as)\s+what$`)
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

/**
 * The question (folded, its question words spelt right) with its question word first, and the words typed before
 * "how many" that went after it (`moved`, or '').
 *
 * @example
 * ```ts
 * questionFirst('per the ministry how many died') // => { asked: 'how many died per the ministry', moved: 'per the ministry' }
 * ```
 */
export function questionFirst(text: string): { asked: string; moved: string } {
  let moved = ''
  const asked = text
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
    .replace(NAME_OF_TOLD, (_, told: string) => `who is ${told}`)
    .replace(NAME_OF_ONE, (all: string, told: string, head: string, rest = '') =>
      namesPeople(head) && !DESCRIBES_ANOTHER.test(told) ? `who is the ${told}${rest}` : all,
    )
    .replace(COPULA_HOW, (_, rest: string, verb: string, how: string, after: string) => `${how} ${verb} ${rest}${after}`)
    .replace(BY_WHOM_AT_END, (_, done: string, participle: string) => `who ${PAST[participle] ?? participle} ${done}`)
    .replace(TOLD_FIRST, toEnd)
    .replace(ASKED_IN_PLACE, (_, rest: string, preposition: string, asked: string) => `${asked} ${rest} ${preposition.trim()}`)
    .replace(COPULA_ASKED, (_, rest: string, verb: string, asked: string) => `${asked} ${verb} ${rest}`)
    .replace(WHAT_IN_PLACE, (_, rest: string, preposition: string) => `what ${rest} ${preposition}`)
    .replace(TRAILING_WORD, '$1')
    .replace(COPULA_AT_END, (_, rest: string, verb: string, word: string) => `${word} ${verb} ${rest}`)
    .replace(ASKS_AT_END, (_, rest: string, word: string) => `${word} ${rest}`)
    .replace(POST_WHO, (_, post: string, rest: string) => `who is the ${post} who ${rest}`)
    .replace(COUNT_AT_END, (_, counted: string) => `how many ${counted}`)
  return { asked, moved }
}
