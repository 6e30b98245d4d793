import { ButtonStyle, ComponentType, MessageFlags } from 'discord.js'
import type { APIButtonComponent, APIEmbed } from 'discord.js'
import type { ContextResult } from '../engine/index.ts'
import { fitMessage, LIMITS, type RenderedMessage } from './limits.ts'
import { escapeMarkdown, truncateWords } from './markdown.ts'

export type { RenderedMessage } from './limits.ts'

export const COLORS = { answer: 0x2b8a3e, missing: 0xe8590c, info: 0x1c7ed6 } as const

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
