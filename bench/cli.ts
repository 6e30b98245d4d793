import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { summarize, type Summary } from './stats.ts'

/**
 * The cold terminal: `npm run ask -- "…"` as a new user types it, one fresh
 * process per question over a copy of the seeds. The first run builds and
 * saves the snapshot; the others restore it.
 */

/** Wall times of a cold `npm run ask`, in ms: the first (building) run, then the restoring runs' summary. */
export interface ColdCli {
  firstMs: number
  restored: Summary
}

/**
 * Times `runs` cold `npm run --silent ask` processes on a copy of `seedDir`.
 *
 * @throws Error `bench: ...` when a run fails.
 * @example
 * ```ts
 * measureColdAsk('seeds', 5).restored.p50 // => about 600 on 2 cores
 * ```
 */
export function measureColdAsk(seedDir: string, runs: number): ColdCli {
  const root = mkdtempSync(join(tmpdir(), 'bench-cli-'))
  const dir = join(root, 'corpus')
  cpSync(seedDir, dir, { recursive: true, filter: (src) => !basename(src).startsWith('.') })
  const repo = join(import.meta.dirname, '..')
  // Build dist/ first, outside the timings: a cold run means a cold process, not a stale build.
  spawnSync('npm', ['run', '--silent', 'build'], { cwd: repo, stdio: 'ignore' })
  const once = () => {
    const t = performance.now()
    const r = spawnSync('npm', ['run', '--silent', 'ask', '--', 'How many troops were in the CSTO force?'], {
      cwd: repo,
      env: { ...process.env, CORPUS_DIR: dir },
      encoding: 'utf8',
    })
    if (r.status !== 0) throw new Error(`bench: npm run ask failed:\n${r.stderr}`)
    return performance.now() - t
  }
  try {
    const firstMs = once()
    return { firstMs, restored: summarize(Array.from({ length: runs }, once)) }
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}
