export declare function ownedTempDir(prefix: string): string;
