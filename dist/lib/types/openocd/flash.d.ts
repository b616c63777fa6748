import { type ImageFormat, type Segment } from '../image/index.js';
import { type OnBytes } from './chunks.js';
import { FlashError } from './errors.js';
import type { Session } from './session.js';
import type { FlashBank, VerifyResult } from './types.js';
export interface WriteImageOptions {
    /** Erase the sectors the image touches first. Default true. */
    erase?: boolean;
    /** Compare flash with the image afterwards; a mismatch throws FlashError. Default true. */
    verify?: boolean;
    /** Load address of a .bin; for .hex and .elf, an offset added to their addresses. */
    address?: number;
    format?: ImageFormat;
    timeoutMs?: number;
}
export declare class VerifyMismatchError extends FlashError {
    readonly result: VerifyResult;
    constructor(message: string, result: VerifyResult);
}
export declare class Flash {
    private readonly session;
    private readonly tmp;
    private tmpCount;
    constructor(session: Session, tmp: string);
    /** All configured banks, without sectors. Probes banks whose size is not known yet. */
    banks(): Promise<FlashBank[]>;
    /** One bank with its sectors and protection blocks. */
    info(bank: number): Promise<FlashBank>;
    /** Every bank; those with a size with their sectors and protection blocks. */
    infoAll(): Promise<FlashBank[]>;
    /** A bank from `flash list` with its sectors and protection blocks. */
    private describe;
    /** Reads `size` bytes of a bank from `offset`, in chunks. */
    read(bank: number, offset: number, size: number, onBytes?: OnBytes): Promise<Uint8Array>;
    /**
     * Whether flash at `address` already holds `data`, by OpenOCD's
     * `verify_image_checksum`: a CRC computed on the target where there is a
     * work area (several times faster than reading the bytes back), else on
     * the host from a read.
     */
    holds(address: number, data: Uint8Array): Promise<boolean>;
    /** Dumps a bank (or part of it) to a file, in chunks. */
    readToFile(bank: number, file: string, range?: {
        offset: number;
        size: number;
    }, onBytes?: OnBytes): Promise<void>;
    /** Programs `data` into a bank at `offset` (erased beforehand), in chunks. */
    write(bank: number, offset: number, data: Uint8Array, onBytes?: OnBytes): Promise<void>;
    /** Programs a .bin, .hex or .elf image, erasing and verifying by default. */
    writeImage(file: string, options?: WriteImageOptions): Promise<VerifyResult | undefined>;
    /** Compares an image with what the target holds. Read-only. */
    verifyImage(file: string, options?: {
        address?: number;
        format?: ImageFormat;
    }): Promise<VerifyResult>;
    /** Compares already parsed image segments with what the target holds. Read-only. */
    verifySegments(segments: readonly Segment[], onBytes?: OnBytes): Promise<VerifyResult>;
    /**
     * Compares memory at `address` with `data`. An on-target checksum proves a
     * match without reading the bytes back; only a mismatch is read, to pin
     * the bytes that differ.
     */
    compare(address: number, data: Uint8Array): Promise<VerifyResult>;
    /** Compares a bank, from `offset`, with a reference file (a golden image). Read-only. */
    verify(bank: number, file: string, offset?: number, onBytes?: OnBytes): Promise<VerifyResult>;
    /** Compares a bank from `offset` with `expected` (e.g. a file read earlier), byte for byte. */
    verifyBytes(bank: number, offset: number, expected: Uint8Array, onBytes?: OnBytes, what?: string): Promise<VerifyResult>;
    eraseSector(bank: number, first: number, last: number): Promise<void>;
    /**
     * Erases sectors of a bank as `info()` described it, without asking OpenOCD
     * again: for executors of a plan, which was made from that description.
     */
    eraseSectorsOf(bank: FlashBank, first: number, last: number): Promise<void>;
    eraseAll(bank: number): Promise<void>;
    /**
     * Sets or clears write protection. `first` and `last` number protection
     * blocks, as OpenOCD's `flash protect` does (sectors on most chips).
     */
    protect(bank: number, first: number, last: number, on: boolean): Promise<void>;
    /**
     * Puts stored option bytes (protection, readout protection) in force on
     * chips that load them only at an option-byte launch or power-on, not at a
     * system reset: the command it ran, or undefined when the bank's driver is
     * not one of those. The launch resets the chip.
     */
    loadOptionBytes(bank: number): Promise<string | undefined>;
    private loadImage;
    private readReference;
    /** Reads target memory through a file, which is much faster than read_memory for large ranges. */
    private readMemory;
    private readChunks;
    private bankSize;
    private tempFile;
    private run;
    /**
     * Runs a command that changes flash of bank `bank`; when it fails, the
     * error starts with the controller's error bits where the driver's log
     * shows them (flash-status.ts). `debugDriver`: the bank's driver, for a
     * command whose status shows only at debug level (an erase).
     */
    private runNamingStatus;
}
export declare function mismatchError(file: string, result: VerifyResult): VerifyMismatchError;
