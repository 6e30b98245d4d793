import { config as loadDotenvFile } from 'dotenv'
import { z } from 'zod'

/**
 * What every configuration loader shares: the environment's type, the error
 * that names every bad variable, the zod pieces the schemas are made of, and
 * `.env`.
 */

/** The environment as `process.env` gives it. */
export type Env = Record<string, string | undefined>

/** Thrown by the loaders below: one readable message naming every bad or missing variable. */
export class ConfigError extends Error {
  /** One line per problem, e.g. `DISCORD_CLIENT_ID: must be a numeric id (got "abc")`. */
  readonly issues: string[]
  /** The variables that were required but absent. */
  readonly missing: string[]

  constructor(issues: string[], missing: string[]) {
    super(`config: ${issues.length} problem(s) with the environment:\n  - ${issues.join('\n  - ')}`)
    this.name = 'ConfigError'
    this.issues = issues
    this.missing = missing
  }
}

export const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v)
export const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional())
export const snowflake = z
  .string()
  .trim()
  .regex(/^\d{5,25}$/, 'must be a numeric id')
export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const

/** The variables every loader reads the same way. */
export const common = {
  // discord.js appends `/v10/...` itself, so a trailing slash would double it.
  DISCORD_API_URL: optional(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).transform((u) => u.replace(/\/+$/, ''))),
  CORPUS_DIR: z.preprocess(blankToUndefined, z.string().default('seeds')),
  // Unset: the corpus folder's own .snapshots; a folder elsewhere lets the corpus be read-only.
  SNAPSHOT_DIR: optional(z.string().trim().min(1)),
  LOG_LEVEL: z.preprocess(
    (v) => (typeof v === 'string' ? v.trim().toLowerCase() || undefined : v),
    z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  ),
}

/** The schema's output, or a {@link ConfigError} naming every bad or missing variable (never the token's value). */
export function parseOrThrow<T extends z.ZodType>(schema: T, env: Env): z.infer<T> {
  const result = schema.safeParse(env)
  if (result.success) return result.data
  const issues: string[] = []
  const missing: string[] = []
  for (const issue of result.error.issues) {
    const name = String(issue.path[0] ?? '?')
    const raw = env[name]
    const isMissing = raw === undefined || raw.trim() === ''
    if (isMissing) missing.push(name)
    // Never echo the token, even a malformed one: it may be a real secret pasted wrongly.
    const shown = isMissing ? 'not set' : name === 'DISCORD_TOKEN' ? `${raw.length} characters` : `got "${raw}"`
    issues.push(`${name}: ${isMissing ? 'is required' : issue.message} (${shown})`)
  }
  throw new ConfigError(issues, missing)
}

/** Loads `.env` (if any) into `process.env` without overriding what is already set. */
export function loadDotenv(path?: string): void {
  loadDotenvFile({ quiet: true, ...(path ? { path } : {}) })
}

let dotenvRead = false

/**
 * `process.env` with `./.env` read into it once (a variable already set wins):
 * what every loader reads when given no environment, so the bot, the HTTP
 * endpoint, deploy-commands and every terminal tool see the same settings.
 *
 * @example
 * ```ts
 * // .env: CORPUS_DIR=articles
 * loadCorpusDir(environment()) // => 'articles'
 * ```
 */
export function environment(): Env {
  if (!dotenvRead) loadDotenv()
  dotenvRead = true
  return process.env
}
