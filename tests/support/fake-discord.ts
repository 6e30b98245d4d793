/**
 * A small fake Discord on 127.0.0.1: the REST routes a discord.js 14 bot uses
 * and the gateway WebSocket (HELLO, IDENTIFY → READY, heartbeat ACKs,
 * INTERACTION_CREATE). It records every request with its arrival time and
 * answers limit breaches with 400 / code 50035, as Discord does.
 * See the shared notes on the Discord protocol (discord-protocol.md) for the facts this fake follows.
 */
import { EventEmitter } from 'node:events'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { WebSocketServer, type WebSocket } from 'ws'
import { choiceErrors, commandErrors, messageErrors } from './discord-limits.ts'
import { BOT_USER, interactionPayload, messageObject, snowflake, type AttachmentInput, type InteractionInput } from './fake-payloads.ts'

type Json = Record<string, any>

/** One request the bot made, as the fake saw it. */
export interface RecordedRequest {
  method: string
  /** Path without the `/api/v10` prefix, `%40original` decoded, e.g. `/interactions/1/tok/callback`. */
  path: string
  query: URLSearchParams
  body: any
  /** `performance.now()` on arrival. */
  at: number
  /** The status the fake answered with. */
  status: number
  /** For interaction callbacks and webhooks: the interaction's token. */
  token?: string
}

/** A dispatched interaction, for matching the bot's answers to it. */
export interface Dispatched {
  id: string
  token: string
  /** `performance.now()` when the gateway frame was sent. */
  at: number
  payload: Json
}

interface Tracked extends Dispatched {
  acknowledged: boolean
  original?: Json
}

export { APP_ID, BOT_USER } from './fake-payloads.ts'

/** The fake: start it, point the bot's `rest.api` at {@link FakeDiscord.apiUrl}, dispatch, wait. */
export class FakeDiscord {
  readonly requests: RecordedRequest[] = []
  readonly interactions = new Map<string, Tracked>()
  /** Connections that completed IDENTIFY. */
  readonly identified: Json[] = []
  /** Bytes served at `/attachments/<id>/<name>`, as Discord's CDN would. */
  private readonly files = new Map<string, Buffer>()
  // One 'request' listener per pending waitFor, each removed when it resolves or times out; a test awaiting
  // a dozen replies at once is not a leak, so no listener cap (Node warns on stderr past 10).
  private readonly events = new EventEmitter().setMaxListeners(0)
  private readonly sockets = new Set<WebSocket>()
  /** The shard id each connection identified with (`shard: [id, count]`, 0 when absent). */
  private readonly shardOf = new Map<WebSocket, number>()
  private seq = 0

  private constructor(
    private readonly http: Server,
    private readonly wss: WebSocketServer,
    readonly port: number,
  ) {}

  /** Starts on a random port of 127.0.0.1. */
  static async start(): Promise<FakeDiscord> {
    const http = createServer()
    const wss = new WebSocketServer({ server: http })
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve))
    const fake = new FakeDiscord(http, wss, (http.address() as AddressInfo).port)
    http.on('request', (req, res) => void fake.onRequest(req, res))
    wss.on('connection', (ws) => fake.onSocket(ws))
    return fake
  }

  /** Gateway connections open now. */
  get connected(): number {
    return [...this.sockets].filter((ws) => ws.readyState === ws.OPEN).length
  }

  /** What to hand discord.js as `rest.api`. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`
  }

  /**
   * Serves `bytes` as an uploaded file on the fake's own host (the bot's
   * `DISCORD_API_URL` host) and returns the attachment to put in an interaction.
   * `declaredSize` lets a test make the declared size lie.
   */
  upload(filename: string, bytes: Uint8Array, opts: { declaredSize?: number; contentType?: string; url?: string } = {}): AttachmentInput {
    const id = snowflake()
    const path = `/attachments/${id}/${encodeURIComponent(filename)}`
    this.files.set(path, Buffer.from(bytes))
    const url = opts.url ?? `http://127.0.0.1:${this.port}${path}`
    return { id, filename, size: opts.declaredSize ?? bytes.length, url, proxy_url: url, ...(opts.contentType ? { content_type: opts.contentType } : {}) }
  }

  /**
   * Records an interaction as Discord would before sending it, without any
   * gateway frame: for HTTP interactions, where the test POSTs the payload itself.
   */
  track(input: InteractionInput): Dispatched {
    const payload = interactionPayload(input)
    const tracked: Tracked = { id: payload.id, token: payload.token, at: performance.now(), payload, acknowledged: false }
    this.interactions.set(payload.token, tracked)
    return { id: tracked.id, token: tracked.token, at: tracked.at, payload }
  }

  /**
   * Sends an INTERACTION_CREATE to every identified gateway connection, or
   * only to the one that identified as shard `opts.shard`.
   */
  dispatch(input: InteractionInput, opts: { shard?: number } = {}): Dispatched {
    const { payload } = this.track(input)
    const tracked = this.interactions.get(payload.token)!
    const live = [...this.sockets].filter((ws) => ws.readyState === ws.OPEN && (opts.shard === undefined || this.shardOf.get(ws) === opts.shard))
    if (live.length === 0) throw new Error(`fake-discord: no bot is connected to the gateway${opts.shard === undefined ? '' : ` as shard ${opts.shard}`}`)
    for (const ws of live) ws.send(JSON.stringify({ op: 0, t: 'INTERACTION_CREATE', s: ++this.seq, d: payload }))
    return { id: tracked.id, token: tracked.token, at: tracked.at, payload }
  }

  /** Resolves with the first recorded request that satisfies `predicate` (past or future). */
  waitFor(predicate: (r: RecordedRequest) => boolean, timeoutMs = 5000): Promise<RecordedRequest> {
    const found = this.requests.find(predicate)
    if (found) return Promise.resolve(found)
    return new Promise((resolve, reject) => {
      const onRequest = (r: RecordedRequest) => {
        if (!predicate(r)) return
        clearTimeout(timer)
        this.events.off('request', onRequest)
        resolve(r)
      }
      const timer = setTimeout(() => {
        this.events.off('request', onRequest)
        reject(new Error(`fake-discord: no matching request within ${timeoutMs} ms; saw:\n${this.describe()}`))
      }, timeoutMs)
      this.events.on('request', onRequest)
    })
  }

  /** Waits for the first callback (`POST /interactions/:id/:token/callback`) of an interaction. */
  firstCallback(d: Dispatched, timeoutMs?: number): Promise<RecordedRequest> {
    return this.waitFor((r) => r.method === 'POST' && r.path === `/interactions/${d.id}/${d.token}/callback`, timeoutMs)
  }

  /** All requests about one interaction (callbacks, edits, follow-ups), in order. */
  about(d: Dispatched): RecordedRequest[] {
    return this.requests.filter((r) => r.token === d.token)
  }

  /** The interaction's original response message as it now stands (for clicking its buttons). */
  original(d: Dispatched): Json | undefined {
    return this.interactions.get(d.token)?.original
  }

  /** One line per request, for failure messages. */
  describe(): string {
    return this.requests.map((r) => `${r.method} ${r.path} -> ${r.status}`).join('\n')
  }

  /** Closes every connection and the server. */
  async close(): Promise<void> {
    for (const ws of this.sockets) ws.terminate()
    await new Promise<void>((resolve) => this.wss.close(() => resolve()))
    this.http.closeAllConnections()
    await new Promise<void>((resolve) => this.http.close(() => resolve()))
  }

  private onSocket(ws: WebSocket): void {
    this.sockets.add(ws)
    ws.on('close', () => {
      this.sockets.delete(ws)
      this.shardOf.delete(ws)
    })
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 } }))
    ws.on('message', (raw) => {
      // ws hands a frame over as a Buffer, an ArrayBuffer or the Buffers of a fragmented message.
      const bytes = Array.isArray(raw) ? Buffer.concat(raw) : Buffer.isBuffer(raw) ? raw : Buffer.from(raw)
      const frame = JSON.parse(bytes.toString('utf8')) as Json
      if (frame.op === 1) ws.send(JSON.stringify({ op: 11 }))
      if (frame.op === 2) {
        this.identified.push(frame.d)
        const shard: [number, number] = Array.isArray(frame.d?.shard) ? frame.d.shard : [0, 1]
        this.shardOf.set(ws, shard[0])
        const d = {
          v: 10,
          user: { ...BOT_USER, verified: true, flags: 0 },
          guilds: [],
          session_id: `session-${snowflake()}`,
          resume_gateway_url: `ws://127.0.0.1:${this.port}`,
          shard,
          application: { id: BOT_USER.id, flags: 0 },
        }
        ws.send(JSON.stringify({ op: 0, t: 'READY', s: ++this.seq, d }))
      }
    })
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = performance.now()
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    if (req.method === 'GET' && this.files.has(url.pathname)) {
      const bytes = this.files.get(url.pathname)!
      this.requests.push({ method: 'GET', path: url.pathname, query: url.searchParams, body: undefined, at, status: 200 })
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': bytes.length })
      res.end(bytes)
      return
    }
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10/, '')
    let text = ''
    for await (const chunk of req) text += chunk
    let body: any = undefined
    try {
      body = text ? JSON.parse(text) : undefined
    } catch {
      body = text
    }
    const record: RecordedRequest = { method: req.method ?? 'GET', path, query: url.searchParams, body, at, status: 0 }
    const [status, answer] = this.route(record)
    record.status = status
    this.requests.push(record)
    this.events.emit('request', record)
    res.writeHead(status, status === 204 ? {} : { 'content-type': 'application/json' })
    res.end(status === 204 ? undefined : JSON.stringify(answer))
  }

  private route(r: RecordedRequest): [number, unknown] {
    const invalid = (errors: string[]) => [400, { code: 50035, message: 'Invalid Form Body', errors }] as [number, unknown]
    let m: RegExpExecArray | null
    if (r.method === 'GET' && r.path === '/gateway/bot')
      return [200, { url: `ws://127.0.0.1:${this.port}`, shards: 1, session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 } }]
    if (r.method === 'PUT' && (m = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(r.path))) {
      const errors = commandErrors(r.body)
      if (errors.length) return invalid(errors)
      return [200, (r.body as Json[]).map((c) => ({ ...c, id: snowflake(), application_id: m![1], guild_id: m![2], version: '1' }))]
    }
    if (r.method === 'POST' && (m = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(r.path))) {
      r.token = m[2]
      const it = this.interactions.get(m[2]!)
      if (!it || it.id !== m[1]) return [404, { code: 10062, message: 'Unknown interaction' }]
      if (r.at - it.at > 3000) return [404, { code: 10062, message: 'Unknown interaction (answered after 3 s)' }]
      if (it.acknowledged) return [400, { code: 40060, message: 'Interaction has already been acknowledged.' }]
      const type = r.body?.type
      const errors = type === 8 ? choiceErrors(r.body.data) : type === 4 || type === 7 ? messageErrors(r.body.data) : []
      if (errors.length) return invalid(errors)
      it.acknowledged = true
      if (type === 4) it.original = messageObject(r.body.data)
      if (type === 5) it.original = messageObject({ content: '', flags: (r.body.data?.flags ?? 0) | 128 })
      if (type === 6) it.original = it.payload.message ?? messageObject({})
      if (type === 7) it.original = { ...(it.payload.message ?? messageObject({})), ...r.body.data }
      if (r.query.get('with_response') === 'true') return [200, { interaction: { id: it.id, type: it.payload.type }, resource: { type, message: it.original } }]
      return [204, undefined]
    }
    if ((m = /^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/(@original|\d+))?$/.exec(r.path))) {
      r.token = m[2]
      const it = this.interactions.get(m[2]!)
      if (!it) return [404, { code: 10015, message: 'Unknown Webhook' }]
      if (r.at - it.at > 15 * 60_000) return [401, { code: 50027, message: 'Invalid Webhook Token' }]
      if (r.method === 'DELETE') {
        if (m[3] === '@original') it.original = undefined
        return [204, undefined]
      }
      const errors = messageErrors(r.body)
      if (errors.length) return invalid(errors)
      if (r.method === 'PATCH' && m[3] === '@original') {
        if (!it.original) return [404, { code: 10008, message: 'Unknown Message' }]
        it.original = { ...it.original, ...r.body, flags: (it.original.flags ?? 0) & ~128 }
        return [200, it.original]
      }
      if (r.method === 'POST' && !m[3]) return [200, messageObject(r.body)]
    }
    return [404, { code: 0, message: `fake-discord: no route for ${r.method} ${r.path}` }]
  }
}
