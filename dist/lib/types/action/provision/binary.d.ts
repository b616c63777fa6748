export declare function openOcdFileName(platform?: string): string;
/** The first line OpenOCD prints for `--version`, e.g. "Open On-Chip Debugger 0.12.0". */
export declare function readOpenOcdVersion(binary: string): Promise<string>;
/**
 * The scripts folder that belongs to this binary: the xPack layout
 * (`<root>/openocd/scripts`) or an install prefix (`<prefix>/share/openocd/scripts`).
 * Links are resolved first, as /usr/bin/openocd may point elsewhere.
 */
export declare function findScriptsDir(binary: string): Promise<string | undefined>;
