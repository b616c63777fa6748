export interface SummaryExtras {
    /** Where the full report is, e.g. the artifact's page. */
    artifact?: {
        name: string;
        url?: string;
    };
}
export declare function writeSummary(markdown: string, extras?: SummaryExtras): Promise<void>;
/** `text` up to `limit` UTF-8 bytes, cut after the last whole line that fits. */
export declare function fit(text: string, limit: number): {
    text: string;
    cut: boolean;
};
/** The artifact's page on GitHub, when the runner says which run this is. */
export declare function artifactUrl(id: number, env?: NodeJS.ProcessEnv): string | undefined;
