import type { Article, Span } from '../corpus/index.ts'
import type { Found } from './attribution.ts'

/**
 * The turns of a transcript: a paragraph opened by its speaker's label
 * ("VLADIMIR PUTIN, RUSSIAN PRESIDENT (through translator): We understand …",
 * "President of Russia Vladimir Putin: Colleagues, …", "**LEILA NUR:** Both
 * numbers …"). What follows the label is the speaker's own words, sentence by
 * sentence, and so are the unlabelled paragraphs after it up to the next label.
 */

// A label of two to eight words, each capitalised (or "of", "the"), then a role after a comma, a note in brackets,
// and the colon; Markdown bold may wrap it, and a recording's time stamp or a tag may lead it ("[00:01:52] [CLIP]").
const LABEL =
  /^(?:\[[^\]\n]{1,24}\]\s*){0,3}(?:\*\*)?((?:\p{Lu}[\p{L}.'’-]*)(?:\s+(?:\p{Lu}[\p{L}.'’-]*|of|the|de|al)){1,7})(?:,\s*[^:()\n]{2,80}?)?(?:\s*\([^)\n]{1,40}\))?\s*(?:\*\*)?\s*:\s*(?:\*\*)?\s+(?=\S)/u
// "Date: 2 January", "Key points:": a label whose last word is no surname ends no speaker's name.
const NOT_A_NAME =
  /\b(?:Date|Location|Time|Note|Update|Editor|Source|Sources|Photo|Photos|Points|Key|Read|More|Related|Topics|Tags|Share|Caption|Transcript|Summary)$/u
const QUOTING = /["“”«»]/
const TIME_STAMP = /^\[\d{1,2}:\d{2}(?::\d{2})?\]/
// A speaker named by one word in capitals: "GRANT: He did."
const SHORT_LABEL = /^(?:\[[^\]\n]{1,24}\]\s*){0,3}(?:\*\*)?(\p{Lu}[\p{Lu}'’-]{2,})(?:\*\*)?\s*:\s*(?:\*\*)?\s+(?=\S)/u
// A transcript's stage direction or a heading ends a speaker's turn: "(BEGIN VIDEO CLIP)", "[END]", "## Part two".
// So does a reporter's "Question:".
const BREAK = /^\s*(?:[([]|#|\*\*[^*]+\*\*\s*$|(?:\*\*)?(?:Question|QUESTION|Q)(?:\*\*)?\s*:)/
const STAGE_DIRECTION = /^\s*[([][^)\]]*[)\]][.\s]*$/
// How many unlabelled paragraphs a turn may run on over.
const MAX_RUN_ON = 8

/** A transcript's speaker label at the start of a paragraph: the name (in title case) and the label's span. */
export function speakerLabel(text: string, para: Span): { name: string; label: Span; speech: number } | null {
  const m = LABEL.exec(text.slice(para.start, para.end))
  if (!m || NOT_A_NAME.test(m[1]!)) return null
  return { name: nameOf(titleCase(m[1]!)), label: { start: para.start, end: para.start + m[0].trimEnd().length }, speech: para.start + m[0].length }
}

/**
 * The labelled turns of an article, one quotation to a sentence, with the
 * speaker's name; none for a page with fewer than two labels (one "Name: …"
 * line is no transcript).
 */
export function labelledTurns(article: Article): { found: Found; name: string }[] {
  const { text, paragraphs, sentences } = article
  // A briefing's "Spokesman: …" turns are the words of whom the page names as its spokesman.
  const spokesman = SPOKES_LABEL.test(text) ? namedSpokesman(text) : null
  const full = paragraphs.map((p) => speakerLabel(text, p) ?? (spokesman ? roleLabel(text, p, spokesman) : null))
  if (full.filter(Boolean).length < 2) return []
  // People speaking say "I", "we" and "you"; a list of profiles ("Ivo Lask, Velta Mayor: Lask, 54, has run the city …")
  // or a live blog's entries under names speak of them. Most turns of a transcript speak so.
  const turns = full.flatMap((l, i) => (l ? [text.slice(l.speech, paragraphs[i]!.end)] : []))
  // A recording's time stamps before the labels ("[00:01:12] KATE ORMOND:") say it is a transcript, whoever speaks how.
  const stamped = full.filter((l) => l && TIME_STAMP.test(text.slice(l.label.start, l.label.end))).length >= 2
  if (!stamped && turns.filter(speaks).length * 2 < turns.length) return []
  // After the first turn a transcript names its speakers by surname: "ABERNATHY: And Tokayev spoke first?"
  const bySurname = new Map(full.flatMap((l) => (l ? [[l.name.split(/\s+/).at(-1)!.toUpperCase(), l.name] as const] : [])))
  const labels = paragraphs.map((p, i) => {
    if (full[i]) return full[i]
    const m = SHORT_LABEL.exec(text.slice(p.start, p.end))
    const name = m && bySurname.get(m[1]!.toUpperCase())
    return name ? { name, label: { start: p.start, end: p.start + m[0].trimEnd().length }, speech: p.start + m[0].length } : null
  })
  const out: { found: Found; name: string }[] = []
  let turn: { name: string; label: Span; paragraphs: number } | null = null
  // Sentences come in paragraph order: one pass over them alongside the paragraphs.
  let next = 0
  for (const [i, p] of paragraphs.entries()) {
    const first = next
    while (next < sentences.length && sentences[next]!.paragraph <= i) next++
    const label = labels[i]
    if (label) turn = { name: label.name, label: label.label, paragraphs: 0 }
    else if (!turn || BREAK.test(text.slice(p.start, p.end)) || SHORT_LABEL.test(text.slice(p.start, p.end)) || ++turn.paragraphs > MAX_RUN_ON) {
      turn = null
      continue
    }
    const from = label?.speech ?? p.start
    for (const s of sentences.slice(first, next)) {
      // Words the speaker quotes ("Let me read it out: “We will not …”") are someone else's: attributed as any quotation is.
      if (s.paragraph !== i || s.end <= from || QUOTING.test(s.text)) continue
      const start = Math.max(s.start, from)
      // "LUKASHENKO: (Remarks not transcribed in full.)": the transcriber's note, not the speaker's words.
      if (STAGE_DIRECTION.test(text.slice(start, s.end))) continue
      out.push({ found: { quote: { open: start, close: null, start, end: s.end }, paragraph: i, marks: [], answer: true, tail: turn.label }, name: turn.name })
    }
  }
  return out
}

// A briefing's turn labelled by the speaker's post ("Spokesman: We were informed …"), and where the page names its holder
// ("… by Stéphane Dujarric, Spokesman for the Secretary-General", "Spokesperson Ana Berg").
const ROLE_LABEL = /^(?:\*\*)?(?:Spokes(?:man|woman|person))(?:\*\*)?\s*:\s*(?:\*\*)?\s+(?=\S)/u
// The same label anywhere in a page, to look for its holder only on a page that has one.
const SPOKES_LABEL = new RegExp(ROLE_LABEL.source, 'mu')
const SPOKES_NAMED =
  /(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}),\s+(?:the\s+)?(?:[\p{L}-]+\s+)?[Ss]pokes(?:man|woman|person)\b|\b[Ss]pokes(?:man|woman|person)\s+(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})/u

/** The one the page names as its spokesman, as written, or `null`. */
function namedSpokesman(text: string): string | null {
  const m = SPOKES_NAMED.exec(text)
  return m ? (m[1] ?? m[2] ?? null) : null
}

/** A paragraph opened by a post's label ("Spokesman: …"), as the turn of `name`, who holds it. */
function roleLabel(text: string, para: Span, name: string): { name: string; label: Span; speech: number } | null {
  const m = ROLE_LABEL.exec(text.slice(para.start, para.end))
  return m ? { name, label: { start: para.start, end: para.start + m[0].trimEnd().length }, speech: para.start + m[0].length } : null
}

/** True when the words speak as someone: "I", "we", "you", "let's". */
function speaks(words: string): boolean {
  return /\b(?:we|we['’](?:re|ve|ll)|our|ours|us|my|me|you|your|let['’]s|colleagues)\b/i.test(words) || /\bI\b/.test(words)
}

/** "President of Russia Vladimir Putin" → "Vladimir Putin": the words after the post's place are the name. */
function nameOf(label: string): string {
  const after = /\b(?:of|the)\s+\S+\s+(\S+(?:\s+\S+)+)$/.exec(label)
  return after ? after[1]! : label
}

/** "VLADIMIR PUTIN" → "Vladimir Putin"; a name already in mixed case is left alone. */
function titleCase(name: string): string {
  if (name !== name.toUpperCase()) return name
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase())
}
