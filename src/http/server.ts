import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { Logger } from 'pino'
import type { HttpTransport } from './transport.ts'
import type { RequestVerifier } from './verify.ts'

/**
 * Discord's Interactions Endpoint URL: `POST /` (or `/interactions`) with a
 * signed JSON body. Checks happen cheapest first: size, then signature, then
 * freshness and replay, and only then is the body parsed. `GET /healthz`
 * answers a load balancer with the index version this process serves.
 */

/** Interaction payloads are a few kilobytes; a button's message with its embeds stays well below this. */
export const MAX_BODY_BYTES = 256 * 1024

/** What {@link createInteractionServer} needs. */
export interface InteractionServerOptions {
  verifier: RequestVerifier
  transport: HttpTransport
  logger: Logger
  /** The serving index version, for `GET /healthz`. */
  version: () => string
  maxBodyBytes?: number
}

class TooLarge extends Error {}

/**
 * Creates (but does not start) the HTTP server.
 *
 * @example
 * ```ts
 * const server = createInteractionServer({ verifier: createVerifier(config.publicKey), transport, logger, version: () => holder.engine().version })
 * server.listen(config.port)
 * ```
 */
export function createInteractionServer(opts: InteractionServerOptions): Server {
  const max = opts.maxBodyBytes ?? MAX_BODY_BYTES
  const log = opts.logger
  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      log.error({ err }, 'http request failed')
      if (!res.headersSent) send(res, 500, { error: 'internal error' })
    })
  })
  // Discord gives up after 3 s; a client that trickles its request is not Discord.
  server.requestTimeout = 10_000
  server.headersTimeout = 5_000

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0]
    if (req.method === 'GET' && path === '/healthz') return send(res, 200, { ok: true, version: opts.version() })
    if (path !== '/' && path !== '/interactions') return send(res, 404, { error: 'not found' })
    if (req.method !== 'POST') return send(res, 405, { error: 'use POST' })
    const declared = Number(req.headers['content-length'] ?? 0)
    if (declared > max) return refuse(req, res, 413, 'too-large')
    let body: Buffer
    try {
      body = await readBody(req, max)
    } catch (err) {
      if (err instanceof TooLarge) return refuse(req, res, 413, 'too-large')
      throw err
    }
    const verdict = opts.verifier.check(header(req, 'x-signature-ed25519'), header(req, 'x-signature-timestamp'), body)
    if (!verdict.ok) return refuse(req, res, 401, verdict.reason)
    let payload: unknown
    try {
      payload = JSON.parse(body.toString('utf8'))
    } catch {
      return refuse(req, res, 400, 'not-json')
    }
    // Anything else would be accepted with 202 and silently dropped: say so instead.
    if (!isKnownInteractionType(payload)) return refuse(req, res, 400, 'unknown-interaction-type')
    const answer = await opts.transport.handle(payload)
    if (answer.status === 202) {
      res.writeHead(202).end()
      return
    }
    send(res, answer.status, answer.body)
  }

  function refuse(req: IncomingMessage, res: ServerResponse, status: number, reason: string): void {
    log.warn({ status, reason, bytes: Number(req.headers['content-length'] ?? 0) }, 'http request refused')
    // A refused body may still be arriving; close rather than read it.
    res.setHeader('connection', 'close')
    send(res, status, { error: status === 401 ? 'invalid request signature' : reason })
  }

  return server
}

/** Interaction types Discord sends: ping, command, component, autocomplete, modal submit. */
export const INTERACTION_TYPES: ReadonlySet<unknown> = new Set([1, 2, 3, 4, 5])

/**
 * True when a parsed body is an object whose `type` is one of {@link INTERACTION_TYPES}.
 *
 * @example
 * ```ts
 * isKnownInteractionType({ type: 2 }) // => true
 * isKnownInteractionType({ type: 99 }) // => false
 * ```
 */
export function isKnownInteractionType(payload: unknown): boolean {
  return typeof payload === 'object' && payload !== null && INTERACTION_TYPES.has((payload as { type?: unknown }).type)
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name]
  return Array.isArray(v) ? v[0] : v
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) })
  res.end(text)
}

function readBody(req: IncomingMessage, max: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let total = 0
    const onData = (chunk: Buffer) => {
      total += chunk.length
      if (total <= max) return void chunks.push(chunk)
      // Keep draining (discarding) so the 413 can still be written; the socket closes after it.
      req.off('data', onData)
      req.resume()
      reject(new TooLarge())
    }
    req.on('data', onData)
    req.once('end', () => resolve(Buffer.concat(chunks)))
    req.once('error', reject)
  })
}
