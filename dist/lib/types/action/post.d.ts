export declare function post(): Promise<void>;
