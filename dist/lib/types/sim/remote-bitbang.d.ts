export interface JtagPins {
    /** A rising TCK edge with these TMS and TDI levels. */
    clock(tms: number, tdi: number): void;
    /** TDO while TCK is low. */
    tdo(): number;
    /** TRST asserted: every TAP to Test-Logic-Reset. */
    resetTaps(): void;
    /** SRST released after being asserted: the system reset takes effect. */
    systemReset(): void;
}
export declare class RemoteBitbangDecoder {
    private readonly pins;
    private tck;
    private srst;
    /** Set once 'Q' has been received; the rest of that chunk is ignored. */
    quit: boolean;
    constructor(pins: JtagPins);
    /** Acts on one received chunk and returns the TDO answers, one byte per 'R'. */
    decode(chunk: Buffer): Buffer;
    private setResetLines;
}
