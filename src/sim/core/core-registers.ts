// The core registers as the debugger reaches them through DCRSR/DCRDR.
// Nothing executes, so they only change on reset or when OpenOCD writes them.

const RegisterSelector = {
  SP: 13,
  LR: 14,
  DebugReturnAddress: 15,
  XPSR: 16,
  MSP: 17,
  PSP: 18,
  /** CONTROL[31:24], FAULTMASK[23:16], BASEPRI[15:8], PRIMASK[7:0]. */
  Special: 20,
} as const

const THUMB = 0x01000000
const CONTROL_SPSEL = 1 << 25 // CONTROL bit 1, as packed into selector 20

export class CoreRegisters {
  private readonly values = new Uint32Array(128)

  /** The reset values: SP and PC come from the vector table. */
  reset(initialSp: number, resetVector: number): void {
    this.values.fill(0)
    this.values[RegisterSelector.MSP] = initialSp & ~3
    this.values[RegisterSelector.DebugReturnAddress] = resetVector & ~1
    this.values[RegisterSelector.LR] = 0xffffffff
    this.values[RegisterSelector.XPSR] = THUMB
  }

  /** Unimplemented selectors (FPU registers on an M3) read as zero. */
  read(selector: number): number {
    return this.values[this.resolve(selector)]
  }

  write(selector: number, value: number): void {
    this.values[this.resolve(selector)] = value
  }

  // SP is whichever stack pointer CONTROL.SPSEL selects.
  private resolve(selector: number): number {
    if (selector !== RegisterSelector.SP) return selector
    return this.values[RegisterSelector.Special] & CONTROL_SPSEL
      ? RegisterSelector.PSP
      : RegisterSelector.MSP
  }
}
