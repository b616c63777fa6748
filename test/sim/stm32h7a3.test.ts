// The real openocd against the virtual STM32H7A3 (target/stm32h7x.cfg, stm32h7x driver).
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { halted, scratchDirectory } from './support/session.js'

describe('virtual STM32H7A3', () => {
  it('probes as an STM32H7Ax/7Bx: two 1 MiB banks, DBGMCU on AP0 and on AP2', async () => {
    const { ocd } = await halted({ chip: 'stm32h7a3' })
    const info = await ocd.ok('flash info 0')
    expect(info).toContain('STM32H7Ax/7Bx - Rev: A')
    // OpenOCD lists the protection groups: 4 sectors of 8 KiB each.
    expect(info).toMatch(/#\s+31: 0x000f8000 \(0x8000 32kB\) not protected/u)
    expect(await ocd.ok('flash banks')).toContain(
      '#0 : stm32h7x.bank1.cpu0 (stm32h7x) at 0x08000000, size 0x00100000',
    )
    // The stock config declares the second bank when DUAL_BANK is set, as the sim's config does.
    await ocd.ok('flash probe 1')
    expect(await ocd.ok('flash banks')).toContain(
      '#1 : stm32h7x.bank2.cpu0 (stm32h7x) at 0x08100000, size 0x00100000',
    )
    expect(await ocd.ok('mdw 0x5c001000')).toContain('10003480')
    // The examine-end handler set D1/D3 debug clocks, low-power debug and TRACECLKEN through AP2.
    expect(await ocd.ok('stm32h7x.ap2 mdw 0xe00e1004')).toContain('0070003f')
  })

  it('writes through the on-target loader and verifies; a rewritten flash word breaks its ECC', async () => {
    const { ocd } = await halted({ chip: 'stm32h7a3' })
    const dir = scratchDirectory()
    const image = Buffer.alloc(9704)
    for (let i = 0; i < image.length; i++) image[i] = (i * 7 + 3) & 0xff
    const file = join(dir, 'image.bin')
    writeFileSync(file, image)
    await ocd.ok('flash erase_sector 0 0 1')
    const log = await ocd.ok(`flash write_bank 0 ${file} 0`)
    expect(log).toContain('Padding at 0x080025e8 with 8 bytes (bank write end alignment)')
    expect(log).not.toContain('falling back')
    expect(await ocd.ok(`verify_image ${file} 0x08000000 bin`)).toContain('verified 9704 bytes')

    const zeros = join(dir, 'zeros.bin')
    writeFileSync(zeros, Buffer.alloc(16))
    await ocd.ok(`flash write_bank 0 ${zeros} 0x100`)
    expect(await ocd.ok('mdw 0x08000100')).toContain('00000000')
    // SR1: DBECCERR (bit 26) and EOP; ECC_FA1R holds the flash word's index.
    expect(await ocd.ok('mdw 0x52002010')).toContain('04010000')
    expect(await ocd.ok('mdw 0x52002060')).toContain('00000010')
    expect(await ocd.fails('flash erase_sector 0 1 1')).toContain(
      'erase time-out or operation error sector 1',
    )
  })

  it('bank 2: sectors numbered from 0 again, through its own KEYR, CR, SR and WPSN at +0x100', async () => {
    const { ocd } = await halted({ chip: 'stm32h7a3' })
    const dir = scratchDirectory()
    const image = Buffer.alloc(10000)
    for (let i = 0; i < image.length; i++) image[i] = (i * 13 + 5) & 0xff
    const file = join(dir, 'image.bin')
    writeFileSync(file, image)
    // Bank 1's sector 0 holds data that bank 2's sector 0 must not touch.
    await ocd.ok(`flash write_bank 0 ${file} 0`)
    await ocd.ok('mww 0x52002014 0x1fff0000') // CCR1: bank 1 starts clean
    await ocd.ok('flash erase_sector 1 0 1')
    // The erase went through bank 2's registers: EOP in SR2, nothing in SR1.
    expect(await ocd.ok('mdw 0x52002110')).toContain('00010000')
    expect(await ocd.ok('mdw 0x52002010')).toContain('00000000')
    const log = await ocd.ok(`flash write_bank 1 ${file} 0`)
    expect(log).not.toContain('falling back')
    expect(await ocd.ok(`verify_image ${file} 0x08100000 bin`)).toContain('verified 10000 bytes')
    expect(await ocd.ok(`verify_image ${file} 0x08000000 bin`)).toContain('verified 10000 bytes')
    // Sector 1 of bank 2 is 0x08102000, not bank 1's 0x08002000.
    await ocd.ok('flash erase_sector 1 1 1')
    expect(await ocd.ok('mdw 0x08102000')).toContain('ffffffff')
    expect(await ocd.ok('mdw 0x08002000')).not.toContain('ffffffff')
    // Protection group 1 of bank 2 (sectors 4-7) is bit 1 of WPSN_CUR2.
    await ocd.ok('flash protect 1 1 1 on')
    expect(await ocd.ok('mdw 0x52002138')).toContain('fffffffd')
    expect(await ocd.ok('mdw 0x52002038')).toContain('ffffffff')
    await ocd.ok('reset halt')
    expect(await ocd.ok('flash info 1')).toMatch(/#\s+1: 0x00008000 \(0x8000 32kB\) protected/u)
    expect(await ocd.fails('flash erase_sector 1 5 5')).toContain('WRPERR detected')
    await ocd.ok('flash erase_sector 0 5 5') // the same number in bank 1 is free
    await ocd.ok('flash protect 1 1 1 off')
    await ocd.ok('flash erase_sector 1 5 5')
  })

  it('holds a partial flash word in the write buffer until CR.FW forces it out', async () => {
    const { ocd } = await halted({ chip: 'stm32h7a3' })
    await ocd.ok('mww 0x52002004 0x45670123')
    await ocd.ok('mww 0x52002004 0xcdef89ab')
    await ocd.ok('mww 0x5200200c 0x2') // PG
    await ocd.ok('mww 0x08004000 0x11223344')
    expect(await ocd.ok('mdw 0x52002010')).toContain('00000002') // WBNE, nothing queued
    expect(await ocd.ok('mdw 0x08004000')).toContain('ffffffff')
    await ocd.ok('mww 0x5200200c 0x12') // PG | FW
    expect(await ocd.ok('mdw 0x52002010')).toContain('00010005') // EOP, QW and BSY at the first read
    expect(await ocd.ok('mdw 0x08004000 4')).toContain('11223344 ffffffff ffffffff ffffffff')
    // Another word while one is buffered is an inconsistency error.
    await ocd.ok('mww 0x08004010 0x1')
    await ocd.ok('mww 0x08004020 0x1')
    expect(await ocd.ok('mdw 0x52002010')).toContain('00210000') // INCERR | EOP
    await ocd.ok('mww 0x52002014 0x00210000') // CCR
    expect(await ocd.ok('mdw 0x52002010')).toContain('00000000')
  })

  it('write-protects 4 sectors per WPSN bit, across a reset; a protected sector refuses erase', async () => {
    const { ocd } = await halted({ chip: 'stm32h7a3' })
    await ocd.ok('flash protect 0 1 1 on')
    expect(await ocd.ok('mdw 0x52002038')).toContain('fffffffd')
    await ocd.ok('reset halt')
    expect(await ocd.ok('flash info 0')).toMatch(/#\s+1: 0x00008000 \(0x8000 32kB\) protected/u)
    const refused = await ocd.fails('flash erase_sector 0 7 7')
    expect(refused).toContain('wait_flash_op_queue, WRPERR detected')
    await ocd.ok('flash erase_sector 0 8 8')
    await ocd.ok('flash protect 0 1 1 off')
    await ocd.ok('reset halt')
    expect(await ocd.ok('flash info 0')).not.toMatch(/\) protected/u)
    await ocd.ok('flash erase_sector 0 7 7')
  })

  it('disconnect: after N programmed bytes the target stops answering', async () => {
    const { target, ocd } = await halted({
      chip: 'stm32h7a3',
      faults: ['disconnect:after-bytes=1K'],
    })
    const file = join(scratchDirectory(), 'app.bin')
    writeFileSync(file, Buffer.alloc(4096, 0x5a))
    const failed = await ocd.fails(`flash write_bank 0 ${file} 0`)
    // The line floats high: over JTAG an all-ones ACK, over SWD a DP that no longer answers.
    expect(failed).toContain(
      {
        jtag: 'Invalid ACK (7) in DAP response',
        swd: 'Error connecting DP: cannot read IDR',
      }[target.transport],
    )
  })

  it('slow: programming that keeps QW set too long makes openocd give up on the loader', async () => {
    const { ocd } = await halted({ chip: 'stm32h7a3', faults: ['slow:ms=5000,op=program'] })
    const file = join(scratchDirectory(), 'app.bin')
    writeFileSync(file, Buffer.alloc(1024, 0x5a))
    expect(await ocd.fails(`flash write_bank 0 ${file} 0`)).toContain(
      'error waiting for target flash write algorithm',
    )
  })
})
