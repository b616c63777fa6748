export declare class DeadlineError extends Error {
    readonly reason: 'timeout' | 'cancelled';
    constructor(reason: 'timeout' | 'cancelled', message: string);
}
export declare function withDeadline<T>(work: () => Promise<T>, opts: {
    timeoutMs?: number;
    signal?: AbortSignal;
    what: string;
    stop: () => Promise<void>;
}): Promise<T>;
