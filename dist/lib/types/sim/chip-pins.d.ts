import type { SimulatedChip } from './chip.js';
import type { JtagPins } from './remote-bitbang.js';
/**
 * The chip's JTAG pins as the adapter drives them. After the disconnect
 * fault fires the target no longer answers — TDO floats high — until
 * OpenOCD connects again.
 */
export declare class ChipPins implements JtagPins {
    private readonly chip;
    private silent;
    constructor(chip: SimulatedChip);
    connect(): void;
    disconnect(): void;
    clock(tms: number, tdi: number): void;
    tdo(): number;
    resetTaps(): void;
    systemReset(): void;
}
