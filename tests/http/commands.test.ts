/**
 * One command layer, two transports: every command, autocomplete and button
 * sent through the HTTP endpoint gives exactly what the gateway bot gives for
 * the same interaction, over the same corpus and the real engine.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { CorpusAdmin } from '../../src/bot/command.ts'
import { openEngineHolder, type EngineHolder } from '../../src/engine/holder.ts'
import type { Dispatched } from '../support/fake-discord.ts'
import { tempCorpus } from '../support/corpus-fixtures.ts'
import { bool, GUILD_ID, str, sub, type InteractionInput } from '../support/fake-payloads.ts'
import { startHarness, type Harness } from '../support/harness.ts'
import { startHttp, type HttpHarness } from './support.ts'

const MOD = { permissions: String(1 << 5) } // Manage Server

let holder: EngineHolder
let gateway: Harness
let http: HttpHarness
beforeAll(async () => {
  holder = await openEngineHolder({ dir: tempCorpus() })
  const admin = (fake: { apiUrl: string }): CorpusAdmin => ({ holder, homeGuildId: GUILD_ID, moderatorRoleId: null, apiUrl: fake.apiUrl })
  gateway = await startHarness({ corpus: admin })
  http = await startHttp({ fake: gateway.fake, corpus: admin })
}, 60_000)
afterAll(async () => {
  await http?.close()
  await gateway?.close()
})

/** Runs `input` through one transport: the first callback's type and flags, and the message the user sees. */
async function through(
  transport: 'gateway' | 'http',
  input: InteractionInput,
): Promise<{ d: Dispatched; first: { type: number; flags?: number }; message: Record<string, any> }> {
  let d: Dispatched
  if (transport === 'gateway') d = gateway.fake.dispatch(input)
  else {
    const sent = await http.send(input)
    expect(sent.status).toBe(202)
    d = sent.d
  }
  const cb = await gateway.fake.firstCallback(d)
  expect(cb.status).toBeLessThan(300)
  const message = await gateway.messageOf(d)
  return { d, first: { type: cb.body.type, flags: cb.body.data?.flags }, message }
}

const QUESTION = 'How many troops did the CSTO send to Kazakhstan?'

describe('every command gives the same reply through HTTP as through the gateway', () => {
  test.each<[string, InteractionInput, number]>([
    ['/ask', { kind: 'command', name: 'ask', options: [str('question', QUESTION)] }, 5],
    ['/ask private', { kind: 'command', name: 'ask', options: [str('question', 'Who is the president of Kazakhstan?'), bool('private', true)] }, 5],
    ['/ask off topic', { kind: 'command', name: 'ask', options: [str('question', 'What is the recipe for banana bread?')] }, 5],
    ['/ask empty question', { kind: 'command', name: 'ask', options: [str('question', '   ')] }, 4],
    ['/quote by speaker', { kind: 'command', name: 'quote', options: [str('speaker', 'Tokayev')] }, 4],
    ['/quote speaker autocomplete', { kind: 'autocomplete', name: 'quote', options: [str('speaker', 'tok', true)] }, 8],
    ['/timeline', { kind: 'command', name: 'timeline' }, 4],
    ['/timeline scope:background', { kind: 'command', name: 'timeline', options: [str('scope', 'background')] }, 4],
    ['/sources', { kind: 'command', name: 'sources' }, 4],
    ['/help', { kind: 'command', name: 'help' }, 4],
    ['/corpus status', { kind: 'command', name: 'corpus', options: [sub('status')], ...MOD }, 4],
    ['/corpus remove autocomplete', { kind: 'autocomplete', name: 'corpus', options: [sub('remove', [str('article', '00', true)])], ...MOD }, 8],
    ['/corpus by a member without Manage Server', { kind: 'command', name: 'corpus', options: [sub('status')] }, 4],
    ['an unknown command', { kind: 'command', name: 'nope' }, 4],
  ])('%s', async (_name, input, type) => {
    const viaGateway = await through('gateway', input)
    const viaHttp = await through('http', input)
    expect(viaGateway.first.type).toBe(type)
    expect(viaHttp.first).toEqual(viaGateway.first)
    expect(viaHttp.message).toEqual(viaGateway.message)
  })

  test('the /ask answer names the serving index version', async () => {
    const { message } = await through('http', { kind: 'command', name: 'ask', options: [str('question', QUESTION)] })
    expect(holder.engine().ask(QUESTION).answer).not.toBeNull()
    expect(message.embeds[0].footer.text).toContain(`corpus ${holder.engine().version}`)
  })
})

describe('buttons', () => {
  type Button = { custom_id: string; label: string }
  const buttons = (msg: Record<string, any>): Button[] => msg.components.flatMap((r: { components: Button[] }) => r.components)

  test.each<[string, InteractionInput, RegExp]>([
    ['Show context on an /ask answer', { kind: 'command', name: 'ask', options: [str('question', QUESTION)] }, /Show context \[1\]/],
    ['Later on /timeline', { kind: 'command', name: 'timeline' }, /Later/],
  ])('%s', async (_name, input, label) => {
    const asked = await through('gateway', input)
    const message = gateway.fake.original(asked.d)!
    const b = buttons(message).find((x) => label.test(x.label))
    expect(b).toBeDefined()
    const click: InteractionInput = { kind: 'button', customId: b!.custom_id, message }
    const viaGateway = await through('gateway', click)
    const viaHttp = await through('http', click)
    expect(viaHttp.first).toEqual(viaGateway.first)
    expect(viaHttp.message).toEqual(viaGateway.message)
  })
})
