export declare class BusyTimer {
    private until;
    start(ms: number): void;
    get busy(): boolean;
    reset(): void;
}
