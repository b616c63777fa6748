// The fault-and-attack suite: hostile step files, options and inventories,
// every injected fault kind and every signal, each run through the CLI as a
// user runs it, and each held to the invariants in support/harness.ts.
import { afterAll, describe, it } from 'vitest'
import { killRunningClis } from '../support/cli.js'
import { outputCases } from './cases/outputs.js'
import { restoreCases } from './cases/restore.js'
import { faultCases, signalCases } from './cases/faults.js'
import { exitCodeCases, limitCases, pathCases, timerCases } from './cases/inputs.js'
import { runCase, type Case } from './support/harness.js'

const cases: Case[] = [
  ...outputCases,
  ...restoreCases,
  ...limitCases,
  ...timerCases,
  ...pathCases,
  ...exitCodeCases,
  ...faultCases,
  ...signalCases,
]

const held = new Map<string, number>()
const total = new Map<string, number>()
for (const c of cases) total.set(c.kind, (total.get(c.kind) ?? 0) + 1)

// not afterEach: the cases run concurrently
afterAll(() => killRunningClis())
afterAll(() => {
  const perKind = [...total].map(([k, n]) => `${k} ${held.get(k) ?? 0}/${n}`).join(', ')
  const n = [...held.values()].reduce((a, b) => a + b, 0)
  console.log(`${cases.length} cases, ${n} held (${perKind})`)
})

describe.concurrent('fault-and-attack cases', () => {
  for (const c of cases) {
    it(`[${c.kind}] ${c.name}`, { timeout: 600_000 }, async () => {
      await runCase(c)
      held.set(c.kind, (held.get(c.kind) ?? 0) + 1)
    })
  }
})
