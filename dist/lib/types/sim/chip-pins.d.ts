import type { SimulatedChip } from './chip.js';
import type { JtagPins, SwdPins } from './remote-bitbang.js';
/**
 * The chip's debug pins as the adapter drives them. After the disconnect
 * fault fires the target no longer answers — TDO and SWDIO float high —
 * until OpenOCD connects again.
 */
export declare class ChipPins implements JtagPins, SwdPins {
    private readonly chip;
    private silent;
    constructor(chip: SimulatedChip);
    connect(): void;
    disconnect(): void;
    clock(tms: number, tdi: number): void;
    tdo(): number;
    swdClock(level: number, hostDrives: boolean): void;
    swdio(): number;
    resetTaps(): void;
    systemReset(): void;
}
