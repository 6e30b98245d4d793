import { DiscordAPIError, HTTPError } from 'discord.js'
import { describe, expect, it } from 'vitest'
import { createLogger, redactUrls } from '../../src/bot/logger.ts'

const TOKEN = 'aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDpzZWNyZXQtcmVwbHktdG9rZW4'

function capture() {
  const lines: string[] = []
  const log = createLogger({ level: 'debug', destination: { write: (line: string) => void lines.push(line) } })
  return { log, text: () => lines.join('') }
}

describe('redactUrls', () => {
  it.each([
    [
      `https://discord.com/api/v10/interactions/123/${TOKEN}/callback?with_response=false`,
      'https://discord.com/api/v10/interactions/123/[redacted]/callback?with_response=false',
    ],
    [`https://discord.com/api/v10/webhooks/456/${TOKEN}/messages/@original`, 'https://discord.com/api/v10/webhooks/456/[redacted]/messages/@original'],
    [`https://discord.com/api/webhooks/456/${TOKEN}`, 'https://discord.com/api/webhooks/456/[redacted]'],
    [`PATCH /webhooks/456/${TOKEN}/messages/%40original failed`, 'PATCH /webhooks/456/[redacted]/messages/%40original failed'],
    ['https://tengrinews.kz/kazakhstan_news/troops-arrive/', 'https://tengrinews.kz/kazakhstan_news/troops-arrive/'],
    ['/interactions', '/interactions'],
  ])('%s', (input, want) => {
    expect(redactUrls(input)).toBe(want)
  })
})

describe('the logger', () => {
  const url = `https://discord.com/api/v10/webhooks/456/${TOKEN}/messages/%40original`
  it.each<[string, (log: ReturnType<typeof capture>['log']) => void]>([
    [
      'a DiscordAPIError from a failed reply',
      (log) => log.error({ err: new DiscordAPIError({ code: 10015, message: 'Unknown Webhook' }, 10015, 404, 'PATCH', url, {}) }, 'reply failed'),
    ],
    ['an HTTPError from a failed reply', (log) => log.error({ err: new HTTPError(503, 'Service Unavailable', 'POST', url, {}) }, 'reply failed')],
    ['an error whose message holds the URL', (log) => log.warn({ err: new Error(`request to ${url} timed out`) }, 'reply failed')],
    ['a plain field holding the URL', (log) => log.info({ request: { path: url.replace('https://discord.com/api/v10', '') } }, 'sent')],
    ['the message text', (log) => log.info(`sent ${url}`)],
    ['a token field', (log) => log.info({ interaction: { id: '1', token: TOKEN } }, 'received')],
    ['a webhook URL field', (log) => log.info({ webhook: `https://discord.com/api/webhooks/456/${TOKEN}` }, 'configured')],
  ])('never writes the token of %s', (_name, write) => {
    const c = capture()
    write(c.log)
    const text = c.text()
    expect(text).not.toContain(TOKEN)
    expect(text).toContain('[redacted]')
  })

  it('keeps the rest of an error: its type, status and method', () => {
    const c = capture()
    c.log.error({ err: new DiscordAPIError({ code: 10015, message: 'Unknown Webhook' }, 10015, 404, 'PATCH', url, {}) }, 'reply failed')
    const line = JSON.parse(c.text()) as { err: { type: string; status: number; method: string; url: string; message: string } }
    expect(line.err).toMatchObject({ type: 'DiscordAPIError', status: 404, method: 'PATCH', message: 'Unknown Webhook' })
    expect(line.err.url).toBe('https://discord.com/api/v10/webhooks/456/[redacted]/messages/%40original')
  })
})
