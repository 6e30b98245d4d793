import { MAX_UPLOAD_BYTES } from '../corpus/index.ts'

/** Discord's attachment hosts; nothing else is ever fetched (a test server's host aside). */
export const ATTACHMENT_HOSTS = ['cdn.discordapp.com', 'media.discordapp.net'] as const
/** How long a download may take before it is abandoned. */
export const DOWNLOAD_TIMEOUT_MS = 15_000

/** An attachment as the interaction describes it. */
export interface AttachmentRef {
  url: string
  name: string
  /** The size Discord declares, in bytes. */
  size: number
}

export type Download = { ok: true; bytes: Uint8Array } | { ok: false; reason: string }

/**
 * True when `url` is on one of Discord's attachment hosts over https, or on
 * the host of `apiUrl` (`DISCORD_API_URL`, a test server) with its scheme.
 *
 * @example
 * ```ts
 * isAllowedAttachmentUrl('https://cdn.discordapp.com/attachments/1/2/a.txt', null) // => true
 * isAllowedAttachmentUrl('https://evil.example/a.txt', null) // => false
 * ```
 */
export function isAllowedAttachmentUrl(url: string, apiUrl: string | null): boolean {
  let u: URL
  try {
    u = new URL(url)
  } catch {
    return false
  }
  if (u.username || u.password) return false
  if (u.protocol === 'https:' && (ATTACHMENT_HOSTS as readonly string[]).includes(u.hostname) && (u.port === '' || u.port === '443')) return true
  if (!apiUrl) return false
  const api = new URL(apiUrl)
  return u.protocol === api.protocol && u.host === api.host
}

/**
 * Downloads an attachment: the host is checked first, the declared size before
 * fetching, and the real byte count while reading, which stops at the limit.
 *
 * @example
 * ```ts
 * const r = await downloadAttachment(attachment, { apiUrl: null })
 * if (!r.ok) await interaction.editReply(r.reason)
 * ```
 */
export async function downloadAttachment(
  att: AttachmentRef,
  opts: { apiUrl: string | null; maxBytes?: number; timeoutMs?: number; fetch?: typeof fetch },
): Promise<Download> {
  const max = opts.maxBytes ?? MAX_UPLOAD_BYTES
  const name = JSON.stringify(att.name)
  if (!isAllowedAttachmentUrl(att.url, opts.apiUrl))
    return { ok: false, reason: `attachment: ${name} is not on a Discord attachment host, so it was not downloaded` }
  if (att.size > max) return { ok: false, reason: `upload: ${name} is ${att.size} bytes, over the ${max}-byte limit` }
  if (att.size === 0) return { ok: false, reason: `upload: ${name}: the file is empty` }
  let res: Response
  try {
    res = await (opts.fetch ?? fetch)(att.url, { signal: AbortSignal.timeout(opts.timeoutMs ?? DOWNLOAD_TIMEOUT_MS), redirect: 'error' })
  } catch (err) {
    const why = (err as Error).name === 'TimeoutError' ? 'timed out' : (err as Error).message
    return { ok: false, reason: `attachment: could not download ${name}: ${why}` }
  }
  if (!res.ok || !res.body) return { ok: false, reason: `attachment: could not download ${name}: HTTP ${res.status}` }
  const chunks: Uint8Array[] = []
  let total = 0
  try {
    for await (const chunk of res.body as AsyncIterable<Uint8Array>) {
      total += chunk.length
      // The declared size is the sender's word; the bytes are counted as they arrive.
      if (total > max) return { ok: false, reason: `upload: ${name} is over the ${max}-byte limit` }
      chunks.push(chunk)
    }
  } catch (err) {
    const why = (err as Error).name === 'TimeoutError' ? 'timed out' : (err as Error).message
    return { ok: false, reason: `attachment: could not download ${name}: ${why}` }
  }
  return { ok: true, bytes: Buffer.concat(chunks) }
}
