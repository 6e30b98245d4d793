import { ButtonStyle, ComponentType } from 'discord.js'
import type { APIButtonComponent, APIEmbed, APIEmbedField } from 'discord.js'
import type { AskResult, Citation } from '../answer/index.ts'
import { encodeCustomId, shortHash } from './custom-id.ts'
import { fitMessage, LIMITS, type RenderedMessage } from './limits.ts'
import { escapeMarkdown, squashSpace, truncateWords, unescapeMarkdown } from './markdown.ts'
import { button, COLORS } from './render.ts'

/** Excerpts per page of an /ask reply. */
export const EXCERPTS_PER_PAGE = 3
const QUESTION_PREFIX = '**Q:** '
// A short answer: a runaway one must not crowd out the excerpts that prove it.
const ANSWER_ROOM = 1500
// An excerpt whose words are mostly the answer's says the answer a second time.
const REPEAT_SHARE = 0.6

/** The three kinds of /ask reply. */
export type ReplyKind = 'answered' | 'passages' | 'not_covered'

/** An ask result, with the engine's `status` when it gives one. */
export type AskReply = AskResult & { status?: ReplyKind }

/**
 * Which kind of reply a result gets: the engine's `status` when present;
 * otherwise an answer means answered, excerpts without one mean passages
 * that may answer the question, and neither means not covered.
 *
 * @example
 * ```ts
 * replyKind({ ...result, answer: null }) // => 'passages' (when it has citations)
 * ```
 */
export function replyKind(result: AskReply): ReplyKind {
  if (result.status) return result.status
  if (result.answer !== null) return 'answered'
  return result.citations.length > 0 ? 'passages' : 'not_covered'
}

/** How each kind is titled and coloured, and what it says above the excerpts. */
const KINDS = {
  answered: { title: 'Answer', color: COLORS.answer },
  passages: { title: 'Passages that may answer the question', color: COLORS.info },
} as const

/** `Title — Outlet, 2022-01-07` for a citation, unescaped (plain-text contexts). */
function label(c: { title: string; outlet: string | null; date: string | null }): string {
  return [c.title, [c.outlet, c.date].filter(Boolean).join(', ')].filter(Boolean).join(' — ')
}

function quoted(text: string): string {
  return escapeMarkdown(text.trim())
    .split(/\r?\n/)
    .map((line) => `> ${line}`)
    .join('\n')
}

function citationField(c: Citation, n: number): APIEmbedField {
  return { name: truncateWords(`[${n}] ${escapeMarkdown(label(c))}`, LIMITS.fieldName), value: truncateWords(quoted(c.excerpt), LIMITS.fieldValue) }
}

const fold = (s: string) => squashSpace(s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')).trim()

/**
 * The citation that says the answer over again, if any: one whose excerpt the
 * answer contains whole (a quotation with its speaker), or one that is mostly
 * the answer's own words. `whole` tells which.
 */
function repeatOf(answer: string, citations: readonly Citation[]): { at: number; whole: boolean } | null {
  const a = fold(answer)
  for (let at = 0; at < citations.length; at++) {
    const e = fold(citations[at]!.excerpt)
    if (!e || !a) continue
    if (a.includes(e)) return { at, whole: true }
    if (e.includes(a) && a.length >= REPEAT_SHARE * e.length) return { at, whole: false }
  }
  return null
}

/** The answer, said once: in bold, or as the verbatim excerpt it is when an excerpt repeats it, with that excerpt's source. */
function answerBlock(answer: string, citations: readonly Citation[], repeat: { at: number; whole: boolean } | null): string {
  if (!repeat) return `**${truncateWords(escapeMarkdown(answer.trim()), ANSWER_ROOM)}**`
  const c = citations[repeat.at]!
  const said = repeat.whole ? `**${truncateWords(escapeMarkdown(answer.trim()), ANSWER_ROOM)}**` : truncateWords(quoted(c.excerpt), ANSWER_ROOM)
  return `${said}\n— [${repeat.at + 1}] ${escapeMarkdown(label(c))}`
}

/** Number of excerpt pages a reply has (at least 1). */
export function askPages(result: AskReply): number {
  const repeat = replyKind(result) === 'answered' && result.answer !== null ? repeatOf(result.answer, result.citations) : null
  return Math.max(1, Math.ceil((result.citations.length - (repeat ? 1 : 0)) / EXCERPTS_PER_PAGE))
}

/**
 * Renders an /ask reply. Answered: the question, the answer stated once, and
 * the page's excerpts as numbered fields; an excerpt that only repeats the
 * answer is not shown again, its source goes under the answer. Passages: the
 * excerpts, plainly labelled as passages that may answer the question. Not
 * covered: says so, with the closest titles. Buttons page the excerpts and
 * show each one's context. Page 0 is the first three excerpts.
 *
 * @example
 * ```ts
 * renderAsk(engine.ask('How many troops?'), 0).embeds[0].fields!.length // => ≤ 3
 * ```
 */
export function renderAsk(result: AskReply, page = 0): RenderedMessage {
  const question = squashSpace(result.question)
  // The question heads the description so a button can read it back after a restart.
  const head = QUESTION_PREFIX + truncateWords(escapeMarkdown(question), 1000)
  const kind = replyKind(result)
  if (kind === 'not_covered') return renderNotCovered(result, head)
  const answer = kind === 'answered' ? result.answer : null
  const repeat = answer === null ? null : repeatOf(answer, result.citations)
  const numbered = result.citations.map((c, i) => ({ c, n: i + 1 })).filter((_, i) => i !== repeat?.at)
  const pages = askPages(result)
  const p = Math.min(Math.max(0, page), pages - 1)
  const items = numbered.slice(p * EXCERPTS_PER_PAGE, (p + 1) * EXCERPTS_PER_PAGE)
  const intro =
    answer === null ? 'No short answer is certain. These passages from the articles may answer the question:' : answerBlock(answer, result.citations, repeat)
  const embed: APIEmbed = {
    color: KINDS[kind].color,
    title: KINDS[kind].title,
    description: `${head}\n\n${intro}`,
    fields: items.map(({ c, n }) => citationField(c, n)),
    // The sources are named once, in the fields; the footer only says where in the reply this is.
    footer: { text: `page ${p + 1}/${pages} · corpus ${result.version}` },
  }
  const hash = shortHash(question)
  const buttons: APIButtonComponent[] = []
  if (p > 0) buttons.push(button(encodeCustomId({ kind: 'ask-page', page: p - 1, hash }), '◀ Previous', ButtonStyle.Secondary))
  if (p < pages - 1) buttons.push(button(encodeCustomId({ kind: 'ask-page', page: p + 1, hash }), 'More sources ▶', ButtonStyle.Primary))
  const withContext = repeat && p === 0 ? [{ c: result.citations[repeat.at]!, n: repeat.at + 1 }, ...items].sort((x, y) => x.n - y.n) : items
  for (const { c, n } of withContext)
    buttons.push(button(encodeCustomId({ kind: 'ask-context', n, start: c.start, end: c.end, source: c.source }), `Show context [${n}]`, ButtonStyle.Secondary))
  return fitMessage({ embeds: [embed], components: buttons.length ? [{ type: ComponentType.ActionRow, components: buttons }] : [] })
}

function renderNotCovered(result: AskReply, head: string): RenderedMessage {
  const lines = [head, '', "The articles in this corpus don't cover that question, so there is no answer to cite."]
  if (result.related.length > 0) {
    lines.push('', '**Closest articles:**')
    for (const r of result.related.slice(0, 5)) lines.push(`• ${escapeMarkdown(r.title)}`)
  }
  lines.push('', 'Try `/sources` to see what the articles cover, or `/help` for example questions.')
  const embed: APIEmbed = {
    color: COLORS.missing,
    title: 'Not covered by the articles',
    description: lines.join('\n'),
    footer: { text: `corpus ${result.version}` },
  }
  return fitMessage({ embeds: [embed], components: [] })
}

/**
 * Reads back the question an /ask message was rendered for, from its embed
 * description; `null` when the message is not one of ours.
 *
 * @example
 * ```ts
 * readQuestion(renderAsk(result).embeds) // => result.question
 * ```
 */
export function readQuestion(embeds: readonly { description?: string | null }[]): string | null {
  const first = embeds[0]?.description?.split('\n')[0]
  if (!first?.startsWith(QUESTION_PREFIX)) return null
  const question = unescapeMarkdown(first.slice(QUESTION_PREFIX.length))
  return question.endsWith('…') && question.length > 900 ? null : question
}
