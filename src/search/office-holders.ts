/**
 * Who speaks or acts where an article writes '"…," the president said' or "the
 * president thanked …": the person holding that office it named last before
 * ("President Ivo Lask", "Mara Venn, Norland's president"). News copy gives the
 * name once and then the office. Only a description that is a sentence's
 * subject is read, and only where the story does not tell of the office changing hands.
 */
import { CALENDAR_WORDS, type Lexicon } from '../text/index.ts'
import { analyzeText } from './analyze.ts'
import type { Article } from '../corpus/index.ts'

type Office = 'president' | 'prime minister'

// How many sentences before the holder named last may name another holder and leave the description unread.
const WINDOW = 3

const officeOf = (title: string): Office => (/^prime minister$/i.test(title) ? 'prime minister' : 'president')

// A title before a name: "President Ivo Lask", "Acting President Tom Hale", "President of Norland Ivo Lask".
const TITLED =
  /(?<![-\p{L}])(President|Prime Minister|Head of State)\s+(?:of\s+(?:the\s+)?(?:Republic\s+of\s+)?\p{Lu}\p{L}+\s+)?((?:\p{Lu}[\p{L}’'-]+\s+){0,3}\p{Lu}[\p{L}’'-]+)/gu
// A name with its office after it: "Mara Venn, Norland's president", "elected Tomas Rell as prime minister".
const APPOSED =
  /((?:\p{Lu}[\p{L}’'-]+\s+){0,2}\p{Lu}[\p{L}’'-]+)(?:,\s+(?:the\s+)?(?:[\p{L}’'-]+\s+){0,2}|\s+as\s+(?:the\s+)?(?:new\s+)?)(president|prime minister)\b(?!\s+of\b|-)/giu
// Words before a title that make it another office, or a past one: "former Norland President", "Vice President".
const NOT_THE_OFFICE = /\b(?:former|first|ex|vice|deputy|late|then|outgoing|previous|dismissed|ousted)\b[\s\p{Lu}\p{L}-]{0,30}$/iu
// A description as the subject of a verb in the past: "the president said", '…," said the prime minister', and opening
// its clause, "The president thanked" (not "who defied the president ordered").
const SPEAKS =
  /\bthe\s+(president|prime minister|head of state)\s+(?:also\s+|later\s+|then\s+)?(?:said|says|told|added|announced|stressed|noted|declared|warned|insisted|wrote)\b|(?:^|[,;:]\s*|\b(?:and|but|then)\s+)[Tt]he\s+(president|prime minister|head of state)\s+(?:also\s+|later\s+|then\s+)?(?:spoke|met|[a-z]{3,}ed)\b|[”"],?\s+said\s+the\s+(president|prime minister|head of state)\b(?!\s+of\b|['’-])/giu
// The office changing hands in the story: then "the prime minister" may be either.
const CHANGE =
  /\b(?:sworn in|swore in|elect(?:ed|s)?|t(?:ook|akes) office|inaugurat\w+|resign\w*|step(?:ped|s)? down|died|dies|death|succe(?:ed\w*|ssor)|predecessor|acting|interim|impeach\w*|ousted)\b/i

/**
 * The surname terms of whom each sentence of `article` names by an office
 * that speaks ('"…," the president said'), by sentence index.
 *
 * @example
 * ```ts
 * speakingHolders(lexicon, article).get(3) // => ['lask']
 * ```
 */
export function speakingHolders(lexicon: Lexicon, article: Article): Map<number, string[]> {
  const found = new Map<number, string[]>()
  const text = article.text
  if (!/\b(?:president|prime minister|head of state)\b/i.test(text)) return found
  const holders = holdersIn(lexicon, text)
  article.sentences.forEach((s, i) => {
    for (const m of s.text.matchAll(SPEAKS)) {
      const office = officeOf(m[1] ?? m[2] ?? m[3]!)
      const named = holders.get(office)
      if (!named) continue
      // The holder named last before the description ("Venn toured the docks. '…,' the president said"), unless
      // another holder of the office is named in the few sentences up to it: then either may be speaking.
      const at = s.start + m.index
      const before = named.filter((n) => n.at < at)
      const last = before.at(-1)
      const from = last ? article.sentences[Math.max(0, sentenceAt(article, last.at) - WINDOW)]!.start : at
      const term = last && !before.some((n) => n.at >= from && n.term !== last.term) ? last.term : undefined
      if (term && !found.get(i)?.includes(term)) found.set(i, [...(found.get(i) ?? []), term])
    }
  })
  return found
}

/** The index of the sentence of `article` holding `offset` (the one before it, between two). */
function sentenceAt(article: Article, offset: number): number {
  let i = 0
  while (i + 1 < article.sentences.length && article.sentences[i + 1]!.start <= offset) i++
  return i
}

/** Each office's holders as named in `text`, every mention of their surnames with its offset; none for an office that changes hands. */
function holdersIn(lexicon: Lexicon, text: string): Map<Office, { term: string; at: number }[]> {
  const terms = new Map<Office, Set<string>>()
  const add = (office: Office, name: string) => {
    const words = name.split(/\s+/)
    // "President Ivo Lask Monday": a day after a name is no part of it.
    while (words.length > 0 && CALENDAR_WORDS.has(words.at(-1)!)) words.pop()
    const term = words.length > 0 ? analyzeText(lexicon, words.at(-1)!.replace(/['’]s$/, '')).at(-1) : undefined
    if (term) terms.set(office, (terms.get(office) ?? new Set()).add(term))
  }
  for (const m of text.matchAll(TITLED)) if (!NOT_THE_OFFICE.test(text.slice(Math.max(0, m.index - 40), m.index))) add(officeOf(m[1]!), m[2]!)
  for (const m of text.matchAll(APPOSED)) add(officeOf(m[2]!), m[1]!)
  const holders = new Map<Office, { term: string; at: number }[]>()
  for (const [office, names] of terms) {
    if (changesHands(text, office)) continue
    const mentions: { term: string; at: number }[] = []
    for (const m of text.matchAll(/\p{Lu}[\p{L}’'-]+/gu)) {
      const term = analyzeText(lexicon, m[0].replace(/['’]s$/, '')).at(-1)
      if (term && names.has(term)) mentions.push({ term, at: m.index })
    }
    holders.set(office, mentions)
  }
  return holders
}

/** True when the story tells of `office` changing hands: a change word near it ("was sworn in as prime minister", "the new president"). */
function changesHands(text: string, office: Office): boolean {
  const word = `\\b${office === 'president' ? 'president' : 'prime minister'}\\b`
  return new RegExp(`(?:${CHANGE.source})[^.!?]{0,50}${word}|${word}[^.!?]{0,50}(?:${CHANGE.source})|\\bnew\\s+${word}`, 'i').test(text)
}
