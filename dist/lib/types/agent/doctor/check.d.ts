export type CheckStatus = 'ok' | 'warn' | 'fail';
export interface Check {
    status: CheckStatus;
    /** What was checked, e.g. `openocd` or `probe nucleo-f401-2`. */
    subject: string;
    message: string;
}
export declare const ok: (subject: string, message: string) => Check;
export declare const warn: (subject: string, message: string) => Check;
export declare const fail: (subject: string, message: string) => Check;
export declare function formatCheck(c: Check): string;
