import { type Registers } from './core-state.js';
import type { Session } from './session.js';
export type SemihostingCall = {
    kind: 'output';
    text: string;
} | {
    kind: 'exit';
    code: number;
    detail?: string;
} | {
    kind: 'unsupported';
    operation: number;
};
/** True when the halted core stopped at a semihosting breakpoint. */
export declare function atSemihostingCall(session: Session, regs: Registers): Promise<boolean>;
/**
 * Performs the call the core is halted at and, unless it is an exit, returns
 * its result in r0 and steps the PC past the BKPT. The caller resumes.
 */
export declare function serviceSemihosting(session: Session, regs: Registers): Promise<SemihostingCall>;
