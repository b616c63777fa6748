// What chunking costs (issue 15): a large read or write goes to OpenOCD in
// commands of 16-64 KiB (chunks.ts) so that progress can be counted between them. Measured in
// one OpenOCD session on the virtual F407 against the same transfer as one
// command; the target is at most 5 % more time.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { chunkBytes } from '../src/openocd/chunks.js'
import { Session } from '../src/openocd/session.js'
import { tclCommand } from '../src/openocd/tcl.js'
import { startVirtualTarget } from '../src/sim/index.js'
import { alternatingPairs, median } from './pairs.js'

const KIB = 1024
const SIZE = 256 * KIB
// Sectors 5 and 6 of the F407's bank 0: 128 KiB each, from offset 0x20000.
const OFFSET = 0x20000
const TIMEOUT = { timeoutMs: 600_000 }
const PAIRS = 5

async function timed(run: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now()
  await run()
  return performance.now() - t0
}

export async function benchmarkChunks(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ofl-bench-chunks-'))
  const sim = await startVirtualTarget({ chip: 'stm32f407', socket: join(dir, 'sim.sock') })
  const session = await Session.start({ config: sim.openocdConfig() })
  try {
    await session.target.reset('halt')
    const data = Buffer.from(Array.from({ length: SIZE }, (_, i) => (i * 7 + (i >> 8)) & 0xff))
    const file = join(dir, 'image.bin')
    writeFileSync(file, data)
    const erase = () => session.command(tclCommand('flash erase_sector', 0, 5, 6), TIMEOUT)
    const transfers = [
      {
        name: 'flash write_bank',
        direction: 'write',
        before: erase,
        one: () => session.command(tclCommand('flash write_bank', 0, file, OFFSET), TIMEOUT),
        chunked: () => session.flash.write(0, OFFSET, data),
      },
      {
        name: 'flash read_bank',
        direction: 'read',
        before: async () => {},
        one: () =>
          session.command(
            tclCommand('flash read_bank', 0, join(dir, 'read.bin'), OFFSET, SIZE),
            TIMEOUT,
          ),
        chunked: () => session.flash.read(0, OFFSET, SIZE),
      },
    ] as const
    console.log(
      `chunked transfers (stm32f407, ${SIZE / KIB} KiB, ${PAIRS} alternating pairs; target ≤ 1.05× one command)`,
    )
    for (const t of transfers) {
      const side = (run: () => Promise<unknown>) => async () => {
        await t.before()
        return timed(run)
      }
      const { a: one, b: chunked } = await alternatingPairs(PAIRS, side(t.one), side(t.chunked))
      const chunk = chunkBytes(SIZE, t.direction)
      const ratio = median(chunked.map((c, i) => c / one[i]))
      console.log(
        `  ${t.name.padEnd(18)} one ${(median(one) / 1000).toFixed(2)} s  ${SIZE / chunk} × ${chunk / KIB} KiB ${(median(chunked) / 1000).toFixed(2)} s  median ratio ${ratio.toFixed(3)}×`,
      )
    }
  } finally {
    await session.close()
    await sim.close()
    rmSync(dir, { recursive: true, force: true })
  }
}
