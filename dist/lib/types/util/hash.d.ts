/** A file's size and SHA-256, taken from the one read of it: what the report records. */
export interface FileDigest {
    bytes: number;
    sha256: string;
}
export declare function digest(data: Uint8Array): FileDigest;
export declare function sha256File(file: string): Promise<string>;
/**
 * One digest over every path, file content and link target below `root`, in a
 * fixed order. It covers more than bin/openocd because OpenOCD also runs the
 * libraries in libexec/ and the Tcl in openocd/scripts/.
 */
export declare function sha256Tree(root: string): Promise<string>;
