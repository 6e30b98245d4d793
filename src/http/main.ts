import { commands } from '../../commands/index.ts'
import { createLogger } from '../bot/index.ts'
import { ConfigError, loadHttpConfig, type HttpConfig } from '../config/index.ts'
import { workerBuilder } from '../engine/index.ts'
import { openEngineHolder, snapshotsIn } from '../engine/index.ts'
import { watchCorpus } from '../shard/index.ts'
import { createInteractionServer } from './server.ts'
import { createHttpTransport } from './transport.ts'
import { createVerifier } from './verify.ts'
import { onSignals } from '../bot/index.ts'

/**
 * `npm run serve:http`: Discord's Interactions Endpoint URL, no gateway
 * connection. Any number of these may serve one corpus folder behind a load
 * balancer; each follows the folder's state file to the current index.
 */

function readConfig(): HttpConfig {
  try {
    return loadHttpConfig()
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err
    const hint = err.missing.includes('DISCORD_PUBLIC_KEY')
      ? '\n\nDISCORD_PUBLIC_KEY is on https://discord.com/developers/applications -> your app -> General Information -> Public Key.'
      : ''
    console.error(err.message + hint)
    process.exit(1)
  }
}

async function main(): Promise<void> {
  const config = readConfig()
  const log = createLogger({ level: config.logLevel })
  process.on('unhandledRejection', (reason) => log.error({ err: reason }, 'unhandled promise rejection'))

  const holder = await openEngineHolder({
    dir: config.corpusDir,
    log,
    snapshots: snapshotsIn(config.corpusDir, log, config.snapshotDir),
    // Reading the folder, checking uploads and building run in a worker thread, so questions keep being acknowledged.
    builder: workerBuilder({ dir: config.corpusDir, snapshotDir: config.snapshotDir }),
    // A writer that died between saving a file and recording it is caught up with on start.
    publish: true,
  })
  const watch = watchCorpus({ dir: config.corpusDir, holder, log })
  const transport = createHttpTransport({
    commands,
    engine: () => holder.engine(),
    corpus: { holder, homeGuildId: config.guildId, moderatorRoleId: config.moderatorRoleId, apiUrl: config.apiUrl },
    logger: log,
    rateLimit: config.rateLimit,
    logQuestions: config.logQuestions,
    token: config.token,
    apiUrl: config.apiUrl,
  })
  const server = createInteractionServer({ verifier: createVerifier(config.publicKey), transport, logger: log, version: () => holder.engine().version })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(config.port, () => resolve())
  })
  const address = server.address()
  log.info(
    { port: typeof address === 'object' && address ? address.port : config.port, version: holder.engine().version, commands: commands.length },
    'http interactions endpoint ready',
  )

  onSignals(log, async () => {
    watch.stop()
    server.close()
    // Interactions already accepted get their replies before the process goes.
    await transport.idle()
    await transport.destroy()
  })
}

main().catch((err: unknown) => {
  console.error(`http: could not start: ${(err as Error).message ?? String(err)}`)
  process.exit(1)
})
