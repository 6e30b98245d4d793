import { canonicalTerm, foldText } from '../text/index.ts'
import { conceptMatch } from '../search/index.ts'
import { conceptOfWord, type ExtractionContext } from './context.ts'

/**
 * A post of another body than the one a question names: "who was chairing the
 * csto" is not answered by who "took over the chair of the Security Council".
 */

// A post's verb and the body a question names after it: "chairing | the csto", "heads | nato".
const POST_OF_BODY = /\b(chair\w*|head\w*|lead\w*|led|run\w*|ran|command\w*)\s+(?:the\s+)?([a-z][\w-]*)/g

/**
 * True when the question asks who holds a post of a body it names ("who was chairing the csto") and the sentence
 * gives that post of another body by its name ("took over the chair of the Security Council").
 */
export function otherBodyHeld(
  ctx: ExtractionContext,
  text: string,
  anchors: readonly { concept: number; match: number; start: number; end: number }[],
): boolean {
  const concept = (word: string) => {
    const found = conceptOfWord(ctx, word)
    return found ? ctx.concepts.indexOf(found) : -1
  }
  for (const m of ctx.question.content.matchAll(POST_OF_BODY)) {
    const [post, body] = [concept(m[1]!), concept(m[2]!)]
    // Only the very post asked ("chair", not "commander" for "running"), in a sentence that names no post of the body.
    if (post < 0 || body < 0 || !ctx.concepts[body]!.named || anchors.some((a) => a.concept === body)) continue
    // The post in lower case: "Commander Ivo Lask" is a title before a name, no post of a body named "Ivo".
    for (const v of anchors.filter((a) => a.concept === post && a.match >= 1 && !/^\p{Lu}/u.test(text.slice(a.start, a.end)))) {
      const named = /^(?:\s+of)?\s+(?:the\s+)?(\p{Lu}[\p{L}-]+)/u.exec(text.slice(v.end))?.[1]
      const term = named === undefined ? null : canonicalTerm(ctx.lexicon, foldText(named))
      // "head of the Guard" for "who heads the velta guard": a word of the question is the body's own name.
      if (term !== null && ctx.concepts.every((c) => conceptMatch(c, new Set([term])) === 0)) return true
    }
  }
  return false
}
