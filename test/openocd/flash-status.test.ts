// The controller's error bits, named from the lines the drivers log.
import { describe, expect, it } from 'vitest'
import { controllerStatus, knowsControllerStatus } from '../../src/openocd/flash-status.js'

describe('controllerStatus', () => {
  it('names the error bits of the last status an stm32l4x erase read at debug level', () => {
    const lines = [
      'Debug: 96 371 stm32l4x.c:780 stm32l4_wait_status_busy(): status: 0x10000',
      'Debug: 97 372 stm32l4x.c:780 stm32l4_wait_status_busy(): status: 0x2',
      'Debug: 98 372 target.c:2716 target_write_u32(): address: 0x40022010, value: 0x00000002',
    ]
    expect(controllerStatus('stm32l4x', lines)).toBe(
      'flash controller status 0x00000002: OPERR (operation error)',
    )
  })

  it("reads a loader's failure from the driver's error line", () => {
    expect(controllerStatus('stm32l4x', ['Error: flash write failed = 00000018'])).toBe(
      'flash controller status 0x00000018: PROGERR (programming error), WRPERR (write protection error)',
    )
    expect(controllerStatus('stm32h7x', ['Error: flash write failed, FLASH_SR = 0x00410000'])).toBe(
      'flash controller status 0x00410000: OPERR (operation error)',
    )
  })

  it("names the stm32f1x bit from the sentence its driver logs, and the stm32f2x loader's value", () => {
    const f1Write = [
      'Error: flash write algorithm aborted by target',
      'Error: stm32x device programming failed / flash not erased',
      'Error: flash write failed just before address 0x8001402',
    ]
    expect(controllerStatus('stm32f1x', f1Write)).toBe(
      'flash controller status: PGERR (programming error)',
    )
    expect(controllerStatus('stm32f1x', ['Error: stm32x device protected'])).toBe(
      'flash controller status: WRPRTERR (write protection error)',
    )
    // An erase's debug-level status read, when there is one, gives the value as well.
    const erase = [
      'Debug: 75 1424 stm32f1x.c:173 stm32x_wait_status_busy(): status: 0x24',
      'Error: stm32x device programming failed / flash not erased',
    ]
    expect(controllerStatus('stm32f1x', erase)).toBe(
      'flash controller status 0x00000024: PGERR (programming error)',
    )
    expect(
      controllerStatus('stm32f2x', [
        'Error: flash memory write protected',
        'Error: flash write failed = 0x00000010',
      ]),
    ).toBe('flash controller status 0x00000010: WRPERR (write protection error)')
  })

  it('takes the stm32h7x status from the reads of SR1 or SR2, not of other registers', () => {
    const read = (address: string, value: string) =>
      `Debug: 50 502 target.c:2628 target_read_u32(): address: ${address}, value: ${value}`
    expect(controllerStatus('stm32h7x', [read('0x52002110', '0x00020000')])).toBe(
      'flash controller status 0x00020000: WRPERR (write protection error)',
    )
    expect(controllerStatus('stm32h7x', [read('0x5200210c', '0x00020000')])).toBeUndefined()
  })

  it('says nothing when no status shows an error, or for a driver it does not know', () => {
    expect(
      controllerStatus('stm32f2x', [
        'Debug: 1 2 stm32f2x.c:284 stm32x_wait_status_busy(): status: 0x10000',
      ]),
    ).toBeUndefined()
    expect(controllerStatus('stm32f2x', ['Error: failed erasing sectors 3 to 3'])).toBeUndefined()
    expect(knowsControllerStatus('nrf5')).toBe(false)
    expect(controllerStatus('nrf5', ['status: 0x2'])).toBeUndefined()
  })
})
