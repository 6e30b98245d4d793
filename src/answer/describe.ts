import { foldText } from '../text/index.ts'
import { absolute, type Candidate, type Extraction, type ExtractionContext } from './context.ts'
import { rolesToShow } from './role-order.ts'
import { RELATIVE_POST } from './people.ts'

/** "Who is X?" / "What is X?": the roles the articles give X, merged across articles. */
export function describe(ctx: ExtractionContext, candidates: readonly Candidate[]): Extraction | null {
  const subject = foldText(ctx.question.subject ?? '')
  const roles: string[] = []
  const sources: { source: Extraction['sources'][number]; role: string }[] = []
  let name: string | null = null
  for (const c of candidates) {
    for (const m of ctx.people(c.article, c.sentence.index)) {
      const full = foldText(m.person.name)
      if (!subject || !(full.includes(subject) || subject.includes(full.split(' ').at(-1)!))) continue
      // Two people of one surname ("Andrei" and "Anatoly Volkov") are described apart: the first one met.
      name ??= m.person.name
      if (m.person.name !== name) continue
      for (const role of m.person.roles) {
        if (roles.includes(role)) continue
        // The person's roles are gathered from all the articles: each is cited where a sentence says it.
        const source = sayingRole(ctx, c, m.person.name, role)
        if (!source) continue
        roles.push(role)
        sources.push({ source, role })
      }
    }
  }
  // What the articles call the person is theirs word for word: nothing is chosen that could be wrong.
  const shown = rolesToShow(roles, ctx.question.normalized)
  const proving = sources.filter((s) => shown.includes(s.role)).map((s) => s.source)
  if (name && shown.length) return { answer: `${name}: ${shown.join('; ')}`, sources: proving, sure: true }
  if (roles.length) return null
  // A post is asked of a person: of something no person is named ("China, a close ally of …" for "what is China's
  // role"), no definition answers; a person's may be written "Lask is the defence minister of Tarn".
  if (ctx.question.focus === 'post' && name === null) return null
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

/**
 * Where `role` of the person is said: the candidate's own sentence, else
 * another sentence of its article that names the person with it ("…," said
 * Hill, a senior fellow at …); `null` when neither does.
 */
function sayingRole(ctx: ExtractionContext, c: Candidate, name: string, role: string): Extraction['sources'][number] | null {
  // A post read from a relative clause ("X, who heads the prosecution service") is said by its body's words.
  const folded = foldText(role).replace(RELATIVE_POST, '')
  const first = c.id - c.sentence.index
  const order = [c.sentence.index, ...c.article.sentences.keys()]
  for (const i of order) {
    const sentence = c.article.sentences[i]!
    if (!foldText(sentence.text).includes(folded)) continue
    const m = ctx.people(c.article, i).find((p) => p.person.name === name)
    if (!m) continue
    const at: Candidate = i === c.sentence.index ? c : { ...c, id: first + i, sentence }
    return { candidate: at, focus: absolute(at, m) }
  }
  return null
}
