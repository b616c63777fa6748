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
export interface SwdPins {
    /** A rising SWCLK edge with SWDIO at `level`; `hostDrives` when the adapter drives it. */
    swdClock(level: number, hostDrives: boolean): void;
    /** SWDIO as the target leaves it while SWCLK is low. */
    swdio(): number;
}
export declare class RemoteBitbangDecoder {
    private readonly pins;
    private tck;
    private srst;
    private hostDrivesSwdio;
    /** Set once 'Q' (or an unknown byte) has been received; the rest of that chunk is ignored. */
    quit: boolean;
    /** Why the decoder stopped, when it was not 'Q'. */
    error: string | undefined;
    constructor(pins: JtagPins & SwdPins);
    /** Acts on one received chunk and returns the answers, one byte per 'R' or 'c'. */
    decode(chunk: Buffer): Buffer;
    private setResetLines;
}
