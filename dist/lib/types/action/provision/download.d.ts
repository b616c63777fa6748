/** The path of the downloaded archive, only once its SHA-256 matched. */
export declare function downloadVerified(url: string, sha256: string): Promise<string>;
/**
 * Extracts a verified archive into `dest` and returns its single top-level
 * `xpack-openocd-*` folder. The archive type comes from the URL's file name.
 */
export declare function extractXpack(archive: string, url: string, dest: string): Promise<string>;
