// Flash and option bytes outlive an OpenOCD session and, with a state file,
// the simulator itself.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { startVirtualTarget } from '../../src/sim/index.js'
import { pattern } from '../support/images.js'
import { imageFile } from './support/flash.js'
import { openocd, scratchDirectory, virtualTarget } from './support/session.js'

const KIB = 1024

describe('virtual target state', () => {
  it('keeps flash across OpenOCD sessions on one simulator', async () => {
    const target = await virtualTarget({ chip: 'stm32f103' })
    const file = imageFile(scratchDirectory(), 'app.bin', pattern(KIB, 31))
    const first = await openocd(target)
    await first.ok('reset halt')
    await first.ok(`flash write_image erase ${file} 0x08000800`)
    await first.kill()

    const second = await openocd(target)
    await second.ok('reset halt')
    expect(await second.ok(`flash verify_image ${file} 0x08000800`)).toContain(
      'verified 1024 bytes',
    )
  })

  it('saves flash and option bytes to the state file and loads them in the next run', async () => {
    const dir = scratchDirectory()
    const state = join(dir, 'board.state')
    const file = imageFile(dir, 'app.bin', pattern(KIB, 32))

    const before = await virtualTarget({ chip: 'stm32f103', state })
    const first = await openocd(before)
    await first.ok('reset halt')
    await first.ok(`flash write_image erase ${file} 0x08000800`)
    await first.ok('flash protect 0 1 1 on')
    await first.kill()
    await before.close()
    expect(existsSync(state)).toBe(true)

    const after = await virtualTarget({ chip: 'stm32f103', state })
    const second = await openocd(after)
    await second.ok('reset halt')
    expect(await second.ok(`flash verify_image ${file} 0x08000800`)).toContain(
      'verified 1024 bytes',
    )
    // The option bytes were loaded at power-on, so block 1 is protected now.
    expect(await second.ok('flash info 0')).toMatch(/#\s+1: 0x00001000 \(0x1000 4kB\) protected/u)
  })

  it('saves the state file as soon as OpenOCD disconnects', async () => {
    const state = join(scratchDirectory(), 'board.state')
    const target = await virtualTarget({ chip: 'stm32f407', state })
    const ocd = await openocd(target)
    await ocd.ok('reset halt')
    await ocd.ok('flash erase_sector 0 0 0')
    await ocd.rpc('shutdown').catch(() => undefined)
    await ocd.exited
    await expect.poll(() => existsSync(state)).toBe(true)
  })

  it('refuses a state file saved for another part, or not a state file at all', async () => {
    const dir = scratchDirectory()
    const state = join(dir, 'board.state')
    await (await startVirtualTarget({ chip: 'stm32f103', state })).close()
    await expect(
      startVirtualTarget({ chip: 'stm32f103', flashSize: 128 * KIB, state }),
    ).rejects.toThrow(`state file ${state} holds a STM32F103C8, not a STM32F103CB`)
    const notState = imageFile(dir, 'notes.txt', 'hello\n')
    await expect(startVirtualTarget({ chip: 'stm32f103', state: notState })).rejects.toThrow(
      'is not a virtual target state file',
    )
  })
})
