import { Client, GatewayIntentBits } from 'discord.js'

/**
 * The discord.js client: `Guilds` is the only intent slash commands need, and
 * no reply may ping anyone, whatever an article or a question contains.
 *
 * @example
 * ```ts
 * const client = createClient({ apiUrl: 'http://127.0.0.1:8080/api' }) // a REST proxy or a test server
 * ```
 */
export function createClient(opts: { apiUrl?: string | null } = {}): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [], repliedUser: false },
    ...(opts.apiUrl ? { rest: { api: opts.apiUrl } } : {}),
  })
}
