import { CALENDAR_WORDS, STOP_WORDS, foldText, isVerbLemma } from '../text/index.ts'
import { conceptMatch, type Concept } from '../search/index.ts'
import type { EntityType } from './entities.ts'
import { conceptOfWord, inQuestion, termsOfSentence, type Candidate, type ExtractionContext } from './context.ts'
import type { Found } from './choose.ts'
import { FACILITY_NOUNS } from './question-rules.ts'

/**
 * The places a passage gives for a "where" question: a named place the
 * sentence puts something in or sends it to, or else the phrase after "in"
 * or "at"; never a person, a time, or the place the whole story happens in.
 */

// Nouns for a place smaller than a country.
const SETTLEMENTS = new Set(['city', 'town', 'village', 'capital'])
// Nouns for a place built for travel, and how a name is written as one: "Chkalovsky airfield", "the Gissar military
// airfield", "Orvik, a port in the north", "Almaty Airport", "the air base at Zhetygen".
const FACILITY_NOUN = `(?:${FACILITY_NOUNS})s?`
const FACILITY_FOCUS = new RegExp(`^${FACILITY_NOUN}$`)
// "Almaty Airport": the noun in the name itself (not any institution's: "the Military Institute" is no airfield).
const NAMED_FACILITY = new RegExp(String.raw`\b${FACILITY_NOUN}\b`, 'i')
const NOUN_AFTER = new RegExp(String.raw`^(?:\s+(?:[\p{L}-]+\s+)?|\s*,\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2})${FACILITY_NOUN}\b`, 'iu')
const NOUN_BEFORE = new RegExp(String.raw`\b${FACILITY_NOUN}\s+(?:at|in|of)\s+(?:the\s+)?$`, 'iu')

// "in Geneva", "to the disputed Nagorno-Karabakh area", "from the Chkalovsky air base": a place something is in or goes to.
// "on the parade ground of the Military Institute": a part of a place, then the place.
const LOCATIVE =
  /\b(?:(?:in|at|on|(?<!according )to|into|near|inside|outside|towards?|via|for)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}(?:of\s+(?:the\s+)?)?|(?:town|city|village|capital)(?:\s+of|,)\s+)$/
// Where something is going: "bound for X", "en route to X".
const BOUND = String.raw`bound for|headed for|heading for|en route to`
const DESTINATION = new RegExp(String.raw`\b(?:${BOUND}|on (?:its|their|his|her|the) way to)\s+(?:the\s+)?$`)
// Where only a place is written: "bound for X", "flew to X", "landed in X".
const PLACED_NAME = new RegExp(
  String.raw`\b(?:${BOUND}|(?:fly|flew|flown|flying|landed|landing|arrived|arriving|returned|returning|travel(?:l)?ed)\s+(?:back\s+|home\s+)?(?:to|in|at|into))\s+$`,
)
// An institution named for its grounds or building is a place too: "the Military Institute", "Almaty airport".
const FACILITY =
  /\b(?:Institute|Academy|Airport|Airfield|Air Base|Base|Cosmodrome|Spaceport|Port|Harbou?r|Terminal|Hospital|University|School|Stadium|Square|Palace|Residence|Hotel|Centre|Center|Building|Barracks|Headquarters|Embassy|Station|Plant|Factory|Refinery|Prison)\b/
// "Where did they come from?": the place they left.
const SOURCE = /\b(?:from|out of)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}$/
// "Where did they fly to?", "where did the troops go back to": the place they went to.
// "Where did they fly to?", "where was the convoy headed?": where something went.
const TO_WHERE =
  /\bto\s*$|\b(?:go|goes|went|gone|fly|flew|flown|travel\w*|return\w*|head\w*|sent|send|mov(?:e|ed|es|ing))\s+(?:back\s+|home\s+)?to\b|\b(?:headed|heading|bound|going|destined)\s*$|\b(?:destination|en route)\b/
// A going written with where it went: "was moved to Russian territory", "were flown back to Ivanovo".
const WENT_TO =
  /\b(?:moved|sent|flown|taken|transferred|relocated|shifted|switched|brought|returned|went|flew|driven|evacuated)\s+(?:back\s+|home\s+|out\s+)?(?:to|into)\s/g
// Where a place is written as where something arrived: "landed in", "arrived at", "bound for".
const PUT_THERE = /\b(?:into|bound for|headed for|landed (?:in|at)|arriv\w+ (?:in|at)|reached)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}$/u

/**
 * True when the place at `start`–`end` is not written as where something went while the sentence writes a going
 * to somewhere else ("scheduled in Nur-Sultan, was moved to Russian territory"): it is where it was, not where it
 * went. A place in the clause a going opens ("sent to guard the port in Dessa") is where it went.
 */
function movedElsewhere(text: string, start: number, end: number): boolean {
  if (PUT_THERE.test(text.slice(Math.max(0, start - 40), start))) return false
  const goings = [...text.matchAll(WENT_TO)]
  if (goings.some((w) => w.index < start && !/[,;:]/.test(text.slice(w.index, start)))) return false
  return goings.some((w) => w.index < start || w.index >= end)
}

// The place they left, besides one "from" it (SOURCE): "took off at the Gissar airfield", "at Zhetygen airfield before
// flying home".
const DEPARTED_AT = /\b(?:took off|left|departed|boarded|flew out)\b[^,;.]{0,40}?\bat\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}$/u
const DEPARTED_AFTER = /^[^,;.]{0,60}?\bbefore\s+(?:flying|leaving|heading|departing|returning|setting off|taking off)\b/
// "driven to the Kellvik airfield, where they boarded the planes": a clause that says what happened at the place (the
// name may come before its kind).
const WHERE_CLAUSE = /^(?:\s+[\p{L}-]+){0,2},\s+where\s+([^,;.]{1,80})/u
// What a place gains where such a clause says the question's deed.
const DEED_THERE = 0.2
// The words before a "where" question's verb: its auxiliary, then its subject ("did the Belarusian troops").
const AUXILIARY = new Set(['did', 'do', 'does', 'was', 'were', 'is', 'are', 'has', 'have', 'had', 'will', 'would', 'could', 'can'])

// "in the early morning of", "at the end of", "in 2011": a time, written like a place.
// A time word ends such a phrase ("in the morning", "at the end"); a month or a year may stand anywhere in it.
const WHEN_PHRASE =
  /\b(?:morning|afternoon|evening|night|dawn|dusk|midnight|noon|hours?|days?|weeks?|months?|years?|times?|end|beginning|start|middle|wake|aftermath|past|meantime)$|\b(?:january|february|march|april|may|june|july|august|september|october|november|december|\d{4})\b|\s(?:of|the)$/i
// What a place gains after such a word, and loses without one.
const LOCATED = 0.15
// What a place named by every passage loses as an answer.
const COMMON_PLACE = 0.4

// "Where did he post it?": a question about something published asks on what it appeared.
const PUBLISHED = /\b(?:post(?:ed|s|ing)?|publish(?:ed|es)?|tweet(?:ed|s)?|write|wrote|written|share[ds]?|upload(?:ed|s)?|announce[ds]?)\b/
// "on Facebook", "on his Facebook page", "on its Telegram channel", "in a Facebook post": where it appeared. A name
// is a medium only with a medium's noun after it or as a known platform ("on New Year's Eve" is no medium).
const PLATFORMS = String.raw`Facebook|Telegram|Twitter|Instagram|YouTube|VKontakte|VK|WhatsApp|TikTok|Weibo|WeChat|LinkedIn|Odnoklassniki`
const MEDIUM = String.raw`page|account|channel|feed|site|website|blog|post|message|video|statement|broadcast`
const VENUE = new RegExp(
  String.raw`\b(?:on\s+(?:(?:his|her|its|their|the|an?)\s+)?(?:official\s+)?(?:(${PLATFORMS})\b(?:\s+(?:${MEDIUM}))?|(\p{Lu}[\p{L}.]*)\s+(?:${MEDIUM})\b)|in\s+an?\s+(\p{Lu}[\p{L}.]*)\s+(?:${MEDIUM})\b)`,
  'gu',
)

/** The finder of places for a "where" question, given how a passage's names of some types are read. */
export function placeFinder(ctx: ExtractionContext, mentionsOf: (c: Candidate, types: EntityType[]) => Found[]): (c: Candidate) => Found[] {
  const { question } = ctx
  // "Which town ...?" is not answered by a country.
  const types: EntityType[] = question.focus && SETTLEMENTS.has(question.focus) ? ['place'] : ['place', 'country']
  const facility = question.focus !== null && FACILITY_FOCUS.test(question.focus)
  const fromWhere = /\bfrom\s*$/.test(question.normalized)
  const toWhere = TO_WHERE.test(question.normalized)
  const published = PUBLISHED.test(question.normalized)
  const deed = deedConcept(ctx)
  return (c) => {
    // The medium, where the question is about something published, before any place is looked for.
    if (published) {
      const venues = [...c.sentence.text.matchAll(VENUE)]
        .map((m) => ({ m, name: (m[1] ?? m[2] ?? m[3])! }))
        .filter(({ name }) => !CALENDAR_WORDS.has(name) && !inQuestion(ctx, name))
        .map(({ m, name }) => {
          const start = m.index + m[0].lastIndexOf(name)
          return { text: name, start, end: start + name.length, key: foldText(name), bonus: LOCATED }
        })
      if (venues.length) return venues
    }
    // "according to Shoigu": a person the article names is no place, even after "to".
    const people = ctx.people(c.article, c.sentence.index)
    // A name of no known kind where a place is written ("bound for Ivanovo in central Russia") is one.
    const placed = mentionsOf(c, ['name']).filter((m) => !FACILITY.test(m.text) && PLACED_NAME.test(c.sentence.text.slice(Math.max(0, m.start - 30), m.start)))
    const facilities = types.length > 1 ? mentionsOf(c, ['organisation', 'name']).filter((m) => FACILITY.test(m.text)) : []
    const named = [...mentionsOf(c, types), ...facilities, ...placed]
      .filter((m) => !people.some((p) => p.start < m.end && m.start < p.end))
      .map((m) => {
        // "in Geneva", "to the disputed Nagorno-Karabakh area": a place the sentence puts something in or sends it to.
        // A place named as the sentence's subject, or in a list of members, is not where something happened.
        const located = (fromWhere ? SOURCE : LOCATIVE).test(c.sentence.text.slice(Math.max(0, m.start - 30), m.start))
        // A place most passages name is where the whole story happens, not the answer to where one thing did.
        const common = ctx.commonness(m.text)
        // "Where did they fly to?" is not answered by where they left: "at Zhetygen airfield before flying home to Minsk".
        const left =
          toWhere &&
          (SOURCE.test(c.sentence.text.slice(Math.max(0, m.start - 30), m.start)) ||
            DEPARTED_AT.test(c.sentence.text.slice(Math.max(0, m.start - 60), m.start)) ||
            DEPARTED_AFTER.test(c.sentence.text.slice(m.end, m.end + 80)))
        // "scheduled for 17 January in Nur-Sultan, was moved to Russian territory": where it was, beside where it went.
        const stayed = toWhere && !left && movedElsewhere(c.sentence.text, m.start, m.end)
        const clause = WHERE_CLAUSE.exec(c.sentence.text.slice(m.end))?.[1]
        const there = deed !== undefined && clause !== undefined && saysDeedThere(ctx, deed, clause) ? DEED_THERE : 0
        // "Where was the convoy stopped?" is not answered by where it was going ("en route to Talvik").
        const bound = !toWhere && DESTINATION.test(c.sentence.text.slice(Math.max(0, m.start - 30), m.start))
        return { ...m, bonus: (located ? LOCATED : -LOCATED) - COMMON_PLACE * common + there, misfit: !located || common >= 0.5 || left || bound || stayed }
      })
    // "Which airfield …?" is not answered by a town or a country: only by a name written as an airfield's.
    if (facility)
      return named.filter(
        (m) => NAMED_FACILITY.test(m.text) || NOUN_AFTER.test(c.sentence.text.slice(m.end)) || NOUN_BEFORE.test(c.sentence.text.slice(0, m.start)),
      )
    // A town or city has a name; "in the central square" does not answer "which town".
    if (named.length || types.length === 1) return named
    // No named place: the phrase after "in"/"at" ("in twelve schools"), but not a time ("in the early morning of").
    return [...c.sentence.text.matchAll(/\b(?:in|at|inside|near)\s+((?:the\s+)?[\p{L}\d-]+(?:\s+(?!and\b|or\b|to\b|for\b|on\b)[\p{L}\d-]+){0,2})/gu)]
      .filter((m) => !inQuestion(ctx, m[1]!) && !WHEN_PHRASE.test(m[1]!))
      .map((m) => ({
        text: m[1]!,
        start: m.index + m[0].length - m[1]!.length,
        end: m.index + m[0].length,
        key: foldText(m[1]!),
        misfit: thingAsked(ctx, m[1]!),
      }))
  }
}

// "Where was the temporary HQ?" is not answered by "at the former temporary headquarters": a phrase whose last word,
// its head, is the thing the question names, said as the question says it (another of its words with it), is that
// thing, not where it was (if still a rival that keeps another unsure). "Near the old airport" is another airport.
function thingAsked(ctx: ExtractionContext, phrase: string): boolean {
  const words = phrase.toLowerCase().match(/[\p{L}-]+/gu) ?? []
  const asked = words.map((w) => conceptOfWord(ctx, w))
  return asked.at(-1) !== undefined && new Set(asked.filter((c) => c !== undefined)).size >= 2
}

// "…, where it boarded": the clause goes on about the sentence's own subject. "Where the Swedish team trained", "where
// his fighters hid weapons", "where she held her first rally in 2011", "where it could not land" tell of someone
// else, of another occasion, or of a deed not done.
const THERE_SUBJECT = /^(?:it|they|he|she|we)\s/i
const OTHER_OCCASION = /\b(?:not|never|no longer|first|once|earlier|previously|(?:19|20)\d\d)\b|n['’]t\b/i

/** True when a "where" clause says the deed of the sentence's own subject, this time. */
function saysDeedThere(ctx: ExtractionContext, deed: Concept, clause: string): boolean {
  return THERE_SUBJECT.test(clause) && !OTHER_OCCASION.test(clause) && conceptMatch(deed, termsOfSentence(ctx, clause)) > 0
}

/**
 * The concept of a "where" question's verb: the first word after its subject
 * that can be a bare verb, before a function word or last ("where did the
 * Belarusian troops *get on* the planes", "where were the protesters
 * *detained*"); a plural noun is no verb.
 */
function deedConcept(ctx: ExtractionContext): Concept | undefined {
  const words = ctx.question.normalized.match(/[a-z-]+/g) ?? []
  const aux = words.findIndex((w) => AUXILIARY.has(w))
  for (const [i, word] of aux < 0 ? [] : words.slice(aux + 2).entries()) {
    // "the rescue helicopters land": a word before a noun modifies it; the verb stands before a function word or last.
    const next = words[aux + 3 + i]
    if (/[^s]s$/.test(word) || !isVerbLemma(word) || (next !== undefined && !STOP_WORDS.has(next))) continue
    return ctx.concepts.find((k) => k.asked === word || k.asked?.startsWith(`${word}_`))
  }
  return undefined
}
