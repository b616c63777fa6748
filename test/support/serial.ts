// A board's serial port in tests: a pseudo-terminal pair (test/support/pty-pair.py)
// whose "board" has already printed its output; closed when the test ends.
import { spawn } from 'node:child_process'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { onTestFinished } from 'vitest'

/** The device path of a serial port that holds `output` for whoever opens it. */
export async function serialPort(output: string): Promise<string> {
  const helper = spawn('python3', [path.resolve('test/support/pty-pair.py'), output], {
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  onTestFinished(() => {
    helper.kill()
  })
  const lines = createInterface({ input: helper.stdout })
  const first = await lines[Symbol.asyncIterator]().next()
  if (first.done) throw new Error('the pseudo-terminal helper ended without naming its device')
  return first.value as string
}

/** A Unity run with one failing test, as a board prints it (CRLF line ends). */
export const UNITY_FAILING = [
  'boot stm32f103',
  'test/main.c:31:test_adds:PASS',
  'test/main.c:32:test_divides:FAIL: Expected 4 Was 5',
  'test/main.c:33:test_shifts:PASS',
  '',
  '-----------------------',
  '3 Tests 1 Failures 0 Ignored',
  'FAIL',
  '',
].join('\r\n')
