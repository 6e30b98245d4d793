import { pino, type DestinationStream, type Logger } from 'pino'

/** Log fields that may hold a secret; pino replaces their values. */
const REDACT = ['token', '*.token', 'config.token', 'headers.authorization', '*.headers.authorization']

/**
 * Structured JSON logs to stderr (stdout stays free for the CLI). Tests pass a
 * `destination` to read the lines back.
 *
 * @example
 * ```ts
 * const log = createLogger({ level: 'info' })
 * log.info({ command: 'ask', ms: 12 }, 'answered')
 * ```
 */
export function createLogger(opts: { level: string; destination?: DestinationStream }): Logger {
  return pino(
    { level: opts.level, redact: { paths: REDACT, censor: '[redacted]' }, base: { app: 'csto-bot' } },
    opts.destination ?? pino.destination({ fd: 2, sync: false }),
  )
}
