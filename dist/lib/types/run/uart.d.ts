export interface UartPort {
    device: string;
    baud: number;
}
export declare class UartError extends Error {
    name: string;
}
export declare class Uart {
    private readonly stream;
    private constructor();
    static open(port: UartPort, onData: (text: string) => void): Promise<Uart>;
    close(): void;
}
