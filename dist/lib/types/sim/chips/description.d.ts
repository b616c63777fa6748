import type { VirtualChip } from '../../board/spec.js';
import type { CoreDescription } from '../core/cortex-m-debug.js';
import type { Stm32f1FpecDescription } from '../flash/stm32f1-fpec.js';
import type { Stm32f4FlashDescription } from '../flash/stm32f4-flash.js';
import type { Stm32g4FlashDescription } from '../flash/stm32g4-flash.js';
import type { Stm32h7FlashDescription } from '../flash/stm32h7-flash.js';
export interface AddressRange {
    readonly base: number;
    readonly size: number;
}
export interface ChipDescription {
    readonly chip: VirtualChip;
    /** The part number, e.g. STM32F103C8. */
    readonly part: string;
    readonly openocd: {
        /** The stock target config that drives this part. */
        readonly targetConfig: string;
        /** Variables the stock config reads, set before it as a user sets them (e.g. DUAL_BANK). */
        readonly variables?: Readonly<Record<string, string>>;
    };
    /** JTAG IDCODE of the debug port. */
    readonly cpuTapId: number;
    /** DPIDR the SW-DP answers (the stock configs expect it as the SWD "tap" id). */
    readonly swdDpidr: number;
    readonly boundaryScanTapId: number;
    readonly ahbApIdr: number;
    /** A second MEM-AP onto the debug and trace units (STM32H7: the APB-AP at AP2, with DBGMCU). */
    readonly systemDebugAp?: {
        readonly apsel: number;
        readonly idr: number;
        readonly dbgmcuBase: number;
    };
    readonly core: CoreDescription;
    /** `size`: the register block's bytes (0x10 unless given). */
    readonly dbgmcu: {
        readonly base: number;
        readonly idcode: number;
        readonly size?: number;
    };
    readonly flash: {
        readonly base: number;
        /** Erase units in order: F1 and G4 pages, F4 and H7 sectors (H7: bank 1's, then bank 2's). */
        readonly sectorSizes: readonly number[];
    };
    readonly flashController: Stm32f1FpecDescription | Stm32f4FlashDescription | Stm32g4FlashDescription | Stm32h7FlashDescription;
    readonly ram: readonly AddressRange[];
    /** System memory and device information (read-only). */
    readonly rom: readonly AddressRange[];
    /** Where F_SIZE (flash size in KiB, 16 bits) and the 96-bit unique ID sit; both inside `rom`. */
    readonly deviceInfo: {
        readonly flashSize: number;
        readonly uniqueId: number;
        readonly uniqueIdValue: readonly number[];
    };
    /** Peripherals nobody models: plain storage, for the configs' clock set-up. */
    readonly peripherals: AddressRange;
}
/** `count` sectors of `size` bytes. */
export declare function uniformSectors(count: number, size: number): number[];
export declare function flashSizeOf(description: ChipDescription): number;
