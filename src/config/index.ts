/**
 * The one place `process.env` is read: every entry point's settings, validated
 * with zod, with errors that name the bad value.
 */

export { ConfigError, loadBotConfig, loadCorpusDir, loadDeployConfig, loadDotenv, loadHttpConfig, loadShardingConfig, type BotConfig, type DeployConfig, type HttpConfig, type ShardCount, type ShardingConfig } from './config.ts'
