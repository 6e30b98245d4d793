/** The outcome of one {@link RateLimiter.take}. */
export type RateDecision = { ok: true; remaining: number } | { ok: false; retryAfterMs: number }

/** A per-key sliding-window limiter; see {@link createRateLimiter}. */
export interface RateLimiter {
  /** Records one use by `key` if the window allows it. */
  take(key: string): RateDecision
}

/**
 * A sliding-window limiter: at most `count` uses per `windowMs` for each key.
 * The clock is injected so tests need no timers.
 *
 * @example
 * ```ts
 * let t = 0
 * const limiter = createRateLimiter({ count: 2, windowMs: 1000 }, () => t)
 * limiter.take('u1') // => { ok: true, remaining: 1 }
 * limiter.take('u1') // => { ok: true, remaining: 0 }
 * limiter.take('u1') // => { ok: false, retryAfterMs: 1000 }
 * t = 1000
 * limiter.take('u1').ok // => true
 * ```
 */
export function createRateLimiter(limit: { count: number; windowMs: number }, now: () => number = Date.now): RateLimiter {
  if (!(limit.count >= 1) || !(limit.windowMs >= 1)) throw new Error(`rate-limit: count and windowMs must be positive (got ${limit.count}/${limit.windowMs}ms)`)
  const uses = new Map<string, number[]>()
  return {
    take(key) {
      const t = now()
      const recent = (uses.get(key) ?? []).filter((at) => t - at < limit.windowMs)
      if (recent.length >= limit.count) {
        uses.set(key, recent)
        return { ok: false, retryAfterMs: limit.windowMs - (t - recent[0]!) }
      }
      recent.push(t)
      uses.set(key, recent)
      // Forget idle users so the map does not grow with every user ever seen.
      if (uses.size > 10_000) for (const [k, v] of uses) if (t - v[v.length - 1]! >= limit.windowMs) uses.delete(k)
      return { ok: true, remaining: limit.count - recent.length }
    },
  }
}
