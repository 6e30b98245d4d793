import { conceptMatch, type Concept } from '../search/index.ts'
import { termsOf, type ExtractionContext } from './context.ts'
import { findMentions } from './entities.ts'

/**
 * A post of a body the question does not name: "who was the boss of the league force" is not answered by "Karl
 * Ebb, the head of the Security Service", however near the force he is named.
 */

/**
 * True when the question names a body (an acronym the articles define, such as "np") and every one of the
 * person's posts names another body by its name.
 *
 * @example
 * ```ts
 * postsOfOtherBodies(ctx, ['the head of the Security Service']) // => true, for "who was the boss of the np force"
 * postsOfOtherBodies(ctx, ['Secretary General of the NP'])       // => false
 * ```
 */
export function postsOfOtherBodies(ctx: ExtractionContext, roles: readonly string[]): boolean {
  const bodies = bodiesAsked(ctx)
  if (bodies.length === 0 || roles.length === 0) return false
  return roles.every((role) => {
    const named = findMentions(role).filter((m) => m.type === 'organisation')
    return named.length > 0 && named.every((m) => !bodies.some((b) => conceptMatch(b, termsOf(ctx, m.text)) > 0))
  })
}

// The bodies a question names, read once per question: every person of every passage is tried against them.
const asked = new WeakMap<ExtractionContext, Concept[]>()
function bodiesAsked(ctx: ExtractionContext): Concept[] {
  let bodies = asked.get(ctx)
  if (!bodies) {
    const acronyms = new Set(ctx.lexicon.phrases.values())
    bodies = ctx.concepts.filter((c) => c.named && c.terms.some((t) => acronyms.has(t.term)))
    asked.set(ctx, bodies)
  }
  return bodies
}
