import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_INVENTORY,
  loadInventory,
  parseInventory,
  resolveBoard,
  resolveInventoryPath,
} from '../../src/board/inventory.js'
import { inventoryWarnings } from '../../src/board/inventory-warnings.js'
import { BoardError } from '../../src/board/virtual.js'
import { SourceError } from '../../src/util/yaml-schema.js'

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures')
const validFile = path.join(fixtures, 'valid.yml')

function parseError(text: string, file = 'boards.yml'): SourceError {
  try {
    parseInventory(text, file)
  } catch (err) {
    if (err instanceof SourceError) return err
    throw err
  }
  throw new Error('the inventory was accepted')
}

describe('inventory location', () => {
  it('takes the option, then the environment, then the standard path', () => {
    const env = { OPENOCD_FLASH_INVENTORY: '/lab/boards.yml' }
    expect(resolveInventoryPath({ path: 'mine.yml', env })).toEqual({
      path: 'mine.yml',
      source: 'option',
    })
    expect(resolveInventoryPath({ env })).toEqual({ path: '/lab/boards.yml', source: 'env' })
    expect(resolveInventoryPath({ env: {} })).toEqual({
      path: DEFAULT_INVENTORY,
      source: 'default',
    })
  })

  it('names a missing file and how to point at another', () => {
    const missing = path.join(tmpdir(), 'no-such-dir-openocd-flash', 'boards.yml')
    expect(() => loadInventory({ env: { OPENOCD_FLASH_INVENTORY: missing } })).toThrow(
      new BoardError(`board inventory ${missing}: not found`),
    )
    expect(() => loadInventory({ env: {} })).toThrow(/OPENOCD_FLASH_INVENTORY/)
  })
})

describe('valid inventory', () => {
  const inv = loadInventory({ path: validFile, env: {} })

  it('gives a BoardSpec per board, lists normalised', () => {
    expect([...inv.boards.keys()]).toEqual(['nucleo-f401-2', 'bluepill', 'sim-f103', 'sim-f407'])
    expect(inv.boards.get('nucleo-f401-2')).toEqual({
      name: 'nucleo-f401-2',
      interface: ['interface/stlink.cfg'],
      target: ['target/stm32f4x.cfg'],
      config: [],
      serial: '066DFF495351885087133248',
      transport: 'hla_swd',
      speed: 4000,
      commands: ['reset_config srst_only'],
      searchDirs: [path.join(fixtures, 'scripts')],
      labels: ['f4', 'lab-a'],
      powerCycle: {
        off: ['uhubctl', '-l', '1-1', '-p', '2', '-a', 'off'],
        on: ['uhubctl', '-l', '1-1', '-p', '2', '-a', 'on'],
      },
    })
    expect(inv.boards.get('bluepill')).toMatchObject({
      interface: ['interface/cmsis-dap.cfg', 'interface/extra.cfg'],
      target: ['target/stm32f1x.cfg'],
      config: ['board/fixture.cfg'],
      commands: [],
      searchDirs: [],
      labels: [],
    })
  })

  it('gives virtual boards their chip, size in bytes, state and power switch paths', () => {
    expect(inv.boards.get('sim-f103')).toEqual({
      name: 'sim-f103',
      interface: [],
      target: [],
      config: [],
      commands: [],
      searchDirs: [],
      labels: ['sim'],
      virtual: {
        chip: 'stm32f103',
        flashSize: 128 * 1024,
        state: path.join(fixtures, 'state/sim-f103.bin'),
        faults: [],
      },
    })
    expect(inv.boards.get('sim-f407')?.virtual).toEqual({
      chip: 'stm32f407',
      faults: ['stuck-bits:addr=0x08000100,mask=0x01'],
      powerSwitch: path.join(fixtures, 'power/sim-f407.sock'),
    })
  })

  it('has no warnings', () => {
    expect(inventoryWarnings(inv)).toEqual([])
  })
})

describe('serial console', () => {
  it('gives the board its uart device (relative to the inventory) and baud rate, 115200 by default', () => {
    const inv = parseInventory(
      `version: 1
boards:
  a: { interface: x, target: y, uart: { device: /dev/ttyACM0, baud: 921600 } }
  b: { virtual: { chip: stm32f103 }, uart: { device: ttys/b } }
`,
      '/lab/boards.yml',
    )
    expect(inv.boards.get('a')?.uart).toEqual({ device: '/dev/ttyACM0', baud: 921600 })
    expect(inv.boards.get('b')?.uart).toEqual({ device: '/lab/ttys/b', baud: 115200 })
  })
})

describe('invalid inventories', () => {
  const dir = path.join(fixtures, 'invalid')
  // Each file starts with `# expect <line>: <start of the message>`. They
  // are .txt so that formatters leave them, and their line numbers, alone.
  for (const name of readdirSync(dir).sort()) {
    it(`rejects ${name.replace('.txt', '')} at the right line`, () => {
      const file = path.join(dir, name)
      const text = readFileSync(file, 'utf8')
      const [, line, message] = /^# expect (\d+): (.*)$/m.exec(text) ?? []
      const err = parseError(text, file)
      expect(err.problems[0]).toMatchObject({ file, line: Number(line) })
      expect(err.problems[0]?.message).toContain(message)
      expect(err.message).toContain(`${file}:${line}:`)
    })
  }

  it('reports every problem at once', () => {
    const err = parseError(`version: 1
boards:
  a:
    interface: x
    target: x
    speed: 0
  sim:
    virtual: { chip: stm32f103, flash-size: lots }
    speed: 100
`)
    expect(err.problems.map((p) => [p.line, p.path])).toEqual([
      [6, 'boards.a.speed'],
      [8, 'boards.sim.virtual.flash-size'],
      [9, 'boards.sim.speed'],
    ])
  })
})

describe('inventory warnings', () => {
  const inv = parseInventory(
    `version: 1
boards:
  a:
    interface: interface/stlink.cfg
    target: target/stm32f4x.cfg
  b:
    interface: interface/stlink.cfg
    target: target/stm32f1x.cfg
    serial: "ABC123"
  c:
    interface: interface/cmsis-dap.cfg
    target: target/stm32f1x.cfg
  d:
    interface: interface/jlink.cfg
    target: target/stm32f1x.cfg
    serial: "abc123"
  sim:
    virtual: { chip: stm32f103 }
`,
    'boards.yml',
  )

  it('warns of a board without serial that shares its interface, and of shared serials', () => {
    const warnings = inventoryWarnings(inv)
    expect(warnings.map((w) => [w.line, w.path])).toEqual([
      [3, 'boards.a'],
      [16, 'boards.d.serial'],
    ])
    expect(warnings[0]?.message).toMatch(
      /'a' has no serial, but its interface \(interface\/stlink.cfg\) is also used by 'b'/,
    )
    expect(warnings[1]?.message).toMatch(/'b' and 'd' have the same probe serial/)
  })
})

describe('resolveBoard', () => {
  const inv = loadInventory({ path: validFile, env: {} })

  it('looks names up in the inventory', () => {
    expect(resolveBoard('bluepill', inv).serial).toBe('e6614103e7')
  })

  it('loads the inventory only when a name needs it', () => {
    const never = () => {
      throw new Error('loaded')
    }
    expect(resolveBoard('virtual:stm32f103', never).virtual?.chip).toBe('stm32f103')
    expect(() => resolveBoard('bluepill', never)).toThrow('loaded')
    expect(resolveBoard('bluepill', () => inv).name).toBe('bluepill')
  })

  it('lists the known boards when a name is absent', () => {
    expect(() => resolveBoard('nucleo-f401-3', inv)).toThrow(
      new BoardError(
        `unknown board 'nucleo-f401-3' in ${validFile}; known boards: nucleo-f401-2, bluepill, sim-f103, sim-f407 (or use virtual:<chip>)`,
      ),
    )
    expect(() => resolveBoard('bluepill')).toThrow(/needs a board inventory/)
  })

  it('accepts virtual:<chip>[:<size>] without an inventory', () => {
    expect(resolveBoard('virtual:stm32f407')).toMatchObject({
      name: 'virtual:stm32f407',
      interface: [],
      virtual: { chip: 'stm32f407', faults: [] },
    })
    expect(resolveBoard('virtual:stm32f103:128K').virtual).toEqual({
      chip: 'stm32f103',
      flashSize: 128 * 1024,
      faults: [],
    })
    expect(resolveBoard('virtual:stm32f103:64KiB').virtual?.flashSize).toBe(64 * 1024)
  })

  it('rejects bad virtual references clearly', () => {
    expect(() => resolveBoard('virtual:stm32f999')).toThrow(
      "unknown virtual chip 'stm32f999' in 'virtual:stm32f999': use virtual:<chip>[:<flash size>] with chip stm32f103 or stm32f407",
    )
    expect(() => resolveBoard('virtual:stm32f103:256K')).toThrow(
      'stm32f103 has 64K or 128K of flash, not 256K',
    )
    expect(() => resolveBoard('virtual:stm32f407:big')).toThrow("'big' is not a size such as 64K")
    expect(() => resolveBoard('virtual:stm32f103:64K:x')).toThrow(/invalid virtual board/)
  })
})

describe('loadInventory from a file', () => {
  it('resolves relative paths against the inventory folder', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'inventory-'))
    const file = path.join(dir, 'boards.yml')
    writeFileSync(
      file,
      'version: 1\nboards:\n  s:\n    virtual: { chip: stm32f103, state: s.bin }\n',
    )
    expect(
      loadInventory({ env: { OPENOCD_FLASH_INVENTORY: file } }).boards.get('s')?.virtual?.state,
    ).toBe(path.join(dir, 's.bin'))
    rmSync(dir, { recursive: true })
  })
})
