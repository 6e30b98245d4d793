import { Events, type Client } from 'discord.js'
import { createClient } from '../bot/index.ts'
import { createRouter, type RouterOptions } from '../bot/index.ts'
import { incomingFromPayload } from './interaction.ts'

/**
 * The second transport for the same command layer: an interaction payload that
 * arrived over HTTP is read into the router's `Incoming` (see
 * `interaction.ts`, which uses only discord.js's public API), then goes
 * through the same router and command modules as a gateway interaction.
 * Replies go out by REST to the interaction callback, and the HTTP request is
 * answered with 202 and no body once that callback is made, as Discord asks
 * for interactions received over HTTP that are answered through the endpoint.
 */

/** What the HTTP server sends back for one interaction. */
export type HttpAnswer = { status: 200; body: unknown } | { status: 202 } | { status: 400; body: { error: string } }

/** What {@link createHttpTransport} needs: the router's options plus the REST settings. */
export interface HttpTransportOptions extends RouterOptions {
  /** Optional: interaction callbacks and webhooks are authorised by the interaction token. */
  token?: string | null
  apiUrl?: string | null
  /** The longest the HTTP answer waits for the command's first callback; Discord gives 3 s in all. */
  ackWaitMs?: number
}

/** Turns raw interaction payloads into handled interactions. */
export interface HttpTransport {
  /** The never-logged-in client whose REST manager sends the replies. */
  client: Client
  handle(payload: unknown): Promise<HttpAnswer>
  /** Resolves when every interaction started so far has finished (for shutdown and tests). */
  idle(): Promise<void>
  destroy(): Promise<void>
}

/**
 * Creates the transport. One per process; it holds no gateway connection.
 *
 * @example
 * ```ts
 * const transport = createHttpTransport({ commands, engine: () => holder.engine(), logger, rateLimit, apiUrl })
 * const answer = await transport.handle(JSON.parse(body)) // => { status: 202 }
 * ```
 */
export function createHttpTransport(opts: HttpTransportOptions): HttpTransport {
  const client = createClient({ apiUrl: opts.apiUrl ?? null })
  if (opts.token) client.rest.setToken(opts.token)
  const route = createRouter(opts)
  const log = opts.logger
  const running = new Map<string, Promise<void>>()
  const ackWaitMs = opts.ackWaitMs ?? 2_500

  client.on(Events.Error, (err) => log.error({ err }, 'discord client error'))

  return {
    client,
    async handle(payload) {
      const p = payload as { type?: unknown; id?: unknown; token?: unknown; data?: unknown }
      if (p?.type === 1) return { status: 200, body: { type: 1 } }
      if (typeof p?.id !== 'string' || typeof p.token !== 'string' || typeof p.type !== 'number')
        return { status: 400, body: { error: 'http: not an interaction payload (id, token and type are required)' } }
      const id = p.id
      let timer: NodeJS.Timeout | undefined
      let onCallback = () => {}
      const acknowledged = new Promise<void>((resolve) => {
        onCallback = resolve
        timer = setTimeout(resolve, ackWaitMs)
      })
      try {
        const incoming = incomingFromPayload(client, payload, () => onCallback())
        const run = route(incoming)
          .catch((err: unknown) => log.error({ err }, 'router failed'))
          .finally(() => running.delete(id))
        running.set(id, run)
        await Promise.race([acknowledged, run])
      } catch (err) {
        log.warn({ err, interaction: id }, 'could not read the interaction payload')
        return { status: 400, body: { error: 'http: the interaction payload could not be read' } }
      } finally {
        clearTimeout(timer)
      }
      return { status: 202 }
    },
    async idle() {
      while (running.size > 0) await Promise.allSettled([...running.values()])
    },
    async destroy() {
      await client.destroy()
    },
  }
}
