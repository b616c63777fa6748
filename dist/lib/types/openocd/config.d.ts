export type OpenOcdConfigItem = {
    file: string;
} | {
    command: string;
};
export interface ServerPorts {
    /** TCL RPC port: 0 picks a free one. */
    tcl: number;
    /** Telnet port, or 'disabled' (the default). */
    telnet?: number | 'disabled';
    /** GDB port, or 'disabled' (the default). */
    gdb?: number | 'disabled';
}
export declare function openOcdArgs(config: readonly OpenOcdConfigItem[], options: {
    searchDirs?: readonly string[];
    ports: ServerPorts;
    debugLevel?: number;
}): string[];
/**
 * Connect under reset: OpenOCD holds SRST while it examines the target, so
 * firmware that disables the debug pins or sleeps cannot run first. Needs
 * the probe's reset line wired to the target's NRST.
 */
export declare const CONNECT_UNDER_RESET = "reset_config srst_only srst_nogate connect_assert_srst";
/** The usual board description (interface, adapter, target) as config items. */
export declare function boardConfig(board: {
    interface: readonly string[];
    target: readonly string[];
    config?: readonly string[];
    serial?: string;
    speed?: number;
    transport?: string;
    commands?: readonly string[];
    connectUnderReset?: boolean;
}): OpenOcdConfigItem[];
