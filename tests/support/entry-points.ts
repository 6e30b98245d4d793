/**
 * Entry points as processes, started the way the npm scripts start them:
 * plain node runs scripts/run.mjs, which runs the compiled build in dist/.
 * Each process then loads compiled JavaScript (about 0.3 s of CPU) instead of
 * compiling every module through tsx (about 1 s), which on a 2-core machine
 * was most of the suite's time.
 */
import { join } from 'node:path'
import { beforeAll } from 'vitest'
import { ensureBuilt, ROOT } from '../../scripts/build.mjs'

export { ROOT }

/**
 * Builds dist/ before the file's tests when the sources changed since the
 * last build (a no-op after `npm run build`, as in CI), so no spawned process
 * waits on the build lock within its own timeout. A type error fails the build
 * and with it these tests, with tsc's output in the message.
 */
export function buildBeforeAll(): void {
  beforeAll(() => {
    ensureBuilt(ROOT)
  }, 180_000)
}

/**
 * The node arguments that run `entry` (a path like `src/cli/ask.ts`) as its
 * npm script does.
 *
 * @example
 * spawn(process.execPath, nodeArgs('src/cli/ask.ts', ['--json', 'When?'])) // npm run ask -- --json When?
 */
export function nodeArgs(entry: string, args: readonly string[] = []): string[] {
  return [join(ROOT, 'scripts/run.mjs'), entry, ...args]
}
