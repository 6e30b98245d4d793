import type { APIActionRowComponent, APIButtonComponent, APIEmbed } from 'discord.js'
import { MAX_CUSTOM_ID } from './custom-id.ts'
import { truncateWords } from './markdown.ts'

/** Discord's message limits, enforced by {@link fitMessage}. */
export const LIMITS = {
  content: 2000,
  embeds: 10,
  embedTotal: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  authorName: 256,
  rows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
} as const

/** A message as the renderer builds it, before flags and mention rules are added. */
export interface RenderedMessage {
  content?: string
  embeds: APIEmbed[]
  components: APIActionRowComponent<APIButtonComponent>[]
}

/** Characters Discord counts toward the 6,000 total of one embed. */
export function embedLength(e: APIEmbed): number {
  let n = (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0)
  n += e.author?.name.length ?? 0
  for (const f of e.fields ?? []) n += f.name.length + f.value.length
  return n
}

/**
 * Makes one embed obey every per-part limit and fit in `budget` characters.
 * Whole fields are dropped from the end before any text is shortened, since a
 * field is one citation and must not be cut in half.
 *
 * @example
 * ```ts
 * fitEmbed({ description: 'word '.repeat(2000) }).description!.length // => ≤ 4096
 * ```
 */
export function fitEmbed(embed: APIEmbed, budget: number = LIMITS.embedTotal): APIEmbed {
  const e: APIEmbed = { ...embed }
  if (e.title !== undefined) e.title = truncateWords(e.title, LIMITS.title)
  if (e.description !== undefined) e.description = truncateWords(e.description, LIMITS.description)
  if (e.footer) e.footer = { ...e.footer, text: truncateWords(e.footer.text, LIMITS.footer) }
  if (e.author) e.author = { ...e.author, name: truncateWords(e.author.name, LIMITS.authorName) }
  if (e.fields) {
    e.fields = e.fields.slice(0, LIMITS.fields).map((f) => ({
      ...f,
      name: truncateWords(f.name, LIMITS.fieldName) || '\u200b',
      value: truncateWords(f.value, LIMITS.fieldValue) || '\u200b',
    }))
  }
  while (embedLength(e) > budget && e.fields && e.fields.length > 0) e.fields = e.fields.slice(0, -1)
  let over = embedLength(e) - budget
  for (const part of ['description', 'footer', 'title'] as const) {
    if (over <= 0) break
    if (part === 'footer') {
      if (!e.footer) continue
      e.footer = { ...e.footer, text: truncateWords(e.footer.text, Math.max(1, e.footer.text.length - over)) }
    } else {
      const text = e[part]
      if (text === undefined) continue
      e[part] = truncateWords(text, Math.max(1, text.length - over))
    }
    over = embedLength(e) - budget
  }
  return e
}

/**
 * Makes a whole message obey Discord's limits: content, embed count, the
 * 6,000-character total across embeds, rows, buttons and labels.
 *
 * @throws Error `limits: ...` for a custom id over 100 characters, which no
 * truncation could repair without breaking the button.
 */
export function fitMessage(msg: RenderedMessage): RenderedMessage {
  const out: RenderedMessage = { embeds: [], components: [] }
  if (msg.content !== undefined) out.content = truncateWords(msg.content, LIMITS.content)
  let budget = LIMITS.embedTotal
  for (const embed of msg.embeds.slice(0, LIMITS.embeds)) {
    if (budget <= 0) break
    const fitted = fitEmbed(embed, budget)
    budget -= embedLength(fitted)
    out.embeds.push(fitted)
  }
  for (const row of msg.components.slice(0, LIMITS.rows)) {
    const buttons = row.components.slice(0, LIMITS.buttonsPerRow).map((b) => {
      if ('custom_id' in b && b.custom_id.length > MAX_CUSTOM_ID)
        throw new Error(`limits: custom id "${b.custom_id.slice(0, 40)}…" is ${b.custom_id.length} characters, over ${MAX_CUSTOM_ID}`)
      return 'label' in b && b.label !== undefined ? { ...b, label: truncateWords(b.label, LIMITS.buttonLabel) } : b
    })
    if (buttons.length > 0) out.components.push({ ...row, components: buttons })
  }
  return out
}
