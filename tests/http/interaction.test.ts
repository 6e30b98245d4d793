/** Raw HTTP payloads read into the router's interactions, without a network: what each kind becomes, and what is refused. */
import { afterAll, expect, test } from 'vitest'
import { createClient } from '../../src/bot/client.ts'
import { incomingFromPayload } from '../../src/http/interaction.ts'

const client = createClient()
afterAll(() => client.destroy())

const base = { id: '11', application_id: '22', token: 'tok', guild_id: '33', member: { user: { id: '44' }, roles: ['55'], permissions: String(1n << 5n) } }
const read = (payload: unknown) => incomingFromPayload(client, payload, () => {})

test.each<[string, Record<string, unknown>, string]>([
  ['a slash command', { type: 2, data: { name: 'ask', type: 1, options: [{ name: 'question', type: 3, value: 'Who?' }] } }, 'command'],
  ['an autocomplete', { type: 4, data: { name: 'quote', type: 1, options: [{ name: 'speaker', type: 3, value: 'tok', focused: true }] } }, 'autocomplete'],
  ['a button', { type: 3, data: { custom_id: '1:tl:n:1', component_type: 2 }, message: { embeds: [{ description: '**Q:** x' }] } }, 'button'],
  ['a user context menu', { type: 2, data: { name: 'Inspect', type: 2 } }, 'other'],
  ['a modal', { type: 5, data: { custom_id: 'm' } }, 'other'],
])('%s becomes a %s interaction', (_name, over, kind) => {
  expect(read({ ...base, ...over }).kind).toBe(kind)
})

test("a command reads its options, a subcommand's included, and who sent it", () => {
  const incoming = read({
    ...base,
    type: 2,
    data: {
      name: 'corpus',
      type: 1,
      options: [
        {
          name: 'add',
          type: 1,
          options: [
            { name: 'file', type: 11, value: '9' },
            { name: 'title', type: 3, value: 'T' },
          ],
        },
      ],
      resolved: { attachments: { 9: { filename: 'a.txt', url: 'http://x/a.txt', size: 3, content_type: 'text/plain' } } },
    },
  })
  if (incoming.kind !== 'command') throw new Error(`expected a command, got ${incoming.kind}`)
  const i = incoming.interaction
  expect([i.commandName, i.options.getSubcommand(), i.options.getString('title'), i.options.getString('date'), i.options.getBoolean('private')]).toEqual([
    'corpus',
    'add',
    'T',
    null,
    null,
  ])
  expect(i.options.getAttachment('file', true)).toEqual({ name: 'a.txt', url: 'http://x/a.txt', size: 3, contentType: 'text/plain' })
  expect(() => i.options.getString('date', true)).toThrow(/required option "date" is missing/)
  expect([i.user.id, i.guildId, i.memberPermissions?.has(1n << 5n), i.member?.roles, i.deferred, i.replied]).toEqual(['44', '33', true, ['55'], false, false])
})

test('an autocomplete reads the focused option, inside a subcommand too', () => {
  const incoming = read({
    ...base,
    type: 4,
    data: { name: 'corpus', type: 1, options: [{ name: 'remove', type: 1, options: [{ name: 'article', type: 3, value: '00', focused: true }] }] },
  })
  expect(incoming.kind === 'autocomplete' && incoming.interaction.options.getFocused()).toBe('00')
})

test.each<[string, unknown, RegExp]>([
  ['not an object', 'hello', /payload field "" is invalid/],
  ['no token', { ...base, token: undefined, type: 2 }, /field "token" is invalid/],
  ['a member without permissions', { ...base, type: 2, member: { user: { id: '1' }, roles: [] } }, /field "member.permissions" is invalid/],
  ['nobody sent it', { ...base, member: undefined, type: 2, data: { name: 'ask' } }, /neither member.user nor user/],
])('refuses a payload with %s, naming the field', (_name, payload, error) => {
  expect(() => read(payload)).toThrow(error)
})
