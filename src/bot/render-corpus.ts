import { basename } from 'node:path'
import type { APIEmbed, APIEmbedField } from 'discord.js'
import { printableName, sentenceCount, type CorpusDiff } from '../corpus/index.ts'
import type { HolderInfo, RefreshOutcome } from '../engine/index.ts'
import type { Engine } from '../engine/index.ts'
import type { UploadSummary } from '../corpus/index.ts'
import { fitMessage, LIMITS, type RenderedMessage } from './limits.ts'
import { escapeMarkdown, truncateWords } from './markdown.ts'
import { COLORS } from './render.ts'

/** What `/corpus status` shows: counts of what is indexed. */
export interface CorpusCounts {
  articles: number
  passages: number
  quotes: number
  events: number
}

/**
 * Counts what an engine serves.
 *
 * @example
 * ```ts
 * countIndexed(engine).articles // => 5
 * ```
 */
export function countIndexed(engine: Engine): CorpusCounts {
  return {
    articles: engine.corpus.articles.length,
    passages: engine.corpus.articles.reduce((n, a) => n + sentenceCount(a), 0),
    quotes: engine.speakers().reduce((n, s) => n + s.quotes, 0),
    events: engine.timeline().length,
  }
}

// Inside a code span Markdown is not read, so a name is shown as is, minus the backticks that would end it
// and with control characters escaped (a file name on disk may hold a newline).
const code = (text: string) => `\`${printableName(text).replace(/`/g, "'")}\``
const list = (names: readonly string[]) => (names.length ? truncateWords(names.map(code).join(', '), LIMITS.fieldValue) : 'none')

function skippedField(skipped: CorpusDiff['skipped']): APIEmbedField[] {
  if (skipped.length === 0) return []
  const lines = skipped.map((s) => `• ${code(s.source)}: ${escapeMarkdown(s.reason)}`)
  return [{ name: `Skipped files (${skipped.length})`, value: truncateWords(lines.join('\n'), LIMITS.fieldValue) }]
}

/**
 * `/corpus status`: what is indexed, the version, the last change and any skipped files.
 *
 * @example
 * ```ts
 * renderStatus(holder.engine(), holder.info()).embeds[0].footer.text // => 'corpus 0536df60ab77'
 * ```
 */
export function renderStatus(engine: Engine, info: HolderInfo): RenderedMessage {
  const n = countIndexed(engine)
  const changed = info.changedAt
    ? `${info.changedAt} by ${escapeMarkdown(info.changedBy ?? 'unknown')} (${escapeMarkdown(info.change ?? 'change')})`
    : 'not since the bot started'
  const embed: APIEmbed = {
    color: COLORS.info,
    title: 'Corpus status',
    description: [
      `**${n.articles}** articles · **${n.passages}** passages · **${n.quotes}** quotes · **${n.events}** dated events`,
      `Index version: \`${engine.version}\``,
      `Last changed: ${changed}`,
    ].join('\n'),
    fields: skippedField(engine.corpus.skipped),
    footer: { text: `corpus ${engine.version}` },
  }
  return fitMessage({ embeds: [embed], components: [] })
}

/**
 * The reply to a successful `/corpus reload`, `add` or `remove`: the versions and what changed.
 *
 * @example
 * ```ts
 * renderChange('Reloaded', outcome).embeds[0].description // => 'Index version `a1…` → `b2…`'
 * ```
 */
export function renderChange(title: string, outcome: Extract<RefreshOutcome, { ok: true }>): RenderedMessage {
  const { diff } = outcome
  const fields: APIEmbedField[] = []
  if (outcome.upload) fields.push(uploadField(outcome.upload))
  fields.push(
    { name: `Added (${diff.added.length})`, value: list(diff.added), inline: true },
    { name: `Removed (${diff.removed.length})`, value: list(diff.removed), inline: true },
    { name: `Changed (${diff.changed.length})`, value: list(diff.changed), inline: true },
    ...skippedField(diff.skipped),
  )
  if (outcome.movedTo) fields.push({ name: 'Kept in', value: truncateWords(code(`removed/${basename(outcome.movedTo)}`), LIMITS.fieldValue) })
  const same = outcome.before === outcome.after
  const embed: APIEmbed = {
    color: COLORS.answer,
    title,
    description: same ? `No article changed; index version \`${outcome.after}\`.` : `Index version \`${outcome.before}\` → \`${outcome.after}\``,
    fields,
    footer: { text: `corpus ${outcome.after}` },
  }
  return fitMessage({ embeds: [embed], components: [] })
}

function uploadField(u: UploadSummary): APIEmbedField {
  const lines = [
    `Title: **${escapeMarkdown(u.title)}**`,
    `Date: ${u.date ?? 'none found — add one with the date option'}`,
    `Outlet: ${escapeMarkdown(u.outlet ?? 'none found')}`,
    ...(u.url ? [`URL: ${escapeMarkdown(u.url)}`] : []),
    `${u.passages} passages, ${u.quotes} quotes`,
  ]
  return { name: `Read as (${truncateWords(escapeMarkdown(u.source), 200)})`, value: truncateWords(lines.join('\n'), LIMITS.fieldValue) }
}

/**
 * A refused or failed change: nothing was changed, and why.
 *
 * @example
 * ```ts
 * renderRefused('upload: a.txt: binary file (contains NUL bytes)', 'abc').content // => 'Nothing was changed. …'
 * ```
 */
export function renderRefused(reason: string, version: string): RenderedMessage {
  return {
    content: truncateWords(`Nothing was changed (index version \`${version}\`). ${escapeMarkdown(reason)}`, LIMITS.content),
    embeds: [],
    components: [],
  }
}
