import { STOP_WORDS, isAdverb, isLemma, isNounNeverAdverb } from '../text/index.ts'
import { capitalisedRuns, spanOf, splitOfCountry } from './name-runs.ts'
import { COUNTRIES } from '../text/index.ts'

const COUNTRY_SET = new Set(COUNTRIES.keys())
import { CALENDAR_WORDS, NOT_A_NAME, REGIONS, TITLE_WORDS, ORG_WORDS, countryOf } from '../text/index.ts'

/**
 * Finds the named things in a sentence: people (with the title or role written
 * before the name), countries, organisations and places, and quantities with
 * their units. Works on capitalisation and word lists, which suits news copy.
 */

export type EntityType = 'person' | 'country' | 'organisation' | 'place' | 'name'

/** A name found in a text. Offsets are relative to the text given. */
export interface Mention {
  type: EntityType
  /** The name as written, without a title before it ("Antony Blinken"). */
  text: string
  start: number
  end: number
  /** For countries the canonical name ("United States" for "U.S."); otherwise `text`. */
  canonical: string
  /** Title or role written right before a person's name ("US Secretary of State"), or `null`. */
  title: string | null
}

// "according to Shoigu" names a source, not a place.
// "the oil town of Velmar", "the regional capital, Osk": a settlement's name.
const PLACE_BEFORE =
  /\b(?:(?:in|at|(?<!according )to|from|near|into|inside|outside|across|toward|towards|via)\s+(?:the\s+)?|(?:town|city|village|capital)(?:\s+of|,)\s+)$/
// "sealed off the capital, Lask said": a name after the comma that then speaks is the speaker, not the city.
const SPEAKS_AFTER = /^\s+(?:said|says|told|added|wrote|noted|stated|announced|declared|insisted|warned|claimed)\b/

const isTitle = (w: string) => TITLE_WORDS.has(w) || TITLE_WORDS.has(w.replace(/-.*/, ''))
// "Finance Minister", "Second Deputy Prime Minister": a noun or an ordinal, capitalised before a title, says which post
// it is ("Meanwhile Colonel General …" is no post).
const ORDINAL = /^(?:Second|Third|Fourth|Fifth)$/
const ofPost = (words: readonly { text: string }[], k: number) =>
  k + 1 < words.length &&
  isTitle(words[k + 1]!.text) &&
  (isNounNeverAdverb(words[k]!.text.toLowerCase()) || ORDINAL.test(words[k]!.text)) &&
  !isTitle(words[k]!.text)
// Words that may open a title as well as a sentence ("First Deputy Prime Minister", "Acting President", "Then Mayor").
const QUALIFIES_TITLE = new Set([
  'First',
  'Second',
  'Third',
  'Former',
  'Late',
  'Acting',
  'Then',
  'Deputy',
  'Vice',
  'Chief',
  'Senior',
  'Junior',
  'Outgoing',
  'Incoming',
])
// Where a sentence opens: the text's start, or after a full stop, a colon, a dash or an opening quotation mark.
const opensSentence = (text: string, at: number) => /(?:^|[.!?:;—–]["”’]?\s+|["“(]\s*)$/.test(text.slice(Math.max(0, at - 8), at))
const isAcronym = (w: string) => /^(?:[A-Z]{2,}|(?:[A-Z]\.){2,})$/.test(w)

/**
 * The names in a text, left to right.
 *
 * @example
 * ```ts
 * findMentions('US Secretary of State Antony Blinken spoke in Geneva.')
 * // => [{ type: 'person', text: 'Antony Blinken', title: 'US Secretary of State', ... },
 * //     { type: 'place', text: 'Geneva', ... }]
 * ```
 */
export function findMentions(text: string): Mention[] {
  const mentions: Mention[] = []
  for (const run of capitalisedRuns(text).flatMap((r) => splitOfCountry(text, r))) {
    // "Jan Kubis": a given name, not January, when a name follows it in the run.
    let words = run.words.filter(
      (w, i) => !CALENDAR_WORDS.has(w.text) || (w.text === 'Jan' && i === 0 && run.words.length > 1 && !CALENDAR_WORDS.has(run.words[1]!.text)),
    )
    if (words.length === 0) continue
    // The first word of a sentence is capitalised whatever it is.
    while (words.length && !isAcronym(words[0]!.text) && STOP_WORDS.has(words[0]!.text.toLowerCase())) words = words.slice(1)
    // "Meanwhile Colonel General Andrey Lask said": nor is an adverb opening the sentence, before a name of its own.
    if (
      words.length > 2 &&
      opensSentence(text, words[0]!.start) &&
      isAdverb(words[0]!.text.toLowerCase()) &&
      !QUALIFIES_TITLE.has(words[0]!.text) &&
      !isTitle(words[0]!.text)
    )
      words = words.slice(1)
    if (words.length === 0) continue
    const whole = spanOf(text, words)
    const country = countryOf(whole)
    if (country && COUNTRIES_BY_NAME(whole)) {
      mentions.push(mention('country', text, words[0]!.start, words.at(-1)!.end, country, null))
      continue
    }
    // "Neighbouring Latvia and Lithuania": a word English has, capitalised at the start of a sentence, before a country.
    const rest = words.length === 2 ? words[1]! : undefined
    if (rest && isLemma(words[0]!.text.toLowerCase()) && !isTitle(words[0]!.text) && COUNTRIES_BY_NAME(rest.text)) {
      mentions.push(mention('country', text, rest.start, rest.end, countryOf(rest.text), null))
      continue
    }
    if (REGIONS.has(whole)) {
      mentions.push(mention('place', text, words[0]!.start, words.at(-1)!.end, null, null))
      continue
    }
    if (words.every((w) => isTitle(w.text) || countryOf(w.text)) || words.some((w) => NOT_A_NAME.has(w.text))) {
      mentions.push(mention('name', text, words[0]!.start, words.at(-1)!.end, null, null))
      continue
    }
    const hasOrgWord = words.some((w) => ORG_WORDS.has(w.text) || isAcronym(w.text))
    // Titles, roles and nationalities before a name: "Kazakh President Kassym-Jomart Tokayev".
    // "First Deputy Prime Minister ...": a rank's "First" is part of the title after it.
    let k = words.length > 2 && words[0]!.text === 'First' && isTitle(words[1]!.text) ? 1 : 0
    while (k < words.length - 1 && (isTitle(words[k]!.text) || countryOf(words[k]!.text) || isAcronym(words[k]!.text) || ofPost(words, k))) k++
    const tail = words.slice(k)
    const tailIsName =
      tail.every((w) => !ORG_WORDS.has(w.text) && !isTitle(w.text) && !countryOf(w.text) && !isAcronym(w.text)) && !OF_SOMEWHERE.test(spanOf(text, tail))
    if (k > 0 && tailIsName && tail.length === 4) {
      // Two names side by side, as in a clumsy translation: "Nursultan Nazarbayev Ermukhamet Ertysbayeva".
      const title = text.slice(words[0]!.start, words[k - 1]!.end)
      mentions.push(mention('person', text, tail[0]!.start, tail[1]!.end, null, title))
      mentions.push(mention('person', text, tail[2]!.start, tail[3]!.end, null, null))
      continue
    }
    // "Prime Minister of the Republic": the place or body a post is of, with no name after it.
    if (k > 0 && tail.length < 3 && /^\s+of\s+(?:the\s+)?$/.test(text.slice(words[k - 1]!.end, tail[0]!.start))) {
      mentions.push(mention('name', text, words[0]!.start, words.at(-1)!.end, null, null))
      continue
    }
    // "appointing Ivo Lask Prime Minister": a name, then the post it is given.
    let post = words.length
    while (post > 0 && isTitle(words[post - 1]!.text)) post--
    const named = words.slice(0, post)
    if (
      post < words.length &&
      named.length >= 2 &&
      named.length <= 3 &&
      named.every((w) => /^\p{Lu}[\p{Ll}'’-]/u.test(w.text) && !isTitle(w.text) && !countryOf(w.text))
    ) {
      mentions.push(mention('person', text, named[0]!.start, named.at(-1)!.end, null, null))
      continue
    }
    if (k > 0 && tailIsName && tail.length <= 3) {
      const title = text.slice(words[0]!.start, words[k - 1]!.end)
      // "Mayor of Almaty Bakytzhan Sagintayev": the post's place, then the name.
      const placeOfPost = tail.length === 3 && /^\s+of\s+$/.test(text.slice(words[k - 1]!.end, tail[0]!.start))
      if (placeOfPost) {
        mentions.push(mention('place', text, tail[0]!.start, tail[0]!.end, null, null))
        mentions.push(mention('person', text, tail[1]!.start, tail[2]!.end, null, text.slice(words[0]!.start, tail[0]!.end)))
        continue
      }
      if (!hasOrgWord || tail.length >= 2 || isTitle(words[k - 1]!.text)) {
        mentions.push(mention('person', text, tail[0]!.start, tail.at(-1)!.end, null, title))
        continue
      }
    }
    // "Hugh Lind of Human Rights Watch", "Ivo Lask of the Velmar Party": a person, then the body he is of.
    const of = personOf(text, words)
    if (of > 0) {
      const body = words.slice(of)
      const bodyText = spanOf(text, body)
      mentions.push(mention('person', text, words[0]!.start, words[of - 1]!.end, null, null))
      mentions.push(mention(countryOf(bodyText) ? 'country' : 'organisation', text, body[0]!.start, body.at(-1)!.end, countryOf(bodyText), null))
      continue
    }
    if (hasOrgWord) {
      // "Fund for Strategic Development Igor Shatrov": an organisation, then the person who speaks for it.
      const last2 = words.slice(-2)
      const personAfter =
        words.length >= 4 &&
        last2.every((w) => !ORG_WORDS.has(w.text) && !isTitle(w.text) && !isAcronym(w.text) && !countryOf(w.text)) &&
        /^\p{Lu}\p{Ll}+$/u.test(last2[0]!.text) &&
        /^\p{Lu}\p{Ll}+$/u.test(last2[1]!.text)
      const orgWords = personAfter ? words.slice(0, -2) : words
      mentions.push(mention('organisation', text, orgWords[0]!.start, orgWords.at(-1)!.end, null, null))
      if (personAfter) mentions.push(mention('person', text, last2[0]!.start, last2[1]!.end, null, spanOf(text, orgWords)))
      continue
    }
    const before = text.slice(Math.max(0, words[0]!.start - 20), words[0]!.start)
    // "the akim (mayor) of Almaty Bakytzhan Sagintayev": the place a post is of, then the person who holds it.
    if (words.length >= 3 && words.length <= 4 && POST_OF.test(before) && words.every((w) => /^\p{Lu}[\p{Ll}'’-]/u.test(w.text))) {
      const name = words.slice(-2)
      mentions.push(mention('place', text, words[0]!.start, words.at(-3)!.end, null, null))
      mentions.push(mention('person', text, name[0]!.start, name[1]!.end, null, null))
      continue
    }
    // "Prime Minister of the Republic of Kazakhstan", "Deputies of the Mazhilis": a post or a body "of" somewhere,
    // not a name; a person's name holds no post and no country.
    // "Baikonur Cosmodrome", "Republic Square", "Caspian Sea", "Brisk Air Base": a name that ends in a kind of place is that place.
    if (
      words.length >= 2 &&
      (PLACE_HEADS.test(words.at(-1)!.text) || (words.length >= 3 && /^(?:Air|Naval) Base$/.test(`${words.at(-2)!.text} ${words.at(-1)!.text}`)))
    ) {
      mentions.push(mention('place', text, words[0]!.start, words.at(-1)!.end, null, null))
      continue
    }
    const postOrBody = words.some((w) => isTitle(w.text) || countryOf(w.text)) || OF_SOMEWHERE.test(whole)
    if (words.length >= 2 && words.length <= 4 && !postOrBody && words.every((w) => /^\p{Lu}[\p{Ll}'’-]/u.test(w.text))) {
      mentions.push(mention('person', text, words[0]!.start, words.at(-1)!.end, null, null))
      continue
    }
    const speaks = before.endsWith(', ') && SPEAKS_AFTER.test(text.slice(words.at(-1)!.end))
    const type: EntityType = PLACE_BEFORE.test(before) && !speaks ? 'place' : 'name'
    mentions.push(mention(type, text, words[0]!.start, words.at(-1)!.end, null, null))
  }
  return mentions
}

// Kinds of place that are no common surname ("Park", "Lake", "Field", "Street" are).
const PLACE_HEADS =
  /^(?:Cosmodrome|Spaceport|Airport|Airfield|Airbase|Crossing|Checkpoint|Square|Avenue|Prospekt|Boulevard|Stadium|Palace|Harbou?r|Station|Refinery|Oilfield|Sea|Mountains|Valley|Steppe|Region|Oblast|District|Province)$/

// "Republic of Velmar", "Deputies of the Assembly": words joined by "of" name a place or a body, never a person.
const OF_SOMEWHERE = /\s(?:of|for)\s/

const POST_OF = /\b(?:mayor|akim|governor|head|president|minister|commander|chief|ambassador|chairman|chairwoman|leader|prefect)\)?\s+of\s+(?:the\s+)?$/i

// A demonym alone ("Russian") is an adjective, not the country.
const COUNTRIES_BY_NAME = (name: string) => countryOf(name) !== null && !DEMONYM_ONLY(name)
const DEMONYM_ONLY = (name: string) => /^\p{Lu}\p{Ll}+(?:an|ian|ish|ese|i|ic|ch|h|z|k)$/u.test(name) && countryOf(name) !== null && !countryName(name)
const countryName = (name: string) => COUNTRY_SET.has(name.replace(/[’']s$/, ''))

function mention(type: EntityType, text: string, start: number, end: number, canonical: string | null, title: string | null): Mention {
  const value = text.slice(start, end)
  return { type, text: value, start, end, canonical: canonical ?? value, title }
}

/**
 * Where the body a person is "of" begins in a run ("Hugh Lind of Human Rights Watch" → 2), or -1: two or three
 * words of a name, none a title, a body's word or a country, not all of them words English has ("Democratic Choice of
 * Kazakhstan" is a party), then "of" and a body, or a country.
 */
function personOf(text: string, words: readonly { text: string; start: number; end: number }[]): number {
  const at = words.findIndex((w, i) => i >= 2 && i <= 3 && /^\s+of\s+(?:the\s+)?$/.test(text.slice(words[i - 1]!.end, w.start)))
  if (at < 0) return -1
  const name = words.slice(0, at)
  const body = words.slice(at)
  const plain = name.every((w) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(w.text) && !ORG_WORDS.has(w.text) && !isTitle(w.text) && !countryOf(w.text))
  const bodyOf = body.some((w) => ORG_WORDS.has(w.text) || isAcronym(w.text)) || countryOf(spanOf(text, body)) !== null
  return plain && bodyOf && !name.every((w) => isLemma(w.text.toLowerCase())) ? at : -1
}
