/** Copies a verified, extracted root into the tool cache and records its digests. */
export declare function cacheVerified(root: string, version: string, arch: string, archiveSha256: string): Promise<string>;
/**
 * The cached folder for this version, if it was made from the archive with
 * `archiveSha256` and is unchanged since. A stale or altered entry is removed
 * (with a warning) so the caller downloads it again.
 */
export declare function findVerifiedCache(version: string, arch: string, archiveSha256: string): Promise<string | undefined>;
