import { DEMONYMS, tokenize } from '../text/index.ts'
import { capitalise, conceptOfWord, termsOfSentence, type Candidate, type Extraction, type ExtractionContext } from './context.ts'
import { MAX_GAP } from './choose.ts'
import { namesEarlierYear } from './parts.ts'
import { SURE_OPEN } from './open-answers.ts'

/**
 * What a yes/no question is answered with: the sentence that covers it best,
 * as the articles say it, and when that sentence does not say it after all.
 */

/**
 * A yes/no question is answered with what the articles say, not with a yes or
 * no the extraction cannot vouch for: the sentence that covers it best.
 */
export function statement(ctx: ExtractionContext, candidates: readonly Candidate[], question: string): Extraction | null {
  const c = candidates[0]
  // "Did Ostria send troops? Officials would not say.": a question the article asks says nothing.
  if (!c || c.coverage < 0.8 || /\?["”’]?$/.test(c.sentence.text)) return null
  // "Did they ask Russia or the CSTO?" asks which: a sentence on one of them does not say. "Did the UN say
  // anything about it?" leans on what "it" was in a conversation the articles were not part of.
  const choice = /\bor\b/i.test(question)
  const unresolved = /\b(?:about|on|of|with|for)\s+(?:it|this|that|them)\b/i.test(question)
  // "Had the CSTO ever sent troops before?" asks for a precedent: a sentence on this deployment alone, with no
  // "first", "never" or a year before the article's, does not say whether there was one.
  const noPrecedent = PRECEDENT_ASKED.test(question) && !PRECEDENT_SAID.test(c.sentence.text) && !namesEarlierYear(c.sentence.text, c.article.date)
  // The sentence shown says the question in its own words, every idea of it: other sentences that say it as fully
  // ("the first time in its history", "the first time it has actually deployed") say the same, not something else.
  const doubtful = choice || unresolved || noPrecedent || compoundApart(ctx, c.sentence.text) || subjectOnlyWhere(ctx, c.sentence.text) || subjectByKin(ctx, c)
  return {
    answer: `The articles say: ${c.sentence.text}`,
    sources: [{ candidate: c, focus: c.sentence }],
    sure: !doubtful && c.own >= SURE_OPEN && c.gap < MAX_GAP && !c.missesName,
  }
}

// A yes/no question's auxiliary, before its subject.
const ASKED_OF = String.raw`^(?:is|are|was|were|did|does|do|has|have|had|will|would)`
// Its subject ("did any peacekeepers die"), and one that does the deed (not "were the troops sent").
const SUBJECT = new RegExp(String.raw`${ASKED_OF}\s+(?:(?:the|any|a|an)\s+)?([a-z][\w-]*)`)
const ACTIVE_SUBJECT = new RegExp(String.raw`${ASKED_OF}\s+(?:the\s+)?([a-z][\w-]*)\s+(?![a-z]+(?:ed|en)\b)`)

// "Did any peacekeepers die?" of "18 members of the security forces had died": the question's doer is said only by
// another word of a broad group the lexicon counts as one idea ("forces" for "peacekeepers"), which may be other
// people ("Security forces", "Ostria's soldiers", "the army"), however the sentence puts them. Where they are the same
// ("the paratroopers" for "the troops") the passages still show it.
function subjectByKin(ctx: ExtractionContext, c: Candidate): boolean {
  const subject = SUBJECT.exec(ctx.question.normalized)
  const asked = subject ? conceptOfWord(ctx, subject[1]!) : undefined
  // A name is one thing however written ("Russia", "Russian", "Moscow").
  if (!asked || asked.named) return false
  const kin = ctx.lexicon.synonyms.get(asked.word)
  const terms = termsOfSentence(ctx, c.sentence.text)
  const matched = asked.terms.filter((t) => terms.has(t.term))
  return matched.length > 0 && matched.every((t) => t.term !== asked.word && kin?.has(t.term) === true)
}

// "Is Velta sending troops?" of "troops were sent to Velta": the question's doer is only where the deed went ("held in
// Velta" may still say what Velta does).
function subjectOnlyWhere(ctx: ExtractionContext, text: string): boolean {
  const subject = ACTIVE_SUBJECT.exec(ctx.question.normalized)
  const asked = subject ? conceptOfWord(ctx, subject[1]!) : undefined
  if (!asked?.named) return false
  const said = tokenize(text).filter((t) => conceptOfWord(ctx, t.word) === asked)
  return said.length > 0 && said.every((t) => /\b(?:to|into|towards?)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, t.start - 12), t.start)))
}

// How many words may stand between a people's adjective (or its country) and the noun it goes with ("the Russian lower house of parliament").
const COMPOUND_REACH = 4

/**
 * True when a people's adjective and the noun after it in the question ("the Russian
 * parliament") stand apart in the sentence, each in a clause of its own
 * ("Kazakhstan's parliament approved …, and … a Russia-led bloc"): it says
 * something of another parliament.
 */
function compoundApart(ctx: ExtractionContext, text: string): boolean {
  const words = tokenize(ctx.question.normalized)
  const asked = words.map((t) => conceptOfWord(ctx, t.word))
  const said = tokenize(text).map((t) => conceptOfWord(ctx, t.word))
  for (let i = 0; i + 1 < asked.length; i++) {
    const [name, noun] = [asked[i], asked[i + 1]]
    // A people's adjective before a noun is one with it: "Russian parliament", "Chinese troops".
    const demonym = DEMONYMS.has(capitalise(words[i]!.word))
    if (!demonym || !name || !noun || noun.named || noun === name) continue
    // "Russian troops", "troops from Russia", "paratroopers sent by Russia": the name on either side, near.
    const together = said.some((k, at) => k === name && said.slice(Math.max(0, at - 1 - COMPOUND_REACH), at + 2 + COMPOUND_REACH).includes(noun))
    if (!together) return true
  }
  return false
}

const PRECEDENT_ASKED = /\b(?:ever|before|previously|first time|again)\b/i
const PRECEDENT_SAID = /\b(?:first|never|ever|previous(?:ly)?|again|earlier|precedent)\b/i
