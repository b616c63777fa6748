export declare class ProvisionError extends Error {
    constructor(message: string, options?: ErrorOptions);
}
/** A downloaded archive did not match its pinned SHA-256; it was deleted unopened. */
export declare class ChecksumError extends ProvisionError {
    readonly url: string;
    readonly expected: string;
    readonly actual: string;
    constructor(url: string, expected: string, actual: string);
}
