import { foldText } from '../text/index.ts'
import type { Candidate } from './context.ts'
import type { Found } from './choose.ts'

/** "Which article ...?", "what is the fund called?": the focus noun with its label ("Article 51") or the name given it. */
export function labeller(focus: string): (c: Candidate) => Found[] {
  const noun = focus.replace(/s$/, '')
  // The noun in either case ("Article", "article"), the label after it capitalised or numbered.
  const either = `[${noun[0]!.toLowerCase()}${noun[0]!.toUpperCase()}]${noun.slice(1)}`
  const label = new RegExp(`\\b${either}\\s+(?:\\d+[a-z]?|[IVXLC]+\\b|[A-Z][\\w-]*)`, 'g')
  // "a new public fund, 'For the Children of Norland',", "a fund, to be called 'X'": the name given it, in quotation
  // marks; "critics called the fund 'a slush fund'" describes it and names nothing.
  const named = new RegExp(
    `\\b${either}s?(?:,\\s+|,?\\s+(?:(?:to be|later|officially|now)\\s+)?(?:called|named|dubbed|known as)\\s+)["“]([^"”]{3,60})["”]`,
    'g',
  )
  return (c) => {
    const labels = [...c.sentence.text.matchAll(label)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length, key: foldText(m[0]) }))
    const quoted = [...c.sentence.text.matchAll(named)].map((m) => {
      const start = m.index + m[0].length - m[1]!.length - 1
      return { text: m[1]!, start, end: start + m[1]!.length, key: foldText(m[1]!) }
    })
    return [...labels, ...quoted]
  }
}
