import { pino, type DestinationStream, type Logger } from 'pino'

/** Log fields that may hold a secret; pino replaces their values. */
const REDACT = [
  'token',
  '*.token',
  'config.token',
  'headers.authorization',
  '*.headers.authorization',
  'interaction.token',
  'webhook',
  '*.webhook',
  'webhookUrl',
  '*.webhookUrl',
]

// An interaction token or a webhook token is the path segment after the id: a 15-minute reply credential.
const SECRET_SEGMENT = /(\/(?:interactions|webhooks)\/[^/\s?#]+\/)[^/\s?#"']+/g

/**
 * The text with the tokens of interaction and webhook URLs (and paths) replaced.
 *
 * @example
 * ```ts
 * redactUrls('PATCH https://discord.com/api/v10/webhooks/12/aW50ZXJh/messages/@original')
 * // => 'PATCH https://discord.com/api/v10/webhooks/12/[redacted]/messages/@original'
 * ```
 */
export function redactUrls(text: string): string {
  return text.replace(SECRET_SEGMENT, '$1[redacted]')
}

/**
 * A copy of a logged value with every string run through {@link redactUrls}, a
 * few levels into plain objects and arrays; anything else (an error, whose
 * serializer scrubs it, a class instance) is left as it is.
 */
function scrub(value: unknown, depth = 0, anyObject = false): unknown {
  if (typeof value === 'string') return redactUrls(value)
  if (depth > 4 || value === null || typeof value !== 'object') return value
  if (Array.isArray(value)) return value.map((v) => scrub(v, depth + 1))
  const proto: unknown = Object.getPrototypeOf(value)
  if (!anyObject && proto !== Object.prototype && proto !== null) return value
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrub(v, depth + 1)]))
}

/**
 * Structured JSON logs to stderr (stdout stays free for the CLI). Tests pass a
 * `destination` to read the lines back. Tokens are redacted by field name, and
 * interaction and webhook tokens inside URLs (a REST failure's `err.url`, its
 * message or stack) by {@link redactUrls}.
 *
 * @example
 * ```ts
 * const log = createLogger({ level: 'info' })
 * log.info({ command: 'ask', ms: 12 }, 'answered')
 * ```
 */
export function createLogger(opts: { level: string; destination?: DestinationStream }): Logger {
  return pino(
    {
      level: opts.level,
      redact: { paths: REDACT, censor: '[redacted]' },
      base: { app: 'csto-bot' },
      // The standard serializer's output is not a plain object (its own prototype), so it is scrubbed explicitly.
      serializers: { err: (err: Error) => scrub(pino.stdSerializers.err(err), 0, true) },
      formatters: { log: (object) => scrub(object) as Record<string, unknown> },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((a) => (typeof a === 'string' ? redactUrls(a) : a)) as Parameters<typeof method>)
        },
      },
    },
    opts.destination ?? pino.destination({ fd: 2, sync: false }),
  )
}
