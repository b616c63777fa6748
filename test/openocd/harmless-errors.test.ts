// OpenOCD 0.12's remote_bitbang cannot change the adapter speed after init,
// so every reset under the stock stm32f4x.cfg logs an `adapter speed` error
// and "Error executing event reset-start". The reset goes on; these lines
// are shown in the log but never taken for the cause of a failure.
import { describe, expect, it } from 'vitest'
import { classifyLog, withoutHarmlessErrors } from '../../src/openocd/classify.js'
import { CommandError } from '../../src/openocd/errors.js'
import { openVirtual } from '../support/virtual.js'

// As 0.12.0 logs them.
const RESET_START_FAILED = [
  'Error: Translation from khz to adapter speed not implemented',
  'Error executing event reset-start on target stm32f4x.cpu:',
  'embedded:startup.tcl:1193: Error: ',
  "in procedure 'ocd_process_reset' ",
  'in procedure \'ocd_process_reset_inner\' called at file "embedded:startup.tcl", line 1193',
]
// As e5888bda3 logs them (target.c: LOG_TARGET_ERROR "Execution of event %s failed").
const RESET_START_FAILED_LATER = [
  'Error: Translation from khz to adapter speed not implemented',
  'Error: [stm32f4x.cpu] Execution of event reset-start failed:',
  '/opt/openocd/share/openocd/scripts/target/stm32f4x.cfg:150: Error: ',
  "in procedure 'ocd_process_reset' ",
  'in procedure \'ocd_process_reset_inner\' called at file "embedded:startup.tcl", line 1454',
  'at file "/opt/openocd/share/openocd/scripts/target/stm32f4x.cfg", line 150',
]
/** Either build's wording of the event failure. */
const EVENT_FAILED = /Error executing event reset-start|Execution of event reset-start failed/u

describe.each([
  { build: '0.12.0', lines: RESET_START_FAILED },
  { build: 'e5888bda3', lines: RESET_START_FAILED_LATER },
])('harmless reset-event errors as $build logs them', ({ lines }) => {
  it('are dropped with their traceback; real errors and other tracebacks stay', () => {
    const real = [
      'Error executing event reset-init on target stm32f4x.cpu:',
      "in procedure 'my_init'",
    ]
    const log = [
      'Info : stm32f4x.cpu: hardware has 6 breakpoints, 4 watchpoints',
      ...lines,
      'Error: stm32x device protected',
      ...real, // an event that failed for its own reason
    ]
    expect(withoutHarmlessErrors(log)).toEqual([
      'Info : stm32f4x.cpu: hardware has 6 breakpoints, 4 watchpoints',
      'Error: stm32x device protected',
      ...real,
    ])
  })

  it('do not make a log read as a target that does not respond', () => {
    expect(classifyLog(lines.join('\n')).failure).toBe('exited')
    const dead = [...lines, 'Error: Target not examined yet'].join('\n')
    expect(classifyLog(dead).failure).toBe('target-not-responding')
  })
})

describe('harmless reset-event errors', () => {
  it('on the virtual F407 with the stock config: resets succeed, the log keeps the lines, a failure names its own cause', async () => {
    const v = await openVirtual('stm32f407', { halt: false })
    try {
      await v.session.target.reset('halt')
      await v.session.target.reset('init')
      expect(v.session.log()).toContain('Translation from khz to adapter speed not implemented')
      expect(v.session.log()).toMatch(EVENT_FAILED)

      const failure = await v.session
        .execute('reset halt; flash erase_sector 7 0 0')
        .catch((e) => e)
      expect(failure).toBeInstanceOf(CommandError)
      const message = (failure as CommandError).message
      expect(message).not.toContain('adapter speed')
      expect(message).not.toContain('reset-start')
      expect(message).toMatch(/flash bank 7 does not exist|invalid|bank/iu)
    } finally {
      await v.close()
    }
  })
})
