/** Discord's rules and the bot's robustness, end to end: limits, mentions, the error boundary, rate limits. */
import { SlashCommandBuilder } from 'discord.js'
import { afterEach, describe, expect, test } from 'vitest'
import { commands } from '../../commands/index.ts'
import type { Command } from '../../src/bot/command.ts'
import type { AskResult, Citation } from '../../src/answer/types.ts'
import { messageErrors } from '../support/discord-limits.ts'
import { str } from '../support/fake-payloads.ts'
import { fakeEngine } from '../support/fake-engine.ts'
import { startHarness, type Harness } from '../support/harness.ts'

let h: Harness | undefined
afterEach(async () => {
  await h?.close()
  h = undefined
})

const base = fakeEngine()
const NASTY = '@everyone look <@&123456789012345678> and @here **bold** [link](http://x) `code` > quote '

function hugeAnswer(question: string): AskResult {
  const citations: Citation[] = Array.from({ length: 30 }, (_, i) => ({
    source: `${String(i).padStart(3, '0')}_${'x'.repeat(40)}.txt`,
    title: `Title ${i} `.repeat(60),
    outlet: 'Outlet '.repeat(50),
    date: '2022-01-07',
    dateInferred: false,
    excerpt: NASTY.repeat(6).slice(0, 400),
    start: i * 1000,
    end: i * 1000 + 400,
  }))
  return { question, status: 'answered', answer: `${NASTY}answer `.repeat(200), kind: 'other', citations, related: [], version: 'huge' }
}

describe('oversized and hostile answers', () => {
  test('stay within every embed limit, keep whole citations and never ping anyone', async () => {
    h = await startHarness({ engine: { ...base, ask: hugeAnswer } })
    const question = `@everyone ${'why '.repeat(70)}`.trim().slice(0, 300)
    const d = h.fake.dispatch({ kind: 'command', name: 'ask', options: [str('question', question)] })
    const msg = await h.messageOf(d)
    expect(h.fake.about(d).every((r) => r.status < 400)).toBe(true)
    expect(messageErrors(msg)).toEqual([])
    expect(msg.allowed_mentions).toEqual({ parse: [] })
    const embed = msg.embeds[0]
    expect(embed.fields).toHaveLength(3)
    const texts: string[] = [embed.description, ...embed.fields.flatMap((f: { name: string; value: string }) => [f.name, f.value])]
    for (const t of texts) {
      expect(t).not.toMatch(/(?<!\\)@(everyone|here)/)
      expect(t).not.toMatch(/(?<!\\)<@/)
      expect(t).not.toMatch(/(?<!\\)\*\*bold/)
    }
    embed.fields.forEach((f: { name: string }, i: number) => expect(f.name).toMatch(new RegExp(`^\\[${i + 1}\\] `)))
    // Each shown excerpt is whole: the citation is either complete or absent, never cut.
    for (const f of embed.fields as { value: string }[]) expect(f.value.endsWith('…')).toBe(false)
    expect(embed.footer.text).toMatch(/^page 1\/\d+ · corpus huge$/)
    for (const b of msg.components[0].components) expect(b.custom_id.length).toBeLessThanOrEqual(100)
  })

  test('the hostile question is echoed escaped, and its buttons still read it back', async () => {
    h = await startHarness({ engine: { ...base, ask: hugeAnswer } })
    const question = '@everyone <@&42> what about **troops**?'
    const d = h.fake.dispatch({ kind: 'command', name: 'ask', options: [str('question', question)] })
    const msg = await h.messageOf(d)
    expect(msg.embeds[0].description.split('\n')[0]).toBe('**Q:** \\@everyone \\<\\@&42\\> what about \\*\\*troops\\*\\*?')
    const more = msg.components[0].components.find((b: { label: string }) => b.label.startsWith('More'))
    const click = h.fake.dispatch({ kind: 'button', customId: more.custom_id, message: h.fake.original(d)! })
    expect((await h.fake.firstCallback(click)).body.type).toBe(6)
    const page2 = await h.messageOf(click)
    expect(page2.embeds[0].fields[0].name).toMatch(/^\[4\] /)
    expect(page2.allowed_mentions).toEqual({ parse: [] })
  })
})

describe('bidi controls in what users type', () => {
  const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u
  const texts = (msg: { content?: string; embeds?: { description?: string; title?: string; fields?: { name: string; value: string }[] }[] }) =>
    [msg.content ?? '', ...(msg.embeds ?? []).flatMap((e) => [e.title ?? '', e.description ?? '', ...(e.fields ?? []).flatMap((f) => [f.name, f.value])])].join(
      '\n',
    )

  test.each([
    ['/ask', 'ask', 'question', 'How many troops \u202edias\u202c arrived?', 'How many troops dias arrived?'],
    ['/quote by speaker', 'quote', 'speaker', 'Nobody \u2067Known\u2069 \u200f', 'Nobody Known'],
    ['/quote by words', 'quote', 'text', 'gnp.exe\u202e.txt', 'gnp.exe.txt'],
    ['/sources search', 'sources', 'search', 'nobody\u202e.txt', 'nobody.txt'],
  ])('are not echoed by %s', async (_name, command, option, typed, shown) => {
    h = await startHarness()
    const d = h.fake.dispatch({ kind: 'command', name: command, options: [str(option, typed)] })
    const text = texts(await h.messageOf(d))
    expect(text).not.toMatch(BIDI)
    expect(text).toContain(shown)
  })
})

describe('the error boundary', () => {
  const boom: Command = {
    data: new SlashCommandBuilder().setName('boom').setDescription('Always fails'),
    execute() {
      return Promise.reject(new Error('kaboom'))
    },
  }

  test('a command that throws gets an ephemeral apology with a reference that is also in the log; the bot keeps going', async () => {
    h = await startHarness({ commands: [...commands, boom] })
    const d = h.fake.dispatch({ kind: 'command', name: 'boom' })
    const cb = await h.fake.firstCallback(d)
    expect(cb.body).toMatchObject({ type: 4, data: { flags: 64 } })
    const ref = /`([0-9a-f]{8})`/.exec(cb.body.data.content)?.[1]
    expect(ref).toBeDefined()
    await new Promise((r) => setTimeout(r, 20))
    expect(h.logs.find((l) => l.msg === 'interaction failed' && l.ref === ref)).toMatchObject({ err: { message: 'kaboom' }, command: 'boom' })
    const next = await h.messageOf(h.fake.dispatch({ kind: 'command', name: 'sources' }))
    expect(next.embeds).toHaveLength(1)
  })

  test('a failure after deferring removes the placeholder and follows up privately', async () => {
    h = await startHarness({
      engine: {
        ...base,
        ask: () => {
          throw new Error('engine broke')
        },
      },
    })
    const d = h.fake.dispatch({ kind: 'command', name: 'ask', options: [str('question', 'How many troops?')] })
    const followUp = await h.fake.waitFor((r) => r.token === d.token && r.method === 'POST' && r.path.startsWith('/webhooks'))
    expect(followUp.body.flags).toBe(64)
    expect(followUp.body.content).toMatch(/Something went wrong.*`[0-9a-f]{8}`/)
    expect(h.fake.about(d).map((r) => r.method)).toEqual(['POST', 'DELETE', 'POST'])
  })

  test('a failing autocomplete still answers (with no choices)', async () => {
    h = await startHarness({
      engine: {
        ...base,
        suggestSpeakers: () => {
          throw new Error('index broke')
        },
      },
    })
    const cb = await h.fake.firstCallback(h.fake.dispatch({ kind: 'autocomplete', name: 'quote', options: [str('speaker', 'To', true)] }))
    expect(cb.body).toEqual({ type: 8, data: { choices: [] } })
  })
})

describe('rate limiting', () => {
  test('a user over the limit gets a friendly ephemeral notice; other users and other commands are unaffected', async () => {
    h = await startHarness({ rateLimit: { count: 2, windowMs: 60_000 } })
    const ask = (user: string, name = 'ask') =>
      h!.fake.firstCallback(h!.fake.dispatch({ kind: 'command', name, user, options: name === 'ask' ? [str('question', 'Who sent troops?')] : [] }))
    expect((await ask('111111')).body.type).toBe(5)
    expect((await ask('111111', 'quote')).body.type).toBe(4)
    const limited = await ask('111111')
    expect(limited.body).toMatchObject({ type: 4, data: { flags: 64 } })
    expect(limited.body.data.content).toMatch(/wait \d+ s/)
    expect((await ask('222222')).body.type).toBe(5)
    expect((await ask('111111', 'sources')).body.data.flags).toBeUndefined()
  })
})
