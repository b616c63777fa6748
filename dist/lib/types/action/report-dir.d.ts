export declare function prepareReportDir(given: string | undefined): Promise<string>;
