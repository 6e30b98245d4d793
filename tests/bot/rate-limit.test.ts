import { expect, test } from 'vitest'
import { createRateLimiter } from '../../src/bot/rate-limit.ts'

test.each([
  // [uses at these times (ms), expected ok for each] with a limit of 2 per 1000 ms
  ['within the limit', [0, 10], [true, true]],
  ['third use inside the window', [0, 10, 20], [true, true, false]],
  ['the window slides', [0, 500, 999, 1000, 1499, 1500], [true, true, false, true, false, true]],
])('%s', (_name, times, expected) => {
  let now = 0
  const limiter = createRateLimiter({ count: 2, windowMs: 1000 }, () => now)
  const got = times.map((t) => {
    now = t
    return limiter.take('user').ok
  })
  expect(got).toEqual(expected)
})

test('keys are independent and the refusal says when to retry', () => {
  let now = 0
  const limiter = createRateLimiter({ count: 1, windowMs: 30_000 }, () => now)
  expect(limiter.take('a').ok).toBe(true)
  expect(limiter.take('b').ok).toBe(true)
  now = 10_000
  expect(limiter.take('a')).toEqual({ ok: false, retryAfterMs: 20_000 })
})

test('a non-positive limit is refused', () => {
  expect(() => createRateLimiter({ count: 0, windowMs: 1000 })).toThrow(/rate-limit: .*0\/1000ms/)
})
