import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 20_000,
    // Vitest's default is one worker fewer than the cores: a single worker on a 2-core machine, which then
    // idles while a test waits on a process it started (the shard tests wait seconds for logins).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // The core is plain functions and no test mocks a module, so each worker imports the sources once
    // instead of once per test file: that import was a third of the suite's CPU time.
    isolate: false,
  },
})
