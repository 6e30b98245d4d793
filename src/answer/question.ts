import { foldText, normalizeChat } from '../text/index.ts'
import { parseQuoteQuestion } from '../quotes/index.ts'
import type { AnswerKind, QuestionAnalysis } from './types.ts'
import { correctQuestionWords, countedNoun, countsTwoKinds, describable, subjectVerb, withoutRefusedRank } from './question-parts.ts'
import { nameIn, RULES } from './question-rules.ts'
import { SECOND_QUESTION } from './question-split.ts'
import { PARTITIVE, ROLE_WORD, questionFirst } from './question-forms.ts'

export { ROLE_WORD, ROLE_WORD_GLOBAL } from './question-forms.ts'

export type { QuestionAnalysis } from './types.ts'

// A count's two kinds set off after it: ", international and local", ", both dead and injured"; not ", more or less".
const EACH_OF_TWO = /,\s*(?!(?:more or less|give or take|by and large|now and then|here and there)\b)(?:both\s+)?[a-z-]+\s+(?:and|or|&)\s+[a-z-]+\s*[?!.]*$/

const ASKS_FOR_KIND = new Set<AnswerKind>(['date', 'time', 'number', 'place'])

// The verbs of an end: "be completed", "finish", "be over", "wrap up".
const COMPLETION =
  /\b(?:(?:be|been|is|was|were|get|got)\s+)?(?:complet(?:e|ed|ion)|finish(?:ed)?|over|done|end(?:ed)?|conclud(?:e|ed)|wrap(?:ped)?\s+up|(?:fully|completely|entirely|all)\s+(?:out|gone|withdrawn|home))\b/g

// The verbs of a beginning: "start", "begin", "kick off", "get under way".
// "when did ppl first come out": "first" as the adverb of the deed asks when it began.
const BEGINNING =
  /\b(?:start(?:s|ed|ing)?|beg[iau]n(?:s|ning)?|kick(?:s|ed|ing)? (?:off|in)|(?:take|takes|took|taken|taking) effect|(?:come|comes|came|coming) into (?:force|effect)|commenc(?:e|ed|es|ing)|get (?:going|under ?way)|got (?:going|under ?way))\b|\b(?:did|do|does|was|were)\s+(?:[\w'’-]+\s+){0,3}?(?<!\b(?:the|a|an|its|their|his|her|our)\s)first\s+(?!(?:time|day|week|month|one|few|two|three|wave|group|batch)\b)[a-z]+/

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

// The words a passage is searched for: "now that X is out" is a time, like "once", and "now" no word a passage must say;
// what the question says the answer is not ("almaty city (not the region)") is no word a passage must say either.
const contentOf = (text: string) =>
  withoutRefusedRank(text)
    .replace(/\bnow that\b/g, 'once')
    .replace(/\(\s*(?:not|excluding|except|besides)\b[^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()

// A question mark with more words after it, the question before it holding a question word; the words after it ask
// nothing more ("like from what to what" is a second question), unless they only say which kind ("like which general").
const HINT_AFTER = /^(.*?\b(?:who|whom|whose|what|when|where|which|why|how)\b.*?)\s*\?+\s+(\S.*)$/
const WH = /\b(?:who|whom|whose|what|when|where|which|why|how)\b/
const NAMES_KIND = /^(?:like |i mean |as in )?(?:which|what) [\w-]+$/

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
  const typed = correctQuestionWords(
    foldText(text)
      .replace(/[?!.]+$/, '')
      .trim(),
    isKnownWord,
  )
  // "the planes landed where? some airfield north of almaty": the question ends at its mark, and what follows it
  // says more of what is asked about.
  const hint = [HINT_AFTER.exec(typed)].find((m) => m && (!WH.test(m[2]!) || NAMES_KIND.test(m[2]!))) ?? null
  const first = questionFirst(hint ? hint[1]! : typed)
  const [asked, moved] = [hint ? `${first.asked} ${hint[2]}` : first.asked, first.moved]
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
          ? countedNoun(countedPart(content, moved)) || null
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
    if (read.kind === 'place' || read.kind === 'date' || read.kind === 'time') read.content = read.content.replace(EVENT_VERBS, ' ').replace(/\s+/g, ' ').trim()
    // "What time does the curfew start?": a span of hours ("from 11 p.m. to 7 a.m.") answers when it starts and ends
    // alike, and says neither word; the words say which end a time written apart is ("from 01:30 … until 00:00").
    if (read.kind === 'time') {
      COMPLETION.lastIndex = 0
      const focus = BEGINNING.test(read.content) ? 'start' : COMPLETION.test(read.content) ? 'end' : read.focus
      return { ...read, focus, content: read.content.replace(BEGINNING, ' ').replace(COMPLETION, ' ').replace(/\s+/g, ' ').trim() }
    }
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

// The words typed first that are the whole a part is of ("of the people who died").
const WHOLE_FIRST = new RegExp(String.raw`^${PARTITIVE}\s`)

/**
 * The words of a question that say what "how many" counts: without the words typed before it, moved after it, unless
 * they are the whole it is a part of ("of the people who died how many were police"), which goes back before it.
 */
function countedPart(content: string, moved: string | undefined): string {
  if (!moved || !content.endsWith(moved)) return content
  const rest = content.slice(0, -moved.length).trim()
  return WHOLE_FIRST.test(moved) && /^(?:were|was|are|is)\s/.test(rest) ? `${moved} ${rest}` : rest
}

/**
 * What the size a question asks is counted in: what it goes on to count ("how big is the force, like how many
 * troops"), or {@link BODY_SIZE} for a body of people; else `null`.
 */
function sizeCounted(content: string): string | null {
  const many = /\bhow many (.+)$/.exec(content)
  return many ? countedNoun(many[1]!) : BODY_OF_PEOPLE.test(content) ? BODY_SIZE : null
}
