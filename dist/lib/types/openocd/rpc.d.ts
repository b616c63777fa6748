export declare class RpcClient {
    private readonly socket;
    private readonly queue;
    private active;
    private chunks;
    private closedError;
    private constructor();
    static connect(host: string, port: number, timeoutMs?: number): Promise<RpcClient>;
    /** Sends one raw message and resolves with the raw reply. */
    send(message: string, timeoutMs: number): Promise<string>;
    /** A command is in flight or queued. */
    get busy(): boolean;
    get closed(): boolean;
    close(): void;
    private next;
    private onData;
    private fail;
}
