import { spawnSync } from 'node:child_process'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(import.meta.dirname, '../..')
const CONFIG = join(ROOT, '.dependency-cruiser.cjs')
const BIN = join(ROOT, 'node_modules', '.bin', 'depcruise')

/** Runs the CI's architecture check on a tree of its own. */
function cruise(cwd: string, ...paths: string[]) {
  const run = spawnSync(BIN, [...paths, '--config', CONFIG, '--output-type', 'err'], { cwd, encoding: 'utf8' })
  return { status: run.status, out: `${run.stdout}${run.stderr}` }
}

// The forbidden tree breaks every rule at once: one run of the check serves each rule's case.
let forbidden: ReturnType<typeof cruise> | undefined
const cruiseForbidden = () => (forbidden ??= cruise(join(ROOT, 'tests/fixtures/boundaries/forbidden'), 'src'))

// Each case runs dependency-cruiser, which parses the whole tree with TypeScript: 2-3 s alone, up to 9 s
// measured while the suite's other worker and other processes load a 2-core machine.
describe('the architecture check (npm run lint:deps)', { timeout: 60_000 }, () => {
  it('passes on the project itself', () => {
    const r = cruise(ROOT, 'src', 'commands', 'bench')
    expect(r.out).toContain('no dependency violations')
    expect(r.status).toBe(0)
  })

  it('passes a tree whose folders meet only through index.ts', () => {
    expect(cruise(join(ROOT, 'tests/fixtures/boundaries/clean'), 'src').status).toBe(0)
  })

  it.each([
    ['through-index', 'src/b/index.ts → src/a/inner.ts'],
    ['no-circular', 'src/b/one.ts'],
    ['core-without-discord', 'src/text/index.ts'],
  ])('fails a forbidden import: %s', (rule, where) => {
    const r = cruiseForbidden()
    expect(r.status).not.toBe(0)
    const line = r.out.split('\n').findIndex((l) => l.includes(`error ${rule}:`))
    expect(line).toBeGreaterThanOrEqual(0)
    expect(
      r.out
        .split('\n')
        .slice(line, line + 3)
        .join(' '),
    ).toContain(where.split(' → ')[0])
  })
})
