import { createPublicKey, verify, type KeyObject } from 'node:crypto'

/**
 * Discord's request signing for HTTP interactions: an Ed25519 signature over
 * `timestamp + rawBody`, checked with Node's own crypto. A request that is not
 * signed by the application's key, is older than the freshness window, or
 * repeats one already accepted is refused.
 */

/** The DER prefix that turns a raw 32-byte Ed25519 public key into SPKI. */
const SPKI_ED25519_PREFIX = Buffer.from('302a300506032b6570032100', 'hex')
/** How far a request's timestamp may be from our clock, either way. */
export const FRESHNESS_MS = 5 * 60_000
/** Accepted signatures remembered for replay checks; old ones are pruned first. */
const MAX_REMEMBERED = 100_000

/** Why a request was refused, or that it may be handled. */
export type Verdict = { ok: true } | { ok: false; reason: 'missing-headers' | 'malformed-headers' | 'bad-signature' | 'stale' | 'replayed' }

/** Checks signed requests against one application's public key. */
export interface RequestVerifier {
  /** `signature` and `timestamp` are the raw header values (possibly absent). */
  check(signature: string | undefined, timestamp: string | undefined, rawBody: Buffer): Verdict
}

/**
 * Imports the application's public key from its 64 hex characters.
 *
 * @throws Error `verify: ...` naming the bad value when it is not 32 bytes of hex.
 * @example
 * ```ts
 * const key = publicKeyFromHex(config.publicKey)
 * ```
 */
export function publicKeyFromHex(hex: string): KeyObject {
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) throw new Error(`verify: the public key must be 64 hex characters (got ${hex.length} characters)`)
  return createPublicKey({ key: Buffer.concat([SPKI_ED25519_PREFIX, Buffer.from(hex, 'hex')]), format: 'der', type: 'spki' })
}

/**
 * A verifier for `X-Signature-Ed25519` / `X-Signature-Timestamp`. Replays are
 * caught by remembering each accepted signature until its timestamp leaves the
 * freshness window; only verified signatures are remembered, so forged
 * requests cannot fill the memory.
 *
 * @example
 * ```ts
 * const verifier = createVerifier(config.publicKey)
 * const verdict = verifier.check(req.headers['x-signature-ed25519'], req.headers['x-signature-timestamp'], body)
 * if (!verdict.ok) return reply(401)
 * ```
 */
export function createVerifier(publicKeyHex: string, opts: { now?: () => number; freshnessMs?: number } = {}): RequestVerifier {
  const key = publicKeyFromHex(publicKeyHex)
  const now = opts.now ?? Date.now
  const window = opts.freshnessMs ?? FRESHNESS_MS
  const seen = new Map<string, number>()

  const prune = (t: number) => {
    for (const [sig, expires] of seen) if (expires <= t) seen.delete(sig)
    // Still full means more valid traffic than the window can hold: forget the oldest.
    for (const sig of seen.keys()) {
      if (seen.size < MAX_REMEMBERED) break
      seen.delete(sig)
    }
  }

  return {
    check(signature, timestamp, rawBody) {
      if (!signature || !timestamp) return { ok: false, reason: 'missing-headers' }
      if (!/^[0-9a-fA-F]{128}$/.test(signature) || !/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'malformed-headers' }
      const valid = verify(null, Buffer.concat([Buffer.from(timestamp, 'utf8'), rawBody]), key, Buffer.from(signature, 'hex'))
      if (!valid) return { ok: false, reason: 'bad-signature' }
      const t = now()
      const sentAt = Number(timestamp) * 1000
      if (Math.abs(t - sentAt) > window) return { ok: false, reason: 'stale' }
      const sig = signature.toLowerCase()
      if (seen.has(sig)) return { ok: false, reason: 'replayed' }
      if (seen.size >= MAX_REMEMBERED) prune(t)
      seen.set(sig, sentAt + window)
      return { ok: true }
    },
  }
}
