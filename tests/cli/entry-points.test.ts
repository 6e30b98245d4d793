/** Every entry point as a process: .env read through the one config path, --help, exit codes. */
import { spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { EXIT, helpText, parseCli, UsageError, type CliSpec } from '../../src/cli/args.ts'
import { ASK } from '../../src/cli/ask.ts'
import { CORPUS } from '../../src/cli/corpus.ts'
import { EVAL } from '../../src/cli/eval.ts'
import { QUOTE } from '../../src/cli/quote.ts'
import { TIMELINE } from '../../src/cli/timeline.ts'
import { tempCorpus } from '../support/corpus-fixtures.ts'
import { buildBeforeAll, nodeArgs, ROOT } from '../support/entry-points.ts'

buildBeforeAll()
const baseEnv = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' }

/** Runs `src/<entry>` as its npm script does, in a fresh folder holding `dotenv` as its .env. */
function run(entry: string, args: string[], dotenv = '', env: Record<string, string> = {}) {
  const cwd = mkdtempSync(join(tmpdir(), 'csto-entry-'))
  if (dotenv) writeFileSync(join(cwd, '.env'), dotenv)
  const child = spawn(process.execPath, nodeArgs(`src/${entry}`, args), { cwd, env: { ...baseEnv, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d) => (stdout += d))
  child.stderr.on('data', (d) => (stderr += d))
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => child.on('close', (code) => done({ code, stdout, stderr })))
}

/** A copy of seeds/ plus an empty file, which every tool reports as skipped: proof of the folder it read. */
function markedCorpus(): string {
  const dir = tempCorpus()
  writeFileSync(join(dir, 'empty.txt'), '')
  return dir
}

describe('CORPUS_DIR in .env reaches every terminal tool', () => {
  const dir = markedCorpus()
  it.each<[string, string[], RegExp]>([
    ['cli/ask.ts', ['--json', 'When was the CSTO founded?'], /ask: skipped empty\.txt/],
    ['cli/quote.ts', ['--speakers'], /quote: skipped empty\.txt/],
    ['cli/timeline.ts', ['--json'], /timeline: skipped empty\.txt/],
    ['cli/eval.ts', [join(ROOT, 'tests/fixtures/dev.jsonl')], /eval: skipped empty\.txt/],
    ['cli/corpus.ts', ['status'], new RegExp(`corpus ${dir}: .*skipped: empty\\.txt`, 's')],
  ])('%s', async (entry, args, proof) => {
    const r = await run(entry, args, `CORPUS_DIR=${dir}\n`)
    expect(r.code).toBe(EXIT.ok)
    expect(r.stdout + r.stderr).toMatch(proof)
  })

  it('a variable set in the environment wins over .env', async () => {
    const r = await run('cli/ask.ts', ['--json', 'When was the CSTO founded?'], `CORPUS_DIR=${dir}\n`, { CORPUS_DIR: join(ROOT, 'seeds') })
    expect(r.code).toBe(EXIT.ok)
    expect(r.stderr).not.toMatch(/skipped/)
  })
})

describe('the servers and deploy-commands read .env too', () => {
  it.each<[string, string, RegExp, RegExp | null]>([
    ['bot/main.ts', `DISCORD_TOKEN=${'x'.repeat(70)}\nLOG_LEVEL=loud\n`, /LOG_LEVEL: must be one of .*\(got "loud"\)/, /DISCORD_TOKEN/],
    ['http/main.ts', 'DISCORD_PUBLIC_KEY=xyz\n', /DISCORD_PUBLIC_KEY: must be the 64 hex characters .*\(got "xyz"\)/, null],
    ['bot/deploy-commands.ts', `DISCORD_TOKEN=${'x'.repeat(70)}\n`, /DISCORD_CLIENT_ID: is required/, /DISCORD_TOKEN/],
  ])('%s', async (entry, dotenv, named, notNamed) => {
    const r = await run(entry, [], dotenv)
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(named)
    if (notNamed) expect(r.stderr).not.toMatch(notNamed)
  })
})

const SPECS: [string, CliSpec][] = [
  ['cli/ask.ts', ASK],
  ['cli/quote.ts', QUOTE],
  ['cli/timeline.ts', TIMELINE],
  ['cli/eval.ts', EVAL],
  ['cli/corpus.ts', CORPUS],
]

describe('--help', () => {
  it.each(SPECS)('%s lists every option, the exit codes and examples', (_entry, spec) => {
    const help = helpText(spec)
    for (const [name, o] of Object.entries(spec.options))
      expect(help).toMatch(
        new RegExp(`--${name}${o.type === 'string' ? ` ${o.value}` : ''}  +${o.description.slice(0, 20).replace(/[()[\]{}.*+?^$|\\]/g, '\\$&')}`),
      )
    expect(help).toContain('-h, --help')
    expect(help).toContain('exit codes: 0 done, 1 could not run')
    expect(help).toMatch(new RegExp(`examples:\\n  npm run ${spec.name}`))
  })

  it.each([...SPECS, ['bot/deploy-commands.ts', { name: 'deploy-commands' }] as const])(
    '%s -h prints it and exits 0 without reading the corpus',
    async (entry, spec) => {
      const r = await run(entry, ['-h'], 'CORPUS_DIR=/nonexistent\n')
      expect(r).toMatchObject({ code: EXIT.ok, stderr: '' })
      expect(r.stdout).toMatch(new RegExp(`^npm run ${spec.name}: `))
    },
  )
})

describe('exit codes', () => {
  it.each<[string, CliSpec, string[], boolean, string]>([
    ['ask', ASK, ['--bogus'], true, 'ask: unknown option "--bogus"'],
    ['ask', ASK, ['--json=yes'], true, 'ask: --json takes no value'],
    ['quote', QUOTE, ['--speaker'], false, 'quote: --speaker needs a value'],
    ['timeline', TIMELINE, ['extra'], false, 'timeline: unexpected argument "extra"'],
  ])('%s %j is a usage error', (_name, spec, argv, positionals, message) => {
    expect(() => parseCli(spec, argv, positionals)).toThrow(UsageError)
    expect(() => parseCli(spec, argv, positionals)).toThrow(message)
  })

  it.each<[string, string[], Record<string, string>, number, RegExp]>([
    ['ask with no question', ['cli/ask.ts'], {}, EXIT.usage, /^ask: give a question.*\nusage: npm run ask -- /s],
    ['ask -h is help, not a question', ['cli/ask.ts', '-h'], {}, EXIT.ok, /^$/],
    ['a missing corpus folder', ['cli/ask.ts', 'When?'], { CORPUS_DIR: '/nonexistent/corpus' }, EXIT.failed, /corpus: .*"\/nonexistent\/corpus"/],
    ['an unknown timeline option', ['cli/timeline.ts', '--all-of-it'], {}, EXIT.usage, /timeline: unknown option "--all-of-it"/],
  ])('%s exits %s', async (_case, [entry, ...args], env, code, stderr) => {
    const r = await run(entry!, args, '', { CORPUS_DIR: join(ROOT, 'seeds'), ...env })
    expect(r.code).toBe(code)
    expect(r.stderr).toMatch(stderr)
  })

  it('the articles not saying is a result: exit 0, answer null', async () => {
    const r = await run('cli/ask.ts', ['--json', 'What is the recipe for borscht?'], '', { CORPUS_DIR: join(ROOT, 'seeds') })
    expect(r.code).toBe(EXIT.ok)
    expect(JSON.parse(r.stdout)).toMatchObject({ answer: null })
  })
})
