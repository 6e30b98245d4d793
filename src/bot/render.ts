import { ButtonStyle, ComponentType, MessageFlags } from 'discord.js'
import type { APIButtonComponent, APIEmbed, APIEmbedField } from 'discord.js'
import type { ContextResult } from '../engine/index.ts'
import type { AskResult, Citation } from '../answer/index.ts'
import { encodeCustomId, shortHash } from './custom-id.ts'
import { fitMessage, LIMITS, type RenderedMessage } from './limits.ts'
import { escapeMarkdown, squashSpace, truncateWords, unescapeMarkdown } from './markdown.ts'

export type { RenderedMessage } from './limits.ts'

/** Excerpts per page of an /ask answer. */
export const EXCERPTS_PER_PAGE = 3
export const COLORS = { answer: 0x2b8a3e, missing: 0xe8590c, info: 0x1c7ed6 } as const
const QUESTION_PREFIX = '**Q:** '

/** What discord.js takes for editReply/update: never pings anyone. */
export interface EditPayload extends RenderedMessage {
  allowedMentions: { parse: [] }
}

/** What discord.js takes for reply/followUp: an {@link EditPayload}, perhaps ephemeral. */
export interface ReplyPayload extends EditPayload {
  flags?: MessageFlags.Ephemeral
}

/**
 * Fits a rendered message to Discord's limits and adds the mention rule
 * (nobody is ever pinged), for `editReply` and `update`, which keep the
 * original reply's visibility.
 *
 * @example
 * ```ts
 * toEdit(renderAsk(result)).allowedMentions // => { parse: [] }
 * ```
 */
export function toEdit(msg: RenderedMessage): EditPayload {
  return { ...fitMessage(msg), allowedMentions: { parse: [] } }
}

/**
 * Like {@link toEdit}, for a new reply or follow-up, ephemeral on request.
 *
 * @example
 * ```ts
 * toReply(renderNotice('Too long'), { ephemeral: true }).flags // => 64
 * ```
 */
export function toReply(msg: RenderedMessage, opts: { ephemeral?: boolean } = {}): ReplyPayload {
  const payload: ReplyPayload = toEdit(msg)
  if (opts.ephemeral) payload.flags = MessageFlags.Ephemeral
  return payload
}

/** A one-line message (a notice, a refusal) with its text escaped. */
export function renderNotice(text: string): RenderedMessage {
  return { content: escapeMarkdown(text), embeds: [], components: [] }
}

/** The error boundary's message: short, apologetic, with the reference that is also in the log. */
export function renderError(ref: string): RenderedMessage {
  return {
    content: `Something went wrong while answering. Please try again; if it keeps happening, mention reference \`${ref}\` to the bot's operator.`,
    embeds: [],
    components: [],
  }
}

/** `Title — Outlet, 2022-01-07` for a citation, unescaped (plain-text contexts). */
function label(c: { title: string; outlet: string | null; date: string | null }): string {
  return [c.title, [c.outlet, c.date].filter(Boolean).join(', ')].filter(Boolean).join(' — ')
}

function citationField(c: Citation, n: number): APIEmbedField {
  const name = truncateWords(`[${n}] ${escapeMarkdown(label(c))}`, LIMITS.fieldName)
  const quoted = escapeMarkdown(c.excerpt.trim())
    .split(/\r?\n/)
    .map((line) => `> ${line}`)
    .join('\n')
  return { name, value: truncateWords(quoted, LIMITS.fieldValue) }
}

/** `Sources: [1] Title (AP, 2022-01-07) · [2] …`, whole items only, within the footer limit. */
function sourcesFooter(items: { n: number; c: Citation }[], tail: string): string {
  let text = 'Sources:'
  for (let i = 0; i < items.length; i++) {
    const { n, c } = items[i]!
    const item = ` [${n}] ${truncateWords(c.title, 100)}${c.outlet || c.date ? ` (${[c.outlet, c.date].filter(Boolean).join(', ')})` : ''}`
    const more = ` +${items.length - i} more`
    if (text.length + item.length + tail.length + more.length + 3 > LIMITS.footer) return `${text}${more} · ${tail}`
    text += (i > 0 ? ' ·' : '') + item
  }
  return `${text} · ${tail}`
}

/** Number of excerpt pages an answer has (at least 1). */
export function askPages(result: AskResult): number {
  return Math.max(1, Math.ceil(result.citations.length / EXCERPTS_PER_PAGE))
}

/**
 * Renders an /ask answer: the question and short answer on top, the page's
 * excerpts as numbered fields, a sources footer, and buttons for more
 * excerpts and each excerpt's context. Page 0 is the first three excerpts.
 *
 * @example
 * ```ts
 * renderAsk(engine.ask('How many troops?'), 0).embeds[0].fields!.length // => ≤ 3
 * ```
 */
export function renderAsk(result: AskResult, page = 0): RenderedMessage {
  const question = squashSpace(result.question)
  // The question heads the description so a button can read it back after a restart.
  const head = QUESTION_PREFIX + truncateWords(escapeMarkdown(question), 1000)
  if (result.answer === null) return renderNotCovered(result, head)
  const pages = askPages(result)
  const p = Math.min(Math.max(0, page), pages - 1)
  const items = result.citations
    .slice(p * EXCERPTS_PER_PAGE, (p + 1) * EXCERPTS_PER_PAGE)
    .map((c, i) => ({ c, n: p * EXCERPTS_PER_PAGE + i + 1 }))
  // A short answer: a runaway one must not crowd out the excerpts that prove it.
  const answerRoom = 1500
  const embed: APIEmbed = {
    color: COLORS.answer,
    title: 'Answer',
    description: `${head}\n\n**${truncateWords(escapeMarkdown(result.answer.trim()), answerRoom)}**`,
    fields: items.map(({ c, n }) => citationField(c, n)),
    footer: { text: sourcesFooter(items, `page ${p + 1}/${pages} · corpus ${result.version}`) },
  }
  const hash = shortHash(question)
  const buttons: APIButtonComponent[] = []
  if (p > 0)
    buttons.push(button(encodeCustomId({ kind: 'ask-page', page: p - 1, hash }), '◀ Previous', ButtonStyle.Secondary))
  if (p < pages - 1)
    buttons.push(button(encodeCustomId({ kind: 'ask-page', page: p + 1, hash }), 'More sources ▶', ButtonStyle.Primary))
  for (const { c, n } of items)
    buttons.push(button(encodeCustomId({ kind: 'ask-context', n, start: c.start, end: c.end, source: c.source }), `Show context [${n}]`, ButtonStyle.Secondary))
  return fitMessage({ embeds: [embed], components: buttons.length ? [{ type: ComponentType.ActionRow, components: buttons }] : [] })
}

function renderNotCovered(result: AskResult, head: string): RenderedMessage {
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

/** "Show context": the paragraph around an excerpt, with the excerpt in bold. */
export function renderContext(ctx: ContextResult, n: number, excerpt?: { start: number; end: number }): RenderedMessage {
  let body = escapeMarkdown(ctx.text)
  if (excerpt && excerpt.start >= ctx.start && excerpt.end <= ctx.end) {
    const a = excerpt.start - ctx.start
    const b = excerpt.end - ctx.start
    body = `${escapeMarkdown(ctx.text.slice(0, a))}**${escapeMarkdown(ctx.text.slice(a, b))}**${escapeMarkdown(ctx.text.slice(b))}`
  }
  const embed: APIEmbed = {
    color: COLORS.info,
    title: truncateWords(`[${n}] ${escapeMarkdown(ctx.title)}`, LIMITS.title),
    description: truncateWords(body, LIMITS.description),
    footer: { text: `${ctx.source}, characters ${ctx.start}–${ctx.end}` },
  }
  return fitMessage({ embeds: [embed], components: [] })
}

/** A button as Discord's API spells it. */
export function button(customId: string, text: string, style: ButtonStyle.Primary | ButtonStyle.Secondary, disabled = false): APIButtonComponent {
  return { type: ComponentType.Button, custom_id: customId, label: text, style, disabled }
}
