// session.target: run control and memory access of the current target.
import { open, readFile, rm } from 'node:fs/promises'
import { chunksOf, type OnBytes } from './chunks.js'
import { TargetError } from './errors.js'
import { parseNumberList, parseTargetState } from './parse.js'
import type { Session } from './session.js'
import { tclCommand, tclWord } from './tcl.js'
import type { MemoryWidth, ResetMode, TargetState } from './types.js'

const WIDTHS: readonly number[] = [8, 16, 32, 64]

export class Target {
  constructor(private readonly session: Session) {}

  async state(): Promise<TargetState> {
    // After 0.12.0 a target reads 'unknown' until its first poll (the
    // background poll runs only every 100 ms after init), so poll it first; a
    // poll that fails (a core found locked up) still leaves a state to read.
    return parseTargetState(
      await this.run('set __ofl_t [target current]; catch {$__ofl_t arp_poll}; $__ofl_t curstate'),
    )
  }

  /** Halts the target and waits until it is halted (at most `timeoutMs`). */
  async halt(timeoutMs = 5000): Promise<void> {
    await this.run(tclCommand('halt', timeoutMs))
  }

  async resume(): Promise<void> {
    await this.run('resume')
  }

  async reset(mode: ResetMode = 'run'): Promise<void> {
    if (!['halt', 'run', 'init'].includes(mode)) {
      throw new TargetError(`reset mode must be halt, run or init, not '${mode}'`)
    }
    await this.run(tclCommand('reset', mode))
  }

  async readMemory(address: number, width: MemoryWidth, count: number): Promise<bigint[]> {
    checkWidth(width)
    const values = parseNumberList(await this.run(tclCommand('read_memory', address, width, count)))
    if (values.length !== count) {
      throw new TargetError(`read_memory returned ${values.length} values, expected ${count}`)
    }
    return values
  }

  async writeMemory(
    address: number,
    width: MemoryWidth,
    values: ReadonlyArray<number | bigint>,
  ): Promise<void> {
    checkWidth(width)
    const list = values.map((v) => `0x${v.toString(16)}`).join(' ')
    await this.run(`write_memory ${tclWord(address)} ${tclWord(width)} ${tclWord(list)}`)
  }

  /** Writes `size` bytes of target memory from `address` to a file. */
  async dumpToFile(file: string, address: number, size: number, onBytes?: OnBytes): Promise<void> {
    const part = `${file}.part`
    const out = await open(file, 'w')
    try {
      for (const [at, n] of chunksOf(address, size, 'read')) {
        await this.run(tclCommand('dump_image', part, at, n), 30_000 + n * 2)
        const bytes = await readFile(part)
        await out.write(bytes, 0, bytes.length, at - address)
        onBytes?.(n)
      }
    } finally {
      await out.close()
      await rm(part, { force: true })
    }
  }

  private run(command: string, timeoutMs?: number): Promise<string> {
    return this.session.commandAs(TargetError, command, { timeoutMs })
  }
}

function checkWidth(width: number): void {
  if (!WIDTHS.includes(width))
    throw new TargetError(`memory access width must be 8, 16, 32 or 64, not ${width}`)
}
