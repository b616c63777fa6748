// One TAP: its instruction register, plus the data register the current
// instruction selects, which the TapDevice behind it fills and consumes.
// Capture-IR or Capture-DR decides which of the two sits between TDI and TDO.
import { ShiftRegister } from './shift-register.js'

export interface TapDevice {
  readonly irLength: number
  /** Loaded into the IR shift register at Capture-IR (OpenOCD checks it). */
  readonly irCapture: number
  /** The instruction Test-Logic-Reset selects (IDCODE). */
  readonly resetInstruction: number
  /** Loads the data register `instruction` selects, at Capture-DR. */
  captureDr(instruction: number, dr: ShiftRegister): void
  /** Acts on the shifted-in data, at Update-DR. */
  updateDr(instruction: number, dr: ShiftRegister): void
}

export class Tap {
  private readonly ir = new ShiftRegister()
  private readonly dr = new ShiftRegister()
  private instruction: number
  /** The register that shifts in Shift-IR/Shift-DR: the one captured last. */
  path: ShiftRegister = this.dr

  constructor(private readonly device: TapDevice) {
    this.instruction = device.resetInstruction
  }

  reset(): void {
    this.instruction = this.device.resetInstruction
  }

  captureIr(): void {
    this.ir.load(this.device.irLength, this.device.irCapture)
    this.path = this.ir
  }

  updateIr(): void {
    this.instruction = this.ir.lo
  }

  captureDr(): void {
    this.device.captureDr(this.instruction, this.dr)
    this.path = this.dr
  }

  updateDr(): void {
    this.device.updateDr(this.instruction, this.dr)
  }
}
