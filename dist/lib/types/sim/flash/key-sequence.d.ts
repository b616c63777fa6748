export declare class KeySequence {
    private readonly key1;
    private readonly key2;
    private firstKeySeen;
    constructor(key1: number, key2: number);
    /** Feeds one write; true when it completes the sequence. */
    accept(value: number): boolean;
    reset(): void;
}
