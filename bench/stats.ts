/** Latency figures of one timed run, in milliseconds. */
export interface Summary {
  p50: number
  p90: number
  p99: number
  max: number
}

/**
 * Nearest-rank percentiles of a list of timings.
 *
 * @example
 * ```ts
 * summarize([1, 2, 3, 4]).p50 // => 2
 * ```
 */
export function summarize(ms: readonly number[]): Summary {
  const sorted = [...ms].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? 0
  return { p50: at(0.5), p90: at(0.9), p99: at(0.99), max: sorted.at(-1) ?? 0 }
}

/**
 * The median, field by field, of several runs' summaries: repeats smooth out
 * a noisy neighbour on the machine.
 *
 * @example
 * ```ts
 * medianSummary([{ p50: 1, p90: 2, p99: 3, max: 4 }, { p50: 3, p90: 4, p99: 5, max: 6 }, { p50: 2, p90: 3, p99: 4, max: 5 }]).p99 // => 4
 * ```
 */
export function medianSummary(runs: readonly Summary[]): Summary {
  const median = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b)
    return s[Math.floor((s.length - 1) / 2)] ?? 0
  }
  return {
    p50: median(runs.map((r) => r.p50)),
    p90: median(runs.map((r) => r.p90)),
    p99: median(runs.map((r) => r.p99)),
    max: median(runs.map((r) => r.max)),
  }
}
