export declare class CoreRegisters {
    private readonly values;
    /** The reset values: SP and PC come from the vector table. */
    reset(initialSp: number, resetVector: number): void;
    /** Unimplemented selectors (FPU registers on an M3) read as zero. */
    read(selector: number): number;
    write(selector: number, value: number): void;
    private resolve;
}
