// The STM32 boundary-scan TAP. OpenOCD only reads its IDCODE during chain
// interrogation and then parks it in BYPASS, so no boundary register exists.
import type { ShiftRegister } from './shift-register.js'
import type { TapDevice } from './tap.js'

const IDCODE = 0b00001

export class BoundaryScanTap implements TapDevice {
  readonly irLength = 5
  readonly irCapture = 0b00001
  readonly resetInstruction = IDCODE

  constructor(private readonly idcode: number) {}

  captureDr(instruction: number, dr: ShiftRegister): void {
    if (instruction === IDCODE) dr.load(32, this.idcode)
    else dr.load(1, 0)
  }

  updateDr(): void {}
}
