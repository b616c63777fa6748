import { RemoteBitbangDecoder } from './remote-bitbang.js';
export type ListenAddress = {
    socket: string;
} | {
    port: number;
};
export type BoundAddress = {
    socket: string;
} | {
    host: '127.0.0.1';
    port: number;
};
export interface ConnectionHandler {
    /** A new OpenOCD connected: a decoder for its bytes, or undefined to close the connection at once. */
    connected(): RemoteBitbangDecoder | undefined;
    /** A received chunk was answered: OpenOCD is busy with the answer for a moment. */
    answered(): void;
    /** OpenOCD sent what the target does not understand; the connection is closed. */
    protocolError(message: string): void;
    /** That OpenOCD went away (quit, closed or was replaced). */
    disconnected(): void;
}
export declare class RemoteBitbangServer {
    private readonly server;
    readonly address: BoundAddress;
    private current;
    private constructor();
    static listen(where: ListenAddress, handler: ConnectionHandler): Promise<RemoteBitbangServer>;
    /** Closes OpenOCD's connection, if there is one: the probe lost power. */
    drop(): void;
    close(): Promise<void>;
    private serve;
}
