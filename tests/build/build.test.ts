/** scripts/build.mjs: when dist/ counts as built from the sources, on small fake repositories (the real compile runs in .ci/run). */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildState, compiledPath, ensureBuilt, fingerprint, inputsOf } from '../../scripts/build.mjs'

/** A repository with two sources, a config file and (unless `built` is false) a stamp matching them. */
function fakeRepo(built = true): string {
  const root = mkdtempSync(join(tmpdir(), 'build-'))
  mkdirSync(join(root, 'src/cli'), { recursive: true })
  mkdirSync(join(root, 'commands'))
  writeFileSync(join(root, 'src/cli/ask.ts'), 'export const a = 1\n')
  writeFileSync(join(root, 'commands/ask.ts'), 'export const b = 2\n')
  writeFileSync(join(root, 'tsconfig.json'), '{}\n')
  mkdirSync(join(root, 'tests'))
  writeFileSync(join(root, 'tests/fixture.ts'), 'export const c = 3\n')
  if (built) stamp(root, ['tests/fixture.ts'])
  return root
}

function stamp(root: string, extra: string[]): void {
  const inputs = inputsOf(root, extra)
  mkdirSync(join(root, 'dist'), { recursive: true })
  writeFileSync(join(root, 'dist/.sources.json'), JSON.stringify({ fingerprint: fingerprint(root, inputs), inputs }))
}

describe('inputsOf', () => {
  it('lists the source folders, the config files and the recorded extras, sorted, without dot files', () => {
    const root = fakeRepo(false)
    writeFileSync(join(root, 'src/.hidden.ts'), '')
    expect(inputsOf(root, ['tests/fixture.ts'])).toEqual([
      'commands/ask.ts',
      'package.json',
      'src/cli/ask.ts',
      'tests/fixture.ts',
      'tsconfig.build.json',
      'tsconfig.json',
    ])
  })
})

describe('buildState', () => {
  it.each<[string, (root: string) => void, boolean]>([
    ['nothing changed', () => {}, true],
    ['a file only touched', (root) => utimesSync(join(root, 'src/cli/ask.ts'), new Date(), new Date(Date.now() + 60_000)), true],
    ['a source edited', (root) => writeFileSync(join(root, 'src/cli/ask.ts'), 'export const a = 2\n'), false],
    ['a source added', (root) => writeFileSync(join(root, 'src/cli/quote.ts'), ''), false],
    ['a source removed', (root) => rmSync(join(root, 'commands/ask.ts')), false],
    ['a file compiled from outside src/ edited', (root) => writeFileSync(join(root, 'tests/fixture.ts'), 'export const c = 4\n'), false],
    ['the TypeScript configuration edited', (root) => writeFileSync(join(root, 'tsconfig.json'), '{ "compilerOptions": {} }\n'), false],
    ['the stamp gone', (root) => rmSync(join(root, 'dist/.sources.json')), false],
    ['the stamp unreadable', (root) => writeFileSync(join(root, 'dist/.sources.json'), '{'), false],
    ['the stamp JSON but not an object', (root) => writeFileSync(join(root, 'dist/.sources.json'), 'null'), false],
  ])('%s: fresh is %s', (_case, change, fresh) => {
    const root = fakeRepo()
    change(root)
    expect(buildState(root).fresh).toBe(fresh)
  })

  it('says why it is stale', () => {
    const root = fakeRepo(false)
    expect(buildState(root)).toEqual({ fresh: false, reason: 'dist/ has not been built yet' })
    stamp(root, [])
    writeFileSync(join(root, 'src/cli/ask.ts'), '')
    expect(buildState(root)).toEqual({ fresh: false, reason: 'the sources changed since dist/ was built' })
  })
})

describe('ensureBuilt', () => {
  it('does nothing when dist/ is fresh', () => {
    expect(ensureBuilt(fakeRepo())).toBe(false)
  })

  it('without TypeScript installed (a production install) says how to build instead of serving a stale dist/', () => {
    const root = fakeRepo(false)
    writeFileSync(join(root, 'package.json'), '{}\n')
    expect(() => ensureBuilt(root)).toThrow(/^build: TypeScript is not installed .*npm run build/)
  })

  it('waits for another build holding the lock, then gives up naming the lock', () => {
    const root = fakeRepo(false)
    mkdirSync(join(root, 'dist.lock'))
    expect(() => ensureBuilt(root, { waitMs: 300 })).toThrow(`build: another build has held ${join(root, 'dist.lock')} for too long`)
  })
})

describe('compiledPath', () => {
  it.each([
    ['src/cli/ask.ts', 'dist/src/cli/ask.js'],
    ['commands/help.ts', 'dist/commands/help.js'],
  ])('%s runs %s', (entry, compiled) => {
    expect(compiledPath(entry, '/repo')).toBe(`/repo/${compiled}`)
  })

  it.each(['src/cli/ask.js', 'bench/run.ts', 'src/../../etc/x.ts', ''])('refuses %j', (entry) => {
    expect(() => compiledPath(entry)).toThrow(`run: "${entry}" is not a .ts entry point under src/ or commands/`)
  })
})
