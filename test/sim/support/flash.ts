// Flash helpers over openocd: read back a range, write an image file.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { tclWord } from '../../../src/openocd/tcl.js'
import type { OpenOcd } from './openocd.js'

/** Bank 0's bytes at `offset`, through `flash read_bank`. */
export async function readBank(
  ocd: OpenOcd,
  directory: string,
  offset: number,
  length: number,
): Promise<Buffer> {
  const file = join(directory, `read-${offset.toString(16)}-${length}.bin`)
  await ocd.ok(`flash read_bank 0 ${tclWord(file)} ${offset} ${length}`)
  return readFileSync(file)
}

/** Writes `contents` to a file in `directory` and returns its path, Tcl-quoted. */
export function imageFile(directory: string, name: string, contents: Buffer | string): string {
  const file = join(directory, name)
  writeFileSync(file, contents)
  return tclWord(file)
}
