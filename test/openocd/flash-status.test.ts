// The controller's error bits, named from the lines the drivers log.
import { describe, expect, it } from 'vitest'
import { controllerStatus, knowsControllerStatus } from '../../src/openocd/flash-status.js'

const h7Read = (address: string, value: string) =>
  `Debug: 50 502 target.c:2628 target_read_u32(): address: ${address}, value: ${value}`
const F1_NOT_ERASED = 'Error: stm32x device programming failed / flash not erased'

const cases: Array<{ name: string; driver: string; lines: string[]; named: string | undefined }> = [
  {
    name: 'the last status an stm32l4x erase read at debug level',
    driver: 'stm32l4x',
    lines: [
      'Debug: 96 371 stm32l4x.c:780 stm32l4_wait_status_busy(): status: 0x10000',
      'Debug: 97 372 stm32l4x.c:780 stm32l4_wait_status_busy(): status: 0x2',
      'Debug: 98 372 target.c:2716 target_write_u32(): address: 0x40022010, value: 0x00000002',
    ],
    named: 'flash controller status 0x00000002: OPERR (operation error)',
  },
  {
    name: "an stm32l4x loader's failure, from the driver's error line",
    driver: 'stm32l4x',
    lines: ['Error: flash write failed = 00000018'],
    named:
      'flash controller status 0x00000018: PROGERR (programming error), WRPERR (write protection error)',
  },
  {
    name: "an stm32h7x loader's failure",
    driver: 'stm32h7x',
    lines: ['Error: flash write failed, FLASH_SR = 0x00410000'],
    named: 'flash controller status 0x00410000: OPERR (operation error)',
  },
  {
    name: "an stm32f2x loader's failure",
    driver: 'stm32f2x',
    lines: ['Error: flash memory write protected', 'Error: flash write failed = 0x00000010'],
    named: 'flash controller status 0x00000010: WRPERR (write protection error)',
  },
  {
    name: 'a failed stm32f1x write, from the sentence its driver logs for the bit',
    driver: 'stm32f1x',
    lines: [
      'Error: flash write algorithm aborted by target',
      F1_NOT_ERASED,
      'Error: flash write failed just before address 0x8001402',
    ],
    named: 'flash controller status: PGERR (programming error)',
  },
  {
    name: 'stm32f1x write protection, from its sentence',
    driver: 'stm32f1x',
    lines: ['Error: stm32x device protected'],
    named: 'flash controller status: WRPRTERR (write protection error)',
  },
  {
    name: 'a failed stm32f1x erase: its debug-level status read gives the value, the sentence does not',
    driver: 'stm32f1x',
    lines: ['Debug: 75 1424 stm32f1x.c:173 stm32x_wait_status_busy(): status: 0x24', F1_NOT_ERASED],
    named: 'flash controller status 0x00000024: PGERR (programming error)',
  },
  {
    name: 'the stm32h7x status from a read of SR1',
    driver: 'stm32h7x',
    lines: [h7Read('0x52002110', '0x00020000')],
    named: 'flash controller status 0x00020000: WRPERR (write protection error)',
  },
  {
    name: 'no stm32h7x status from a read of another register',
    driver: 'stm32h7x',
    lines: [h7Read('0x5200210c', '0x00020000')],
    named: undefined,
  },
  {
    name: 'nothing when no status shows an error bit',
    driver: 'stm32f2x',
    lines: [
      'Debug: 1 2 stm32f2x.c:284 stm32x_wait_status_busy(): status: 0x10000',
      'Error: failed erasing sectors 3 to 3',
    ],
    named: undefined,
  },
  {
    name: 'nothing for a driver it does not know',
    driver: 'nrf5',
    lines: ['status: 0x2'],
    named: undefined,
  },
]

describe('controllerStatus names', () => {
  it.each(cases)('$name', ({ driver, lines, named }) => {
    expect(controllerStatus(driver, lines)).toBe(named)
  })

  it('knows only the drivers whose status it can read', () => {
    expect(knowsControllerStatus('stm32f1x')).toBe(true)
    expect(knowsControllerStatus('nrf5')).toBe(false)
  })
})
