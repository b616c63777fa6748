export declare function sha256File(file: string): Promise<string>;
/**
 * One digest over every path, file content and link target below `root`, in a
 * fixed order. It covers more than bin/openocd because OpenOCD also runs the
 * libraries in libexec/ and the Tcl in openocd/scripts/.
 */
export declare function sha256Tree(root: string): Promise<string>;
