import { defineConfig } from 'vitest/config'

// Tests spawn real OpenOCD processes and simulators; forks keep each file's
// children in its own process so a crash cannot leak them into another file.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 30_000,
  },
})
