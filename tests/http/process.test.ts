/** `npm run serve:http` as a real process: the missing-key message, then PING, a signed /ask and a clean SIGTERM. */
import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { buildBeforeAll, nodeArgs } from '../support/entry-points.ts'
import { FakeDiscord } from '../support/fake-discord.ts'
import { str } from '../support/fake-payloads.ts'
import { keyPair, signed } from './support.ts'
import { tempCorpus } from '../support/corpus-fixtures.ts'

buildBeforeAll()
// A folder with no .env, so only the variables given here count.
const CWD = mkdtempSync(join(tmpdir(), 'csto-http-'))
const baseEnv = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' }

const started: ReturnType<typeof spawn>[] = []
function run(env: Record<string, string>) {
  const child = spawn(process.execPath, nodeArgs('src/http/main.ts'), { cwd: CWD, env: { ...baseEnv, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  started.push(child)
  let stderr = ''
  child.stderr.on('data', (chunk) => (stderr += chunk))
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)))
  return { child, exited, stderr: () => stderr }
}

function freePort(): Promise<number> {
  return new Promise((done) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number }
      s.close(() => done(port))
    })
  })
}

let fake: FakeDiscord
beforeAll(async () => {
  fake = await FakeDiscord.start()
})
afterAll(async () => {
  // The spawned process is the server itself, so a failed test leaves nothing behind.
  for (const child of started) if (child.exitCode === null) child.kill('SIGTERM')
  await fake?.close()
})

test('without a public key it says where to find one and exits 1', async () => {
  const p = run({})
  expect(await p.exited).toBe(1)
  expect(p.stderr()).toContain('DISCORD_PUBLIC_KEY: is required')
  expect(p.stderr()).toContain('General Information -> Public Key')
})

test('it answers PING, runs /ask through the interaction callback, and stops on SIGTERM', async () => {
  const { publicHex, privateKey } = keyPair()
  const port = await freePort()
  const p = run({ DISCORD_PUBLIC_KEY: publicHex, PORT: String(port), DISCORD_API_URL: fake.apiUrl, CORPUS_DIR: tempCorpus() })
  await expect.poll(() => p.stderr(), { timeout: 20_000, interval: 100 }).toContain('"http interactions endpoint ready"')
  const url = `http://127.0.0.1:${port}/`
  const post = (body: string) => fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json', ...signed(body, privateKey) } })

  const ping = await post(JSON.stringify({ id: '1', application_id: '2', type: 1, token: 't', version: 1 }))
  expect(ping.status).toBe(200)
  expect(await ping.json()).toEqual({ type: 1 })

  const d = fake.track({ kind: 'command', name: 'ask', options: [str('question', 'How many troops did the CSTO send?')] })
  expect((await post(JSON.stringify(d.payload))).status).toBe(202)
  expect((await fake.firstCallback(d)).body.type).toBe(5)
  const edit = await fake.waitFor((r) => r.token === d.token && r.method === 'PATCH')
  const health = (await (await fetch(`${url}healthz`)).json()) as { version: string }
  expect(edit.body.embeds[0].footer.text).toContain(`corpus ${health.version}`)

  p.child.kill('SIGTERM')
  expect(await p.exited).toBe(0)
  expect(p.stderr()).toContain('"shutting down"')
}, 40_000)

test.each([
  ['its .snapshots is a file', (dir: string) => (writeFileSync(join(dir, '.snapshots'), 'not a folder'), {}), /EEXIST|ENOTDIR/],
  [
    'SNAPSHOT_DIR cannot be created',
    (dir: string) => (writeFileSync(join(dir, '..', 'blocker'), 'x'), { SNAPSHOT_DIR: join(dir, '..', 'blocker', 'cache') }),
    /ENOTDIR/,
  ],
])(
  'a corpus whose snapshot folder is unusable (%s) still starts and answers, with one warning',
  async (_case, spoil, why) => {
    const dir = tempCorpus()
    const extra = spoil(dir)
    const before = readdirSync(dir).sort()
    const { publicHex, privateKey } = keyPair()
    const port = await freePort()
    const p = run({ DISCORD_PUBLIC_KEY: publicHex, PORT: String(port), DISCORD_API_URL: fake.apiUrl, CORPUS_DIR: dir, ...extra })
    await expect.poll(() => p.stderr(), { timeout: 30_000, interval: 100 }).toContain('"http interactions endpoint ready"')
    const warnings = p
      .stderr()
      .split('\n')
      .filter((l) => l.includes('"level":40'))
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain('could not save the index snapshot')
    expect(warnings[0]).toMatch(why)
    const d = fake.track({ kind: 'command', name: 'ask', options: [str('question', 'How many troops did the CSTO send?')] })
    const body = JSON.stringify(d.payload)
    expect(
      (await fetch(`http://127.0.0.1:${port}/`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...signed(body, privateKey) } })).status,
    ).toBe(202)
    const edit = await fake.waitFor((r) => r.token === d.token && r.method === 'PATCH', 15_000)
    expect(edit.body.embeds[0].title).toBe('Answer')
    expect(readdirSync(dir).sort()).toEqual(before)
    p.child.kill('SIGTERM')
    expect(await p.exited).toBe(0)
  },
  60_000,
)
