import { Events, RESTEvents, type APIRequest, type Client, type Interaction } from 'discord.js'
import { createClient } from '../bot/index.ts'
import { createRouter, type RouterOptions } from '../bot/index.ts'

/**
 * The second transport for the same command layer: an interaction payload that
 * arrived over HTTP goes through discord.js exactly as a gateway
 * INTERACTION_CREATE would (the client's own InteractionCreate action builds
 * the `ChatInputCommandInteraction` / `AutocompleteInteraction` /
 * `ButtonInteraction`), then through the same router and command modules.
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

// The client's action table is internal to discord.js; it is what the gateway handler calls too.
type WithActions = { actions: { InteractionCreate: { handle(data: unknown): void } } }

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
  const callbacks = new Map<string, () => void>()
  const ackWaitMs = opts.ackWaitMs ?? 2_500

  client.on(Events.InteractionCreate, (interaction: Interaction) => {
    const run = route(interaction)
      .catch((err: unknown) => log.error({ err }, 'router failed'))
      .finally(() => running.delete(interaction.id))
    running.set(interaction.id, run)
  })
  client.on(Events.Error, (err) => log.error({ err }, 'discord client error'))
  client.rest.on(RESTEvents.Response, (request: APIRequest) => {
    const m = /^\/interactions\/(\d+)\/[^/]+\/callback$/.exec(String(request.path))
    if (m) callbacks.get(m[1]!)?.()
  })

  return {
    client,
    async handle(payload) {
      const p = payload as { type?: unknown; id?: unknown; token?: unknown; data?: unknown }
      if (p?.type === 1) return { status: 200, body: { type: 1 } }
      if (typeof p?.id !== 'string' || typeof p.token !== 'string' || typeof p.type !== 'number')
        return { status: 400, body: { error: 'http: not an interaction payload (id, token and type are required)' } }
      const id = p.id
      let timer: NodeJS.Timeout | undefined
      const acknowledged = new Promise<void>((resolve) => {
        callbacks.set(id, resolve)
        timer = setTimeout(resolve, ackWaitMs)
      })
      try {
        ;(client as unknown as WithActions).actions.InteractionCreate.handle(payload)
        const run = running.get(id)
        // A type discord.js does not build an interaction for is dropped, as on the gateway.
        if (run) await Promise.race([acknowledged, run])
      } catch (err) {
        log.warn({ err, interaction: id }, 'could not read the interaction payload')
        return { status: 400, body: { error: 'http: the interaction payload could not be read' } }
      } finally {
        clearTimeout(timer)
        callbacks.delete(id)
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
