import { spawn } from 'node:child_process'
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { FakeDiscord, type Dispatched } from '../tests/support/fake-discord.ts'
import { attach, GUILD_ID, str, sub, type InteractionInput } from '../tests/support/fake-payloads.ts'
import { benchQuestions } from './questions.ts'
import { summarize, type Summary } from './stats.ts'
import { generateCorpus, makeWorld } from './synthetic.ts'

/**
 * `npm run bench:fault`: does a corpus change make questions wait? The HTTP
 * interactions endpoint runs as its own process (compiled, as `npm run
 * serve:http` runs it) over the synthetic corpus, against a fake Discord in
 * this process; signed `/ask` interactions arrive at a steady rate (open
 * loop: each is sent when it is due, whatever happened to the ones before),
 * and each one's acknowledgement time is when its first interaction callback
 * reaches the fake. Three windows are measured: no change, a `/corpus reload`
 * after a new article was dropped into the folder (a full read and rebuild),
 * and a `/corpus add` of a 1 MB article. Prints the worst acknowledgement of
 * each window and writes the figures to `bench/results/fault-<time>.json`.
 *
 * Environment: BENCH_FAULT_ARTICLES (default 10000), BENCH_FAULT_RATE (/ask per second, 5), BENCH_SEED (1),
 * BENCH_FAULT_LOG (a file to keep the endpoint's log in, with NODE_OPTIONS passed on, e.g. --trace-gc).
 */

const articles = Number(process.env.BENCH_FAULT_ARTICLES ?? 10_000)
const rate = Number(process.env.BENCH_FAULT_RATE ?? 5)
const seed = Number(process.env.BENCH_SEED ?? 1)
const ROOT = join(import.meta.dirname, '..')
const MOD = { permissions: String(1 << 5) }

/** One measured window: the change's own time and every acknowledgement of the questions sent during it. */
interface Window {
  name: string
  changeMs: number
  outcome: string
  asks: number
  ack: Summary
  late: number
  /** The slowest acknowledgements: when the question was sent (ms after the change began) and how long it waited. */
  worst: { sentAt: number; ackMs: number }[]
}

function keyPair(): { publicHex: string; privateKey: KeyObject } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519')
  return { publicHex: publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex'), privateKey }
}

function freePort(): Promise<number> {
  return new Promise((done) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number }
      s.close(() => done(port))
    })
  })
}

/** One article of about 1 MB (under the 1,048,576-byte upload limit): many synthetic stories' paragraphs, quotations and all, under one headline. */
function bigArticle(): Buffer {
  const parts = ['January 12, 2022', '', 'A very long dispatch on the deployment and its aftermath', '']
  let size = 0
  for (const f of generateCorpus({ seed: seed + 1000, count: 400, seedDir: join(ROOT, 'seeds') }).files) {
    for (const p of f.text.split('\n\n').slice(2)) {
      if (size + p.length > 1_000_000) return Buffer.from(parts.join('\n'))
      parts.push(p.trim(), '')
      size += p.length + 2
    }
  }
  return Buffer.from(parts.join('\n'))
}

const root = mkdtempSync(join(tmpdir(), 'bench-fault-'))
const dir = join(root, 'corpus')
mkdirSync(dir)
const fake = await FakeDiscord.start()
const { publicHex, privateKey } = keyPair()
const port = await freePort()
let server: ReturnType<typeof spawn> | undefined
let log = ''
try {
  process.stderr.write(`bench:fault: generating ${articles} articles\n`)
  const world = makeWorld(seed, articles)
  for (const f of generateCorpus({ seed, count: articles, seedDir: join(ROOT, 'seeds') }).files) writeFileSync(join(dir, f.name), f.text)
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    DISCORD_PUBLIC_KEY: publicHex,
    PORT: String(port),
    DISCORD_API_URL: fake.apiUrl,
    DISCORD_GUILD_ID: GUILD_ID,
    CORPUS_DIR: dir,
    SNAPSHOT_DIR: join(root, 'snapshots'),
    RATE_LIMIT: '1000000/1s',
    LOG_LEVEL: 'info',
    ...(process.env.NODE_OPTIONS ? { NODE_OPTIONS: process.env.NODE_OPTIONS } : {}),
  }
  server = spawn(process.execPath, ['--enable-source-maps', join(ROOT, 'scripts/run.mjs'), 'src/http/main.ts'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  server.stderr!.on('data', (chunk) => (log += chunk))
  server.stdout!.on('data', (chunk) => (log += chunk))
  process.stderr.write('bench:fault: starting the HTTP endpoint (it builds the index first)\n')
  const started = performance.now()
  while (!log.includes('"http interactions endpoint ready"')) {
    if (server.exitCode !== null) throw new Error(`bench:fault: the endpoint exited:\n${log}`)
    await new Promise((r) => setTimeout(r, 200))
  }
  process.stderr.write(`bench:fault: ready after ${((performance.now() - started) / 1000).toFixed(1)} s\n`)

  const url = `http://127.0.0.1:${port}/`
  const send = async (input: InteractionInput): Promise<{ d: Dispatched; sent: number }> => {
    const d = fake.track(input)
    const body = JSON.stringify(d.payload)
    const ts = String(Math.floor(Date.now() / 1000))
    const sig = sign(null, Buffer.concat([Buffer.from(ts), Buffer.from(body)]), privateKey).toString('hex')
    const sent = performance.now()
    await fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json', 'x-signature-ed25519': sig, 'x-signature-timestamp': ts } })
    return { d, sent }
  }
  const acked = async (p: Promise<{ d: Dispatched; sent: number }>) => {
    const { d, sent } = await p
    return { sent, ackMs: (await fake.firstCallback(d, 600_000)).at - sent }
  }
  const questions = benchQuestions(world, seed, 2000)
  let n = 0
  /** Runs /ask at `rate` per second until `change` settles; gives every acknowledgement time. */
  const underLoad = async (change: () => Promise<string>, name: string): Promise<Window> => {
    const acks: Promise<{ sent: number; ackMs: number }>[] = []
    const timer = setInterval(() => {
      const user = String(900000000000100000 + (n % 1000))
      acks.push(acked(send({ kind: 'command', name: 'ask', options: [str('question', questions[n++ % questions.length]!)], user })))
    }, 1000 / rate)
    const t = performance.now()
    const outcome = await change()
    const changeMs = performance.now() - t
    clearInterval(timer)
    const all = await Promise.all(acks)
    const times = all.map((a) => a.ackMs)
    const worst = [...all]
      .sort((a, b) => b.ackMs - a.ackMs)
      .slice(0, 5)
      .map((a) => ({ sentAt: Math.round(a.sent - t), ackMs: Math.round(a.ackMs) }))
    const window: Window = { name, changeMs, outcome, asks: times.length, ack: summarize(times), late: times.filter((ms) => ms > 1000).length, worst }
    process.stderr.write(
      `bench:fault: ${name}: ${outcome} in ${(changeMs / 1000).toFixed(1)} s; ${times.length} /ask, worst acknowledgement ${window.ack.max.toFixed(0)} ms (sent ${worst[0]?.sentAt ?? 0} ms into the change)\n`,
    )
    return window
  }
  /** A /corpus command, waited for to its final reply; gives the reply's title. */
  const corpus = async (input: InteractionInput) => {
    const { d } = await send(input)
    const edit = await fake.waitFor((r) => r.token === d.token && r.method === 'PATCH' && r.path.startsWith('/webhooks'), 1_800_000)
    const reply = edit.body as { embeds?: { title?: string }[]; content?: string } | undefined
    return String(reply?.embeds?.[0]?.title ?? reply?.content ?? 'no reply')
  }

  const windows: Window[] = []
  windows.push(await underLoad(() => new Promise((r) => setTimeout(() => r('nothing changed'), 15_000)), 'no change (15 s)'))
  windows.push(
    await underLoad(async () => {
      // A new file makes the folder a new version: the reload reads and parses every file and builds the index again.
      writeFileSync(
        join(dir, 'zz_dropped.txt'),
        generateCorpus({ seed: seed + 7, count: 1, seedDir: join(ROOT, 'seeds') }).files[0]!.text.replace('\n\n', '\n\nDropped by hand: '),
      )
      return corpus({ kind: 'command', name: 'corpus', options: [sub('reload')], ...MOD })
    }, `/corpus reload at ${articles} articles`),
  )
  const big = bigArticle()
  windows.push(
    await underLoad(
      async () => {
        const att = fake.upload('long-dispatch.txt', big)
        return corpus({ kind: 'command', name: 'corpus', options: [sub('add', [attach('file', att)])], attachments: [att], ...MOD })
      },
      `/corpus add of ${(big.length / 2 ** 20).toFixed(2)} MB at ${articles} articles`,
    ),
  )

  const rows = [
    ['window', 'change took', '/ask sent', 'ack p50 / p99', 'worst ack', 'over 1 s'],
    ...windows.map((w) => [
      w.name,
      `${(w.changeMs / 1000).toFixed(1)} s (${w.outcome})`,
      String(w.asks),
      `${w.ack.p50.toFixed(0)} / ${w.ack.p99.toFixed(0)} ms`,
      `${w.ack.max.toFixed(0)} ms`,
      String(w.late),
    ]),
  ]
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)))
  const line = (r: string[]) => `| ${r.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`
  process.stdout.write(
    `\n${[line(rows[0]!), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n')}\n\n/ask at ${rate}/s; ${cpus().length} cores, Node ${process.version}\n`,
  )
  mkdirSync(join(import.meta.dirname, 'results'), { recursive: true })
  const out = join(import.meta.dirname, 'results', `fault-${new Date().toISOString().replace(/[:.]/g, '-')}.json`)
  writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), node: process.version, cores: cpus().length, articles, rate, seed, windows }, null, 2))
  process.stdout.write(`figures written to ${out}\n`)
} finally {
  if (process.env.BENCH_FAULT_LOG) writeFileSync(process.env.BENCH_FAULT_LOG, log)
  if (server && server.exitCode === null) {
    const gone = new Promise((r) => server!.once('exit', r))
    server.kill('SIGTERM')
    await gone
  }
  await fake.close()
  rmSync(root, { recursive: true, force: true })
}
