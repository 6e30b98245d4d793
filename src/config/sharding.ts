import { z } from 'zod'
import { common, environment, optional, parseOrThrow, type Env } from './env.ts'

const SHARD_HELP = 'must be "auto" or a whole number of shards from 1'
const shardsSchema = z
  .object({
    DISCORD_API_URL: common.DISCORD_API_URL,
    SHARDS: optional(
      z
        .string()
        .trim()
        .toLowerCase()
        .regex(/^(auto|[1-9]\d{0,4})$/, SHARD_HELP),
    ),
  })
  .superRefine((v, ctx) => {
    // discord.js fetches the recommended count from discord.com itself, whatever rest.api says.
    if (v.SHARDS === 'auto' && v.DISCORD_API_URL)
      ctx.addIssue({
        code: 'custom',
        path: ['SHARDS'],
        message:
          'with DISCORD_API_URL set, give an explicit shard count: "auto" asks discord.com directly for the recommended count and ignores DISCORD_API_URL',
      })
  })

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
export function loadShardingConfig(env: Env = environment()): ShardingConfig {
  if (env.SHARDING_MANAGER) return { shards: null, inShard: true, shardId: /^\d+$/.test(env.SHARDS ?? '') ? Number(env.SHARDS) : null }
  const v = parseOrThrow(shardsSchema, env)
  return { shards: v.SHARDS === undefined ? null : v.SHARDS === 'auto' ? 'auto' : Number(v.SHARDS), inShard: false, shardId: null }
}
