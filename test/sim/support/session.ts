// Per-test resources that clean up after themselves: virtual targets,
// openocd processes and scratch directories.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { onTestFinished } from 'vitest'
import {
  startVirtualTarget,
  type VirtualTarget,
  type VirtualTargetOptions,
} from '../../../src/sim/index.js'
import { OpenOcd } from './openocd.js'

export async function virtualTarget(options: VirtualTargetOptions): Promise<VirtualTarget> {
  const target = await startVirtualTarget(options)
  onTestFinished(() => target.close())
  return target
}

export async function openocd(target: VirtualTarget): Promise<OpenOcd> {
  const process = await OpenOcd.start(target.openocdConfig())
  onTestFinished(() => process.kill())
  return process
}

/** A virtual target and an openocd attached to it, with the core halted. */
export async function halted(
  options: VirtualTargetOptions,
): Promise<{ target: VirtualTarget; ocd: OpenOcd }> {
  const target = await virtualTarget(options)
  const ocd = await openocd(target)
  await ocd.ok('reset halt')
  return { target, ocd }
}

export function scratchDirectory(): string {
  const directory = mkdtempSync(join(tmpdir(), 'openocd-flash-sim-test-'))
  onTestFinished(() => rmSync(directory, { recursive: true, force: true }))
  return directory
}
