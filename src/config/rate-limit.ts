/** A per-user rate limit: at most `count` uses per `windowMs`. */
export interface RateLimit {
  count: number
  windowMs: number
}

/**
 * Parses `5/30s`, `10/1m` or `3/500ms` into a {@link RateLimit}; `null` when malformed.
 *
 * @example
 * ```ts
 * parseRateLimit('5/30s') // => { count: 5, windowMs: 30000 }
 * ```
 */
export function parseRateLimit(text: string): RateLimit | null {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*(ms|s|m)?\s*$/.exec(text)
  if (!m) return null
  const count = Number(m[1])
  const unit = m[3] === 'ms' ? 1 : m[3] === 'm' ? 60_000 : 1000
  const windowMs = Number(m[2]) * unit
  return count >= 1 && windowMs >= 1 ? { count, windowMs } : null
}
