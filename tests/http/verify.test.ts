/** Request signing at the HTTP endpoint: only Discord's key, fresh, once, and not too large. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createVerifier, FRESHNESS_MS, publicKeyFromHex } from '../../src/http/verify.ts'
import { MAX_BODY_BYTES } from '../../src/http/server.ts'
import { fakeEngine } from '../support/fake-engine.ts'
import { keyPair, signed, startHttp, type HttpHarness } from './support.ts'

const engine = fakeEngine()
let h: HttpHarness
beforeAll(async () => {
  h = await startHttp({ engine: () => engine })
})
afterAll(async () => {
  await h?.close()
})

// Ed25519 signatures are deterministic, so every request gets its own id, as Discord's do.
let n = 0
const ping = () => JSON.stringify({ id: String(++n), application_id: '2', type: 1, token: `ping-token-${n}`, version: 1 })
const now = () => Math.floor(Date.now() / 1000)
const other = keyPair()

describe('the endpoint', () => {
  // Each case builds its own body and headers from the test's key, so nothing here is replayed by accident.
  test.each<[string, (body: string) => { body: string | Buffer; headers: Record<string, string> }, number]>([
    ['a correctly signed PING', (p) => ({ body: p, headers: signed(p, h.privateKey) }), 200],
    ['a tampered body', (p) => ({ body: p.replace('"type":1', '"type":2'), headers: signed(p, h.privateKey) }), 401],
    ['a body signed with another key', (p) => ({ body: p, headers: signed(p, other.privateKey) }), 401],
    ['no signature headers', (p) => ({ body: p, headers: {} }), 401],
    ['no timestamp header', (p) => ({ body: p, headers: { 'x-signature-ed25519': signed(p, h.privateKey)['x-signature-ed25519']! } }), 401],
    ['no signature header', (p) => ({ body: p, headers: { 'x-signature-timestamp': String(now()) } }), 401],
    ['a signature that is not hex', (p) => ({ body: p, headers: { ...signed(p, h.privateKey), 'x-signature-ed25519': 'zz'.repeat(64) } }), 401],
    [
      'a timestamp signed for another time',
      (p) => ({ body: p, headers: { ...signed(p, h.privateKey, now() - 1), 'x-signature-timestamp': String(now()) } }),
      401,
    ],
    ['a stale timestamp, correctly signed', (p) => ({ body: p, headers: signed(p, h.privateKey, now() - FRESHNESS_MS / 1000 - 60) }), 401],
    ['a timestamp from the future, correctly signed', (p) => ({ body: p, headers: signed(p, h.privateKey, now() + FRESHNESS_MS / 1000 + 60) }), 401],
    ['a correctly signed body that is not JSON', () => ({ body: 'not json', headers: signed('not json', h.privateKey) }), 400],
    [
      'a correctly signed interaction of an unknown type',
      (p) => {
        const body = p.replace('"type":1', '"type":99')
        return { body, headers: signed(body, h.privateKey) }
      },
      400,
    ],
    [
      'a correctly signed interaction with no type',
      (p) => {
        const body = p.replace('"type":1,', '')
        return { body, headers: signed(body, h.privateKey) }
      },
      400,
    ],
    ['a correctly signed JSON body that is not an object', () => ({ body: '[1]', headers: signed('[1]', h.privateKey) }), 400],
    [
      'an oversized body, even correctly signed',
      () => {
        const body = Buffer.alloc(MAX_BODY_BYTES + 1, 0x20)
        return { body, headers: signed(body, h.privateKey) }
      },
      413,
    ],
  ])('%s → %i', async (_name, make, status) => {
    const { body, headers } = make(ping())
    const res = await h.post(body, headers)
    expect(res.status).toBe(status)
    if (status === 200) expect(await res.json()).toEqual({ type: 1 })
    if (status === 401) expect(await res.json()).toEqual({ error: 'invalid request signature' })
    if (status === 400 && _name.includes('type')) expect(await res.json()).toEqual({ error: 'unknown-interaction-type' })
  })

  test('an oversized body sent without a length is cut off at the limit', async () => {
    const chunk = new Uint8Array(64 * 1024).fill(0x20)
    let sent = 0
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        // Twice the limit: the server must stop before the end.
        if (sent > 2 * MAX_BODY_BYTES) return controller.close()
        sent += chunk.length
        controller.enqueue(chunk)
      },
    })
    const res = await fetch(h.url, { method: 'POST', body: stream, duplex: 'half', headers: signed('', h.privateKey) })
    expect(res.status).toBe(413)
  })

  test('the same signed request a second time is refused as a replay', async () => {
    const PING = ping()
    const headers = signed(PING, h.privateKey)
    expect((await h.post(PING, headers)).status).toBe(200)
    expect((await h.post(PING, headers)).status).toBe(401)
    expect(h.logs.some((l) => l.msg === 'http request refused' && l.reason === 'replayed')).toBe(true)
  })

  test.each([
    ['GET', '/interactions', 405],
    ['POST', '/elsewhere', 404],
  ])('%s %s → %i', async (method, path, status) => {
    const res = await fetch(new URL(path, h.url), { method, ...(method === 'POST' ? { body: ping() } : {}) })
    expect(res.status).toBe(status)
  })

  test('GET /healthz gives the index version this process serves', async () => {
    const res = await fetch(new URL('/healthz', h.url))
    expect(await res.json()).toEqual({ ok: true, version: engine.version })
  })
})

describe('createVerifier', () => {
  const keys = keyPair()
  const at = 1_700_000_000
  const body = Buffer.from(ping())
  const sig = signed(body, keys.privateKey, at)
  test.each([
    ['inside the window', at * 1000 + FRESHNESS_MS - 1000, true],
    ['just outside the window', at * 1000 + FRESHNESS_MS + 1000, false],
    ['ahead of our clock within the window', at * 1000 - FRESHNESS_MS + 1000, true],
  ])('a request checked %s: %s', (_name, clock, ok) => {
    const verifier = createVerifier(keys.publicHex, { now: () => clock })
    expect(verifier.check(sig['x-signature-ed25519'], sig['x-signature-timestamp'], body).ok).toBe(ok)
  })

  test.each(['', 'abc', 'g'.repeat(64), 'ab'.repeat(33)])('refuses the public key %j, naming its length', (hex) => {
    expect(() => publicKeyFromHex(hex)).toThrow(`verify: the public key must be 64 hex characters (got ${hex.length} characters)`)
  })
})
