export declare const VIRTUAL_CHIPS: readonly ["stm32f103", "stm32f407", "stm32g431", "stm32h7a3"];
export type VirtualChip = (typeof VIRTUAL_CHIPS)[number];
export interface VirtualBoard {
    chip: VirtualChip;
    /** Flash size in bytes (F103: 64 KiB or 128 KiB). */
    flashSize?: number;
    /** File that keeps the virtual board's flash across runs. */
    state?: string;
    /** Fault specs, as `openocd-flash sim --fault` takes them. */
    faults: string[];
    /** The unix socket of the board's power switch, for its power-cycle commands. */
    powerSwitch?: string;
}
/** Commands (argv) that switch the board's power off and on, e.g. with uhubctl. */
export interface PowerCycle {
    off: string[];
    on: string[];
}
export interface BoardSpec {
    name: string;
    /** Interface config files (`-f`), e.g. `interface/stlink.cfg`. */
    interface: string[];
    /** Target config files (`-f`), e.g. `target/stm32f1x.cfg`. */
    target: string[];
    /** Extra config files, loaded after the target. */
    config: string[];
    /** `adapter serial`: which probe, when several of a kind are attached. */
    serial?: string;
    /** `adapter speed` in kHz. */
    speed?: number;
    /** `transport select`. */
    transport?: string;
    /** Extra OpenOCD commands (`-c`), run after the config files. */
    commands: string[];
    /** Script search directories (`-s`). */
    searchDirs: string[];
    /** Set when the board is the project's virtual target. */
    virtual?: VirtualBoard;
    /** The board's serial console: a device such as /dev/ttyACM0, and its baud rate. */
    uart?: {
        device: string;
        baud: number;
    };
    labels: string[];
    /** Hold SRST while OpenOCD connects (reset_config … connect_assert_srst). */
    connectUnderReset?: boolean;
    /** Run before a connection retry, and by `openocd-flash power-cycle BOARD`. */
    powerCycle?: PowerCycle;
    /** Connection retries for failures transient by class (probe busy, target not answering). */
    retries?: number;
}
