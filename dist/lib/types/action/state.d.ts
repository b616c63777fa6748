/** Resources main took that post frees if main did not get to it. */
export interface SavedResources {
    openocdPid?: number;
    /** When that process started (see processStart), so post never signals a reused pid. */
    openocdStart?: string;
    lockTicket?: string;
}
/** One bundle serves both entries (as in actions/checkout): post is whichever run finds this flag. */
export declare function isPost(): boolean;
export declare function markMainStarted(): void;
export declare function saveResources(r: SavedResources): void;
export declare function savedResources(): SavedResources;
