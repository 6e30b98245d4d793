/**
 * `SHARDS=2 npm start` for real: discord.js's ShardingManager spawns two shard
 * processes that log in to the fake Discord, and an HTTP endpoint (in this
 * process) serves the same corpus folder. A change made through any of them is
 * served by all of them, with the version to prove it.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest'
import type { CorpusAdmin } from '../../src/bot/command.ts'
import { unescapeMarkdown } from '../../src/bot/markdown.ts'
import { openEngineHolder, snapshotsIn, type EngineHolder } from '../../src/engine/holder.ts'
import { watchCorpus, type CorpusWatch } from '../../src/shard/watch.ts'
import { startHttp, type HttpHarness } from '../http/support.ts'
import { NEW_ARTICLE, NEW_QUESTION, tempCorpus } from '../support/corpus-fixtures.ts'
import { buildBeforeAll, nodeArgs } from '../support/entry-points.ts'
import { FakeDiscord, type Dispatched } from '../support/fake-discord.ts'
import { attach, GUILD_ID, str, sub, type InteractionInput } from '../support/fake-payloads.ts'
import { TEST_TOKEN } from '../support/harness.ts'

const MOD = { permissions: String(1 << 5) }
const NEW_TITLE = 'Armenian unit guards Kapshagay reservoir'
// A second made-up article, dropped into the folder by a host rather than uploaded.
const DROPPED_TITLE = 'Belarusian paratroopers hold Taldykorgan airfield'
const DROPPED = `${DROPPED_TITLE}\n\nMINSK (Reuters) - Belarusian paratroopers of the CSTO force took over the guard of the Taldykorgan airfield on Wednesday, the Belarusian defence ministry said.\n\nThe ministry said about 110 Belarusian paratroopers guarded the Taldykorgan airfield and its fuel depot until the force left Kazakhstan.\n`
const DROPPED_QUESTION = 'How many Belarusian paratroopers guarded the Taldykorgan airfield?'

let fake: FakeDiscord
let dir: string
let manager: ReturnType<typeof spawn>
let exited: Promise<number | null>
let stderr = ''
let http: HttpHarness
let holder: EngineHolder
let watch: CorpusWatch

buildBeforeAll()
beforeAll(async () => {
  fake = await FakeDiscord.start()
  dir = tempCorpus()
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    DISCORD_TOKEN: TEST_TOKEN,
    DISCORD_API_URL: fake.apiUrl,
    CORPUS_DIR: dir,
    SHARDS: '2',
    DISCORD_GUILD_ID: GUILD_ID,
  }
  manager = spawn(process.execPath, nodeArgs('src/bot/main.ts'), { cwd: mkdtempSync(join(tmpdir(), 'csto-shards-')), env, stdio: ['ignore', 'pipe', 'pipe'] })
  manager.stderr!.on('data', (chunk) => (stderr += chunk))
  exited = new Promise((done) => manager.on('exit', (code) => done(code)))
  await vi.waitFor(
    () => {
      if (manager.exitCode !== null) throw new Error(`the manager exited (${manager.exitCode}):\n${stderr}`)
      if (!stderr.includes('"all shards ready"')) throw new Error(`shards not ready; the log so far:\n${stderr}`)
    },
    { timeout: 90_000, interval: 200 },
  )
  holder = await openEngineHolder({ dir, snapshots: snapshotsIn(dir) })
  watch = watchCorpus({ dir, holder, intervalMs: 200 })
  http = await startHttp({ fake, corpus: (f): CorpusAdmin => ({ holder, homeGuildId: GUILD_ID, moderatorRoleId: null, apiUrl: f.apiUrl }) })
}, 120_000)
afterAll(async () => {
  watch?.stop()
  await http?.close()
  if (manager?.exitCode === null) killLogged(stderr)
  await fake?.close()
})

/** Leaves no process behind: the manager and every shard by the pids they logged (killing the manager does not end its shards). */
function killLogged(log: string): void {
  for (const m of log.matchAll(/"pid":(\d+)/g)) {
    try {
      process.kill(Number(m[1]), 'SIGKILL')
    } catch {
      // Already gone, as it should be.
    }
  }
}

type Via = 0 | 1 | 'http'
/** Sends `input` through shard 0, shard 1 or the HTTP endpoint; gives the message the user ends up seeing. */
async function via(where: Via, input: InteractionInput): Promise<Record<string, any>> {
  let d: Dispatched
  if (where === 'http') d = (await http.send(input)).d
  else d = fake.dispatch(input, { shard: where })
  return http.messageOf(d)
}
const ask = (where: Via, question: string) => via(where, { kind: 'command', name: 'ask', options: [str('question', question)] })
const titles = (msg: Record<string, any>): string[] => (msg.embeds[0].fields ?? []).map((f: { name: string }) => unescapeMarkdown(f.name))
const shardsField = (msg: Record<string, any>): { name: string; value: string } | undefined =>
  msg.embeds[0].fields.find((f: { name: string }) => f.name.startsWith('Shards'))

describe('two shards and an HTTP endpoint over one corpus folder', () => {
  test('both shards identified with their own shard ids', () => {
    expect(fake.identified.map((d) => d.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ])
  })

  test('the same /ask gives the same reply through shard 0, shard 1 and the HTTP endpoint', async () => {
    const [a, b, c] = await Promise.all(([0, 1, 'http'] as const).map((w) => ask(w, 'How many troops did the CSTO send to Kazakhstan?')))
    expect(a!.embeds[0].title).toBe('Answer')
    expect(a!.embeds[0].footer.text).toContain(`corpus ${holder.engine().version}`)
    expect(b).toEqual(a)
    expect(c).toEqual(a)
  })

  test('an article added on shard 0 is served by shard 1 and the HTTP endpoint, and the reply shows both shards on the new version', async () => {
    const v0 = holder.engine().version
    const att = fake.upload('kapshagay.txt', Buffer.from(NEW_ARTICLE))
    const added = await via(0, { kind: 'command', name: 'corpus', options: [sub('add', [attach('file', att)])], attachments: [att], ...MOD })
    expect(added.embeds[0].title).toBe('Article added')
    const v1 = /→ `([0-9a-f]+)`/.exec(added.embeds[0].description)![1]!
    expect(v1).not.toBe(v0)
    expect(shardsField(added)?.name).toBe(`Shards (2): all on \`${v1}\``)

    const onShard1 = await ask(1, NEW_QUESTION)
    expect(onShard1.embeds[0].footer.text).toContain(`corpus ${v1}`)
    expect(titles(onShard1).some((t) => t.includes(NEW_TITLE))).toBe(true)
    await expect.poll(() => holder.engine().version, { timeout: 15_000, interval: 100 }).toBe(v1)
    expect(await ask('http', NEW_QUESTION)).toEqual(onShard1)

    const status = await via(1, { kind: 'command', name: 'corpus', options: [sub('status')], ...MOD })
    expect(shardsField(status)).toEqual({ name: `Shards (2): all on \`${v1}\``, value: `• shard 0: \`${v1}\`\n• shard 1: \`${v1}\`` })
  }, 60_000)

  test('a reload on shard 1 after a host drops a file in the folder is seen on shard 0', async () => {
    const before = holder.engine().version
    writeFileSync(join(dir, 'taldykorgan.txt'), DROPPED)
    expect(titles(await ask(0, DROPPED_QUESTION)).some((t) => t.includes(DROPPED_TITLE))).toBe(false)

    const reloaded = await via(1, { kind: 'command', name: 'corpus', options: [sub('reload')], ...MOD })
    const v2 = /→ `([0-9a-f]+)`/.exec(reloaded.embeds[0].description)![1]!
    expect(v2).not.toBe(before)
    expect(shardsField(reloaded)?.name).toBe(`Shards (2): all on \`${v2}\``)
    const onShard0 = await ask(0, DROPPED_QUESTION)
    expect(onShard0.embeds[0].footer.text).toContain(`corpus ${v2}`)
    expect(titles(onShard0).some((t) => t.includes(DROPPED_TITLE))).toBe(true)
  }, 60_000)

  test('an article removed through the HTTP endpoint is gone from both shards within seconds', async () => {
    const removed = await via('http', { kind: 'command', name: 'corpus', options: [sub('remove', [str('article', 'kapshagay.txt')])], ...MOD })
    expect(removed.embeds[0].title).toBe('Article removed')
    const v3 = holder.engine().version
    // The shards hear of it only through the shared folder's state file.
    await expect
      .poll(async () => shardsField(await via(0, { kind: 'command', name: 'corpus', options: [sub('status')], ...MOD }))?.name, {
        timeout: 20_000,
        interval: 500,
      })
      .toBe(`Shards (2): all on \`${v3}\``)
    const onShard1 = await ask(1, NEW_QUESTION)
    expect(onShard1.embeds[0].footer.text).toContain(`corpus ${v3}`)
    expect(titles(onShard1).some((t) => t.includes(NEW_TITLE))).toBe(false)
  }, 60_000)

  test('SIGTERM stops the manager and both shards cleanly, and the token was never logged', async () => {
    manager.kill('SIGTERM')
    expect(await exited).toBe(0)
    expect(stderr).toContain('"all shards stopped"')
    expect(stderr).not.toContain(TEST_TOKEN)
  }, 30_000)
})

describe('a shard whose manager dies', () => {
  test('logs out and exits instead of staying connected unsupervised', async () => {
    const fake1 = await FakeDiscord.start()
    let log = ''
    try {
      const env = {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        DISCORD_TOKEN: TEST_TOKEN,
        DISCORD_API_URL: fake1.apiUrl,
        CORPUS_DIR: tempCorpus(),
        SHARDS: '1',
      }
      const p = spawn(process.execPath, nodeArgs('src/bot/main.ts'), {
        cwd: mkdtempSync(join(tmpdir(), 'csto-shards-')),
        env,
        stdio: ['ignore', 'ignore', 'pipe'],
      })
      p.stderr.on('data', (chunk) => (log += chunk))
      // The shard writes to the manager's standard error, so the pipe closes only once the shard has exited too.
      let closed = false
      p.on('close', () => (closed = true))
      await vi.waitFor(() => expect(log).toContain('"all shards ready"'), { timeout: 60_000, interval: 200 })
      expect(fake1.connected).toBe(1)
      // The manager as it logged itself: a crash gives a shard no signal.
      const pid = Number(/"pid":(\d+),"msg":"all shards ready"/.exec(log)![1])
      process.kill(pid, 'SIGKILL')
      await vi.waitFor(() => expect(fake1.connected).toBe(0), { timeout: 20_000, interval: 200 })
      await vi.waitFor(() => expect(closed).toBe(true), { timeout: 10_000, interval: 100 })
    } finally {
      killLogged(log)
      await fake1.close()
    }
  }, 90_000)
})
