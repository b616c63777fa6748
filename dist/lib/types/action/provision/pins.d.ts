export declare const DEFAULT_OPENOCD_VERSION = "0.12.0-7";
export declare const XPACK_RELEASES_URL = "https://github.com/xpack-dev-tools/openocd-xpack/releases/download";
export interface XpackAsset {
    fileName: string;
    sha256: string;
}
/** version → `${process.platform}-${process.arch}` → asset. */
export type PinTable = Readonly<Record<string, Readonly<Record<string, XpackAsset>>>>;
export declare const XPACK_PINS: PinTable;
export interface XpackSourceRequest {
    version: string;
    /** A mirror or vendor build; needs `sha256` too. */
    url?: string;
    sha256?: string;
    /** Replaces XPACK_RELEASES_URL, keeping the `v{version}/{fileName}` tail. */
    baseUrl?: string;
}
export interface XpackSource {
    url: string;
    sha256: string;
}
export declare function currentPlatform(): string;
/** Where to download the archive for this platform and which SHA-256 it must have. */
export declare function resolveXpackSource(request: XpackSourceRequest, platform: string, pins?: PinTable): XpackSource;
