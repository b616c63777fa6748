export type AccessSize = 1 | 2 | 4;
/** Anything that answers bus reads and writes inside its own address window. */
export interface BusDevice {
    read(offset: number, size: AccessSize): number;
    write(offset: number, size: AccessSize, value: number): void;
}
/** A bus error response: the MEM-AP turns it into STICKYERR. */
export declare class BusFault extends Error {
    constructor(reason: string);
}
/** An address decoder; the first mapped region that contains an address wins, and unmapped addresses fault. */
export declare class Bus implements BusDevice {
    private readonly regions;
    private last;
    map(base: number, size: number, device: BusDevice): this;
    read(address: number, size: AccessSize): number;
    write(address: number, size: AccessSize, value: number): void;
    private find;
}
/** Read-as-zero, write-ignored: unimplemented space inside the PPB. */
export declare const readAsZero: BusDevice;
