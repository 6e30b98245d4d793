import type { Logger } from 'pino'

/**
 * Graceful shutdown shared by every process the project starts (gateway bot,
 * shard, HTTP endpoint): one `stop` on SIGINT/SIGTERM, logs flushed, exit 0,
 * or exit 1 when stopping takes longer than 5 s.
 *
 * @example
 * ```ts
 * onSignals(log, () => client.destroy())
 * ```
 */
export /** Ends the process cleanly on SIGINT/SIGTERM (and, in a shard, when its manager goes), or forcibly after 5 s. */
function onSignals(log: Logger, stop: () => Promise<void> | void, inShard = false): void {
  let stopping = false
  const shutdown = (signal: NodeJS.Signals | 'manager gone') => {
    if (stopping) return
    stopping = true
    log.info({ signal }, 'shutting down')
    const force = setTimeout(() => process.exit(1), 5_000).unref()
    // A stop that fails is logged and exits 1, instead of exiting 0 with the error unseen.
    void Promise.resolve()
      .then(stop)
      .then(
        () => 0,
        (err: unknown) => {
          log.error({ err }, 'shutdown failed')
          return 1
        },
      )
      .then((code) => {
        log.flush()
        clearTimeout(force)
        process.exit(code)
      })
  }
  process.once('SIGINT', shutdown)
  process.once('SIGTERM', shutdown)
  // A shard whose manager died would otherwise stay logged in with nobody to supervise it.
  if (inShard) process.once('disconnect', () => shutdown('manager gone'))
}
