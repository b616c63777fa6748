export declare const LOCK_DIR_ENV = "OPENOCD_FLASH_LOCK_DIR";
export declare const SYSTEM_LOCK_DIR = "/var/lock/openocd-flash";
/**
 * Option > $OPENOCD_FLASH_LOCK_DIR > /var/lock/openocd-flash when writable >
 * a folder in the temp dir. Every runner on a host must end up with the same
 * folder, or their locks do not see each other.
 */
export declare function resolveLockDir(opts: {
    dir?: string;
    env: NodeJS.ProcessEnv;
}): string;
export declare function keyToDirName(key: string): string;
export declare function dirNameToKey(name: string): string | undefined;
/** The lock directory cannot be used; the message says what to do. */
export declare class LockDirError extends Error {
    constructor(dir: string, cause: unknown);
}
/** Creates `dir` if needed, open to every user: runners on one host may run as different users. */
export declare function ensureSharedDir(dir: string): void;
