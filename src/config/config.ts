import { config as loadDotenvFile } from 'dotenv'
import { z } from 'zod'

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

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v)
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional())
const snowflake = z.string().trim().regex(/^\d{5,25}$/, 'must be a numeric id')
const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const

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

const common = {
  // discord.js appends `/v10/...` itself, so a trailing slash would double it.
  DISCORD_API_URL: optional(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).transform((u) => u.replace(/\/+$/, ''))),
  CORPUS_DIR: z.preprocess(blankToUndefined, z.string().default('seeds')),
  LOG_LEVEL: z.preprocess(
    (v) => (typeof v === 'string' ? v.trim().toLowerCase() || undefined : v),
    z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  ),
}

const botSchema = z.object({
  ...common,
  DISCORD_TOKEN: z.preprocess(blankToUndefined, z.string({ error: 'is required' }).min(20, 'looks too short to be a bot token')),
  DISCORD_CLIENT_ID: optional(snowflake),
  DISCORD_GUILD_ID: optional(snowflake),
  MODERATOR_ROLE_ID: optional(snowflake),
  RATE_LIMIT: z.preprocess(
    blankToUndefined,
    z
      .string()
      .default('5/30s')
      .refine((v) => parseRateLimit(v) !== null, { error: 'must look like 5/30s (count/window with s, m or ms)' }),
  ),
  LOG_QUESTIONS: z.preprocess(
    (v) => (typeof v === 'string' ? v.trim().toLowerCase() || undefined : v),
    z.enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' }).default('false'),
  ),
})

const deploySchema = z.object({
  ...common,
  DISCORD_TOKEN: botSchema.shape.DISCORD_TOKEN,
  DISCORD_CLIENT_ID: z.preprocess(blankToUndefined, snowflake.or(z.undefined()).refine((v) => v !== undefined, 'is required')),
  DISCORD_GUILD_ID: optional(snowflake),
})

const SHARD_HELP = 'must be "auto" or a whole number of shards from 1'
const shardsSchema = z.object({
  DISCORD_API_URL: common.DISCORD_API_URL,
  SHARDS: optional(z.string().trim().toLowerCase().regex(/^(auto|[1-9]\d{0,4})$/, SHARD_HELP)),
}).superRefine((v, ctx) => {
  // discord.js fetches the recommended count from discord.com itself, whatever rest.api says.
  if (v.SHARDS === 'auto' && v.DISCORD_API_URL)
    ctx.addIssue({ code: 'custom', path: ['SHARDS'], message: 'with DISCORD_API_URL set, give an explicit shard count: "auto" asks discord.com directly for the recommended count and ignores DISCORD_API_URL' })
})

const httpSchema = z.object({
  ...common,
  DISCORD_PUBLIC_KEY: z.preprocess(blankToUndefined, z.string({ error: 'is required' }).trim().regex(/^[0-9a-fA-F]{64}$/, 'must be the 64 hex characters of General Information -> Public Key')),
  PORT: z.preprocess(blankToUndefined, z.coerce.number({ error: 'must be a port number' }).int('must be a whole number').min(1, 'must be 1-65535').max(65535, 'must be 1-65535').default(3000)),
  DISCORD_TOKEN: optional(z.string().min(20, 'looks too short to be a bot token')),
  DISCORD_GUILD_ID: botSchema.shape.DISCORD_GUILD_ID,
  MODERATOR_ROLE_ID: botSchema.shape.MODERATOR_ROLE_ID,
  RATE_LIMIT: botSchema.shape.RATE_LIMIT,
  LOG_QUESTIONS: botSchema.shape.LOG_QUESTIONS,
})

/** What `npm start` needs. */
export interface BotConfig {
  token: string
  clientId: string | null
  guildId: string | null
  /** A role whose members may change the corpus besides those with Manage Server. */
  moderatorRoleId: string | null
  apiUrl: string | null
  corpusDir: string
  logLevel: (typeof LOG_LEVELS)[number]
  rateLimit: RateLimit
  /** Whether question text may appear in info-level logs. */
  logQuestions: boolean
}

/** What `npm run deploy-commands` needs. */
export interface DeployConfig {
  token: string
  clientId: string
  guildId: string | null
  apiUrl: string | null
  logLevel: (typeof LOG_LEVELS)[number]
}

/** How many gateway shards `npm start` runs: `null` is one client in this process. */
export type ShardCount = 'auto' | number

/** What `npm start` needs to decide between one client and a `ShardingManager`. */
export interface ShardingConfig {
  shards: ShardCount | null
  /** True inside a shard process that a `ShardingManager` spawned (discord.js then owns `SHARDS`). */
  inShard: boolean
  /** This process's shard id inside a spawned shard, else `null`. */
  shardId: number | null
}

/** What `npm run serve:http` needs: no gateway, so the token is optional (replies use the interaction token). */
export interface HttpConfig extends Omit<BotConfig, 'token' | 'clientId'> {
  token: string | null
  /** The application's Ed25519 public key, 64 hex characters. */
  publicKey: string
  port: number
}

function parseOrThrow<T extends z.ZodType>(schema: T, env: Env): z.infer<T> {
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

/**
 * Reads and validates the bot's configuration.
 *
 * @throws {@link ConfigError} listing every bad or missing variable; the token value is never in it.
 * @example
 * ```ts
 * const config = loadBotConfig({ DISCORD_TOKEN: 'x'.repeat(70), RATE_LIMIT: '3/10s' })
 * config.rateLimit // => { count: 3, windowMs: 10000 }
 * ```
 */
export function loadBotConfig(env: Env = process.env): BotConfig {
  const v = parseOrThrow(botSchema, env)
  return {
    token: v.DISCORD_TOKEN,
    clientId: v.DISCORD_CLIENT_ID ?? null,
    ...serving(v),
  }
}

/**
 * Reads and validates what `deploy-commands` needs: token and application id, optional home server.
 *
 * @throws {@link ConfigError} listing every bad or missing variable.
 * @example
 * ```ts
 * loadDeployConfig({ DISCORD_TOKEN: token, DISCORD_CLIENT_ID: '123456789012345678' }).guildId // => null
 * ```
 */
export function loadDeployConfig(env: Env = process.env): DeployConfig {
  const v = parseOrThrow(deploySchema, env)
  return {
    token: v.DISCORD_TOKEN,
    clientId: v.DISCORD_CLIENT_ID as string,
    guildId: v.DISCORD_GUILD_ID ?? null,
    apiUrl: v.DISCORD_API_URL ?? null,
    logLevel: v.LOG_LEVEL,
  }
}

/**
 * The corpus folder for the command-line tools, which need no token: `CORPUS_DIR`
 * trimmed, or `seeds` when unset or blank.
 *
 * @example
 * ```ts
 * loadCorpusDir({ CORPUS_DIR: ' articles ' }) // => 'articles'
 * loadCorpusDir({}) // => 'seeds'
 * ```
 */
export function loadCorpusDir(env: Env = process.env): string {
  return parseOrThrow(z.object({ CORPUS_DIR: common.CORPUS_DIR }), env).CORPUS_DIR.trim() || 'seeds'
}

/** Loads `.env` (if any) into `process.env` without overriding what is already set. */
export function loadDotenv(path?: string): void {
  loadDotenvFile({ quiet: true, ...(path ? { path } : {}) })
}

/**
 * Reads `SHARDS`: unset runs one client; `auto` or a number runs discord.js's
 * `ShardingManager`. Inside a spawned shard, `SHARDS` is discord.js's shard id, not ours.
 *
 * @throws {@link ConfigError} for a bad count, or `auto` together with `DISCORD_API_URL`.
 * @example
 * ```ts
 * loadShardingConfig({ SHARDS: '2' }) // => { shards: 2, inShard: false, shardId: null }
 * ```
 */
export function loadShardingConfig(env: Env = process.env): ShardingConfig {
  if (env.SHARDING_MANAGER) return { shards: null, inShard: true, shardId: /^\d+$/.test(env.SHARDS ?? '') ? Number(env.SHARDS) : null }
  const v = parseOrThrow(shardsSchema, env)
  return { shards: v.SHARDS === undefined ? null : v.SHARDS === 'auto' ? 'auto' : Number(v.SHARDS), inShard: false, shardId: null }
}

/** The settings every answering process shares, the gateway bot's and the HTTP endpoint's. */
function serving(v: {
  DISCORD_GUILD_ID?: string | undefined
  MODERATOR_ROLE_ID?: string | undefined
  DISCORD_API_URL?: string | undefined
  CORPUS_DIR: string
  LOG_LEVEL: BotConfig['logLevel']
  RATE_LIMIT: string
  LOG_QUESTIONS: string
}) {
  return {
    guildId: v.DISCORD_GUILD_ID ?? null,
    moderatorRoleId: v.MODERATOR_ROLE_ID ?? null,
    apiUrl: v.DISCORD_API_URL ?? null,
    corpusDir: v.CORPUS_DIR,
    logLevel: v.LOG_LEVEL,
    rateLimit: parseRateLimit(v.RATE_LIMIT)!,
    logQuestions: ['true', '1', 'yes'].includes(v.LOG_QUESTIONS),
  }
}

/**
 * Reads and validates the HTTP interactions endpoint's configuration.
 *
 * @throws {@link ConfigError} listing every bad or missing variable.
 * @example
 * ```ts
 * loadHttpConfig({ DISCORD_PUBLIC_KEY: 'ab'.repeat(32), PORT: '8080' }).port // => 8080
 * ```
 */
export function loadHttpConfig(env: Env = process.env): HttpConfig {
  const v = parseOrThrow(httpSchema, env)
  return {
    token: v.DISCORD_TOKEN ?? null,
    publicKey: v.DISCORD_PUBLIC_KEY.toLowerCase(),
    port: v.PORT,
    ...serving(v),
  }
}
