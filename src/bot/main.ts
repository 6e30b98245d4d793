import { fileURLToPath } from 'node:url'
import { workerBuilder } from '../engine/index.ts'
import { onSignals } from './shutdown.ts'
import { openEngineHolder, snapshotsIn } from '../engine/index.ts'
import { commands } from '../../commands/index.ts'
import { ConfigError, loadBotConfig, loadShardingConfig, type BotConfig, type ShardingConfig } from '../config/index.ts'
import { startShardingManager } from '../shard/index.ts'
import { registerCorpusPeer } from '../shard/index.ts'
import { watchCorpus } from '../shard/index.ts'
import { startBot } from './bot.ts'
import { createLogger } from './logger.ts'
import { EXAMPLE_QUESTIONS } from './examples.ts'

const NO_TOKEN = `The Discord bot needs a bot token, and DISCORD_TOKEN is not set.

  1. Open https://discord.com/developers/applications and create (or pick) an application.
  2. Under "Bot", press "Reset Token" and copy it.
  3. Put it in .env as DISCORD_TOKEN=... (see .env.example and "Setting up the Discord bot" in README.md).

No token? You can still ask the corpus from the terminal:  npm run ask -- "${EXAMPLE_QUESTIONS[0]}"`

function readConfig(): BotConfig & ShardingConfig {
  try {
    return { ...loadBotConfig(), ...loadShardingConfig() }
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err
    console.error(err.missing.includes('DISCORD_TOKEN') ? `${NO_TOKEN}\n\n${err.message}` : err.message)
    process.exit(1)
  }
}

async function main(): Promise<void> {
  const config = readConfig()
  const root = createLogger({ level: config.logLevel })
  const log = config.shardId === null ? root : root.child({ shard: config.shardId })
  process.on('unhandledRejection', (reason) => log.error({ err: reason }, 'unhandled promise rejection'))

  if (config.shards !== null) {
    // This process only supervises; each shard process runs this file again as one client.
    const running = await startShardingManager({ file: fileURLToPath(import.meta.url), shards: config.shards, token: config.token, log })
    onSignals(log, () => running.stop())
    return
  }

  const holder = await openEngineHolder({
    dir: config.corpusDir,
    log,
    snapshots: snapshotsIn(config.corpusDir, log, config.snapshotDir),
    // Reading the folder, checking uploads and building run in a worker thread, so questions keep being acknowledged.
    builder: workerBuilder({ dir: config.corpusDir, snapshotDir: config.snapshotDir }),
    // A writer that died between saving a file and recording it is caught up with on start.
    publish: true,
  })
  const engine = holder.engine()
  log.info({ articles: engine.corpus.articles.length, skipped: engine.corpus.skipped.length, version: engine.version, dir: config.corpusDir }, 'corpus loaded')

  const bot = await startBot({
    token: config.token,
    apiUrl: config.apiUrl,
    commands,
    engine: () => holder.engine(),
    corpus: { holder, homeGuildId: config.guildId, moderatorRoleId: config.moderatorRoleId, apiUrl: config.apiUrl },
    logger: log,
    rateLimit: config.rateLimit,
    logQuestions: config.logQuestions,
  })
  registerCorpusPeer(bot.client, holder)
  // Changes made by other processes (HTTP endpoints, the CLI) arrive through the shared folder.
  const watch = watchCorpus({ dir: config.corpusDir, holder, log })
  onSignals(
    log,
    async () => {
      watch.stop()
      await bot.stop()
    },
    config.inShard,
  )
}

main().catch((err: unknown) => {
  // discord.js names a bad token "TokenInvalid"; say what to do rather than print a stack.
  const message = (err as Error).message ?? String(err)
  console.error(`bot: could not start: ${message}`)
  process.exit(1)
})
