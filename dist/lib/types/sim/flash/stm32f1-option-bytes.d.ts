export declare const OBR_RDPRT: number;
export interface LoadedOptions {
    readonly obr: number;
    readonly wrpr: number;
}
export declare class Stm32f1OptionBytes {
    readonly bytes: Buffer<ArrayBuffer>;
    erase(): void;
    isErased(halfword: number): boolean;
    program(halfword: number, byte: number): void;
    /** The option load at reset: a pair whose complement does not match reads 0xFF and sets OPTERR. */
    load(): LoadedOptions;
}
