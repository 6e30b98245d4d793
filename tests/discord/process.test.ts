/** `npm start` as a real process: the missing-token message, and a full login / answer / SIGTERM cycle. */
import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { buildBeforeAll, nodeArgs } from '../support/entry-points.ts'
import { FakeDiscord } from '../support/fake-discord.ts'
import { TEST_TOKEN } from '../support/harness.ts'
import { tempCorpus } from '../support/corpus-fixtures.ts'

buildBeforeAll()
// A folder with no .env, so only the variables given here count.
const CWD = mkdtempSync(join(tmpdir(), 'csto-bot-'))
const baseEnv = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' }

function run(env: Record<string, string>) {
  const child = spawn(process.execPath, nodeArgs('src/bot/main.ts'), { cwd: CWD, env: { ...baseEnv, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  let stderr = ''
  child.stderr.on('data', (chunk) => (stderr += chunk))
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)))
  return { child, exited, stderr: () => stderr }
}

let fake: FakeDiscord
beforeAll(async () => {
  fake = await FakeDiscord.start()
})
afterAll(async () => {
  await fake?.close()
})

test('without a token it explains how to get one, points to npm run ask, and exits 1', async () => {
  const p = run({})
  expect(await p.exited).toBe(1)
  expect(p.stderr()).toContain('https://discord.com/developers/applications')
  expect(p.stderr()).toContain('npm run ask')
  expect(p.stderr()).toContain('DISCORD_TOKEN: is required')
})

test('with a token it logs in, answers, never logs the token, and shuts down cleanly on SIGTERM', async () => {
  const p = run({ DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: fake.apiUrl, CORPUS_DIR: tempCorpus(), LOG_LEVEL: 'debug' })
  await expect.poll(() => p.stderr(), { timeout: 15_000, interval: 100 }).toContain('"bot ready"')
  const d = fake.dispatch({ kind: 'command', name: 'sources' })
  const cb = await fake.firstCallback(d)
  expect(cb.body.type).toBe(4)
  p.child.kill('SIGTERM')
  expect(await p.exited).toBe(0)
  expect(p.stderr()).toContain('"shutting down"')
  expect(p.stderr()).not.toContain(TEST_TOKEN)
}, 30_000)
