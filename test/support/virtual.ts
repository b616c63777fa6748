// A session on a virtual board: the simulator plus the real OpenOCD.
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { VirtualChip } from '../../src/board/spec.js'
import { Session } from '../../src/openocd/session.js'
import { startVirtualTarget } from '../../src/sim/index.js'

export interface VirtualSession {
  session: Session
  close(): Promise<void>
}

export async function openVirtual(
  chip: VirtualChip,
  options: { state?: string; faults?: string[]; halt?: boolean } = {},
): Promise<VirtualSession> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ofl-virtual-'))
  const sim = await startVirtualTarget({
    chip,
    socket: path.join(dir, 'sim.sock'),
    state: options.state,
    faults: options.faults,
  })
  try {
    const session = await Session.start({
      config: sim.openocdConfig(),
      logFile: path.join(dir, 'openocd.log'),
    })
    if (options.halt !== false) await session.target.reset('halt')
    return {
      session,
      async close() {
        await session.close()
        await sim.close()
        rmSync(dir, { recursive: true, force: true })
      },
    }
  } catch (err) {
    await sim.close()
    throw err
  }
}

/** Reads back a range of flash (in the bank holding `address`) through a fresh session on the board's state file. */
export async function readFlash(
  chip: VirtualChip,
  state: string,
  address: number,
  size: number,
): Promise<Buffer> {
  const v = await openVirtual(chip, { state })
  try {
    const banks = await v.session.flash.banks()
    const bank = banks.find((b) => address >= b.base && address < b.base + b.size) ?? banks[0]
    return Buffer.from(await v.session.flash.read(bank.index, address - bank.base, size))
  } finally {
    await v.close()
  }
}
