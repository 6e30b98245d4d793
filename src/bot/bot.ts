import { Events, type Client } from 'discord.js'
import { createClient } from './client.ts'
import { fromDiscordJs } from './incoming.ts'
import { createRouter, type RouterOptions } from './router.ts'

/** What {@link startBot} needs; `main.ts` builds it from the config, tests from a fake Discord. */
export interface BotOptions extends RouterOptions {
  token: string
  apiUrl?: string | null
}

/** A logged-in bot. */
export interface RunningBot {
  client: Client<true>
  /** Disconnects from the gateway; in-flight interactions are abandoned. */
  stop(): Promise<void>
}

/**
 * Logs in and resolves once the gateway says READY.
 *
 * @example
 * ```ts
 * const bot = await startBot({ token, commands, engine: () => engine, logger, rateLimit: { count: 5, windowMs: 30_000 } })
 * process.once('SIGTERM', () => bot.stop())
 * ```
 */
export async function startBot(opts: BotOptions): Promise<RunningBot> {
  const client = createClient({ apiUrl: opts.apiUrl ?? null })
  const log = opts.logger
  const route = createRouter(opts)
  client.on(Events.InteractionCreate, (interaction) => {
    // The router has its own boundary; this catch is for a bug in the boundary itself.
    route(fromDiscordJs(interaction)).catch((err: unknown) => log.error({ err }, 'router failed'))
  })
  client.on(Events.Error, (err) => log.error({ err }, 'discord client error'))
  client.on(Events.Warn, (message) => log.warn({ detail: message }, 'discord client warning'))
  client.on(Events.ShardDisconnect, (event, shard) => log.warn({ code: event.code, shard }, 'gateway disconnected'))

  const ready = new Promise<Client<true>>((resolve) => client.once(Events.ClientReady, resolve))
  try {
    await client.login(opts.token)
  } catch (err) {
    await client.destroy()
    throw err
  }
  const loggedIn = await ready
  log.info({ user: loggedIn.user.id, guilds: loggedIn.guilds.cache.size, commands: opts.commands.length }, 'bot ready')
  return {
    client: loggedIn,
    async stop() {
      await client.destroy()
      log.info('bot stopped')
    },
  }
}
