import { join } from 'node:path'
import { z } from 'zod'
import { blankToUndefined, common, LOG_LEVELS, optional, environment, parseOrThrow, snowflake, type Env } from './env.ts'
import { parseRateLimit, type RateLimit } from './rate-limit.ts'

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
  DISCORD_CLIENT_ID: z.preprocess(
    blankToUndefined,
    snowflake.or(z.undefined()).refine((v) => v !== undefined, 'is required'),
  ),
  DISCORD_GUILD_ID: optional(snowflake),
})

const httpSchema = z.object({
  ...common,
  DISCORD_PUBLIC_KEY: z.preprocess(
    blankToUndefined,
    z
      .string({ error: 'is required' })
      .trim()
      .regex(/^[0-9a-fA-F]{64}$/, 'must be the 64 hex characters of General Information -> Public Key'),
  ),
  PORT: z.preprocess(
    blankToUndefined,
    z.coerce.number({ error: 'must be a port number' }).int('must be a whole number').min(1, 'must be 1-65535').max(65535, 'must be 1-65535').default(3000),
  ),
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
  /** Where index snapshots are saved: `SNAPSHOT_DIR`, or `<corpusDir>/.snapshots`. */
  snapshotDir: string
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

/** What `npm run serve:http` needs: no gateway, so the token is optional (replies use the interaction token). */
export interface HttpConfig extends Omit<BotConfig, 'token' | 'clientId'> {
  token: string | null
  /** The application's Ed25519 public key, 64 hex characters. */
  publicKey: string
  port: number
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
export function loadBotConfig(env: Env = environment()): BotConfig {
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
export function loadDeployConfig(env: Env = environment()): DeployConfig {
  const v = parseOrThrow(deploySchema, env)
  return {
    token: v.DISCORD_TOKEN,
    clientId: v.DISCORD_CLIENT_ID,
    guildId: v.DISCORD_GUILD_ID ?? null,
    apiUrl: v.DISCORD_API_URL ?? null,
    logLevel: v.LOG_LEVEL,
  }
}

/**
 * The corpus folder for the command-line tools, which need no token: `CORPUS_DIR`
 * (from the environment or `.env`, as for the bot) trimmed, or `seeds` when unset or blank.
 *
 * @example
 * ```ts
 * loadCorpusDir({ CORPUS_DIR: ' articles ' }) // => 'articles'
 * loadCorpusDir({}) // => 'seeds'
 * ```
 */
export function loadCorpusDir(env: Env = environment()): string {
  return parseOrThrow(z.object({ CORPUS_DIR: common.CORPUS_DIR }), env).CORPUS_DIR.trim() || 'seeds'
}

/**
 * The folder index snapshots are saved in: `SNAPSHOT_DIR` (from the environment
 * or `.env`) trimmed, or the corpus folder's own `.snapshots` when unset or blank.
 *
 * @example
 * ```ts
 * loadSnapshotDir('articles', { SNAPSHOT_DIR: '/var/cache/csto' }) // => '/var/cache/csto'
 * loadSnapshotDir('articles', {}) // => 'articles/.snapshots'
 * ```
 */
export function loadSnapshotDir(corpusDir: string, env: Env = environment()): string {
  return parseOrThrow(z.object({ SNAPSHOT_DIR: common.SNAPSHOT_DIR }), env).SNAPSHOT_DIR ?? join(corpusDir, '.snapshots')
}

/** The settings every answering process shares, the gateway bot's and the HTTP endpoint's. */
function serving(v: {
  DISCORD_GUILD_ID?: string | undefined
  MODERATOR_ROLE_ID?: string | undefined
  DISCORD_API_URL?: string | undefined
  CORPUS_DIR: string
  SNAPSHOT_DIR?: string | undefined
  LOG_LEVEL: BotConfig['logLevel']
  RATE_LIMIT: string
  LOG_QUESTIONS: string
}) {
  return {
    guildId: v.DISCORD_GUILD_ID ?? null,
    moderatorRoleId: v.MODERATOR_ROLE_ID ?? null,
    apiUrl: v.DISCORD_API_URL ?? null,
    corpusDir: v.CORPUS_DIR,
    snapshotDir: v.SNAPSHOT_DIR ?? join(v.CORPUS_DIR, '.snapshots'),
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
export function loadHttpConfig(env: Env = environment()): HttpConfig {
  const v = parseOrThrow(httpSchema, env)
  return {
    token: v.DISCORD_TOKEN ?? null,
    publicKey: v.DISCORD_PUBLIC_KEY.toLowerCase(),
    port: v.PORT,
    ...serving(v),
  }
}
