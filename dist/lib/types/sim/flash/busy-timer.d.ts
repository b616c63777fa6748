export declare class BusyTimer {
    private until;
    private pollsBusy;
    start(ms: number): void;
    /** One status read: is the operation still going on? */
    poll(): boolean;
    reset(): void;
}
