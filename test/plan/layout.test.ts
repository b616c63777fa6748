// The flash layout, table-driven, without OpenOCD: what each touched sector
// needs, which bytes are programmed and which are kept.
import { describe, expect, it } from 'vitest'
import type { Segment } from '../../src/image/index.js'
import type { FlashBank, FlashSector } from '../../src/openocd/types.js'
import {
  planLayout,
  sectorsNeedingContents,
  segmentsByBank,
  type LayoutOptions,
  type SectorAction,
} from '../../src/plan/layout.js'

const K = 1024

function bank(index: number, base: number, sizes: number[], blockSizes = sizes): FlashBank {
  const units = (list: number[]): FlashSector[] => {
    let offset = 0
    return list.map((size, i) => {
      const s = { index: i, offset, size, protected: false }
      offset += size
      return s
    })
  }
  const sectors = units(sizes)
  return {
    index,
    name: `bank${index}`,
    driver: 'stm32',
    base,
    size: sizes.reduce((a, b) => a + b, 0),
    busWidth: 0,
    chipWidth: 0,
    target: 't',
    sectors,
    protectionBlocks: units(blockSizes),
  }
}

const F103 = bank(0, 0x08000000, Array(64).fill(K), Array(16).fill(4 * K))
const F407 = bank(0, 0x08000000, [...Array(4).fill(16 * K), 64 * K, ...Array(7).fill(128 * K)])
const OTP = bank(1, 0x1fff7800, [512])
const H7A3 = {
  ...bank(0, 0x08000000, Array(128).fill(8 * K), Array(32).fill(32 * K)),
  driver: 'stm32h7x',
}

const bytes = (n: number, seed: number) =>
  Uint8Array.from({ length: n }, (_, i) => (i * 7 + seed) & 0x7f)
const erased = (n: number) => new Uint8Array(n).fill(0xff)
const seg = (address: number, data: Uint8Array): Segment => ({ address, data })

/** Flash as it is now: `fill(bank, sector)` gives each sector's bytes. */
type Now = (b: FlashBank, s: FlashSector) => Uint8Array
const allErased: Now = (_, s) => erased(s.size)
const allData: Now = (b, s) => bytes(s.size, 0x40 + b.index * 16 + s.index)
/** Flash that already holds `segments` over erased flash. */
const holding =
  (segments: Segment[]): Now =>
  (b, s) => {
    const out = erased(s.size)
    for (const x of segments) {
      const start = x.address - b.base - s.offset
      for (let i = 0; i < x.data.length; i++)
        if (start + i >= 0 && start + i < s.size) out[start + i] = x.data[i]
    }
    return out
  }

interface Case {
  name: string
  banks: FlashBank[]
  segments: Segment[]
  now: Now
  options?: Partial<LayoutOptions>
  /** bank → sector → action, for every touched sector */
  actions: Record<number, Record<number, SectorAction>>
  erase?: Record<number, number[]>
  /** bank → [offset, length] of each programmed run */
  program?: Record<number, Array<[number, number]>>
  kept?: Record<number, Record<number, number>>
}

const image1k = bytes(K, 1)
const cases: Case[] = [
  {
    name: 'an unchanged image is skipped sector by sector',
    banks: [F103],
    segments: [seg(0x08000000, bytes(4 * K, 2))],
    now: holding([seg(0x08000000, bytes(4 * K, 2))]),
    actions: { 0: { 0: 'skip', 1: 'skip', 2: 'skip', 3: 'skip' } },
    erase: { 0: [] },
    program: { 0: [] },
  },
  {
    name: 'a one-byte change erases exactly its sector',
    banks: [F103],
    segments: [
      seg(
        0x08000000,
        (() => {
          const d = bytes(4 * K, 2)
          d[2 * K + 5] ^= 1
          return d
        })(),
      ),
    ],
    now: holding([seg(0x08000000, bytes(4 * K, 2))]),
    actions: { 0: { 0: 'skip', 1: 'skip', 2: 'erase+program', 3: 'skip' } },
    erase: { 0: [2] },
    program: { 0: [[2 * K, K]] },
  },
  {
    name: 'an offset write into erased flash is only programmed',
    banks: [F103],
    segments: [seg(0x08001010, bytes(100, 3))],
    now: allErased,
    actions: { 0: { 4: 'program' } },
    erase: { 0: [] },
    program: { 0: [[0x1010, 104]] },
  },
  {
    name: 'a 100-byte image at a sector start keeps the other 924 bytes',
    banks: [F103],
    segments: [seg(0x08001000, bytes(100, 4))],
    now: allData,
    actions: { 0: { 4: 'erase+program' } },
    erase: { 0: [4] },
    program: { 0: [[0x1000, K]] },
    kept: { 0: { 4: 924 } },
  },
  {
    name: 'unwritten: erase leaves the rest of the sector erased',
    banks: [F103],
    segments: [seg(0x08001000, bytes(100, 4))],
    now: allData,
    options: { unwritten: 'erase' },
    actions: { 0: { 4: 'erase+program' } },
    erase: { 0: [4] },
    program: { 0: [[0x1000, 104]] },
    kept: { 0: { 4: 0 } },
  },
  {
    name: 'several segments in one erased sector: two runs, no erase',
    banks: [F103],
    segments: [seg(0x08000800, bytes(64, 5)), seg(0x08000a00, bytes(32, 6))],
    now: allErased,
    actions: { 0: { 2: 'program' } },
    erase: { 0: [] },
    program: {
      0: [
        [0x800, 64],
        [0xa00, 32],
      ],
    },
  },
  {
    name: 'gaps: sectors between segments are not touched',
    banks: [F103],
    segments: [seg(0x08000400, image1k), seg(0x08000c00, image1k)],
    now: allData,
    actions: { 0: { 1: 'erase+program', 3: 'erase+program' } },
    erase: { 0: [1, 3] },
    program: {
      0: [
        [0x400, K],
        [0xc00, K],
      ],
    },
  },
  {
    name: 'F4 mixed sector sizes: a 4 KiB change inside a 128 KiB sector keeps the rest',
    banks: [F407],
    segments: [seg(0x08020000 + 0x1000, bytes(4 * K, 7))],
    now: allData,
    actions: { 0: { 5: 'erase+program' } },
    erase: { 0: [5] },
    program: { 0: [[0x20000, 128 * K]] },
    kept: { 0: { 5: 124 * K } },
  },
  {
    name: 'F4: an image across a 16 KiB and the 64 KiB sector',
    banks: [F407],
    segments: [seg(0x0800c000 + 15 * K, bytes(2 * K, 8))],
    now: allErased,
    actions: { 0: { 3: 'program', 4: 'program' } },
    program: { 0: [[0xc000 + 15 * K, 2 * K]] },
  },
  {
    name: 'F1 protection blocks are not erase units: 1 KiB erases one page, not a 4 KiB block',
    banks: [F103],
    segments: [seg(0x08001400, image1k)],
    now: allData,
    actions: { 0: { 5: 'erase+program' } },
    erase: { 0: [5] },
  },
  {
    name: 'an image spanning two banks gets one layout per bank',
    banks: [F103, OTP],
    segments: [seg(0x08000000, bytes(16, 9)), seg(0x1fff7800, bytes(16, 10))],
    now: allErased,
    actions: { 0: { 0: 'program' }, 1: { 0: 'program' } },
    program: { 0: [[0, 16]], 1: [[0, 16]] },
  },
  {
    name: 'empty segments are ignored',
    banks: [F103],
    segments: [seg(0x08000000, new Uint8Array(0)), seg(0x08000400, bytes(8, 11))],
    now: allErased,
    actions: { 0: { 1: 'program' } },
  },
  {
    name: 'mode: full erases and programs even an unchanged image',
    banks: [F103],
    segments: [seg(0x08000000, bytes(2 * K, 2))],
    now: holding([seg(0x08000000, bytes(2 * K, 2))]),
    options: { mode: 'full' },
    actions: { 0: { 0: 'erase+program', 1: 'erase+program' } },
    erase: { 0: [0, 1] },
  },
  {
    name: 'programming over non-erased bytes needs an erase, though the image part is small',
    banks: [F103],
    segments: [seg(0x08000000, Uint8Array.of(0, 0, 0, 0))],
    now: holding([seg(0x08000000, Uint8Array.of(1, 1, 1, 1))]),
    actions: { 0: { 0: 'erase+program' } },
    program: { 0: [[0, 8]] },
    kept: { 0: { 0: K - 4 } },
  },
]

function contentsFor(c: Case) {
  const options: LayoutOptions = { mode: 'incremental', unwritten: 'keep', ...c.options }
  const contents = new Map<number, { contents: Map<number, Uint8Array> }>()
  for (const [index, segs] of segmentsByBank(c.segments, c.banks)) {
    const b = c.banks.find((x) => x.index === index)!
    const m = new Map<number, Uint8Array>()
    for (const s of sectorsNeedingContents(b, segs, options)) m.set(s, c.now(b, b.sectors[s]))
    contents.set(index, { contents: m })
  }
  return { options, contents }
}

describe('planLayout', () => {
  for (const c of cases) {
    it(c.name, () => {
      const { options, contents } = contentsFor(c)
      const layouts = planLayout(c.banks, c.segments, contents, options)
      const actions = Object.fromEntries(
        layouts.map((l) => [l.bank, Object.fromEntries(l.sectors.map((s) => [s.index, s.action]))]),
      )
      expect(actions).toEqual(c.actions)
      for (const l of layouts) {
        if (c.erase) expect(l.erase).toEqual(c.erase[l.bank])
        if (c.program)
          expect(l.program.map((p) => [p.offset, p.data.length])).toEqual(c.program[l.bank])
        for (const [sector, kept] of Object.entries(c.kept?.[l.bank] ?? {}))
          expect(l.sectors.find((s) => s.index === Number(sector))?.keptBytes).toBe(kept)
        // What is programmed is the image over what is kept (or erased).
        const b = c.banks.find((x) => x.index === l.bank)!
        const now = new Map(b.sectors.map((x) => [x.index, c.now(b, x)]))
        for (const p of l.program) {
          for (let i = 0; i < p.data.length; i++) {
            const offset = p.offset + i
            const addr = b.base + offset
            const s = c.segments.find((x) => addr >= x.address && addr < x.address + x.data.length)
            const sector = b.sectors.find((x) => offset >= x.offset && offset < x.offset + x.size)!
            const unwritten =
              options.unwritten === 'keep' ? now.get(sector.index)![offset - sector.offset] : 0xff
            const want = s ? s.data[addr - s.address] : unwritten
            if (p.data[i] !== want)
              throw new Error(`byte at ${addr.toString(16)} is ${p.data[i]}, not ${want}`)
          }
        }
      }
    })
  }

  it('keeps the other bytes of a sector in what it expects after the write', () => {
    const c = cases.find((x) => x.name.startsWith('a 100-byte image'))!
    const { options, contents } = contentsFor(c)
    const [l] = planLayout(c.banks, c.segments, contents, options)
    expect(l.expected).toHaveLength(1)
    expect(l.expected[0].offset).toBe(0x1000)
    expect(l.expected[0].data.subarray(100)).toEqual(allData(F103, F103.sectors[4]).subarray(100))
  })

  it('refuses data outside every bank and a segment that runs past its bank', () => {
    expect(() => segmentsByBank([seg(0x20000000, bytes(4, 1))], [F103])).toThrow(
      /outside every flash bank/,
    )
    expect(() => segmentsByBank([seg(0x0800fff0, bytes(32, 1))], [F103])).toThrow(
      /0x0800fff0\.\.0x0801000f, outside/,
    )
  })

  it('aligns programmed runs to the flash word of the bank: 32 bytes on the STM32H7, 8 elsewhere', () => {
    const image = seg(0x08000000, bytes(9704, 3))
    const blank = (b: FlashBank) =>
      new Map([[0, { contents: new Map(b.sectors.map((x) => [x.index, erased(x.size)])) }]])
    const runs = (b: FlashBank) =>
      planLayout([b], [image], blank(b), { mode: 'incremental', unwritten: 'keep' })[0].program.map(
        (p) => [p.offset, p.data.length],
      )
    // 9,704 bytes end 8 bytes into a flash word: the run covers the whole word.
    expect(runs(H7A3)).toEqual([[0, 9728]])
    expect(runs(F103)).toEqual([[0, 9704]])
    // One changed byte over programmed flash is one erase and whole words.
    const changed = seg(0x08002000 + 40, Uint8Array.of(0x55))
    const full = new Map([[0, { contents: new Map([[1, bytes(8 * K, 9)]]) }]])
    const [layout] = planLayout([H7A3], [changed], full, { mode: 'incremental', unwritten: 'keep' })
    expect(layout.erase).toEqual([1])
    expect(layout.program.every((p) => p.offset % 32 === 0 && p.data.length % 32 === 0)).toBe(true)
  })

  it('refuses overlapping segments', () => {
    expect(() =>
      segmentsByBank([seg(0x08000000, bytes(32, 1)), seg(0x08000010, bytes(32, 2))], [F103]),
    ).toThrow(/segments overlap at 0x08000010/)
  })

  it('needs the current bytes of a partly covered sector it keeps', () => {
    expect(() =>
      planLayout([F103], [seg(0x08000000, bytes(8, 1))], new Map(), {
        mode: 'full',
        unwritten: 'keep',
      }),
    ).toThrow(/needs the 1024 bytes sector 0 holds now/)
    // a full write that leaves the rest erased needs nothing
    const [l] = planLayout([F103], [seg(0x08000000, bytes(8, 1))], new Map(), {
      mode: 'full',
      unwritten: 'erase',
    })
    expect(l.erase).toEqual([0])
  })

  it('skips sectors a checksum shows equal, without their bytes, and plans the rest from bytes', () => {
    const image = seg(0x08000000, bytes(2048, 5))
    const keep = { mode: 'incremental', unwritten: 'keep' } as const
    const evidence = new Map([[0, { contents: new Map([[1, erased(K)]]), equal: new Set([0]) }]])
    const [l] = planLayout([F103], [image], evidence, keep)
    expect(l.sectors.map((s) => [s.index, s.action])).toEqual([
      [0, 'skip'],
      [1, 'program'],
    ])
    expect(l.erase).toEqual([])
    expect(l.expected.map((e) => e.offset)).toEqual([0x400])
    // Leaving the rest erased needs the bytes: a checksum of the image's bytes is no evidence.
    expect(() =>
      planLayout([F103], [image], evidence, { mode: 'incremental', unwritten: 'erase' }),
    ).toThrow(/needs the 1024 bytes sector 0 holds now/)
  })
})
