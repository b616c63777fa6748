export interface Cancellation {
    signal: AbortSignal;
    dispose(): void;
}
export declare function cancelOnSignals(): Cancellation;
