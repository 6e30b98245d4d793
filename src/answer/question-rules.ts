import { MONTHS, WEEKDAYS, foldText, isAdverbOnly } from '../text/index.ts'
import type { AnswerKind, QuestionAnalysis } from './types.ts'
import { countedNoun } from './question-parts.ts'

// What follows "which general" when it asks for a person: an auxiliary, a past tense, or a verb of leading or saying.
const DEEDS_OF_A_GENERAL = String.raw`was|is|were|are|has|had|will|would|could|did|does|[a-z]+ed|said|says|led|leads|ran|runs|told|took|gave|went|sent|came|got|kept|held|commands|heads|oversees`

/** The words for a relative, as a regular expression's alternatives ("nephew", "son-in-law", "cousins"). */
export const KIN_WORDS = String.raw`(?:sons?|daughters?|nephews?|nieces?|brothers?|sisters?|wife|husband|relatives?|in-laws?|son[- ]in[- ]law|daughter[- ]in[- ]law|grandsons?|granddaughters?|cousins?|family)`
// Words for a person by what he is or does ("which official", "which of the mayor's aides").
const PERSON_WORDS = `person man woman guy dude lady official officer leader politician president minister premier mayor governor
chairman chairwoman secretary chief boss director expert analyst activist journalist reporter lawyer judge prosecutor
lawmaker senator mp deputy diplomat spokesman spokeswoman spokesperson envoy ambassador commander colonel admiral marshal
soldier businessman businesswoman tycoon oligarch aide adviser advisor`.split(/\s+/)
const PERSON_NOUN = `(?:${PERSON_WORDS.join('|')})`
// The same, more than one: "which of lask's old deputies" picks one of them.
const plural = (w: string) =>
  w === 'person'
    ? 'people'
    : /man$/.test(w)
      ? w.replace(/man$/, 'men')
      : /[^aeiou]y$/.test(w)
        ? w.replace(/y$/, 'ies')
        : /(?:s|sh|ch)$/.test(w)
          ? `${w}es`
          : `${w}s`
const PERSON_NOUNS = `(?:${PERSON_WORDS.map(plural).join('|')}|${KIN_WORDS})`

/**
 * The table that types a question by its opening words: what kind of answer
 * it asks for, and the parts of it the rule reads (what is counted, the
 * focus noun, the subject to describe).
 */

export interface Rule {
  pattern: RegExp
  kind: AnswerKind
  /** Builds the rest of the analysis from the match. */
  read?: (m: RegExpExecArray, original: string, content: string) => Partial<QuestionAnalysis>
}

// A word that may stand between "which" and the noun that asks for the kind ("which russian city", "which other
// countries"), though not a verb's helper: "what did member states agree" asks for what they agreed.
const A_WORD = String.raw`(?:(?!(?:did|does|do|is|was|were|are|has|have|had|will|would|can|could|should|might|must)\b)[a-z-]+\s+)?`

export const nameIn = (original: string, folded: string) => {
  const at = foldText(original).indexOf(folded)
  return at >= 0 ? original.slice(at, at + folded.length).trim() : folded
}

// "the death toll on the 3rd", "on feb 3", "on monday": a toll of a day, not "the toll on families".
const ON_A_DAY = String.raw`(?:the\s+\d|\d|(?:${MONTHS.map((m) => m.slice(0, 3).toLowerCase()).join('|')})[a-z]*\.?\s+\d|(?:${WEEKDAYS.join('|').toLowerCase()})\b)`
const PICKS_IN_TIME = /\b(?:final|latest|initial|first|earliest|revised|current|new|old)\b/g
// "before it got revised up", "before they walked it back": picks the earlier figure, as "first" does.
const BEFORE_CHANGE = /\bbefore (?:it|they|that|this|the \w+) (?:got |was |were |had been )?\w+(?: (?:it|them))?(?: (?:up|down|back))?\b/

// What a question may say of a person's job that asks for no other one: "normal job", "day job", "official title".
const JOB_ADJECTIVES = 'normal|usual|regular|real|day|main|official|current|actual|proper|full'

/** Nouns for a place built for travel: "which airfield" asks for a place written as one. */
export const FACILITY_NOUNS = 'airfield|airport|air ?base|base|port|harbou?r|border crossing|crossing|border post|checkpoint'

// Tried in order, after the quotation questions; the first that matches decides the kind.
export const RULES: Rule[] = [
  {
    // "What was the deadline for getting everyone out?": the day by which it was to end, written "by January 19".
    pattern: /^what (?:is|was) the (?:deadline|due date|cut-?off(?: date)?) (?:for|to)\b/,
    kind: 'date',
    read: (_m, _o, content) => ({ focus: 'deadline', content: content.replace(/^.*?\b(?:deadline|due date|cut-?off(?: date)?)\s+/, '') }),
  },
  {
    // "By what date were all the troops gone?", "by when": the day something was done by, its end.
    pattern: /^(?:(?:by|until|till) (?:what|which) (?:date|day|time)|(?:by|until|till) when)\b/,
    kind: 'date',
    read: () => ({ focus: 'end' }),
  },
  {
    // "What time does the curfew start?", "at what time did they land": a time of day, never a day.
    pattern: /^(?:(?:at|from|until|till) )?what (?:time|hour)\b(?!\s+(?:period|frame|span|zone|of (?:the )?(?:year|month|week)))/,
    kind: 'time',
  },
  {
    pattern:
      /^(?:when|what (?:date|day|time|year|month)|since when|(?:on|in|by|until|till|since) (?:what|which) (?:date|day|year|month)|which (?:date|day|year|month)|how long ago)\b/,
    kind: 'date',
  },
  {
    pattern:
      /^(?:how (?:many|much|large|big|long|far)|what (?:number|amount|percent|percentage|proportion|share|size|sum)|(?:what|which)(?:\s+(?:is|was|are|were)|['’]s)\s+the\s+(?:(?:updated|revised|latest|final|official|new|total|overall|initial|first|[a-z]+(?:al|ed|est))\s+){0,2}(?:number|size|total) of)\b/,
    kind: 'number',
  },
  { pattern: /^how old\b/, kind: 'number', read: () => ({ focus: 'age' }) },
  {
    // "What did a litre cost?", "what's the price of a ticket", "what was the fare before": a sum, asked as "how much"
    // asks it. Only of a thing sold ("a litre", "each ticket"): "what did the war cost" may be answered in lives.
    pattern:
      /^what(?=\s+(?:did|does|do|will|would|could|might)\s+(?:a|an|one|each)\s+(?:.+\s)?costs?\b(?!\s+(?:him|her|them|me|us|you|the|his|their|its|our|my)\b))|^what(?:\s+(?:is|was|were|are)|['’]s)\s+the\s+(?=(?:[\w-]+\s+)?(?:price|cost|fare|fee|rent|wage|salary|tuition|bill)s?\b(?!\s+(?:of|for)\s+(?:it|this|that)\b))/,
    kind: 'number',
  },
  {
    // "What was turnout in the referendum?", "turnout for the vote?": a share of the voters, as a per cent.
    pattern: /^what(?:\s+(?:is|was|were)|['’]s)\s+(?:the\s+)?(?=(?:[\w-]+\s+){0,2}turnout\b)|^(?=turnout\b)/,
    kind: 'number',
    read: () => ({ focus: 'percent' }),
  },
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
    // of the hurt), asked with or without a question word before it; "the death toll of the floods" too, though "the
    // toll of the war" alone may be no count.
    pattern: new RegExp(
      String.raw`^(?:what(?:\s+(?:is|was|are|were)|['’]s)\s+the\s+(?:[\w-]+\s+){0,3}?|(?:(?:final|official|latest|initial|first|earliest|revised|total|overall|current|new|old)\s+){0,3})(?:(?:death|casualty|injury)\s+toll\b(?!\s+on\b(?!\s+${ON_A_DAY}))|toll\b(?!\s+(?:of|on)\b(?!\s+${ON_A_DAY})))`,
    ),
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
    pattern: new RegExp(
      String.raw`^(?:where|(?:in|at|from) (?:what|which) ${A_WORD}(city|place|town|village|location|country|${FACILITY_NOUNS})|(?:what|which) ${A_WORD}(city|place|town|village|location|capital|region|${FACILITY_NOUNS})\b|what is the capital of)`,
    ),
    kind: 'place',
    read: (m) => ({ focus: m[1] ?? m[2] ?? null }),
  },
  {
    pattern: new RegExp(
      String.raw`^(?:which|what|name the|list the)\s+${A_WORD}(countries|country|nations|nation|states|members|member states|member countries)\b`,
    ),
    kind: 'countries',
    read: (m) => ({ plural: /s$/.test(m[1]!), focus: m[1]! }),
  },
  {
    // "list every country that …", "name all the countries": several, whatever the noun's number.
    pattern: /^(?:name|list)(?: all(?: the)?| every| each)?\s+(countries|country|nations|nation|member states|member countries)\b/,
    kind: 'countries',
    read: (m) => ({ plural: true, focus: m[1]! }),
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
    // "What's Lind's normal job?": the post the articles give the person, as "who is Lind" asks; only a person's
    // (focus 'post'). A thing's job ("the force's job") is what it does; a country's position is a stance, and
    // "what is X's position on …" asks for one.
    pattern: new RegExp(
      `^what(?:\\s+(?:is|was)|['’]s)\\s+(?!(?:the|a|an|this|that|its|their|his|her)\\s)(.+?)(?:['’]s|['’]|s)?\\s+(?:(?:${JOB_ADJECTIVES})\\s+)?(?:job|role|post|position|title|rank)$`,
    ),
    kind: 'description',
    // The post is looked for where the person is named, whatever words the question asks it with.
    read: (m, o) => ({ subject: nameIn(o, m[1]!), content: m[1]!, focus: 'post' }),
  },
  {
    // "What job did Lind have before she became mayor?": a post the articles give the person, an earlier one when asked.
    pattern: /^what (?:jobs?|posts?|position|titles?) did (?!(?:the|a|an|this|that|its|their|his|her)\s)(.+?) (?:have|hold)\b/,
    kind: 'description',
    read: (m, o) => ({ subject: nameIn(o, m[1]!), content: m[1]!, focus: 'post' }),
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
  {
    // "Which Turkish official welcomed …?", "which Russian commander led it", "which armenian guy announced it": a
    // person, whatever words describe the post, a rank too ("which colonel"; not "which general": a director general and
    // a general hospital are none, so its labeller reads no name as a label);
    // "which nazarbayev son in law quit …": a relative, or an aide, is a person too. Not where a "who" follows
    // ("which mod guy announced who would command the force"): two persons are asked of, one who did, one done about.
    pattern: new RegExp(
      String.raw`^(?:who|whom|whose|(?:which (?!(?:kind|type|sort)s?\b)(?:of\s+(?:the|his|her|their)\s+)?(?:[\w'’-]+\s+){0,2}?(?:${PERSON_NOUN}|${KIN_WORDS})|which of\s+(?:the|his|her|their|[\w-]+['’]s?)\s+(?:[\w'’-]+\s+){0,2}?${PERSON_NOUNS})\b(?!['’])(?!.*\bwho(?:m|se)?\b))\b`,
    ),
    kind: 'person',
  },
  {
    // "which general was in charge", "which russian general commands the force": a general who did something is a
    // person; "which general hospital", "which general council" are not, nor is one "which general" asks to name.
    pattern: new RegExp(String.raw`^which\s+(?:[\w'’-]+\s+)?general\s+(?:${DEEDS_OF_A_GENERAL})\b(?!.*\bwho(?:m|se)?\b)`),
    kind: 'person',
  },
  { pattern: /^(?:is|are|was|were|did|does|do|has|have|had|can|could|will|would|should)\b/, kind: 'yesno' },
  {
    pattern: /^(?:which|what)\s+(?!(?:he|she|it|they|we|you|i)\b)([a-z-]+)\s+(?:of|in|on|did|does|do|is|was|were|are|has|had|have|will|would|can|could)\b/,
    kind: 'other',
    // "what exactly is he accused of": an adverb is no thing asked for.
    read: (m) => ({ focus: isAdverbOnly(m[1]!) ? null : m[1]! }),
  },
]

/** A question that asks for a whole leaving a part out: "not just the kz mission", "not counting the police", "excluding Almaty". */
export const LEAVES_OUT = /\b(?:not just|not only|not counting|excluding|leaving out)\b/
