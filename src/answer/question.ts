import { foldText, isAdverbOnly, normalizeChat } from '../text/index.ts'
import { parseQuoteQuestion } from '../quotes/index.ts'
import type { AnswerKind } from './types.ts'
import { correctQuestionWords, countedNoun, countsTwoKinds, describable, subjectVerb } from './question-parts.ts'
import { SECOND_QUESTION } from './question-split.ts'

/** What a question asks for, read from its wording alone. */
export interface QuestionAnalysis {
  /** The question as asked, trimmed. */
  text: string
  kind: AnswerKind
  /** For "which countries ..." true, for "which country ..." false. */
  plural: boolean
  /** The noun after "which"/"what" ("article" in "Which article of the charter ..."), or `null`. */
  focus: string | null
  /** The person or thing a description or quotation question is about ("Fiona Hill"), or `null`. */
  subject: string | null
  /** For "Who said ...?" the words quoted; for "What did X say about Y?" Y. Otherwise `null`. */
  topic: string | null
  /** The words that carry the question's meaning, with question words and typos of them removed. */
  content: string
  /** The whole question folded, with typos in its question words corrected ("who sayd" → "who said"). */
  normalized: string
  /**
   * The verb whose subject the question asks for ("wanted" in "Which country wanted to send troops?"),
   * or `null` when the question asks for its object ("Who did Tokayev thank?") or has none ("Who is ...?").
   */
  subjectOf: string | null
  /** "Who got fired?", "who was arrested": the passive verb as asked ("fired"), whose answer is whom it was done to. */
  passive?: string
  /** "Who took over, and when?": the question asks two things, which one short answer cannot give. */
  twoPart: boolean
  /** "What is the fund called?": the focus is the thing the question is about, not a word its answer may leave out. */
  focusIsTopic?: boolean
}

interface Rule {
  pattern: RegExp
  kind: AnswerKind
  /** Builds the rest of the analysis from the match. */
  read?: (m: RegExpExecArray, original: string, content: string) => Partial<QuestionAnalysis>
}

const nameIn = (original: string, folded: string) => {
  const at = foldText(original).indexOf(folded)
  return at >= 0 ? original.slice(at, at + folded.length).trim() : folded
}

/** Words that name a post ("president", "secretary"): a question naming one asks about its holder. */
export const ROLE_WORD =
  /\b(?:secretary|president|minister|director|editor|head|chief|leader|spokes(?:man|woman|person)|ambassador|chair(?:man|woman)?|governor|mayor|commander|general|king|queen|premier|chancellor)\b/i

const ASKS_FOR_KIND = new Set<AnswerKind>(['date', 'number', 'place'])

// The verbs of an end: "be completed", "finish", "be over", "wrap up".
const COMPLETION = /\b(?:(?:be|been|is|was|were|get|got)\s+)?(?:complet(?:e|ed|ion)|finish(?:ed)?|over|done|end(?:ed)?|conclud(?:e|ed)|wrap(?:ped)?\s+up)\b/g

// The verbs of a beginning: "start", "begin", "kick off", "get under way".
const BEGINNING =
  /\b(?:start(?:s|ed|ing)?|beg[iau]n(?:s|ning)?|kick(?:s|ed|ing)? off|commenc(?:e|ed|es|ing)|get (?:going|under ?way)|got (?:going|under ?way))\b/

const LAST_OUT = /\b(?:were|was) the last (?:[\w-]+ ){0,2}[\w-]+s (?:out|gone)$|\bdid the last\b.*\b(?:leave|depart|withdraw|pull out|get out)\b/

// "Who got booted?", "which official was arrested", "who has been detained": the deed was done to whom it asks for.
const PASSIVE_QUESTION =
  /^(?:who|which [a-z]+)\s+(?:was|were|got|gets|get|has been|have been|had been|is being|was being)\s+(?:[a-z]+ly\s+)?([a-z]+ed|[a-z]+en|fired|sacked|shot|hit|held|put|let|kept|sent|caught|brought|taken|given|chosen|sworn|told|made|found|beaten)\b/
// A second question word after the first clause: "... and when", "how many, and did ...", "? who ...".
const TWO_PART = new RegExp(`${SECOND_QUESTION.source}|\\?.*\\b(?:whom|who|when|where|why|how|what|which)\\b`)

// Verbs that only say an event takes place ("is being held", "occurred"), not that someone holds something.
const EVENT_VERBS = /\b(?:(?:be|being|been|is|are|was|were)\s+(?:held|staged|hosted)|occur(?:red|s)?)\b/g

// A hedge or a filler before the question word ("roughly how many", "so when did", "ok who"): the question starts after it.
const FILLER =
  /^(?:(?:roughly|approximately|about|around|exactly|so|ok|okay|and|but|hey|yo|hi|lol|btw|like|just|um+|uh+|also|then|wait|quick question|q)[\s,:]+)+(?=(?:who|whom|whose|what|when|where|which|why|how|is|are|was|were|did|does|do|has|have|had|can|could|will|would)\b)/

// Up to three words before "how many" or "how much", none a question word or an auxiliary that starts a question of its own.
const LEADING_WORDS =
  /^((?:(?!(?:who|whom|whose|what|when|where|which|why|how|is|are|was|were|did|does|do|has|have|had|can|could|will|would)\b)[\w'-]+[\s,]+){1,3})(how (?:many|much)\b.*)$/

const PICKS_IN_TIME = /\b(?:final|latest|initial|first|earliest|revised|current|new|old)\b/g
// "before it got revised up", "before they walked it back": picks the earlier figure, as "first" does.
const BEFORE_CHANGE = /\bbefore (?:it|they|that|this|the \w+) (?:got |was |were |had been )?\w+(?: (?:it|them))?(?: (?:up|down|back))?\b/

// Tried in order, after the quotation questions; the first that matches decides the kind.
const RULES: Rule[] = [
  {
    // "What was the deadline for getting everyone out?": the day by which it was to end, written "by January 19".
    pattern: /^what (?:is|was) the (?:deadline|due date|cut-?off(?: date)?) (?:for|to)\b/,
    kind: 'date',
    read: (_m, _o, content) => ({ focus: 'deadline', content: content.replace(/^.*?\b(?:deadline|due date|cut-?off(?: date)?)\s+/, '') }),
  },
  {
    // "By what date were all the troops gone?", "by when": the day something was done by, its end.
    pattern: /^(?:by (?:what|which) (?:date|day|time)|by when)\b/,
    kind: 'date',
    read: () => ({ focus: 'end' }),
  },
  {
    pattern:
      /^(?:when|what (?:date|day|time|year|month)|since when|(?:on|in) (?:what|which) (?:date|day|year|month)|which (?:date|day|year|month)|how long ago)\b/,
    kind: 'date',
  },
  {
    pattern:
      /^(?:how (?:many|much|large|big|long|far)|what (?:number|amount|percent|percentage|proportion|share|size|sum)|(?:what|which) is the (?:number|size|total) of)\b/,
    kind: 'number',
  },
  { pattern: /^how old\b/, kind: 'number', read: () => ({ focus: 'age' }) },
  {
    // "What was the earliest official tally of gunmen killed?", "what's the official headcount of the force": a figure
    // of what follows "of" ("the toll of the riots" is of an event, not of what was counted).
    pattern: /^what(?:\s+(?:is|was|are|were)|['’]s)\s+the\s+((?:[\w-]+\s+){0,3}?)(?:tally|count|headcount)\b(?=\s+of\s+(.+))/,
    kind: 'number',
    read: (m, _o, content) => ({
      focus: countedNoun(m[2]!),
      // Of the words before the figure's noun, only one that picks a figure in time ("the earliest", "the final")
      // says what to look for; the noun itself, a word for counting articles seldom use, says nothing.
      content: `${m[1]!.replace(/\b(?!(?:first|earliest|initial|final|latest|last|revised)\b)[\w-]+/g, '')} ${content}`.replace(/\s+/g, ' ').trim(),
    }),
  },
  {
    // "What's the official death toll?", "final death toll the prosecutors gave?": a toll is a count of the dead (or
    // of the hurt), asked with or without a question word before it.
    pattern:
      /^(?:what(?:\s+(?:is|was|are|were)|['’]s)\s+the\s+(?:[\w-]+\s+){0,3}?|(?:(?:final|official|latest|initial|first|earliest|revised|total|overall|current|new|old)\s+){0,3})(?:(?:death|casualty|injury)\s+)?toll\b(?!\s+(?:of|on)\b)/,
    kind: 'number',
    // What the toll counts ("death") is looked for; the question's own words go, and so does "toll" (sentences give
    // "the number killed"), and the words that pick a figure in time ("final", "first"): they choose the answer (a
    // later report's figure), not find it.
    read: (m, _o, content) => ({
      content: `${m[0]
        .replace(/^what(?:\s+(?:is|was|are|were)|['’]s)\s+the\s+/, '')
        .replace(PICKS_IN_TIME, '')
        .replace(/\b(?:toll|body count)\b/, '')} ${content.replace(BEFORE_CHANGE, '')}`
        .replace(/\s+/g, ' ')
        .trim(),
    }),
  },
  {
    pattern:
      /^(?:where|(?:in|at) (?:what|which) (city|place|town|village|location|country)|(?:what|which) (city|place|town|village|location|capital|region)\b|what is the capital of)/,
    kind: 'place',
    read: (m) => ({ focus: m[1] ?? m[2] ?? null }),
  },
  {
    pattern: /^(?:which|what|name the|list the)\s+(countries|country|nations|nation|states|members|member states|member countries)\b/,
    kind: 'countries',
    read: (m) => ({ plural: /s$/.test(m[1]!), focus: m[1]! }),
  },
  {
    pattern: /^(?:which|what)\s+(organi[sz]ations?|alliances?|blocs?|bod(?:y|ies)|groups?|institutions?|agenc(?:y|ies)|outlets?|newspapers?)\b/,
    kind: 'organisation',
    read: (m) => ({ plural: /(?:s|ies)$/.test(m[1]!), focus: m[1]! }),
  },
  {
    // "What's the fund called?", "what is the name of that new fund": the name a thing was given.
    pattern:
      /^what(?:\s+(?:is|was|are|were)|['’]s)\s+(?:(?:the|that|this|his|her|its|their)\s+(?:new\s+)?([a-z-]+)\s+called|the\s+name\s+of\s+(?:the|that|this|his|her|its|their)\s+(?:new\s+)?([a-z-]+))\b/,
    kind: 'other',
    // The thing named is what the question is about; "called" and "the name of" only shape it.
    read: (m, _o, content) => ({
      focus: (m[1] ?? m[2])!,
      focusIsTopic: true,
      content: content
        .replace(/\b(?:called|name of)\b/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    }),
  },
  {
    // "Who is Fiona Hill?": a name after the verb asks who the person is.
    pattern: /^(?:who|what)\s+(?:is|was|are|were)\s+(?!the\b|a\b|an\b|in\b|on\b|behind\b)(.+)$/,
    kind: 'description',
    read: (m, o) => ({ subject: nameIn(o, m[1]!) }),
  },
  {
    // "What is the CSTO?": a short name after the article asks what the thing is.
    pattern: /^what\s+(?:is|was|are|were)\s+(?:the|an?)\s+((?:[\w'-]+\s*){1,4})$/,
    kind: 'description',
    read: (m, o) => ({ subject: nameIn(o, m[1]!.trim()) }),
  },
  { pattern: /^(?:tell me about|describe|explain)\s+(.+)$/, kind: 'description', read: (m, o) => ({ subject: nameIn(o, m[1]!) }) },
  { pattern: /^(?:who|whom|whose|which (?:person|man|woman|official|leader|politician|president|minister|expert))\b/, kind: 'person' },
  { pattern: /^(?:is|are|was|were|did|does|do|has|have|had|can|could|will|would|should)\b/, kind: 'yesno' },
  {
    pattern: /^(?:which|what)\s+([a-z-]+)\s+(?:of|in|on|did|does|do|is|was|were|are|has|had|have|will|would|can|could)\b/,
    kind: 'other',
    // "what exactly is he accused of": an adverb is no thing asked for.
    read: (m) => ({ focus: isAdverbOnly(m[1]!) ? null : m[1]! }),
  },
]

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
  const text = normalizeChat(question.trim().replace(/\s+/g, ' '))
  const folded = correctQuestionWords(
    foldText(text)
      .replace(/[?!.]+$/, '')
      .trim(),
    isKnownWord,
  )
    .replace(FILLER, '')
    // "early on how many ... died", "in 2011 how many ...": the question starts at "how many"; what came before it
    // still says what is asked about, so it goes at the end.
    .replace(LEADING_WORDS, (_, before: string, rest: string) => `${rest} ${before.trim()}`)
  const original = text.replace(/[?!.]+$/, '').trim()
  const base: QuestionAnalysis = {
    text,
    kind: 'other',
    plural: false,
    focus: null,
    subject: null,
    topic: null,
    content: folded,
    normalized: folded,
    subjectOf: subjectVerb(folded),
    passive: PASSIVE_QUESTION.exec(folded)?.[1],
    twoPart: TWO_PART.test(folded),
  }
  // Who said what is read by the quote index's own parser, the one that answers it.
  const quoted = parseQuoteQuestion(folded)
  if (quoted?.kind === 'who') return { ...base, kind: 'quote', topic: nameIn(original, quoted.text) }
  if (quoted) return { ...base, kind: 'quote', subject: nameIn(original, quoted.speaker), topic: quoted.topic ? nameIn(original, quoted.topic) : null }
  for (const rule of RULES) {
    const m = rule.pattern.exec(folded)
    if (!m) continue
    // The words that ask for the kind ("how many", "what is the size of", "in what year") name no part of the answer's topic.
    const content = ASKS_FOR_KIND.has(rule.kind) ? folded.slice(m[0].length).trim() : folded
    // "How many troops ...": what is counted.
    const counted =
      rule.kind !== 'number'
        ? null
        : /^how (?:many|much)$/.test(m[0])
          ? countedNoun(content)
          : /\bpercent(?:age)?$/.test(m[0])
            ? 'percent'
            : /\bof$/.test(m[0])
              ? (content.split(' ').at(-1) ?? null)
              : null
    const read = { ...base, kind: rule.kind, content, focus: counted, ...rule.read?.(m, original, content) }
    if (counted !== null && countsTwoKinds(content)) read.twoPart = true
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
