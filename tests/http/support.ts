/**
 * The HTTP interactions endpoint in-process against the fake Discord: a key
 * pair generated here signs every request, as Discord signs with the
 * application's key, and replies are read back from the fake's callback log.
 */
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Logger } from 'pino'
import { commands } from '../../commands/index.ts'
import type { CorpusAdmin } from '../../src/bot/command.ts'
import { createLogger } from '../../src/bot/logger.ts'
import type { Engine } from '../../src/engine/engine.ts'
import { createInteractionServer } from '../../src/http/server.ts'
import { createHttpTransport, type HttpTransport } from '../../src/http/transport.ts'
import { createVerifier } from '../../src/http/verify.ts'
import { FakeDiscord, type Dispatched } from '../support/fake-discord.ts'
import type { InteractionInput } from '../support/fake-payloads.ts'
import { messageOf } from '../support/harness.ts'

/** An Ed25519 key pair and its raw public key in hex, as the Developer Portal shows it. */
export function keyPair(): { publicHex: string; privateKey: KeyObject } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519')
  const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32)
  return { publicHex: raw.toString('hex'), privateKey }
}

/** Discord's headers for `body` sent at `timestamp` (seconds), signed with `key`. */
export function signed(body: string | Buffer, key: KeyObject, timestamp = Math.floor(Date.now() / 1000)): Record<string, string> {
  const ts = String(timestamp)
  const sig = sign(null, Buffer.concat([Buffer.from(ts), Buffer.from(body)]), key).toString('hex')
  return { 'x-signature-ed25519': sig, 'x-signature-timestamp': ts }
}

export interface HttpHarness {
  fake: FakeDiscord
  url: string
  privateKey: KeyObject
  transport: HttpTransport
  logs: Record<string, any>[]
  /** POSTs `body` with `headers` (none added). */
  post(body: string | Buffer, headers: Record<string, string>): Promise<Response>
  /** Tracks `input` in the fake and POSTs it correctly signed; gives the HTTP status too. */
  send(input: InteractionInput): Promise<{ d: Dispatched; status: number }>
  /** The message the user ends up seeing (as the gateway harness's `messageOf`). */
  messageOf(d: Dispatched): Promise<Record<string, any>>
  close(): Promise<void>
}

/** Starts a fake Discord (or uses `opts.fake`) and one HTTP endpoint process's worth of server. */
export async function startHttp(opts: { engine?: () => Engine; corpus?: (fake: FakeDiscord) => CorpusAdmin; fake?: FakeDiscord } = {}): Promise<HttpHarness> {
  const fake = opts.fake ?? (await FakeDiscord.start())
  const { publicHex, privateKey } = keyPair()
  const logs: Record<string, any>[] = []
  const logger: Logger = createLogger({ level: 'debug', destination: { write: (line: string) => void logs.push(JSON.parse(line)) } })
  const corpus = opts.corpus?.(fake)
  const engine = opts.engine ?? (() => corpus!.holder.engine())
  const transport = createHttpTransport({
    commands,
    engine,
    ...(corpus ? { corpus } : {}),
    logger,
    rateLimit: { count: 1000, windowMs: 30_000 },
    apiUrl: fake.apiUrl,
  })
  const server: Server = createInteractionServer({ verifier: createVerifier(publicHex), transport, logger, version: () => engine().version })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/interactions`
  const post = (body: string | Buffer, headers: Record<string, string>) =>
    fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } })
  return {
    fake,
    url,
    privateKey,
    transport,
    logs,
    post,
    async send(input) {
      const d = fake.track(input)
      const body = JSON.stringify(d.payload)
      const res = await post(body, signed(body, privateKey))
      return { d, status: res.status }
    },
    async messageOf(d) {
      return messageOf(fake, d)
    },
    async close() {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await transport.idle()
      await transport.destroy()
      if (!opts.fake) await fake.close()
    },
  }
}
