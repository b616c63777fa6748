// Start failures named from log lines of both OpenOCD builds the action meets:
// Debian's 0.12.0 and upstream e5888bda3 (the source of xPack 0.12.0-7),
// quoted from their sources (file:line at each tag).
import { describe, expect, it } from 'vitest'
import { classifyLog } from '../../src/openocd/classify.js'

const failure = (log: string) => classifyLog(log).failure

describe('classifyLog', () => {
  it('names a transport the adapter does not offer', () => {
    // v0.12.0 src/transport/transport.c:307 logs it as an error line ...
    expect(failure("Error: Debug adapter doesn't support 'swd' transport")).toBe(
      'transport-not-supported',
    )
    // ... e5888bda3 src/transport/transport.c:388 returns it as the command's result.
    const hla = classifyLog(
      "Debug adapter doesn't support 'hla_swd' transport\nin procedure 'transport'",
    )
    expect(hla.failure).toBe('transport-not-supported')
    expect(hla.hint).toMatch(/interface\/stlink-hla\.cfg/)
  })

  it('reads "not halted" as a target that does not respond in both builds', () => {
    // v0.12.0 src/target/cortex_m.c:1108, LOG_TARGET_WARNING(target, "target not halted")
    expect(failure('Warn : [stm32f1x.cpu] target not halted')).toBe('target-not-responding')
    // e5888bda3 src/target/cortex_m.c:1323, LOG_TARGET_ERROR(target, "not halted")
    expect(failure('Error: [stm32f1x.cpu] not halted')).toBe('target-not-responding')
  })

  it('reads a virtual target that closed the connection as the adapter going away', () => {
    // e5888bda3 src/jtag/drivers/remote_bitbang.c:126
    expect(failure('Error: remote_bitbang: socket closed by remote')).toBe('probe-not-found')
  })
})
