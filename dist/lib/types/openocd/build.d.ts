export interface OpenOcdBuild {
    /** The banner line as printed. */
    banner: string;
    /** The release the build is, or builds on: `0.12.0`. */
    version: string;
    /** For a development build: the abbreviated upstream commit. */
    commit?: string;
    /** For a development build: commits after the tag `git describe` found. */
    devCommits?: number;
    /** Built from a tree with local changes (`-dirty`). */
    dirty: boolean;
    /** Who packaged it, when the banner says (`xPack`). */
    distributor?: string;
    /** Build date from the banner, `YYYY-MM-DD`. */
    builtOn?: string;
}
export declare function parseOpenOcdBanner(text: string): OpenOcdBuild | undefined;
/** One line: `0.12.0 release` or `0.12.0+dev at upstream e5888bda3 (xPack, local changes)`. */
export declare function describeBuild(build: OpenOcdBuild): string;
/** describeBuild of a banner, or undefined when it is not OpenOCD's. */
export declare function describeBanner(text: string): string | undefined;
/** A fault of some OpenOCD builds that can hurt a board, fixed upstream by `fixedBy`. */
export interface BuildHazard {
    id: string;
    /** Target configs of the parts it concerns. */
    targets: RegExp;
    summary: string;
    fixedBy: {
        commit: string;
        date: string;
    };
}
export declare const HAZARDS: readonly BuildHazard[];
export type HazardStatus = 'present' | 'unknown';
/** The hazards this build has, or may have when its source date cannot be told. */
export declare function buildHazards(build: OpenOcdBuild): Array<{
    hazard: BuildHazard;
    status: HazardStatus;
}>;
