// Multiply, divide, bit-field, bit/byte reversal, extension and saturation.
import { describe, it } from 'vitest'
import { runCase, type InstructionCase } from './table.js'

const multiplyDivide: InstructionCase[] = [
  {
    asm: 'muls r0, r1',
    code: [0x4348],
    given: { r0: 0x10000, r1: 0x10000, flags: 'CV' },
    expect: { r0: 0, flags: 'ZCV' },
  },
  {
    asm: 'muls r0, r1',
    code: [0x4348],
    given: { r0: 0xffffffff, r1: 2 },
    expect: { r0: 0xfffffffe, flags: 'N' },
  },
  {
    asm: 'mul r0, r1, r2',
    code: [0xfb01, 0xf002],
    given: { r1: 0x12345678, r2: 0x9abcdef0 },
    expect: { r0: 0x242d2080 },
  },
  {
    asm: 'mla r0, r1, r2, r3',
    code: [0xfb01, 0x3002],
    given: { r1: 3, r2: 4, r3: 5 },
    expect: { r0: 17 },
  },
  {
    asm: 'mls r0, r1, r2, r3',
    code: [0xfb01, 0x3012],
    given: { r1: 3, r2: 4, r3: 5 },
    expect: { r0: 0xfffffff9 },
  },
  {
    asm: 'umull r0, r1, r2, r3',
    code: [0xfba2, 0x0103],
    given: { r2: 0xffffffff, r3: 0xffffffff },
    expect: { r0: 1, r1: 0xfffffffe },
  },
  {
    asm: 'smull r0, r1, r2, r3',
    code: [0xfb82, 0x0103],
    given: { r2: 0xffffffff, r3: 0x7fffffff },
    expect: { r0: 0x80000001, r1: 0xffffffff },
  },
  {
    asm: 'smull r0, r1, r2, r3',
    code: [0xfb82, 0x0103],
    given: { r2: 0x80000000, r3: 0x80000000 },
    expect: { r0: 0, r1: 0x40000000 },
  },
  {
    asm: 'umlal r0, r1, r2, r3',
    code: [0xfbe2, 0x0103],
    given: { r0: 0xffffffff, r1: 1, r2: 1, r3: 1 },
    expect: { r0: 0, r1: 2 },
  },
  {
    asm: 'smlal r0, r1, r2, r3',
    code: [0xfbc2, 0x0103],
    given: { r0: 0, r1: 0, r2: 0xffffffff, r3: 1 },
    expect: { r0: 0xffffffff, r1: 0xffffffff },
  },
  {
    asm: 'umaal r0, r1, r2, r3',
    code: [0xfbe2, 0x0163],
    given: { r0: 0xffffffff, r1: 0xffffffff, r2: 0xffffffff, r3: 0xffffffff },
    expect: { r0: 0xffffffff, r1: 0xffffffff },
  },
  {
    asm: 'udiv r0, r1, r2',
    code: [0xfbb1, 0xf0f2],
    given: { r1: 0xffffffff, r2: 3 },
    expect: { r0: 0x55555555 },
  },
  { asm: 'udiv r0, r1, r2', code: [0xfbb1, 0xf0f2], given: { r1: 7, r2: 0 }, expect: { r0: 0 } },
  {
    asm: 'sdiv r0, r1, r2',
    code: [0xfb91, 0xf0f2],
    given: { r1: 0x80000000, r2: 0xffffffff },
    expect: { r0: 0x80000000 },
  },
  {
    asm: 'sdiv r0, r1, r2',
    code: [0xfb91, 0xf0f2],
    given: { r1: 0xfffffff9, r2: 2 },
    expect: { r0: 0xfffffffd },
  },
  {
    asm: 'sdiv r0, r1, r2',
    code: [0xfb91, 0xf0f2],
    given: { r1: 7, r2: 0xfffffffe },
    expect: { r0: 0xfffffffd },
  },
  {
    asm: 'sdiv r0, r1, r2',
    code: [0xfb91, 0xf0f2],
    given: { r1: 0x80000000, r2: 0 },
    expect: { r0: 0 },
  },
  {
    asm: 'smulbb r0, r1, r2',
    code: [0xfb11, 0xf002],
    given: { r1: 0xffff, r2: 0x8000 },
    expect: { r0: 0x8000 },
  },
  {
    asm: 'smlatb r0, r1, r2, r3',
    code: [0xfb11, 0x3022],
    given: { r1: 0x7fff0000, r2: 0x7fff, r3: 0x7fffffff },
    expect: { r0: 0xbfff0000, flags: 'Q' },
  },
  {
    asm: 'smulwb r0, r1, r2',
    code: [0xfb31, 0xf002],
    given: { r1: 0x80000000, r2: 0x4000 },
    expect: { r0: 0xe0000000 },
  },
  {
    asm: 'smmul r0, r1, r2',
    code: [0xfb51, 0xf002],
    given: { r1: 0x40000000, r2: 0x40000000 },
    expect: { r0: 0x10000000 },
  },
  {
    asm: 'smmlar r0, r1, r2, r3',
    code: [0xfb51, 0x3012],
    given: { r1: 0x80000000, r2: 1, r3: 0 },
    expect: { r0: 0 },
  },
  {
    asm: 'smuad r0, r1, r2',
    code: [0xfb21, 0xf002],
    given: { r1: 0x00020003, r2: 0x00040005 },
    expect: { r0: 23 },
  },
  {
    asm: 'smlsd r0, r1, r2, r3',
    code: [0xfb41, 0x3002],
    given: { r1: 0x00020003, r2: 0x00040005, r3: 100 },
    expect: { r0: 107 },
  },
  {
    asm: 'usad8 r0, r1, r2',
    code: [0xfb71, 0xf002],
    given: { r1: 0x01ff0510, r2: 0xff010a05 },
    expect: { r0: 0x20c },
  },
]

const bits: InstructionCase[] = [
  {
    asm: 'bfi r0, r1, #8, #4',
    code: [0xf361, 0x200b],
    given: { r0: 0xffffffff, r1: 0x5 },
    expect: { r0: 0xfffff5ff },
  },
  {
    asm: 'bfi r0, r1, #0, #32',
    code: [0xf361, 0x001f],
    given: { r0: 0, r1: 0x12345678 },
    expect: { r0: 0x12345678 },
  },
  {
    asm: 'bfc r0, #4, #24',
    code: [0xf36f, 0x101b],
    given: { r0: 0xffffffff },
    expect: { r0: 0xf000000f },
  },
  {
    asm: 'ubfx r0, r1, #28, #4',
    code: [0xf3c1, 0x7003],
    given: { r1: 0xa0000000 },
    expect: { r0: 0xa },
  },
  {
    asm: 'sbfx r0, r1, #28, #4',
    code: [0xf341, 0x7003],
    given: { r1: 0xa0000000 },
    expect: { r0: 0xfffffffa },
  },
  {
    asm: 'sbfx r0, r1, #0, #32',
    code: [0xf341, 0x001f],
    given: { r1: 0x80000001 },
    expect: { r0: 0x80000001 },
  },
  { asm: 'clz r0, r1', code: [0xfab1, 0xf081], given: { r1: 0 }, expect: { r0: 32 } },
  { asm: 'clz r0, r1', code: [0xfab1, 0xf081], given: { r1: 0x00010000 }, expect: { r0: 15 } },
  {
    asm: 'rbit r0, r1',
    code: [0xfa91, 0xf0a1],
    given: { r1: 0x00000001 },
    expect: { r0: 0x80000000 },
  },
  {
    asm: 'rbit r0, r1',
    code: [0xfa91, 0xf0a1],
    given: { r1: 0x12345678 },
    expect: { r0: 0x1e6a2c48 },
  },
  { asm: 'rev r0, r1', code: [0xba08], given: { r1: 0x12345678 }, expect: { r0: 0x78563412 } },
  { asm: 'rev16 r0, r1', code: [0xba48], given: { r1: 0x12345678 }, expect: { r0: 0x34127856 } },
  { asm: 'revsh r0, r1', code: [0xbac8], given: { r1: 0x12340080 }, expect: { r0: 0xffff8000 } },
  {
    asm: 'rev.w r8, r9',
    code: [0xfa99, 0xf889],
    given: { r9: 0x12345678 },
    expect: { r8: 0x78563412 },
  },
  { asm: 'sxtb r0, r1', code: [0xb248], given: { r1: 0x180 }, expect: { r0: 0xffffff80 } },
  { asm: 'sxth r0, r1', code: [0xb208], given: { r1: 0x18000 }, expect: { r0: 0xffff8000 } },
  { asm: 'uxtb r0, r1', code: [0xb2c8], given: { r1: 0x1ff }, expect: { r0: 0xff } },
  { asm: 'uxth r0, r1', code: [0xb288], given: { r1: 0x1ffff }, expect: { r0: 0xffff } },
  {
    asm: 'uxtb.w r0, r1, ror #8',
    code: [0xfa5f, 0xf091],
    given: { r1: 0xaabbccdd },
    expect: { r0: 0xcc },
  },
  {
    asm: 'sxtab r0, r1, r2',
    code: [0xfa41, 0xf082],
    given: { r1: 10, r2: 0xff },
    expect: { r0: 9 },
  },
  {
    asm: 'uxtah r0, r1, r2',
    code: [0xfa11, 0xf082],
    given: { r1: 1, r2: 0x1ffff },
    expect: { r0: 0x10000 },
  },
  {
    asm: 'uxtb16 r0, r1',
    code: [0xfa3f, 0xf081],
    given: { r1: 0x11223344 },
    expect: { r0: 0x00220044 },
  },
  {
    asm: 'ssat r0, #8, r1',
    code: [0xf301, 0x0007],
    given: { r1: 200 },
    expect: { r0: 127, flags: 'Q' },
  },
  {
    asm: 'ssat r0, #8, r1',
    code: [0xf301, 0x0007],
    given: { r1: 0xffffff00 },
    expect: { r0: 0xffffff80, flags: 'Q' },
  },
  {
    asm: 'ssat r0, #16, r1, lsl #4',
    code: [0xf301, 0x100f],
    given: { r1: 0x100 },
    expect: { r0: 0x1000, flags: '' },
  },
  {
    asm: 'usat r0, #8, r1',
    code: [0xf381, 0x0008],
    given: { r1: 0xffffffff },
    expect: { r0: 0, flags: 'Q' },
  },
  {
    asm: 'usat r0, #31, r1, asr #1',
    code: [0xf3a1, 0x005f],
    given: { r1: 0xfffffffe },
    expect: { r0: 0, flags: 'Q' },
  },
  {
    asm: 'usat r0, #4, r1',
    code: [0xf381, 0x0004],
    given: { r1: 15 },
    expect: { r0: 15, flags: '' },
  },
  {
    asm: 'qadd r0, r1, r2',
    code: [0xfa82, 0xf081],
    given: { r1: 0x7fffffff, r2: 1 },
    expect: { r0: 0x7fffffff, flags: 'Q' },
  },
  {
    asm: 'qsub r0, r1, r2',
    code: [0xfa82, 0xf0a1],
    given: { r1: 0x80000000, r2: 1 },
    expect: { r0: 0x80000000, flags: 'Q' },
  },
  {
    asm: 'qdadd r0, r1, r2',
    code: [0xfa82, 0xf091],
    given: { r1: 1, r2: 0x40000000 },
    expect: { r0: 0x7fffffff, flags: 'Q' },
  },
  {
    asm: 'uadd8 r0, r1, r2; sel r3, r1, r2',
    code: [0xfa81, 0xf042, 0xfaa1, 0xf382],
    given: { r1: 0xff01ff01, r2: 0x01010101 },
    expect: { r0: 0x00020002, r3: 0xff01ff01 },
  },
  {
    asm: 'ssub16 r0, r1, r2',
    code: [0xfad1, 0xf002],
    given: { r1: 0x00010005, r2: 0x00020003 },
    expect: { r0: 0xffff0002 },
  },
  {
    asm: 'uqadd8 r0, r1, r2',
    code: [0xfa81, 0xf052],
    given: { r1: 0xf0f0f0f0, r2: 0x20202020 },
    expect: { r0: 0xffffffff },
  },
  {
    asm: 'shadd16 r0, r1, r2',
    code: [0xfa91, 0xf022],
    given: { r1: 0xfffe0004, r2: 0xfffc0002 },
    expect: { r0: 0xfffd0003 },
  },
  {
    asm: 'uasx r0, r1, r2',
    code: [0xfaa1, 0xf042],
    given: { r1: 0x00050005, r2: 0x00030002 },
    expect: { r0: 0x00070002 },
  },
  {
    asm: 'pkhbt r0, r1, r2, lsl #16',
    code: [0xeac1, 0x4002],
    given: { r1: 0x11112222, r2: 0x33334444 },
    expect: { r0: 0x44442222 },
  },
  {
    asm: 'pkhtb r0, r1, r2, asr #16',
    code: [0xeac1, 0x4022],
    given: { r1: 0x11112222, r2: 0x33334444 },
    expect: { r0: 0x11113333 },
  },
]

describe.each([
  ['multiply and divide', multiplyDivide],
  ['bit operations, extension, saturation', bits],
])('%s', (_name, table) => {
  it.each(table.map((c) => [c.asm, c] as const))('%s', (_asm, c) => {
    runCase(c)
  })
})
