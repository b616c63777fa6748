import type { AccessSize, BusDevice } from '../bus/bus.js';
import type { RegisterFile } from '../bus/registers.js';
/** The core's view of the system bus; a bus error is thrown as BusFault (src/sim/bus/bus.ts). */
export interface CpuBus {
    read(address: number, size: AccessSize): number;
    write(address: number, size: AccessSize, value: number): void;
}
export interface CoreOptions {
    readonly bus: CpuBus;
    /** Cortex-M4F: FP registers exist and FP instructions run once CPACR enables CP10/11. */
    readonly fpu: boolean;
    /** External interrupt lines of the part (NVIC inputs). */
    readonly irqCount: number;
    /** AIRCR written with VECTKEY and SYSRESETREQ: the chip resets itself and the core. */
    readonly onSystemResetRequest: () => void;
}
export type StepOutcome = 
/** One instruction retired, or an exception entry was taken instead. */
{
    readonly kind: 'executed';
}
/** BKPT #imm: nothing retired, PC still addresses the BKPT; the debugger halts with DFSR.BKPT. */
 | {
    readonly kind: 'breakpoint';
    readonly imm: number;
}
/** WFI/WFE (or sleep-on-exit) with nothing pending: no work until an interrupt is pending. */
 | {
    readonly kind: 'sleeping';
}
/** A fault that cannot be taken (in HardFault or NMI): DHCSR.S_LOCKUP until reset or halt. */
 | {
    readonly kind: 'lockup';
};
export interface Core {
    /** Core reset: SP_main and PC from the vector table at address 0, exception state, NVIC and SCB to reset values. */
    reset(): void;
    /**
     * Executes one instruction, first entering the highest-priority pending
     * exception that may preempt. `maskInterrupts` (DHCSR.C_MASKINTS) keeps
     * PendSV, SysTick and external interrupts from being taken.
     */
    step(options?: {
        readonly maskInterrupts?: boolean;
    }): StepOutcome;
    /**
     * Registers by DCRSR.REGSEL: 0-12 r0-r12, 13 the current SP, 14 LR,
     * 15 DebugReturnAddress (PC), 16 xPSR, 17 MSP, 18 PSP,
     * 20 CONTROL[31:24] FAULTMASK[23:16] BASEPRI[15:8] PRIMASK[7:0],
     * 33 FPSCR and 64-95 S0-S31 (with an FPU). Unimplemented selectors read 0.
     */
    readRegister(selector: number): number;
    writeRegister(selector: number, value: number): void;
    /** IPSR: the active exception number, 0 in thread mode. */
    readonly currentException: number;
    /** True while locked up (cleared by reset, or by the debugger halting and writing PC). */
    readonly lockedUp: boolean;
    /**
     * Called on every exception entry after stacking, before the handler's first
     * instruction; returning true makes that entry the last thing step() did
     * (the debug model halts there: DEMCR vector catch).
     */
    onExceptionEntry: ((exception: number) => boolean) | undefined;
    /** A peripheral raises its IRQ line. */
    setInterruptPending(irq: number): void;
    /** SysTick counts this many core clock cycles (the caller advances it as instructions retire). */
    advanceClock(cycles: number): void;
    /**
     * The SCB, NVIC and SysTick registers at their offsets inside the 4 KiB
     * System Control Space (0xE000E000): ICTR, SysTick, NVIC, ICSR, VTOR,
     * AIRCR, SCR, CCR, SHPR1-3, SHCSR, CFSR, HFSR, MMFAR, BFAR, AFSR, CPACR,
     * STIR. The debug block (CPUID, DFSR, DHCSR, DCRSR, DCRDR, DEMCR, MVFR0/1)
     * answers its own offsets and passes the rest here.
     */
    readonly systemControl: RegisterFile;
    /**
     * The same registers as a bus device: byte and halfword writes reach IPR
     * and SHPR as on silicon (CMSIS NVIC_SetPriority writes bytes); sub-word
     * writes elsewhere raise BusFault.
     */
    readonly systemControlBus: BusDevice;
}
