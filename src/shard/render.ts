import type { APIEmbedField } from 'discord.js'
import { fitMessage, LIMITS, type RenderedMessage } from '../bot/index.ts'
import { escapeMarkdown, truncateWords } from '../bot/index.ts'
import type { PeerVersion } from './peers.ts'

/**
 * The "Shards" field of `/corpus status` and of a change's reply: one line per
 * shard with the index version it serves, and whether they all agree.
 *
 * @example
 * ```ts
 * peersField([{ shards: [0], version: 'abc' }, { shards: [1], version: 'abc' }]).name // => 'Shards (2): all on `abc`'
 * ```
 */
export function peersField(peers: readonly PeerVersion[]): APIEmbedField {
  const versions = new Set(peers.map((p) => p.version))
  const agreed = versions.size === 1 && peers[0]?.version ? peers[0].version : null
  const name = agreed ? `Shards (${peers.length}): all on \`${agreed}\`` : `Shards (${peers.length}): not all on one version yet`
  const lines = peers.map((p) => {
    const label = `shard ${p.shards.join(', ')}`
    if (!p.version) return `• ${label}: ${escapeMarkdown(p.error ?? 'no answer')}`
    return `• ${label}: \`${p.version}\`${p.error ? ` (${escapeMarkdown(p.error)})` : ''}`
  })
  return { name: truncateWords(name, LIMITS.fieldName), value: truncateWords(lines.join('\n'), LIMITS.fieldValue) }
}

/**
 * Adds {@link peersField} to the first embed of a rendered message (a message
 * without an embed, such as a refusal, is returned unchanged).
 *
 * @example
 * ```ts
 * withPeers(renderStatus(engine, info), await peers.versions())
 * ```
 */
export function withPeers(msg: RenderedMessage, peers: readonly PeerVersion[] | null): RenderedMessage {
  const [first, ...rest] = msg.embeds ?? []
  if (!peers || peers.length === 0 || !first) return msg
  return fitMessage({ ...msg, embeds: [{ ...first, fields: [...(first.fields ?? []), peersField(peers)] }, ...rest] })
}
