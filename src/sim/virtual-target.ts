// A running virtual target: a simulated chip behind a remote_bitbang server,
// with its faults and its state file.
import { rmSync } from 'node:fs'
import { ownedTempDir } from '../util/owned-temp.js'
import { join } from 'node:path'
import type { VirtualChip } from '../board/spec.js'
import { buildChip } from './chip.js'
import { createCore } from './cpu/index.js'
import { ChipPins } from './chip-pins.js'
import { describeChip } from './chips/index.js'
import { flashSizeOf } from './chips/description.js'
import { parseFault } from './faults.js'
import {
  openocdConfigFor,
  SIM_TRANSPORTS,
  type OpenOcdConfigItem,
  type SimTransport,
} from './openocd-config.js'
import { RemoteBitbangDecoder } from './remote-bitbang.js'
import { RunLoop } from './run-loop.js'
import {
  RemoteBitbangServer,
  type BoundAddress,
  type ListenAddress,
} from './remote-bitbang-server.js'
import { loadState, saveState } from './state-file.js'
import { listenPowerSwitch, type PowerState, type PowerSwitch } from './power-switch.js'

export interface VirtualTargetOptions {
  chip: VirtualChip
  /** Flash size in bytes; the chip's smallest part when absent. */
  flashSize?: number
  /** Unix socket path. Without `socket` or `port`, a socket in a new temporary directory. */
  socket?: string
  /** TCP port on 127.0.0.1; 0 picks a free one. */
  port?: number
  /** Flash and option bytes: loaded at start if the file exists, saved whenever OpenOCD disconnects and on close. */
  state?: string
  /** Fault specs, as `openocd-flash sim --fault` takes them (see faults.ts). */
  faults?: string[]
  /**
   * A unix socket for the board's power switch (power-switch.ts): `off` drops
   * OpenOCD's connection and refuses new ones; `on` clears a wedged link and
   * starts the chip from a power-on reset (flash kept, a halted core is not).
   */
  powerSwitch?: string
  /**
   * How OpenOCD reaches the debug port: `jtag` (default; every OpenOCD) or
   * `swd` (remote_bitbang SWD, OpenOCD builds after 0.12.0). The target
   * answers both whichever is chosen; this picks OpenOCD's config.
   * Default: $OPENOCD_FLASH_SIM_TRANSPORT, else `jtag`.
   */
  transport?: string
  /** Told when OpenOCD sends bytes the target does not understand (default: stderr). */
  onProtocolError?: (message: string) => void
}

export interface VirtualTarget {
  readonly chip: VirtualChip
  /** The part simulated, e.g. STM32F103C8. */
  readonly part: string
  readonly flashSize: number
  /** How the OpenOCD config reaches the debug port. */
  readonly transport: SimTransport
  readonly endpoint: BoundAddress
  /** OpenOCD config for this target, in command-line order. */
  openocdConfig(): OpenOcdConfigItem[]
  /** Stops listening, disconnects OpenOCD and saves the state file. */
  close(): Promise<void>
}

/** Throws an Error with a one-line message for bad options or an unusable state file. */
export async function startVirtualTarget(options: VirtualTargetOptions): Promise<VirtualTarget> {
  const description = describeChip(options.chip, options.flashSize)
  const transport = simTransport(
    options.transport ?? (process.env.OPENOCD_FLASH_SIM_TRANSPORT || undefined),
  )
  const chip = buildChip(description, (options.faults ?? []).map(parseFault), createCore)
  const { state } = options
  if (state !== undefined) loadState(state, description.part, chip.nonVolatile)
  const runLoop = new RunLoop(chip.core, description.core.resetClockHz)
  chip.core.onRun = () => runLoop.wake()
  chip.powerOnReset() // the option bytes are loaded now, the firmware starts
  const save = () => {
    if (state !== undefined) saveState(state, description.part, chip.nonVolatile)
  }

  const { where, temporaryDirectory } = listenAddress(options)
  const pins = new ChipPins(chip)
  chip.faults.onDisconnect = () => pins.disconnect()
  let power: PowerState = 'on'
  let server: RemoteBitbangServer
  let powerSwitch: PowerSwitch | undefined
  try {
    server = await RemoteBitbangServer.listen(where, {
      connected: () => {
        if (power === 'off' || chip.faults.refusesConnection()) return undefined
        pins.connect()
        return new RemoteBitbangDecoder(pins)
      },
      answered: () => runLoop.afterMessage(),
      protocolError:
        options.onProtocolError ??
        ((message) => process.stderr.write(`virtual ${description.part}: ${message}\n`)),
      // A failed save here would surface as an uncaught exception; close() retries and reports it.
      disconnected: () => {
        if (power === 'on') chip.faults.recordDisconnect()
        try {
          save()
        } catch {
          /* reported by close() */
        }
      },
    })
    if (options.powerSwitch !== undefined)
      powerSwitch = await listenPowerSwitch(options.powerSwitch, (state) => {
        if (state === power) return
        power = state
        if (state === 'off') return server.drop()
        chip.faults.powerCycled()
        chip.powerOnReset()
      }).catch(async (error: unknown) => {
        await server.close()
        throw error
      })
  } catch (error) {
    runLoop.stop()
    if (temporaryDirectory) rmSync(temporaryDirectory, { recursive: true, force: true })
    throw error
  }

  let closing: Promise<void> | undefined
  return {
    chip: description.chip,
    part: description.part,
    flashSize: flashSizeOf(description),
    transport,
    endpoint: server.address,
    openocdConfig: () => openocdConfigFor(description, server.address, transport),
    close: () =>
      (closing ??= Promise.all([server.close(), powerSwitch?.close()]).then(() => {
        runLoop.stop()
        if (temporaryDirectory) rmSync(temporaryDirectory, { recursive: true, force: true })
        save()
      })),
  }
}

function simTransport(transport: string | undefined): SimTransport {
  if (transport === undefined) return 'jtag'
  const known = SIM_TRANSPORTS.find((t) => t === transport)
  if (!known)
    throw new Error(
      `transport '${transport}' is not one a virtual target offers: use ${SIM_TRANSPORTS.join(' or ')}`,
    )
  return known
}

function listenAddress(options: VirtualTargetOptions): {
  where: ListenAddress
  temporaryDirectory?: string
} {
  if (options.socket !== undefined && options.port !== undefined) {
    throw new Error('give a unix socket or a TCP port, not both')
  }
  if (options.port !== undefined) {
    if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) {
      throw new Error(`port must be 0-65535, not ${options.port}`)
    }
    return { where: { port: options.port } }
  }
  if (options.socket !== undefined) return { where: { socket: options.socket } }
  const temporaryDirectory = ownedTempDir('openocd-flash-sim-')
  return { where: { socket: join(temporaryDirectory, 'target.sock') }, temporaryDirectory }
}
