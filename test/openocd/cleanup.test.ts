// OpenOCD must not outlive the process that started it, whatever ends it.
import { spawn } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { waitGone } from '../support/openocd.js'

function holder(): Promise<{ child: ReturnType<typeof spawn>; openocdPid: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/hold-openocd.ts'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  return new Promise((resolve, reject) => {
    let out = ''
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString()
      const m = /openocd-pid (\d+)/.exec(out)
      if (m) resolve({ child, openocdPid: Number(m[1]) })
    })
    child.once('exit', (code) => reject(new Error(`holder exited early (${code}): ${out}`)))
  })
}

describe('OpenOCD dies with its parent', () => {
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) {
    it(`when the parent gets ${signal}`, async () => {
      const { child, openocdPid } = await holder()
      const exited = new Promise((r) => child.once('exit', (code, sig) => r(sig ?? code)))
      child.kill(signal)
      expect(await exited).toBe(signal)
      expect(await waitGone(openocdPid)).toBe(true)
    })
  }
})
