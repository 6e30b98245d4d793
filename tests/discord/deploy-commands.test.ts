/** `npm run deploy-commands` against the fake Discord: the registration payload and where it goes. */
import { afterAll, beforeAll, expect, test } from 'vitest'
import { commands } from '../../commands/index.ts'
import { commandPayload, deployCommands } from '../../src/bot/deploy-commands.ts'
import { commandErrors } from '../support/discord-limits.ts'
import { APP_ID, FakeDiscord } from '../support/fake-discord.ts'
import { GUILD_ID } from '../support/fake-payloads.ts'
import { TEST_TOKEN } from '../support/harness.ts'

let fake: FakeDiscord
beforeAll(async () => {
  fake = await FakeDiscord.start()
})
afterAll(async () => {
  await fake?.close()
})

test.each([
  [
    'to the home server when DISCORD_GUILD_ID is set, /corpus included',
    GUILD_ID,
    `/applications/${APP_ID}/guilds/${GUILD_ID}/commands`,
    'guild',
    ['ask', 'quote', 'timeline', 'sources', 'help', 'corpus'],
  ],
  ['globally otherwise, never /corpus', null, `/applications/${APP_ID}/commands`, 'global', ['ask', 'quote', 'timeline', 'sources', 'help']],
])('registers the commands %s', async (_name, guildId, path, scope, names) => {
  const before = fake.requests.length
  const result = await deployCommands({ token: TEST_TOKEN, clientId: APP_ID, guildId, apiUrl: fake.apiUrl })
  const put = fake.requests.slice(before).find((r) => r.method === 'PUT')!
  expect(put.path).toBe(path)
  expect(put.status).toBe(200)
  expect(result).toEqual({ scope, count: names.length })
  expect(put.body.map((c: { name: string }) => c.name)).toEqual(names)
})

test('/corpus is for Manage Server members, in servers only, with add/remove/status/reload', () => {
  const corpus = commandPayload('guild').find((c) => c.name === 'corpus')!
  expect(corpus.default_member_permissions).toBe(String(1 << 5))
  expect(corpus.contexts).toEqual([0])
  expect(corpus.options!.map((o) => o.name)).toEqual(['status', 'reload', 'add', 'remove'])
  const add = corpus.options!.find((o) => o.name === 'add') as { options: { name: string; type: number; required?: boolean }[] }
  expect(add.options[0]).toMatchObject({ name: 'file', type: 11, required: true })
  expect(commandErrors(commandPayload('guild') as never)).toEqual([])
  expect(commands.filter((c) => c.homeOnly).map((c) => c.data.name)).toEqual(['corpus'])
})

test('the payload is what the bot runs: /ask needs a question of at most 300 characters, /quote autocompletes speakers', () => {
  const body = commandPayload()
  expect(commandErrors(body as never)).toEqual([])
  const ask = body.find((c) => c.name === 'ask')!
  expect(ask.options).toEqual([
    expect.objectContaining({ name: 'question', type: 3, required: true, max_length: 300 }),
    expect.objectContaining({ name: 'private', type: 5 }),
  ])
  const quote = body.find((c) => c.name === 'quote')!
  expect(quote.options).toEqual([expect.objectContaining({ name: 'speaker', type: 3, autocomplete: true }), expect.objectContaining({ name: 'text', type: 3 })])
})
