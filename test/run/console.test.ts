import { mkdtempSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, it } from 'vitest'
import { Console, type ConsoleLine } from '../../src/run/console.js'

it('cuts each source into its own lines, and keeps them in the log file', async () => {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'ofl-console-')), 'run-1.log')
  const seen: ConsoleLine[] = []
  const c = new Console((l) => seen.push(l), file)
  c.write('rtt', 'hel')
  c.write('semihosting', 'exit soon\r\n')
  c.write('rtt', 'lo\nwor')
  c.write('rtt', 'ld')
  await c.close()
  expect(seen).toEqual([
    { source: 'semihosting', text: 'exit soon' },
    { source: 'rtt', text: 'hello' },
    { source: 'rtt', text: 'world' },
  ])
  expect(readFileSync(file, 'utf8')).toBe('exit soon\nhello\nworld\n')
  expect(c.tail(2)).toEqual(['hello', 'world'])
})
