import { TITLE_WORDS_LOWER, foldText } from '../text/index.ts'
import type { Candidate } from './context.ts'
import type { Found } from './choose.ts'

/**
 * "Which article ...?", "what is the fund called?": the focus noun with its label ("Article 51") or the name given
 * it. A part of the very text the question names (`question`'s "part of the treaty": "Article 4 of the Collective
 * Security Treaty") fits the question as a post fits one who holds it.
 */
export function labeller(focus: string, question = ''): (c: Candidate) => Found[] {
  const noun = focus.replace(/s$/, '')
  // The noun in either case ("Article", "article"), the label after it capitalised or numbered. A part of a legal text
  // goes by any of its names ("which clause": "Article 4") and only numbered ("an article Monday" is a newspaper's);
  // after a title ("General Andrei") stands a person's name, no label.
  const legal = LEGAL_PARTS.includes(noun)
  const nouns = legal ? LEGAL_PARTS : TITLE_WORDS_LOWER.has(noun) ? [] : [noun]
  const either = `(?:${nouns.map((n) => `[${n[0]!.toLowerCase()}${n[0]!.toUpperCase()}]${n.slice(1)}`).join('|')})`
  const label = nouns.length === 0 ? null : new RegExp(`\\b${either}\\s+(?:\\d+[a-z]?|[IVXLC]+\\b${legal ? '' : '|[A-Z][\\w-]*'})`, 'g')
  const text = legal ? textAsked(question, focus) : null
  return (c) => {
    const labels =
      label === null
        ? []
        : [...c.sentence.text.matchAll(label)].map((m) => {
            const end = m.index + m[0].length
            const after = c.sentence.text.slice(end)
            // "Article 4 of the treaty" is no part of the constitution a question asks about.
            const other = OF_A_TEXT.exec(after)?.[1]?.toLowerCase()
            const fit =
              text === null || other === undefined ? {} : other === text ? { bonus: LABEL_FIT } : kindOfText(other) !== kindOfText(text) ? { misfit: true } : {}
            return { text: m[0], start: m.index, end, key: foldText(m[0]), ...fit }
          })
    const quoted = givenNamesIn(c.sentence.text, noun).map((n) => ({ ...n, key: foldText(n.text) }))
    return [...labels, ...quoted]
  }
}

// What a label of a part of the very text asked about gains: as much as a post that fits.
const LABEL_FIT = 0.15

// The kinds of legal text a part may be of.
const TEXTS = 'treaty|pact|charter|constitution|code|law|act|accord|agreement|convention|statute|resolution|decree'
// A label followed by the text it is a part of ("… of the Collective Security Treaty").
const OF_A_TEXT = new RegExp(`^\\s+of\\s+(?:the\\s+)?(?:[\\p{L}.'’-]+\\s+){0,4}?(${TEXTS})s?\\b`, 'iu')

// A treaty is a pact or an accord, a law an act or a code: a part of the one kind is no part of the other.
const kindOfText = (noun: string) =>
  /^(?:treaty|pact|accord|agreement|convention|charter)$/.test(noun) ? 'treaty' : /^constitution$/.test(noun) ? 'constitution' : 'law'

// "which part of the (security) treaty …": the text the question asks a part of, its last word.
function textAsked(question: string, focus: string): string | null {
  const m = new RegExp(`\\b${focus}\\s+of\\s+(?:the|their|its|this|that)?\\s*(?:[a-z-]+\\s+){0,2}?(${TEXTS})s?\\b`).exec(question)
  return m ? m[1]! : null
}

/** The names of the parts of a treaty, charter or law, any of which a question may use for another. */
export const LEGAL_PARTS: readonly string[] = ['article', 'clause', 'section', 'paragraph', 'provision', 'part', 'bit', 'chapter']

/** A name given in quotation marks, where it stands in its sentence, with its translation in brackets if one follows. */
export interface GivenName {
  text: string
  start: number
  end: number
  /** "Qazaq Birligi" ("Kazakh Unity"): the same name in another language. */
  also?: string
}

/**
 * The names `text` gives a thing called `noun` in quotation marks: "a new
 * public fund, "For the Children of Norland",", "a fund, to be called
 * "X"", "the "Norland First" fund". "Critics called the fund "a slush
 * fund"" describes it and names nothing; a name opens with a capital.
 *
 * @example
 * ```ts
 * givenNamesIn('He set up a fund, "Norland First", for the poor.', 'fund') // => [{ text: 'Norland First', start: 21, end: 34 }]
 * ```
 */
export function givenNamesIn(text: string, noun: string): GivenName[] {
  const either = `[${noun[0]!.toLowerCase()}${noun[0]!.toUpperCase()}]${noun.slice(1)}`
  const after = new RegExp(`\\b${either}s?(?:,\\s+|,?\\s+(?:(?:to be|later|officially|now)\\s+)?(?:called|named|dubbed|known as)\\s+)${QUOTED}`, 'gu')
  const before = new RegExp(`(?:\\b[Tt]he\\s+|^)${QUOTED}\\s+${either}s?\\b`, 'gu')
  const found = (m: RegExpMatchArray, start: number): GivenName => {
    const also = TRANSLATION.exec(text.slice(m.index! + m[0].length))?.[1]
    return { text: m[1]!, start, end: start + m[1]!.length, ...(also ? { also } : {}) }
  }
  return [
    ...[...text.matchAll(after)].map((m) => found(m, m.index + m[0].length - 1 - m[1]!.length)),
    ...[...text.matchAll(before)].map((m) => found(m, m.index + m[0].indexOf(m[1]!))),
  ]
}

// A name in quotation marks, opening with a capital or a figure: "For the People of Velta", «Qazaqstan Halqyna».
// A name, unlike a quoted remark, does not end in a stop or a comma ("We will rebuild," a spokesman said).
const QUOTED = '[“"«]([\\p{Lu}\\d][^“”"«»\\n]{0,59}[^“”"«»\\n,.;:!?])[”"»]'
// A second name in brackets after the first: its translation ("Qazaqstan Halqyna" ("For the People of Kazakhstan")).
const TRANSLATION = new RegExp(`^\\s*\\(\\s*${QUOTED}\\s*\\)`, 'u')
