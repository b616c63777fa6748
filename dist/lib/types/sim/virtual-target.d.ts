import type { VirtualChip } from '../board/spec.js';
import { type OpenOcdConfigItem, type SimTransport } from './openocd-config.js';
import { type BoundAddress } from './remote-bitbang-server.js';
export interface VirtualTargetOptions {
    chip: VirtualChip;
    /** Flash size in bytes; the chip's smallest part when absent. */
    flashSize?: number;
    /** Unix socket path. Without `socket` or `port`, a socket in a new temporary directory. */
    socket?: string;
    /** TCP port on 127.0.0.1; 0 picks a free one. */
    port?: number;
    /** Flash and option bytes: loaded at start if the file exists, saved whenever OpenOCD disconnects and on close. */
    state?: string;
    /** Fault specs, as `openocd-flash sim --fault` takes them (see faults.ts). */
    faults?: string[];
    /**
     * A unix socket for the board's power switch (power-switch.ts): `off` drops
     * OpenOCD's connection and refuses new ones; `on` clears a wedged link and
     * starts the chip from a power-on reset (flash kept, a halted core is not).
     */
    powerSwitch?: string;
    /**
     * How OpenOCD reaches the debug port: `jtag` (default; every OpenOCD) or
     * `swd` (remote_bitbang SWD, OpenOCD builds after 0.12.0). The target
     * answers both whichever is chosen; this picks OpenOCD's config.
     * Default: $OPENOCD_FLASH_SIM_TRANSPORT, else `jtag`.
     */
    transport?: string;
    /** Told when OpenOCD sends bytes the target does not understand (default: stderr). */
    onProtocolError?: (message: string) => void;
}
export interface VirtualTarget {
    readonly chip: VirtualChip;
    /** The part simulated, e.g. STM32F103C8. */
    readonly part: string;
    readonly flashSize: number;
    /** How the OpenOCD config reaches the debug port. */
    readonly transport: SimTransport;
    readonly endpoint: BoundAddress;
    /** OpenOCD config for this target, in command-line order. */
    openocdConfig(): OpenOcdConfigItem[];
    /** Stops listening, disconnects OpenOCD and saves the state file. */
    close(): Promise<void>;
}
/** Throws an Error with a one-line message for bad options or an unusable state file. */
export declare function startVirtualTarget(options: VirtualTargetOptions): Promise<VirtualTarget>;
