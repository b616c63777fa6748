import type { ChipDescription } from './chips/description.js';
import type { BoundAddress } from './remote-bitbang-server.js';
export type OpenOcdConfigItem = {
    file: string;
} | {
    command: string;
};
export declare function openocdConfigFor(description: ChipDescription, address: BoundAddress): OpenOcdConfigItem[];
/** The config as OpenOCD command-line arguments (-c / -f), in order. */
export declare function openocdArgs(config: readonly OpenOcdConfigItem[]): string[];
