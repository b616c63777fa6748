/** One line per fault kind, for help texts. */
export declare const FAULT_SYNTAX: readonly ["erase-fail:sector=N", "program-fail:addr=ADDR", "stuck-bits:addr=ADDR,mask=M[,level=0|1]", "disconnect:after-bytes=N", "slow:ms=N[,op=erase|program|any]", "flaky-connect:fails=N", "wedged[:after-connections=N]"];
export type SlowOperation = 'erase' | 'program' | 'any';
export type Fault = {
    readonly kind: 'erase-fail';
    readonly sector: number;
} | {
    readonly kind: 'program-fail';
    readonly address: number;
} | {
    readonly kind: 'stuck-bits';
    readonly address: number;
    readonly mask: number;
    readonly level: 0 | 1;
} | {
    readonly kind: 'disconnect';
    readonly afterBytes: number;
} | {
    readonly kind: 'slow';
    readonly ms: number;
    readonly operation: SlowOperation;
} | {
    readonly kind: 'flaky-connect';
    readonly fails: number;
} | {
    readonly kind: 'wedged';
    readonly afterConnections: number;
};
export type FaultKind = Fault['kind'];
/** Parses one fault spec; throws an Error whose message says what is wrong. */
export declare function parseFault(spec: string): Fault;
/** The spec a fault was parsed from, in canonical form (for messages). */
export declare function formatFault(fault: Fault): string;
/** Decimal or 0x-hex, optionally with a K or M suffix. */
export declare function parseByteCount(text: string): number | undefined;
