import type { Session } from './session.js';
export interface ReadoutProtection {
    driver: string;
    /** How the chip's reference manual names the state, e.g. `RDP level 1`. */
    level: string;
    /** RDP level 2: no debugger can ever clear it. */
    permanent: boolean;
    /** The driver's unlock command: clears RDP by mass-erasing flash. */
    unlock: string;
}
/** Whether the unlock's mass erase erases bank `bank`. */
export declare function massErased(bank: {
    base: number;
}): boolean;
/** The drivers whose readout protection this tool can read and clear. */
export declare const READOUT_PROTECTION_DRIVERS: readonly string[];
/** The readout protection of flash bank `bank` (driver `driver`); undefined when none applies. */
export declare function readoutProtection(session: Session, bank: {
    index: number;
    driver: string;
}): Promise<ReadoutProtection | undefined>;
/** What a locked chip means and how to recover, for the refusal of a plan. */
export declare function describeLocked(rdp: ReadoutProtection): string;
