import type { ChipDescription } from './chips/description.js';
import type { BoundAddress } from './remote-bitbang-server.js';
export type OpenOcdConfigItem = {
    file: string;
} | {
    command: string;
};
/** JTAG works with every OpenOCD; SWD over remote_bitbang needs one after 0.12.0. */
export type SimTransport = 'jtag' | 'swd';
export declare const SIM_TRANSPORTS: readonly SimTransport[];
export declare function openocdConfigFor(description: ChipDescription, address: BoundAddress, transport?: SimTransport): OpenOcdConfigItem[];
/** The config as OpenOCD command-line arguments (-c / -f), in order. */
export declare function openocdArgs(config: readonly OpenOcdConfigItem[]): string[];
