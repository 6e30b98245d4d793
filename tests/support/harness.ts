/** Starts a fake Discord and the bot's real discord.js client against it. */
import type { Logger } from 'pino'
import { commands as allCommands } from '../../commands/index.ts'
import { startBot, type RunningBot } from '../../src/bot/bot.ts'
import type { Command, CorpusAdmin } from '../../src/bot/command.ts'
import { createLogger } from '../../src/bot/logger.ts'
import type { Engine } from '../../src/engine/engine.ts'
import { FakeDiscord, type Dispatched } from './fake-discord.ts'
import { fakeEngine } from './fake-engine.ts'

/** Looks like a token to discord.js; no real Discord ever sees it. */
export const TEST_TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.fake.test-token-never-valid-anywhere'

export interface Harness {
  fake: FakeDiscord
  bot: RunningBot
  /** Parsed JSON log lines the bot wrote. */
  logs: Record<string, any>[]
  engine: Engine
  /** Stops the bot and starts a new client instance (a simulated restart). */
  restart(): Promise<void>
  /** The message the user ends up seeing: the first callback's data, or the edit that follows a deferral (type 5 or 6). */
  messageOf(d: Dispatched): Promise<Record<string, any>>
  close(): Promise<void>
}

/** `corpus` turns on `/corpus`; it gets the fake so it can allow the fake's host for attachments. The bot then serves the holder's engine. */
export async function startHarness(
  opts: { engine?: Engine; commands?: readonly Command[]; rateLimit?: { count: number; windowMs: number }; corpus?: (fake: FakeDiscord) => CorpusAdmin } = {},
): Promise<Harness> {
  // discord.js would otherwise pick up a real token from the environment.
  delete process.env.DISCORD_TOKEN
  const fake = await FakeDiscord.start()
  const logs: Record<string, any>[] = []
  const logger: Logger = createLogger({ level: 'debug', destination: { write: (line: string) => void logs.push(JSON.parse(line)) } })
  const corpus = opts.corpus?.(fake)
  const engine = opts.engine ?? corpus?.holder.engine() ?? fakeEngine()
  const start = () =>
    startBot({
      token: TEST_TOKEN,
      apiUrl: fake.apiUrl,
      commands: opts.commands ?? allCommands,
      engine: corpus ? () => corpus.holder.engine() : () => engine,
      ...(corpus ? { corpus } : {}),
      logger,
      rateLimit: opts.rateLimit ?? { count: 1000, windowMs: 30_000 },
    })
  const h: Harness = {
    fake,
    bot: await start(),
    logs,
    engine,
    async restart() {
      await h.bot.stop()
      h.bot = await start()
    },
    async messageOf(d) {
      return messageOf(fake, d)
    },
    async close() {
      await h.bot.stop()
      await fake.close()
    },
  }
  return h
}

// Discord keeps a deferred interaction open for 15 minutes; how soon the edit comes is the bench's business, so
// the wait only has to outlast a loaded machine (an upload on a shard builds an engine while other suites run).
const EDIT_WAIT_MS = 15_000

/** The message a dispatched interaction ended with: the first callback's, or the edit or follow-up after a deferral. */
export async function messageOf(fake: FakeDiscord, d: Dispatched): Promise<Record<string, any>> {
  const cb = await fake.firstCallback(d)
  if (cb.status >= 400) throw new Error(`callback refused: ${cb.status} ${JSON.stringify(cb.body)}`)
  if (cb.body.type !== 5 && cb.body.type !== 6) return cb.body.data
  const edit = await fake.waitFor((r) => r.token === d.token && (r.method === 'PATCH' || r.method === 'POST') && r.path.startsWith('/webhooks'), EDIT_WAIT_MS)
  if (edit.status >= 400) throw new Error(`edit refused: ${edit.status}`)
  return edit.body
}
