// session.flash: OpenOCD's flash command family, typed.
import { open, readFile, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { readImage, type ImageFormat, type Segment } from '../image/index.js'
import { chunksOf, type OnBytes } from './chunks.js'
import { compareBytes, mergeResults } from './compare.js'
import { FlashError } from './errors.js'
import { controllerStatus, knowsControllerStatus } from './flash-status.js'
import { parseFlashInfo, parseFlashList, sectorsWithProtection } from './parse.js'
import type { Session } from './session.js'
import { tclCommand } from './tcl.js'
import type { FlashBank, VerifyResult } from './types.js'

export interface WriteImageOptions {
  /** Erase the sectors the image touches first. Default true. */
  erase?: boolean
  /** Compare flash with the image afterwards; a mismatch throws FlashError. Default true. */
  verify?: boolean
  /** Load address of a .bin; for .hex and .elf, an offset added to their addresses. */
  address?: number
  format?: ImageFormat
  timeoutMs?: number
}

const OPENOCD_TYPE: Record<ImageFormat, string> = { bin: 'bin', ihex: 'ihex', elf: 'elf' }

/** A verification mismatch; `result` pins every differing range. */
/**
 * Drivers of chips whose `flash protect` stores option bytes that load only
 * at OBL_LAUNCH or power-on (STM32L4/G4, RM0440 §3.4.2): the command that
 * launches the load.
 */
const OPTION_BYTE_LOAD: Readonly<Record<string, string>> = { stm32l4x: 'stm32l4x option_load' }

export class VerifyMismatchError extends FlashError {
  constructor(
    message: string,
    readonly result: VerifyResult,
  ) {
    super(message)
  }
}

export class Flash {
  private tmpCount = 0

  constructor(
    private readonly session: Session,
    private readonly tmp: string,
  ) {}

  /** All configured banks, without sectors. Probes banks whose size is not known yet. */
  async banks(): Promise<FlashBank[]> {
    let banks = parseFlashList(await this.run('flash list'))
    const unprobed = banks.filter((b) => b.size === 0)
    for (const b of unprobed) {
      await this.run(tclCommand('flash probe', b.index)).catch(() => undefined)
    }
    if (unprobed.length) banks = parseFlashList(await this.run('flash list'))
    return banks
  }

  /** One bank with its sectors and protection blocks. */
  async info(bank: number): Promise<FlashBank> {
    const banks = await this.banks()
    const entry = banks[bank]
    if (!entry) {
      throw new FlashError(
        `there is no flash bank ${bank}: ${banks.length} bank(s) configured (${banks.map((b) => `${b.index}: ${b.name}`).join(', ') || 'none'})`,
      )
    }
    return this.describe(entry)
  }

  /** Every bank; those with a size with their sectors and protection blocks. */
  async infoAll(): Promise<FlashBank[]> {
    const banks = await this.banks()
    const described: FlashBank[] = []
    for (const b of banks) described.push(b.size > 0 ? await this.describe(b) : b)
    return described
  }

  /** A bank from `flash list` with its sectors and protection blocks. */
  private async describe(entry: FlashBank): Promise<FlashBank> {
    const blocksInfo = parseFlashInfo(await this.run(tclCommand('flash info', entry.index)))
    const sectorInfo = parseFlashInfo(
      await this.run(tclCommand('flash info', entry.index, 'sectors')),
    )
    const blocks = blocksInfo.blocks.map(({ protectionKnown: _, ...b }) => b)
    return {
      ...entry,
      base: sectorInfo.base,
      size: sectorInfo.size,
      sectors: sectorsWithProtection(sectorInfo.blocks, blocks),
      protectionBlocks: blocks,
      description: blocksInfo.description,
    }
  }

  /** Reads `size` bytes of a bank from `offset`, in chunks. */
  async read(bank: number, offset: number, size: number, onBytes?: OnBytes): Promise<Uint8Array> {
    const out = new Uint8Array(size)
    await this.readChunks(bank, offset, size, (at, bytes) => out.set(bytes, at - offset), onBytes)
    return out
  }

  /**
   * Whether flash at `address` already holds `data`, by OpenOCD's
   * `verify_image_checksum`: a CRC computed on the target where there is a
   * work area (several times faster than reading the bytes back), else on
   * the host from a read.
   */
  async holds(address: number, data: Uint8Array): Promise<boolean> {
    const file = this.tempFile('check')
    await writeFile(file, data)
    try {
      await this.run(tclCommand('verify_image_checksum', file, address, 'bin'), data.length)
      return true
    } catch (err) {
      if (
        err instanceof FlashError &&
        CHECKSUM_MISMATCH.test(`${err.message}\n${err.response ?? ''}`)
      )
        return false
      throw err
    } finally {
      await rm(file, { force: true })
    }
  }

  /** Dumps a bank (or part of it) to a file, in chunks. */
  async readToFile(
    bank: number,
    file: string,
    range?: { offset: number; size: number },
    onBytes?: OnBytes,
  ): Promise<void> {
    const { offset, size } = range ?? { offset: 0, size: await this.bankSize(bank) }
    const out = await open(path.resolve(file), 'w')
    try {
      await this.readChunks(
        bank,
        offset,
        size,
        async (at, bytes) => void (await out.write(bytes, 0, bytes.length, at - offset)),
        onBytes,
      )
    } finally {
      await out.close()
    }
  }

  /** Programs `data` into a bank at `offset` (erased beforehand), in chunks. */
  async write(bank: number, offset: number, data: Uint8Array, onBytes?: OnBytes): Promise<void> {
    const file = this.tempFile('write')
    try {
      for (const [at, n] of chunksOf(0, data.length, 'write')) {
        const chunk = data.subarray(at, at + n)
        await writeFile(file, chunk)
        const command = tclCommand('flash write_bank', bank, file, offset + at)
        await this.runNamingStatus(bank, command, chunk.length * 2)
        onBytes?.(chunk.length)
      }
    } finally {
      await rm(file, { force: true })
    }
  }

  /** Programs a .bin, .hex or .elf image, erasing and verifying by default. */
  async writeImage(
    file: string,
    options: WriteImageOptions = {},
  ): Promise<VerifyResult | undefined> {
    const image = await this.loadImage(file, options)
    const bytes = image.segments.reduce((n, s) => n + s.data.length, 0)
    const args: Array<string | number> = []
    if (options.erase !== false) args.push('erase')
    args.push(path.resolve(file))
    if (image.format === 'bin') args.push(options.address!)
    else args.push(options.address ?? 0)
    args.push(OPENOCD_TYPE[image.format])
    await this.run(tclCommand('flash write_image', ...args), bytes * 2, options.timeoutMs)
    if (options.verify === false) return undefined
    const result = await this.verifyImage(file, options)
    if (!result.match) throw mismatchError(file, result)
    return result
  }

  /** Compares an image with what the target holds. Read-only. */
  async verifyImage(
    file: string,
    options: { address?: number; format?: ImageFormat } = {},
  ): Promise<VerifyResult> {
    const image = await this.loadImage(file, options)
    return this.verifySegments(image.segments)
  }

  /** Compares already parsed image segments with what the target holds. Read-only. */
  async verifySegments(segments: readonly Segment[], onBytes?: OnBytes): Promise<VerifyResult> {
    const results: VerifyResult[] = []
    for (const s of segments) {
      results.push(await this.compare(s.address, s.data))
      onBytes?.(s.data.length)
    }
    return mergeResults(results)
  }

  /**
   * Compares memory at `address` with `data`. An on-target checksum proves a
   * match without reading the bytes back; only a mismatch is read, to pin
   * the bytes that differ.
   */
  async compare(address: number, data: Uint8Array): Promise<VerifyResult> {
    if (await this.holds(address, data)) return compareBytes(data, data, address)
    return compareBytes(data, await this.readMemory(address, data.length), address)
  }

  /** Compares a bank, from `offset`, with a reference file (a golden image). Read-only. */
  async verify(bank: number, file: string, offset = 0, onBytes?: OnBytes): Promise<VerifyResult> {
    const expected = new Uint8Array(await this.readReference(file))
    return this.verifyBytes(bank, offset, expected, onBytes, `'${file}'`)
  }

  /** Compares a bank from `offset` with `expected` (e.g. a file read earlier), byte for byte. */
  async verifyBytes(
    bank: number,
    offset: number,
    expected: Uint8Array,
    onBytes?: OnBytes,
    what = 'the reference',
  ): Promise<VerifyResult> {
    const banks = await this.banks()
    const b = banks[bank]
    if (!b) throw new FlashError(`there is no flash bank ${bank}`)
    if (offset + expected.length > b.size) {
      throw new FlashError(
        `${what} is ${expected.length} bytes: from offset 0x${offset.toString(16)} it runs past the end of bank ${bank} (${b.size} bytes)`,
      )
    }
    const actual = await this.read(bank, offset, expected.length, onBytes)
    return compareBytes(expected, actual, b.base + offset)
  }

  async eraseSector(bank: number, first: number, last: number): Promise<void> {
    await this.eraseSectorsOf(await this.info(bank), first, last)
  }

  /**
   * Erases sectors of a bank as `info()` described it, without asking OpenOCD
   * again: for executors of a plan, which was made from that description.
   */
  async eraseSectorsOf(bank: FlashBank, first: number, last: number): Promise<void> {
    checkRange('sector', first, last, bank.sectors.length, bank.index)
    const bytes = bank.sectors.slice(first, last + 1).reduce((n, s) => n + s.size, 0)
    // Erase errors are in the driver's debug output only.
    const command = tclCommand('flash erase_sector', bank.index, first, last)
    await this.runNamingStatus(bank.index, command, bytes / 16, bank.driver)
  }

  async eraseAll(bank: number): Promise<void> {
    const info = await this.info(bank)
    await this.eraseSectorsOf(info, 0, info.sectors.length - 1)
  }

  /**
   * Sets or clears write protection. `first` and `last` number protection
   * blocks, as OpenOCD's `flash protect` does (sectors on most chips).
   */
  async protect(bank: number, first: number, last: number, on: boolean): Promise<void> {
    const info = await this.info(bank)
    checkRange('protection block', first, last, info.protectionBlocks.length, bank)
    await this.run(tclCommand('flash protect', bank, first, last, on ? 'on' : 'off'))
  }

  /**
   * Puts stored option bytes (protection, readout protection) in force on
   * chips that load them only at an option-byte launch or power-on, not at a
   * system reset: the command it ran, or undefined when the bank's driver is
   * not one of those. The launch resets the chip.
   */
  async loadOptionBytes(bank: number): Promise<string | undefined> {
    const entry = (await this.banks())[bank]
    if (!entry) throw new FlashError(`there is no flash bank ${bank}`)
    const load = OPTION_BYTE_LOAD[entry.driver]
    if (load === undefined) return undefined
    const command = tclCommand(load, bank)
    await this.run(command)
    return command
  }

  private async loadImage(file: string, options: { address?: number; format?: ImageFormat }) {
    await this.readReference(file, true)
    try {
      return await readImage(file, options)
    } catch (err) {
      throw new FlashError((err as Error).message, { cause: err })
    }
  }

  private async readReference(file: string, statOnly = false): Promise<Buffer> {
    try {
      if (statOnly) {
        if (!(await stat(file)).isFile()) throw new Error('not a regular file')
        return Buffer.alloc(0)
      }
      return await readFile(file)
    } catch (err) {
      throw new FlashError(`cannot read '${file}': ${(err as Error).message}`, { cause: err })
    }
  }

  /** Reads target memory through a file, which is much faster than read_memory for large ranges. */
  private async readMemory(address: number, size: number): Promise<Uint8Array> {
    const file = this.tempFile('dump')
    try {
      await this.session.target.dumpToFile(file, address, size)
      return new Uint8Array(await readFile(file))
    } finally {
      await rm(file, { force: true })
    }
  }

  private async readChunks(
    bank: number,
    offset: number,
    size: number,
    take: (at: number, bytes: Uint8Array) => void | Promise<void>,
    onBytes?: OnBytes,
  ): Promise<void> {
    const file = this.tempFile('read')
    try {
      for (const [at, n] of chunksOf(offset, size, 'read')) {
        await this.run(tclCommand('flash read_bank', bank, file, at, n), n)
        const bytes = new Uint8Array(await readFile(file))
        if (bytes.length !== n)
          throw new FlashError(
            `reading bank ${bank} at offset 0x${at.toString(16)} gave ${bytes.length} bytes, not ${n}`,
          )
        await take(at, bytes)
        onBytes?.(n)
      }
    } finally {
      await rm(file, { force: true })
    }
  }

  private async bankSize(bank: number): Promise<number> {
    const b = (await this.banks())[bank]
    if (!b) throw new FlashError(`there is no flash bank ${bank}`)
    return b.size
  }

  private tempFile(kind: string): string {
    return path.join(this.tmp, `${kind}-${++this.tmpCount}.bin`)
  }

  private run(command: string, bytes = 0, timeoutMs = timeLimit(bytes)): Promise<string> {
    return this.session.commandAs(FlashError, command, { timeoutMs })
  }

  /**
   * Runs a command that changes flash of bank `bank`; when it fails, the
   * error starts with the controller's error bits where the driver's log
   * shows them (flash-status.ts). `debugDriver`: the bank's driver, for a
   * command whose status shows only at debug level (an erase).
   */
  private async runNamingStatus(
    bank: number,
    command: string,
    bytes: number,
    debugDriver?: string,
  ): Promise<string> {
    const debug = debugDriver && knowsControllerStatus(debugDriver) ? [] : undefined
    const timeoutMs = timeLimit(bytes)
    try {
      return await this.session.commandAs(FlashError, command, { timeoutMs, debugInto: debug })
    } catch (err) {
      if (!(err instanceof FlashError)) throw err
      // The driver is looked up only now, so a write that succeeds needs no
      // `flash list`; a lookup that fails (the connection is gone) leaves the error as it was.
      const driver =
        debugDriver ??
        (await this.banks().then(
          (banks) => banks[bank]?.driver,
          () => undefined,
        ))
      if (driver === undefined) throw err
      const lines = [...(debug ?? []), ...(err.response ?? '').split('\n')]
      const status = controllerStatus(driver, lines)
      if (!status) throw err
      throw new FlashError(`${status}; ${err.message}`, {
        command,
        response: err.response,
        code: err.code,
        cause: err,
      })
    }
  }
}

const CHECKSUM_MISMATCH = /checksum mismatch/i

// Time limits scale with the bytes moved: a slow probe on a large bank must
// not be cut off, and a small operation must not wait minutes to fail.
function timeLimit(bytes: number): number {
  return 30_000 + bytes * 2
}

function checkRange(what: string, first: number, last: number, count: number, bank: number): void {
  for (const [name, v] of [
    ['first', first],
    ['last', last],
  ] as const) {
    if (!Number.isInteger(v) || v < 0)
      throw new FlashError(`${what} ${name} must be a non-negative integer, not ${v}`)
  }
  if (first > last)
    throw new FlashError(`${what} range ${first}..${last} is empty: first must be <= last`)
  if (last >= count) {
    throw new FlashError(
      `${what} ${last} does not exist: bank ${bank} has ${count} ${what}s (0..${count - 1})`,
    )
  }
}

export function mismatchError(file: string, result: VerifyResult): VerifyMismatchError {
  const first = result.ranges[0]
  const at = first ? ` first at 0x${first.address.toString(16).padStart(8, '0')}` : ''
  return new VerifyMismatchError(
    `verification of '${file}' failed: ${result.mismatchedBytes} byte(s) differ in ${result.ranges.length}${result.truncated ? '+' : ''} range(s),${at}`,
    result,
  )
}
