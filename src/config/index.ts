/**
 * The one place `process.env` is read: every entry point's settings, validated
 * with zod, with errors that name the bad value.
 */

export {
  loadBotConfig,
  loadCorpusDir,
  loadDeployConfig,
  loadHttpConfig,
  loadSnapshotDir,
  type BotConfig,
  type DeployConfig,
  type HttpConfig,
} from './config.ts'
export { ConfigError, environment, loadDotenv, type Env } from './env.ts'
export { parseRateLimit, type RateLimit } from './rate-limit.ts'
export { loadShardingConfig, type ShardCount, type ShardingConfig } from './sharding.ts'
