import { canonicalTerm, tokenize, type Lexicon } from '../text/index.ts'

/**
 * The terms of the names in a question as asked: capitalised words after the
 * first, and all-capital words anywhere ("NATO", "Turkey", "Soviet Union").
 */
export function questionNames(question: string, lexicon: Lexicon): Set<string> {
  const names = new Set<string>()
  for (const [i, token] of tokenize(question).entries()) {
    const raw = question.slice(token.start, token.end)
    const capital = /^\p{Lu}/u.test(raw) && (i > 0 || /^\p{Lu}[\p{Lu}.]+$/u.test(raw))
    if (!capital) continue
    const term = canonicalTerm(lexicon, token.word)
    if (term !== null) names.add(term)
  }
  return names
}
