import { foldText } from '../text/index.ts'
import { absolute, type Candidate, type Extraction, type ExtractionContext } from './context.ts'
import { describedRoles } from './role-order.ts'

/** "Who is X?" / "What is X?": the roles the articles give X, merged across articles. */
export function describe(ctx: ExtractionContext, candidates: readonly Candidate[]): Extraction | null {
  const subject = foldText(ctx.question.subject ?? '')
  const roles: string[] = []
  const sources: Extraction['sources'] = []
  let name: string | null = null
  for (const c of candidates) {
    for (const m of ctx.people(c.article, c.sentence.index)) {
      const full = foldText(m.person.name)
      if (!subject || !(full.includes(subject) || subject.includes(full.split(' ').at(-1)!))) continue
      // Two people of one surname ("Andrei" and "Anatoly Volkov") are described apart: the first one met.
      name ??= m.person.name
      if (m.person.name !== name) continue
      const fresh = m.person.roles.filter((r) => !roles.includes(r))
      if (fresh.length === 0) continue
      roles.push(...fresh)
      sources.push({ candidate: c, focus: absolute(c, m) })
    }
  }
  // What the articles call the person is theirs word for word: nothing is chosen that could be wrong.
  if (name && roles.length) return { answer: `${name}: ${describedRoles(roles).slice(0, 3).join('; ')}`, sources, sure: true }
  return defineThing(ctx, candidates)
}

/**
 * "What is the CSTO?": a definition the articles give, as an appositive ("the
 * CSTO, a Russia-led alliance"), a copula ("the CSTO is a ...") or a fronted
 * phrase ("Conceived as a pact of mutual defense, the CSTO ...").
 */
function defineThing(ctx: ExtractionContext, candidates: readonly Candidate[]): Extraction | null {
  const subject = ctx.question.subject
  if (!subject) return null
  const name = subject.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const patterns = [
    new RegExp(`\\b${name}(?:\\s*\\([^)]*\\))?,\\s+((?:a|an|the)\\s+[^,.;“”"]{6,160})`, 'i'),
    new RegExp(`\\b${name}\\s+(?:is|was|are|were)\\s+((?:a|an|the)\\s+[^,.;“”"]{6,160})`, 'i'),
    new RegExp(`^(?:[A-Z]\\w+\\s+)?as\\s+((?:a|an)\\s+[^,.;]{6,120}),\\s+(?:the\\s+)?${name}\\b`, 'i'),
  ]
  for (const c of candidates) {
    for (const pattern of patterns) {
      const m = pattern.exec(c.sentence.text)
      if (!m) continue
      const at = m.index + m[0].indexOf(m[1]!)
      return { answer: `${subject}: ${m[1]!.trim()}`, sources: [{ candidate: c, focus: absolute(c, { start: at, end: at + m[1]!.length }) }], sure: true }
    }
  }
  return null
}
