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

const KIB = 1024
const SIZE = 256 * KIB
// Sectors 5 and 6 of the F407's bank 0: 128 KiB each, from offset 0x20000.
const OFFSET = 0x20000
const TIMEOUT = { timeoutMs: 600_000 }

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
    await erase()
    const writeOne = await timed(() =>
      session.command(tclCommand('flash write_bank', 0, file, OFFSET), TIMEOUT),
    )
    await erase()
    const writeChunked = await timed(() => session.flash.write(0, OFFSET, data))
    const readOne = await timed(() =>
      session.command(
        tclCommand('flash read_bank', 0, join(dir, 'read.bin'), OFFSET, SIZE),
        TIMEOUT,
      ),
    )
    const readChunked = await timed(() => session.flash.read(0, OFFSET, SIZE))
    console.log(
      `chunked transfers (stm32f407, ${SIZE / KIB} KiB in ${SIZE / chunkBytes(SIZE)} commands of ${chunkBytes(SIZE) / KIB} KiB; target ≤ 1.05× one command)`,
    )
    for (const [name, one, chunked] of [
      ['flash write_bank', writeOne, writeChunked],
      ['flash read_bank', readOne, readChunked],
    ] as const) {
      console.log(
        `  ${name.padEnd(18)} one ${(one / 1000).toFixed(2)} s  chunked ${(chunked / 1000).toFixed(2)} s  ratio ${(chunked / one).toFixed(3)}×`,
      )
    }
  } finally {
    await session.close()
    await sim.close()
    rmSync(dir, { recursive: true, force: true })
  }
}
