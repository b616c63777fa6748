import { defineConfig } from 'vitest/config'
import { useOpenOcdUnderTest } from './test/support/openocd-under-test.js'

useOpenOcdUnderTest(process.env)

// Tests spawn real OpenOCD processes and simulators; forks keep each file's
// children in its own process so a crash cannot leak them into another file.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    pool: 'forks',
    maxWorkers: 2,
    // Far beyond any test's duration, even on a busy 2-core machine: a timeout
    // is for a hang, never for a slow run.
    testTimeout: 300_000,
    hookTimeout: 120_000,
    // @actions/workflow-parser imports its JSON schema without an import
    // attribute, which Node refuses; through Vite, the import works.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
})
