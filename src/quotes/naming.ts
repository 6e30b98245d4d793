/**
 * What a speaker called something ("The ministry called the remark “typically
 * offensive”"): a statement of the speaker's however short, told apart from a
 * call made ("called a meeting of the “security council”") and a scare quote.
 */
import { ADV, APPOSITIVE, SPEAKER, V } from './speaker-phrase.ts'
import { sentenceAt } from './sentences.ts'
import type { MarkedQuote } from './marks.ts'
import type { Article } from '../corpus/index.ts'

/** The verbs that give something a name ("called", "dubbed", "labelled"), as a regular expression's alternatives. */
export const NAMING_VERBS = 'called|calls|described|describes|branded|brands|dubbed|dubs|labell?ed|labels'

// "The ministry called the remark “typically offensive”": the words that name something are the speaker's.
export const NAMING_BEFORE = new RegExp(
  `${SPEAKER}${APPOSITIVE}?,?\\s+${ADV}(?:${NAMING_VERBS})\\s+(?:(?!for\\b|on\\b|off\\b|up\\b)[\\p{L}'’-]+\\s+){1,5}(?:as\\s+)?$`,
  'du',
)

/**
 * True when the attributing words before a quotation name something with it
 * ("The ministry called the remark “typically offensive”"): what the speaker
 * called it is a statement, however short, not a scare quote.
 */
export function namesWith(article: Article, f: { quote: MarkedQuote; paragraph: number }): boolean {
  const sentence = sentenceAt(article, f.quote.open)
  const para = article.paragraphs[f.paragraph]!
  const before = article.text.slice(sentence?.start ?? para.start, f.quote.open)
  const quoted = article.text.slice(f.quote.start, f.quote.end)
  // "Officials called them “terrorists”, Petrov said": the one who reports it is not the one who named it.
  const after = article.text.slice((f.quote.close ?? f.quote.end) + 1, sentence?.end ?? para.end)
  const naming = NAMING_BEFORE.exec(before)
  // "Marek, described by diplomats as …": the naming is another's. "called a meeting of the “security council”",
  // "called him “several times” during the night", "called them “to account”": a call, not a name given.
  return (
    naming !== null &&
    !/\b(?:by|of|to|for)\s+(?:\S+\s+){0,3}$/i.test(naming[0].replace(/\s+as\s+$/, ' ')) &&
    !NOT_A_NAME_GIVEN.test(quoted) &&
    END_OF_CLAUSE.test(after) &&
    !REPORTED_AFTER.test(after)
  )
}
// Words a name given never opens with: a preposition, a count.
const NOT_A_NAME_GIVEN = /^(?:to|for|of|in|on|at|by|with|from|several|many|few|\d|one|two|three|twice|once)\b/i
// A name given closes its clause: "… “typically offensive” and accused …", "… “a farce”."
const END_OF_CLAUSE = /^\s*(?:[.,;:!?)]|and\b|but\b|$)/
const REPORTED_AFTER = new RegExp(`\\b${V}\\b`, 'u')
