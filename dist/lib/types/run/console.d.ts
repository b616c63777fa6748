import type { CaptureSource } from '../plan/steps.js';
export interface ConsoleLine {
    source: CaptureSource;
    text: string;
}
export declare class Console {
    private readonly onLine;
    readonly lines: ConsoleLine[];
    private readonly partial;
    private readonly file;
    constructor(onLine: (line: ConsoleLine) => void, logFile?: string);
    write(source: CaptureSource, data: string): void;
    /** Ends every unfinished line (the firmware stopped mid-line). */
    flush(): void;
    /** The last `n` lines. */
    tail(n: number): string[];
    close(): Promise<void>;
    private emit;
}
