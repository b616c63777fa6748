import { type AccessSize, type BusDevice } from './bus.js';
export declare function readLittleEndian(bytes: Buffer, offset: number, size: AccessSize): number;
export declare function writeLittleEndian(bytes: Buffer, offset: number, size: AccessSize, value: number): void;
export declare class Memory implements BusDevice {
    readonly bytes: Buffer;
    private readonly writable;
    constructor(bytes: Buffer, writable: boolean);
    static ram(size: number): Memory;
    static rom(bytes: Buffer): Memory;
    read(offset: number, size: AccessSize): number;
    write(offset: number, size: AccessSize, value: number): void;
}
