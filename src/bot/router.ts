import { randomBytes } from 'node:crypto'
import type { Logger } from 'pino'
import type { Engine } from '../engine/index.ts'
import type { Command, CommandContext, CorpusAdmin, Incoming, Replying } from './command.ts'
import { decodeCustomId } from './custom-id.ts'
import { createRateLimiter, type RateLimiter } from './rate-limit.ts'
import { renderError, renderNotice, toReply } from './render.ts'

/** What {@link createRouter} needs. */
export interface RouterOptions {
  commands: readonly Command[]
  engine: () => Engine
  logger: Logger
  rateLimit: { count: number; windowMs: number }
  logQuestions?: boolean
  /** Lets `/corpus` change the corpus; without it the command says it is off. */
  corpus?: CorpusAdmin
  /** Injected for tests of the rate limit. */
  now?: () => number
}

/** A short id shown to the user and written to the log, to find one failure among many. */
export function newReference(): string {
  return randomBytes(4).toString('hex')
}

/**
 * Routes every interaction to its command: chat input to `execute`,
 * autocomplete to `autocomplete`, buttons by their decoded custom id. Each
 * interaction runs inside one error boundary and gets its own child logger.
 * The gateway and the HTTP endpoint both bring their interactions here.
 *
 * @example
 * ```ts
 * const route = createRouter({ commands, engine: () => engine, logger, rateLimit: { count: 5, windowMs: 30_000 } })
 * client.on(Events.InteractionCreate, (interaction) => route(fromDiscordJs(interaction)))
 * ```
 */
export function createRouter(opts: RouterOptions): (incoming: Incoming) => Promise<void> {
  const byName = new Map(opts.commands.map((c) => [c.data.name, c]))
  const limiter: RateLimiter = createRateLimiter(opts.rateLimit, opts.now)

  return async function route(incoming) {
    const started = performance.now()
    const { interaction } = incoming
    const command = incoming.kind === 'command' || incoming.kind === 'autocomplete' ? incoming.interaction.commandName : undefined
    const log = opts.logger.child({
      interaction: interaction.id,
      type: incoming.kind === 'other' ? incoming.interaction.type : incoming.kind,
      command,
      user: interaction.user.id,
      guild: interaction.guildId,
    })
    const ctx: CommandContext = {
      engine: opts.engine,
      log,
      logQuestions: opts.logQuestions ?? false,
      outcome: {},
      ...(opts.corpus ? { corpus: opts.corpus } : {}),
    }
    try {
      await dispatch(incoming, ctx)
      log.info({ ms: Math.round(performance.now() - started), ...ctx.outcome }, 'interaction handled')
    } catch (err) {
      const ref = newReference()
      log.error({ err, ref, ms: Math.round(performance.now() - started) }, 'interaction failed')
      if (incoming.kind === 'autocomplete') {
        const i = incoming.interaction
        if (!i.responded) await i.respond([]).catch((e: unknown) => log.warn({ err: e, ref }, 'could not answer autocomplete'))
      } else if (incoming.kind !== 'other') {
        await sendError(incoming.interaction, ref).catch((e: unknown) => log.warn({ err: e, ref }, 'could not send the error message'))
      }
    }
  }

  async function dispatch(incoming: Incoming, ctx: CommandContext): Promise<void> {
    if (incoming.kind === 'autocomplete') {
      const interaction = incoming.interaction
      const cmd = byName.get(interaction.commandName)
      if (!cmd?.autocomplete) throw new Error(`router: no autocomplete for command "${interaction.commandName}"`)
      return cmd.autocomplete(interaction, ctx)
    }
    if (incoming.kind === 'command') {
      const interaction = incoming.interaction
      const cmd = byName.get(interaction.commandName)
      if (!cmd) {
        ctx.outcome.unknown = true
        await interaction.reply(
          toReply(renderNotice('That command is not known to this version of the bot. It may still be updating; try again in a minute.'), { ephemeral: true }),
        )
        return
      }
      if (cmd.rateLimited) {
        const decision = limiter.take(interaction.user.id)
        if (!decision.ok) {
          ctx.outcome.rateLimited = true
          const secs = Math.ceil(decision.retryAfterMs / 1000)
          await interaction.reply(toReply(renderNotice(`You're asking quickly! Please wait ${secs} s before the next question.`), { ephemeral: true }))
          return
        }
      }
      return cmd.execute(interaction, ctx)
    }
    if (incoming.kind === 'button') {
      const interaction = incoming.interaction
      const state = decodeCustomId(interaction.customId)
      const cmd = state && opts.commands.find((c) => c.buttons?.includes(state.kind))
      if (!state || !cmd?.button) {
        ctx.outcome.staleButton = true
        await interaction.reply(toReply(renderNotice('This button is from an older version of the bot. Please run the command again.'), { ephemeral: true }))
        return
      }
      return cmd.button(interaction, state, ctx)
    }
    ctx.outcome.ignored = true
  }
}

async function sendError(interaction: Replying, ref: string): Promise<void> {
  const payload = toReply(renderError(ref), { ephemeral: true })
  if (interaction.deferred && !interaction.replied) {
    // The first follow-up of a deferred reply replaces it with the defer's visibility, so the
    // placeholder goes first and the apology follows as a separate, ephemeral message.
    await interaction.deleteReply().catch(() => undefined)
    await interaction.followUp(payload)
  } else if (interaction.replied || interaction.deferred) {
    await interaction.followUp(payload)
  } else {
    await interaction.reply(payload)
  }
}
