// Prints vitest's JSON results as the one plain line CI reads: "N passed, N failed".
import { readFileSync } from 'node:fs'

function counts(file) {
  try {
    const r = JSON.parse(readFileSync(file, 'utf8'))
    return {
      passed: r.numPassedTests,
      failed: r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0),
      skipped: r.numPendingTests + r.numTodoTests,
    }
  } catch (e) {
    console.error(`cannot read test results ${file}: ${e.message}`)
    return { passed: 0, failed: 1, skipped: 0 }
  }
}

const { passed, failed, skipped } = counts(process.argv[2])
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
