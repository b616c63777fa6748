export declare function main(): Promise<void>;
