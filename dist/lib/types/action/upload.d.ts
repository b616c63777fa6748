export interface UploadReportOptions {
    name: string;
    /** Clamped by the service to the repository's maximum; omitted = repository default. */
    retentionDays?: number;
}
export interface UploadedReport {
    id: number;
    /** Bytes of the uploaded zip. */
    size: number;
    /** SHA-256 of the uploaded zip, hex. */
    digest: string;
}
export declare class UploadError extends Error {
    constructor(message: string, options?: ErrorOptions);
}
export declare function uploadReport(dir: string, options: UploadReportOptions): Promise<UploadedReport>;
