// Prints vitest's JSON results as the one plain line CI reads: "N passed, N failed".
import { readFileSync } from 'node:fs'

const file = process.argv[2]
let passed = 0
let failed = 0
let skipped = 0
try {
  const r = JSON.parse(readFileSync(file, 'utf8'))
  passed = r.numPassedTests
  failed = r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0)
  skipped = r.numPendingTests + r.numTodoTests
} catch (e) {
  console.error(`cannot read test results ${file}: ${e.message}`)
  failed = 1
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
