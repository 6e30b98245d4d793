import { findMentions, type Mention } from './entities.ts'
import { editDistance, foldText } from '../text/index.ts'
import { REGIONS, countryOf } from '../text/index.ts'
import { ROLE_NOUNS, ROLE_NOUN_ALTERNATIVES, ROLES_BEFORE_NAME, lemmaOf } from '../text/index.ts'
import { datelineCredit, type Article, type Sentence } from '../corpus/index.ts'

/**
 * The people an article names, with the roles it gives them, so that a later
 * "Suchkov" is known to be "Maxim Suchkov, director of the Institute for
 * International Studies at MGIMO".
 */

export interface Person {
  /** Full name as first written ("Fiona Hill"). */
  name: string
  /** Roles in the order the article gives them, each verbatim ("a senior fellow at the Brookings Institution"). */
  roles: string[]
}

/** A person mention resolved to the article's full name. */
export interface PersonMention extends Mention {
  person: Person
}

// A role word that can stand before a name without a comma: "Nato secretary-general Jens Stoltenberg".
// "Turkey's foreign minister Mevlut Cavusoglu": the possessive is the role's, never a word "s" of it.
const ROLE_BEFORE = new RegExp(String.raw`((?:\b[A-Z][\w.-]*(?:['’]s)?\s+)?(?:(?<!['’])\b[a-z][\w-]*\s+){0,2}(?:${ROLES_BEFORE_NAME.join('|')}))\s+$`)
const APPOSITIVE_BEFORE = /(?:^|[,;:(]\s*|\b(?:and|but|while)\s+)((?:the|a|an)\s+[a-z][^,;:()“”"]{3,120}),\s*$/
const OPENING_POST =
  /(?:^|[,;:(]\s*|\b(?:and|but|while)\s+)(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|\p{Lu}[\p{L}-]*['’]s)\s+((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+(?:\s+of\s+(?:the\s+)?[^,;:()“”"]{2,80}?)?),\s*$/u
const POST_BEFORE_TITLE =
  /(?:^|[,;:(]\s*|\b(?:and|by|with)\s+)(?:the\s+([a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+of\s+(?:the\s+)?[^,;:()“”"]{3,80}?)|(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+([a-z][\w-]*(?:\s+[a-z][\w-]*)?))\s*$/
const APPOSITIVE_AFTER =
  /^,\s+((?:the |a |an |former |senior |then-)?(?:\p{Lu}[\p{L}-]+['’]s\s+)?[a-z][^,;()“”"]{3,160}?)(?=,|;|\.(?:\s|$)|\s+(?:said|says|told|wrote|added|noted|argued)\b|$)/u

// A name a preposition governs, a title perhaps before it: "led by Prime Minister", "the cabinet of".
const GOVERNED = /\b(?:by|of|to|with|for|from|at|under)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u
// A word of what a post is of, up to the next phrase: no preposition, conjunction or article.
const BODY_WORD = String.raw`(?!(?:on|in|at|for|after|since|until|by|and|with|from|the|a|an)\b)[\p{L}'’-]+`
// A word that ends a post read after "as": a preposition, a conjunction, a word of time ("as mayor on Tuesday"); "of",
// "to" and "for" go on to what the post is of ("head of the bureau", "ambassador to Norland", "minister for culture").
const NOT_POST = String.raw`(?!(?:of|on|at|for|to|from|by|with|after|before|during|since|and|but|or|when|while|last|this|next|earlier|later)\b)`
// "as head of the city's planning office": what the post is of, in capitals or not, up to the next phrase.
const AS_ROLE = new RegExp(
  String.raw`^\s+as\s+((?:the\s+|a\s+|an\s+)?(?:${NOT_POST}[a-z-]+(?:['’]s)?\s+){0,3}${NOT_POST}[a-z-]+(?:\s+(?:of|to|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*|${BODY_WORD}(?:\s+${BODY_WORD}){0,3}))?)(?=[\s,.;]|$)`,
  'du',
)
const POST_NOUN = `(?:${ROLE_NOUN_ALTERNATIVES})s?\\b`
const FOR_POST = new RegExp(`^\\s+(?:for|to)\\s+the\\s+(?:post|office|position|job)\\s+of\\s+((?:[a-z-]+\\s+){0,2}?${POST_NOUN})`, 'd')
// "appointing X Prime Minister", "named X acting prime minister": a post straight after the name of whom a verb of
// appointing names.
const APPOINTING = /\b(?:appoint(?:s|ed|ing)?|nam(?:e|es|ed|ing)|mak(?:e|es|ing)|made|elect(?:s|ed|ing)?)\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}$/u
const NAMED_TO = new RegExp(`^\\s+((?:acting\\s+|interim\\s+|new\\s+)?(?:[a-z-]+\\s+){0,2}?${POST_NOUN})`, 'd')
// "head of the bureau", "chairman of the State Security Committee": what the post is of, up to the next phrase.
const OF_BODY = String.raw`(?:\s+of\s+(?:the\s+)?(?:${BODY_WORD}(?:\s+|(?=[,.;]|$))){1,4})?`
// "Nils Borg becomes economy minister", "Bolat Akchulakov took over as energy minister", "Ana Berg was appointed
// finance minister": the post a sentence says someone moves to.
const BECOMES = new RegExp(
  `^,?\\s+(?:becomes|became|will become|t(?:ook|akes) over as|(?:was|is|has been|had been|will be)\\s+(?:appointed|named|made|installed|confirmed)(?:\\s+as)?)\\s+(?!to\\b)((?:the\\s+|acting\\s+|interim\\s+|new\\s+)?(?:[a-z-]+\\s+){0,2}?${POST_NOUN}${OF_BODY})`,
  'du',
)
const POST_REACH = 120
// The words of a post, lowered so that "as Prime Minister" reads as "as prime minister" does.
const POST_WORDS = new RegExp(`\\b(?:Prime|First|Deputy|Vice|Acting|Interim|Foreign|Defen[cs]e|Interior|Finance|${ROLE_NOUN_ALTERNATIVES})s?\\b`, 'gi')

// "…, who heads the prosecution service, …": a verb of leading, with a body after it, and its post's noun.
const WHO_HEADS =
  /^,\s+who\s+(?:currently\s+|also\s+|now\s+|still\s+)?(heads|leads|chairs|directs|commands|runs)\s+(the\s+[^,;()“”"]{3,120}?)(?=,|;|\.(?:\s|$)|$)/
const HEAD_OF: Record<string, string> = { heads: 'head', leads: 'leader', chairs: 'chair', directs: 'director', commands: 'commander', runs: 'head' }
/** The noun a post read from a relative clause opens with ("head of the …"), before the body's own words. */
export const RELATIVE_POST = new RegExp(`^(?:${[...new Set(Object.values(HEAD_OF))].join('|')}) of (?=the )`)

// A name written as the object of a preposition or the second of a pair belongs to the role's phrase ("the son of Petr Marten").
const RELATION_BEFORE = /\b(?:of|by|to|from|for|with|and|or|under|at|in)\s+(?:the\s+)?$/
const HONORIFIC = /^(?:mr|mrs|ms|miss|dr|sir|dame|prof|madam)\.?$/i

const ROLE_PARTICIPLES = new Set([
  'acting',
  'outgoing',
  'incoming',
  'ruling',
  'governing',
  'leading',
  'serving',
  'presiding',
  'visiting',
  'ranking',
  'managing',
  'founding',
  'standing',
  'reigning',
])

const surnameOf = (name: string) => foldText(name.split(/\s+/).at(-1)!)

/** "Andrei" and "Andrey", "A." and "Andrei": one given name, however spelt; "Anatoly" and "Andrei" are two. */
function sameGivenName(a: string, b: string): boolean {
  const [x, y] = [a, b].map((n) => foldText(n.split(/\s+/)[0]!).replace(/\.$/, ''))
  if (x === undefined || y === undefined || x[0] !== y[0]) return false
  // "Alexander" and "Aleksandr" are one name transliterated; "Anatoly" and "Andrei" are two.
  return x.length === 1 || y.length === 1 || editDistance(x, y) <= Math.max(2, Math.floor(Math.min(x.length, y.length) / 3))
}

/** The roles the text around a person mention gives: title, appositives before and after. */
export function rolesAround(text: string, m: Mention): string[] {
  const roles: string[] = []
  const before = text.slice(0, m.start)
  // A nationality alone ("the Belarusian Alexander Lukashenko") is not a role.
  // "Mr Dvorak", "Dr Iskakova": an honorific is no role.
  if (m.title && !countryOf(m.title) && !HONORIFIC.test(m.title)) {
    roles.push(m.title)
    // "the commander of the peacekeeping forces Colonel General Andrei Serdyukov": a post written before the rank, or
    // set off before it ("the commander of the alliance's force, Russian Colonel General Andrei Serdyukov,").
    const post = POST_BEFORE_TITLE.exec(before.slice(0, before.length - m.title.length - 1).replace(/,\s*$/, ''))
    const held = post && (post[1] ?? post[2])
    if (held && ROLE_NOUNS.test(held)) roles.push(held)
  } else {
    const r = ROLE_BEFORE.exec(before)
    // "chaired by foreign minister Ivo Lask": the preposition is the sentence's, not the role's.
    if (r) roles.push(r[1]!.trim().replace(/^(?:by|of|to|with|from|for|and|as|at|in|on|under|which|that|who|whom|whose)\s+/i, ''))
    // "The Prosecutor General, Berik Asylov, said", "Its Secretary General, …": a post set off before the name,
    // capitalised or opening the sentence, as long as it names a post ("The next day, Lask said" names none).
    const opening = OPENING_POST.exec(before)
    const a = APPOSITIVE_BEFORE.exec(before) ?? (opening && ROLE_NOUNS.test(opening[1]!) ? opening : null)
    if (a) roles.push(a[1]!.replace(/^(?:the|a|an)\s+/, ''))
    // "…, the commander of the joint force Petr Marten, and …": a post written straight before an untitled name.
    // "Her first deputy, Aron Vik, will act …": a post set off before the name.
    const post = r || a ? null : POST_BEFORE_TITLE.exec(before.trimEnd().replace(/,$/, ''))
    const held = post?.[1] ?? post?.[2]
    if (held && ROLE_NOUNS.test(held)) roles.push(held)
  }
  const after = APPOSITIVE_AFTER.exec(text.slice(m.end))
  // "Pashinyan, for his part, said": a phrase that opens with a preposition is an aside, not a role.
  // "..., Admiral Rosa Lind, said." or "..., told reporters": the verb of saying, not a role.
  // ", led by General Orlov, began patrolling ...": what follows the name is the sentence's verb, not a role.
  const opener = after?.[1]!.split(/\s+/)[0]!.toLowerCase() ?? ''
  // ", naming Ivo Lask as ...": a participle goes on with the sentence, unless it is a role's own ("acting prime minister").
  const participle = /ing$/.test(opener) && !ROLE_PARTICIPLES.has(opener)
  const verb = /(?:ed)$/.test(opener) || participle || lemmaOf(opener) !== opener || (!/^(?:the|a|an)$/.test(opener) && !ROLE_NOUNS.test(after?.[1] ?? ''))
  // "Stanislav Zas, the commander of the force Colonel General Andrei Serdyukov, and …": a role that runs into
  // another person's name is that person's, in a list of people each given their post.
  // So does one that ends in a name after a noun ("Ivo Lask, the commander of the joint force Petr Marten, …"), not
  // after "of" ("the son of Petr Marten").
  const another =
    after !== null &&
    findMentions(after[1]!).some(
      (x) =>
        x.type === 'person' &&
        (x.title !== null || (x.end === after[1]!.trimEnd().length && /\s/.test(x.text) && !RELATION_BEFORE.test(after[1]!.slice(0, x.start)))),
    )
  // "…, led by Prime Minister Askar Mamin, the presidential press office said": after a name a preposition governs, the
  // phrase is the sentence's speaker. Sloppy copy ("Eva Sorn, the mayor said the dam would hold") keeps the post.
  const speaks =
    after !== null &&
    GOVERNED.test(text.slice(0, m.start)) &&
    /^\s+(?:said|says|told|wrote|added|noted|argued|announced)\b/.test(text.slice(m.end + after[0].length))
  if (
    after &&
    !verb &&
    !another &&
    !speaks &&
    !/^(?:and|or|but|who|which|that|where|when|for|in|on|at|by|with|as|after|before|meanwhile|said|says|told|tells|added|adds|wrote|writes|noted|notes|argued|argues|warned|warns|stressed|stresses|becomes|became|moves|moved|returns|returned|remains|remained|stays|stayed)\b/.test(
      after[1]!,
    )
  )
    roles.push(after[1]!.trim())
  // "Ivo Lask, who heads the prosecution service at the Prosecutor General's Office, told reporters": the post a
  // relative clause gives, as the noun of its verb ("head of the prosecution service …").
  const heads = WHO_HEADS.exec(text.slice(m.end))
  if (heads) roles.push(`${HEAD_OF[heads[1]!]} of ${heads[2]!.trim()}`)
  // "parliament approved Alikhan Smailov as the new prime minister" (or "as Prime Minister", "as the country's new
  // prime minister"): the post the sentence gives the person; and so do "appointing X Prime Minister", "named X acting
  // prime minister" and "the candidacy of X for the post of Prime Minister". A post's words may be capitalised.
  // The post stands right after the name: a short stretch of the sentence is read, not the rest of it.
  const rest = text.slice(m.end, m.end + POST_REACH).replace(POST_WORDS, (w) => w.toLowerCase())
  const given = AS_ROLE.exec(rest) ?? FOR_POST.exec(rest) ?? BECOMES.exec(rest) ?? (APPOINTING.test(before) ? NAMED_TO.exec(rest) : null)
  if (given && ROLE_NOUNS.test(given[1]!)) roles.push(text.slice(m.end + given.indices![1]![0], m.end + given.indices![1]![1]).trim())
  return roles
}

/**
 * The people of an article, keyed by folded surname, and every mention of
 * them by sentence, including surname-only mentions ("said Hill").
 *
 * @example
 * ```ts
 * const { people } = peopleOf(article)
 * people.get('hill')?.roles // => ['former senior director for Russia and Europe at the US National Security Council', ...]
 * ```
 */
export function peopleOf(article: Article): { people: Map<string, Person>; mentions: Map<number, PersonMention[]> } {
  const people = new Map<string, Person>()
  const raw = article.sentences.map((s) => findMentions(s.text))
  for (const [i, sentenceMentions] of raw.entries()) {
    for (const m of sentenceMentions) {
      if (m.type !== 'person' || !/\s/.test(m.text)) continue
      const known = people.get(surnameOf(m.text))
      // "the former minister Anatoly Serdyukov" beside "Andrei Serdyukov": a namesake is a person of his own.
      const key = known && !sameGivenName(known.name, m.text) ? foldText(m.text) : surnameOf(m.text)
      const person = people.get(key) ?? { name: m.text, roles: [] }
      people.set(key, person)
      for (const role of rolesAround(article.sentences[i]!.text, m)) if (!person.roles.includes(role)) person.roles.push(role)
    }
  }
  const mentions = new Map<number, PersonMention[]>()
  for (const [i, sentenceMentions] of raw.entries()) {
    const sentence: Sentence = article.sentences[i]!
    const found: PersonMention[] = []
    for (const m of sentenceMentions) {
      const person = people.get(foldText(m.text)) ?? people.get(surnameOf(m.text))
      // "reported to Orrel": a surname after "to" is read as a place by its sentence alone, but the article names the person.
      const surnameAsPlace = m.type === 'place' && !/\s/.test(m.text) && !REGIONS.has(m.text)
      if (!person || (m.type !== 'person' && m.type !== 'name' && !surnameAsPlace)) continue
      if (!/\s/.test(m.text)) for (const role of rolesAround(sentence.text, m)) if (!person.roles.includes(role)) person.roles.push(role)
      found.push({ ...m, type: 'person', person })
    }
    if (found.length) mentions.set(i, found)
  }
  return { people, mentions }
}

/**
 * True when a name is the wire a dateline at the start of the sentence credits: "Nordic Wire" reports what the
 * sentence tells, and did none of it. (Not the article's outlet wherever named: a blog's outlet may be its author.)
 *
 * @example
 * ```ts
 * creditedOutlet('ORSA, March 14 (Nordic Wire) - Troops began leaving.', mention) // => true, for "Nordic Wire"
 * ```
 */
export function creditedOutlet(text: string, m: Mention): boolean {
  const credit = datelineCredit(text)
  return credit !== null && foldText(credit) === foldText(m.text)
}
