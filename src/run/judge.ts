// The verdict of a firmware run, from what it printed, how it exited or how
// it faulted. The first decisive event ends the wait; failure evidence seen
// anywhere (a fail pattern, a failed test, a non-zero exit, a fault) wins
// over a pass, so the verdict does not depend on which console (RTT polled,
// semihosting trapped) delivered its lines first.
import type { TestFormat } from '../plan/steps.js'
import { testParser, type TestLineParser, type TestResult } from './tests.js'

export type VerdictReason =
  'pass-pattern' | 'fail-pattern' | 'tests' | 'exit' | 'fault' | 'halted' | 'timeout'

export interface Verdict {
  passed: boolean
  reason: VerdictReason
  message: string
}

export interface Criteria {
  pass?: string
  fail?: string
  tests?: TestFormat
}

export class Judge {
  readonly tests: TestResult[] = []
  private first: Verdict | undefined
  private failure: Verdict | undefined
  private readonly pass: RegExp | undefined
  private readonly fail: RegExp | undefined
  private readonly parse: TestLineParser | undefined

  constructor(criteria: Criteria) {
    this.pass = criteria.pass === undefined ? undefined : new RegExp(criteria.pass)
    this.fail = criteria.fail === undefined ? undefined : new RegExp(criteria.fail)
    this.parse = criteria.tests === undefined ? undefined : testParser(criteria.tests)
  }

  /** True once something decided the run. */
  get decided(): boolean {
    return this.first !== undefined
  }

  /** The verdict so far: a failure seen at any point, else the first pass. */
  get verdict(): Verdict | undefined {
    return this.failure ?? this.first
  }

  /** One complete console line. */
  line(text: string): void {
    if (this.fail?.test(text))
      this.decide({
        passed: false,
        reason: 'fail-pattern',
        message: `the console printed '${text.trim()}' (fail pattern /${this.fail.source}/)`,
      })
    for (const event of this.parse?.(text) ?? []) {
      if (event.kind === 'test') {
        this.tests.push(event.test)
        if (event.test.status === 'failed')
          this.decide(
            {
              passed: false,
              reason: 'tests',
              message: `test ${event.test.name} failed${event.test.message ? `: ${event.test.message}` : ''}`,
            },
            false,
          )
      } else this.decide(this.testsDone(event.passed))
    }
    if (this.pass?.test(text))
      this.decide({
        passed: true,
        reason: 'pass-pattern',
        message: `the console printed '${text.trim()}' (pass pattern /${this.pass.source}/)`,
      })
  }

  /** The firmware exited through semihosting. */
  exit(code: number, detail?: string): void {
    this.decide(
      code === 0
        ? { passed: true, reason: 'exit', message: 'the firmware exited with code 0' }
        : {
            passed: false,
            reason: 'exit',
            message: `the firmware exited with code ${code}${detail ? ` (${detail})` : ''}`,
          },
    )
  }

  /** A fault, an unexpected halt, or the time limit: always a failure. */
  stopped(reason: 'fault' | 'halted' | 'timeout', message: string): void {
    this.decide({ passed: false, reason, message })
  }

  private testsDone(passed: boolean): Verdict {
    const failed = this.tests.filter((t) => t.status === 'failed')
    const count = `${this.tests.length} test(s)`
    return passed && failed.length === 0
      ? { passed: true, reason: 'tests', message: `${count} passed` }
      : {
          passed: false,
          reason: 'tests',
          message: `${failed.length} of ${count} failed${failed.length ? `: ${failed.map((t) => t.name).join(', ')}` : ''}`,
        }
  }

  /**
   * Records a verdict; `decisive` false records a failure without ending the
   * wait (a failed Unity test: the run goes on to its summary).
   */
  private decide(v: Verdict, decisive = true): void {
    if (!v.passed) this.failure ??= v
    if (decisive) this.first ??= v
  }
}
