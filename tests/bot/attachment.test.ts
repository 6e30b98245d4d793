/** Which attachment URLs the bot will fetch: Discord's hosts over https, or the test server it was pointed at, nothing else. */
import { describe, expect, it } from 'vitest'
import { downloadAttachment, isAllowedAttachmentUrl } from '../../src/bot/attachment.ts'

describe('isAllowedAttachmentUrl', () => {
  it.each([
    ['https://cdn.discordapp.com/attachments/1/2/a.txt', null, true],
    ['https://media.discordapp.net/attachments/1/2/a.txt', null, true],
    ['http://cdn.discordapp.com/attachments/1/2/a.txt', null, false],
    ['https://cdn.discordapp.com:8443/a.txt', null, false],
    ['https://cdn.discordapp.com.evil.example/a.txt', null, false],
    ['https://evil.example/cdn.discordapp.com/a.txt', null, false],
    ['https://user:pw@cdn.discordapp.com/a.txt', null, false],
    ['file:///etc/passwd', null, false],
    ['not a url', null, false],
    ['http://127.0.0.1:9999/attachments/1/a.txt', 'http://127.0.0.1:9999/api', true],
    ['http://127.0.0.1:9998/attachments/1/a.txt', 'http://127.0.0.1:9999/api', false],
    ['https://127.0.0.1:9999/attachments/1/a.txt', 'http://127.0.0.1:9999/api', false],
    ['http://127.0.0.1:9999/attachments/1/a.txt', null, false],
  ])('%s (api %s) → %s', (url, api, allowed) => {
    expect(isAllowedAttachmentUrl(url, api)).toBe(allowed)
  })
})

describe('downloadAttachment', () => {
  const refuseFetch = (() => {
    throw new Error('must not be fetched')
  }) as unknown as typeof fetch
  it.each([
    ['a foreign host', { url: 'https://evil.example/a.txt', name: 'a.txt', size: 10 }, /not on a Discord attachment host/],
    [
      'a declared size over the limit',
      { url: 'https://cdn.discordapp.com/a.txt', name: 'a.txt', size: 2_000_000 },
      /2000000 bytes, over the 1048576-byte limit/,
    ],
    ['a declared empty file', { url: 'https://cdn.discordapp.com/a.txt', name: 'a.txt', size: 0 }, /empty/],
  ])('refuses %s without fetching', async (_case, att, why) => {
    const r = await downloadAttachment(att, { apiUrl: null, fetch: refuseFetch })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.reason).toMatch(why)
  })

  it.each([
    ['an HTTP error', () => new Response('gone', { status: 404 }), /HTTP 404/],
    ['more bytes than declared, past the limit', () => new Response(new Uint8Array(1_048_577)), /over the 1048576-byte limit/],
  ])('refuses %s', async (_case, respond, why) => {
    const r = await downloadAttachment(
      { url: 'https://cdn.discordapp.com/a.txt', name: 'a.txt', size: 5 },
      { apiUrl: null, fetch: () => Promise.resolve(respond()) },
    )
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.reason).toMatch(why)
  })

  it('passes a timeout signal and refuses redirects', async () => {
    let init: RequestInit | undefined
    const r = await downloadAttachment(
      { url: 'https://cdn.discordapp.com/a.txt', name: 'a.txt', size: 5 },
      {
        apiUrl: null,
        fetch: (_url: string | URL | Request, i?: RequestInit) => {
          init = i
          return Promise.resolve(new Response('hello'))
        },
      },
    )
    expect(r.ok && Buffer.from(r.bytes).toString()).toBe('hello')
    expect(init?.signal).toBeInstanceOf(AbortSignal)
    expect(init?.redirect).toBe('error')
  })
})
