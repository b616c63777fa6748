// Data processing: arithmetic flags (carry, overflow), shifts by 0/32/>32,
// ThumbExpandImm carry, the flag rules of 16-bit instructions in IT blocks.
import { describe, it } from 'vitest'
import { runCase, type InstructionCase } from './table.js'

const arithmetic: InstructionCase[] = [
  {
    asm: 'adds r0, r1, r2',
    code: [0x1888],
    given: { r1: 0xffffffff, r2: 1 },
    expect: { r0: 0, flags: 'ZC' },
  },
  {
    asm: 'adds r0, r1, r2',
    code: [0x1888],
    given: { r1: 0x7fffffff, r2: 1 },
    expect: { r0: 0x80000000, flags: 'NV' },
  },
  {
    asm: 'adds r0, r1, r2',
    code: [0x1888],
    given: { r1: 0x80000000, r2: 0x80000000 },
    expect: { r0: 0, flags: 'ZCV' },
  },
  {
    asm: 'adds r0, #200',
    code: [0x30c8],
    given: { r0: 0xffffff38 },
    expect: { r0: 0, flags: 'ZC' },
  },
  { asm: 'adds r3, r4, #7', code: [0x1de3], given: { r4: 1 }, expect: { r3: 8, flags: '' } },
  {
    asm: 'subs r0, r1, r2',
    code: [0x1a88],
    given: { r1: 0, r2: 1 },
    expect: { r0: 0xffffffff, flags: 'N' },
  },
  {
    asm: 'subs r0, r1, r2',
    code: [0x1a88],
    given: { r1: 5, r2: 5 },
    expect: { r0: 0, flags: 'ZC' },
  },
  {
    asm: 'subs r0, r1, r2',
    code: [0x1a88],
    given: { r1: 0x80000000, r2: 1 },
    expect: { r0: 0x7fffffff, flags: 'CV' },
  },
  { asm: 'subs r0, #1', code: [0x3801], given: { r0: 1 }, expect: { r0: 0, flags: 'ZC' } },
  {
    asm: 'adcs r0, r1',
    code: [0x4148],
    given: { r0: 0xffffffff, r1: 0, flags: 'C' },
    expect: { r0: 0, flags: 'ZC' },
  },
  {
    asm: 'adcs r0, r1',
    code: [0x4148],
    given: { r0: 1, r1: 2, flags: 'C' },
    expect: { r0: 4, flags: '' },
  },
  { asm: 'sbcs r0, r1', code: [0x4188], given: { r0: 5, r1: 3 }, expect: { r0: 1, flags: 'C' } },
  {
    asm: 'sbcs r0, r1',
    code: [0x4188],
    given: { r0: 5, r1: 3, flags: 'C' },
    expect: { r0: 2, flags: 'C' },
  },
  {
    asm: 'sbcs r0, r1',
    code: [0x4188],
    given: { r0: 0, r1: 0 },
    expect: { r0: 0xffffffff, flags: 'N' },
  },
  { asm: 'negs r0, r1', code: [0x4248], given: { r1: 0 }, expect: { r0: 0, flags: 'ZC' } },
  {
    asm: 'negs r0, r1',
    code: [0x4248],
    given: { r1: 0x80000000 },
    expect: { r0: 0x80000000, flags: 'NV' },
  },
  { asm: 'cmp r0, #5', code: [0x2805], given: { r0: 3 }, expect: { r0: 3, flags: 'N' } },
  { asm: 'cmp r0, r9', code: [0x4548], given: { r0: 3, r9: 3 }, expect: { flags: 'ZC' } },
  { asm: 'cmn r0, r1', code: [0x42c8], given: { r0: 1, r1: 0xffffffff }, expect: { flags: 'ZC' } },
  {
    asm: 'add r8, r9',
    code: [0x44c8],
    given: { r8: 0xffffffff, r9: 2, flags: 'NZCV' },
    expect: { r8: 1, flags: 'NZCV' },
  },
  {
    asm: 'adds.w r0, r1, #0x10000',
    code: [0xf511, 0x3080],
    given: { r1: 0xffff0000 },
    expect: { r0: 0, flags: 'ZC' },
  },
  {
    asm: 'addw r0, r1, #4095',
    code: [0xf601, 0x70ff],
    given: { r1: 1, flags: 'Z' },
    expect: { r0: 4096, flags: 'Z' },
  },
  {
    asm: 'subw r0, r1, #1',
    code: [0xf2a1, 0x0001],
    given: { r1: 0 },
    expect: { r0: 0xffffffff, flags: '' },
  },
  {
    asm: 'sub.w r0, r1, r2, lsl #4',
    code: [0xeba1, 0x1002],
    given: { r1: 0x100, r2: 0x10 },
    expect: { r0: 0 },
  },
  {
    asm: 'rsb.w r0, r1, #0',
    code: [0xf1c1, 0x0000],
    given: { r1: 1 },
    expect: { r0: 0xffffffff, flags: '' },
  },
  {
    asm: 'rsbs.w r0, r1, r2, asr #1',
    code: [0xebd1, 0x0062],
    given: { r1: 1, r2: 2 },
    expect: { r0: 0, flags: 'ZC' },
  },
  {
    asm: 'adc.w r0, r1, #1',
    code: [0xf141, 0x0001],
    given: { r1: 1, flags: 'C' },
    expect: { r0: 3, flags: 'C' },
  },
  {
    asm: 'sbcs.w r0, r1, r2',
    code: [0xeb71, 0x0002],
    given: { r1: 0, r2: 0, flags: 'C' },
    expect: { r0: 0, flags: 'ZC' },
  },
  {
    asm: 'cmp.w r0, #0x80000000',
    code: [0xf1b0, 0x4f00],
    given: { r0: 0x7fffffff },
    expect: { flags: 'NV' },
  },
  {
    asm: 'cmn.w r0, #1',
    code: [0xf110, 0x0f01],
    given: { r0: 0xffffffff },
    expect: { flags: 'ZC' },
  },
  {
    asm: 'add.w sp, sp, #16',
    code: [0xf10d, 0x0d10],
    given: { sp: 0x20001000 },
    expect: { sp: 0x20001010 },
  },
  { asm: 'sub sp, #8', code: [0xb082], given: { sp: 0x20001000 }, expect: { sp: 0x20000ff8 } },
  { asm: 'add r0, sp, #8', code: [0xa802], given: { sp: 0x20001000 }, expect: { r0: 0x20001008 } },
  {
    asm: 'adr r0, 1f; nop; nop; .align 2; 1:',
    code: [0xa001, 0xbf00, 0xbf00, 0xbf00],
    expect: { r0: 0x08000208 },
  },
  {
    asm: 'movw r0, #0xbeef; movt r0, #0xdead',
    code: [0xf64b, 0x60ef, 0xf6cd, 0x60ad],
    expect: { r0: 0xdeadbeef },
  },
  { asm: 'movs r0, #0', code: [0x2000], given: { flags: 'NC' }, expect: { r0: 0, flags: 'ZC' } },
  { asm: 'mov.w r0, #0xff00ff00', code: [0xf04f, 0x20ff], expect: { r0: 0xff00ff00 } },
  { asm: 'mvn r0, #0', code: [0xf06f, 0x0000], expect: { r0: 0xffffffff } },
  {
    asm: 'movs.w r0, #0x80000000',
    code: [0xf05f, 0x4000],
    expect: { r0: 0x80000000, flags: 'NC' },
  },
  { asm: 'mov r0, sp', code: [0x4668], given: { sp: 0x20000ff0 }, expect: { r0: 0x20000ff0 } },
]

const logical: InstructionCase[] = [
  {
    asm: 'ands r0, r1',
    code: [0x4008],
    given: { r0: 0xf0, r1: 0x0f, flags: 'C' },
    expect: { r0: 0, flags: 'ZC' },
  },
  {
    asm: 'eors r0, r1',
    code: [0x4048],
    given: { r0: 0xffffffff, r1: 0x7fffffff },
    expect: { r0: 0x80000000, flags: 'N' },
  },
  {
    asm: 'orrs r0, r1',
    code: [0x4308],
    given: { r0: 1, r1: 2, flags: 'V' },
    expect: { r0: 3, flags: 'V' },
  },
  {
    asm: 'bics r0, r1',
    code: [0x4388],
    given: { r0: 0xff, r1: 0x0f },
    expect: { r0: 0xf0, flags: '' },
  },
  { asm: 'mvns r0, r1', code: [0x43c8], given: { r1: 0 }, expect: { r0: 0xffffffff, flags: 'N' } },
  { asm: 'tst r0, r1', code: [0x4208], given: { r0: 2, r1: 1 }, expect: { flags: 'Z' } },
  // ThumbExpandImm: a rotated constant sets C from bit 31; a replicated one leaves C.
  {
    asm: 'ands.w r0, r1, #0x80000000',
    code: [0xf011, 0x4000],
    given: { r1: 0x80000000 },
    expect: { r0: 0x80000000, flags: 'NC' },
  },
  {
    asm: 'ands.w r0, r1, #0x3fc',
    code: [0xf411, 0x707f],
    given: { r1: 0xffff, flags: 'C' },
    expect: { r0: 0x3fc, flags: '' },
  },
  {
    asm: 'ands.w r0, r1, #0x00ff00ff',
    code: [0xf011, 0x10ff],
    given: { r1: 0xffff, flags: 'C' },
    expect: { r0: 0xff, flags: 'C' },
  },
  {
    asm: 'tst.w r0, #0xff000000',
    code: [0xf010, 0x4f7f],
    given: { r0: 0x01000000 },
    expect: { flags: 'C' },
  },
  { asm: 'teq.w r0, r1', code: [0xea90, 0x0f01], given: { r0: 5, r1: 5 }, expect: { flags: 'Z' } },
  {
    asm: 'orn r0, r1, r2',
    code: [0xea61, 0x0002],
    given: { r1: 1, r2: 0xfffffff0 },
    expect: { r0: 0xf },
  },
  {
    asm: 'bic.w r0, r1, #0xff',
    code: [0xf021, 0x00ff],
    given: { r1: 0x1234 },
    expect: { r0: 0x1200 },
  },
  {
    asm: 'eor.w r0, r1, r2, ror #8',
    code: [0xea81, 0x2032],
    given: { r1: 0, r2: 0x12345678 },
    expect: { r0: 0x78123456 },
  },
  {
    asm: 'orrs.w r0, r1, r2, lsr #1',
    code: [0xea51, 0x0052],
    given: { r1: 0, r2: 1 },
    expect: { r0: 0, flags: 'ZC' },
  },
  {
    asm: 'mvns.w r0, r1, lsl #1',
    code: [0xea7f, 0x0041],
    given: { r1: 0x80000000 },
    expect: { r0: 0xffffffff, flags: 'NC' },
  },
]

const shifts: InstructionCase[] = [
  {
    asm: 'lsls r0, r1, #1',
    code: [0x0048],
    given: { r1: 0x80000001 },
    expect: { r0: 2, flags: 'C' },
  },
  {
    asm: 'lsls r0, r1, #0',
    code: [0x0008],
    given: { r1: 0x80000000, flags: 'C' },
    expect: { r0: 0x80000000, flags: 'NC' },
  },
  {
    asm: 'lsrs r0, r1, #32',
    code: [0x0808],
    given: { r1: 0x80000000 },
    expect: { r0: 0, flags: 'ZC' },
  },
  { asm: 'lsrs r0, r1, #1', code: [0x0848], given: { r1: 1 }, expect: { r0: 0, flags: 'ZC' } },
  {
    asm: 'asrs r0, r1, #32',
    code: [0x1008],
    given: { r1: 0x80000000 },
    expect: { r0: 0xffffffff, flags: 'NC' },
  },
  {
    asm: 'asrs r0, r1, #31',
    code: [0x17c8],
    given: { r1: 0x40000000 },
    expect: { r0: 0, flags: 'ZC' },
  },
  {
    asm: 'lsls r0, r1',
    code: [0x4088],
    given: { r0: 0x80000001, r1: 0, flags: 'C' },
    expect: { r0: 0x80000001, flags: 'NC' },
  },
  { asm: 'lsls r0, r1', code: [0x4088], given: { r0: 1, r1: 32 }, expect: { r0: 0, flags: 'ZC' } },
  {
    asm: 'lsls r0, r1',
    code: [0x4088],
    given: { r0: 1, r1: 33, flags: 'C' },
    expect: { r0: 0, flags: 'Z' },
  },
  { asm: 'lsls r0, r1', code: [0x4088], given: { r0: 1, r1: 0x101 }, expect: { r0: 2, flags: '' } },
  {
    asm: 'lsrs r0, r1',
    code: [0x40c8],
    given: { r0: 0x80000000, r1: 32 },
    expect: { r0: 0, flags: 'ZC' },
  },
  {
    asm: 'lsrs r0, r1',
    code: [0x40c8],
    given: { r0: 0x80000000, r1: 200 },
    expect: { r0: 0, flags: 'Z' },
  },
  {
    asm: 'asrs r0, r1',
    code: [0x4108],
    given: { r0: 0x80000000, r1: 40 },
    expect: { r0: 0xffffffff, flags: 'NC' },
  },
  {
    asm: 'rors r0, r1',
    code: [0x41c8],
    given: { r0: 0x80000001, r1: 1 },
    expect: { r0: 0xc0000000, flags: 'NC' },
  },
  {
    asm: 'rors r0, r1',
    code: [0x41c8],
    given: { r0: 0x80000000, r1: 32 },
    expect: { r0: 0x80000000, flags: 'NC' },
  },
  {
    asm: 'rors r0, r1',
    code: [0x41c8],
    given: { r0: 0x1, r1: 0, flags: 'C' },
    expect: { r0: 1, flags: 'C' },
  },
  {
    asm: 'rrxs r0, r1',
    code: [0xea5f, 0x0031],
    given: { r1: 3, flags: 'C' },
    expect: { r0: 0x80000001, flags: 'NC' },
  },
  {
    asm: 'lsl.w r0, r1, r2',
    code: [0xfa01, 0xf002],
    given: { r1: 3, r2: 31, flags: 'Z' },
    expect: { r0: 0x80000000, flags: 'Z' },
  },
  {
    asm: 'asr.w r0, r1, #4',
    code: [0xea4f, 0x1021],
    given: { r1: 0xf0000000 },
    expect: { r0: 0xff000000 },
  },
  {
    asm: 'ror.w r0, r1, #4',
    code: [0xea4f, 0x1031],
    given: { r1: 0x12345678 },
    expect: { r0: 0x81234567 },
  },
]

const itBlocks: InstructionCase[] = [
  // Inside IT, "adds" is the 16-bit non-flag-setting ADD; outside, the same encoding sets flags.
  {
    asm: 'cmp r0, r0; itt eq; addeq r1, r1, r2; moveq r3, #0',
    code: [0x4280, 0xbf04, 0x1889, 0x2300],
    given: { r0: 1, r1: 0xffffffff, r2: 1 },
    expect: { r1: 0, r3: 0, flags: 'ZC' },
  },
  {
    asm: 'cmp r0, #1; ite ne; movne r1, #1; moveq r1, #2',
    code: [0x2801, 0xbf14, 0x2101, 0x2102],
    given: { r0: 1 },
    expect: { r1: 2 },
  },
  {
    asm: 'cmp r0, #1; ite ne; movne r1, #1; moveq r1, #2',
    code: [0x2801, 0xbf14, 0x2101, 0x2102],
    given: { r0: 0 },
    expect: { r1: 1 },
  },
  {
    asm: 'cmp r0, #3; ittee hi; movhi r1, #1; movhi r2, #1; movls r3, #1; movls r4, #1',
    code: [0x2803, 0xbf87, 0x2101, 0x2201, 0x2301, 0x2401],
    given: { r0: 3 },
    expect: { r1: 0, r2: 0, r3: 1, r4: 1 },
  },
  // A flag-setting instruction inside the block changes the later conditions.
  {
    asm: 'cmp r0, #0; itt eq; cmpeq r1, #0; moveq r2, #7',
    code: [0x2800, 0xbf04, 0x2900, 0x2207],
    given: { r0: 0, r1: 1 },
    expect: { r2: 0 },
  },
  {
    asm: 'movs r0, #0; it mi; movmi r0, #9; adds r0, #1',
    code: [0x2000, 0xbf48, 0x2009, 0x3001],
    expect: { r0: 1, flags: '' },
  },
  {
    asm: 'cmp r0, #5; itete ge; movge r1, #1; movlt r1, #2; addge r1, #10; addlt r1, #20',
    code: [0x2805, 0xbfab, 0x2101, 0x2102, 0x310a, 0x3114],
    given: { r0: 4 },
    expect: { r1: 22 },
  },
  {
    asm: 'cmp r0, #5; it gt; addgt.w r1, r1, #0x1000',
    code: [0x2805, 0xbfc8, 0xf501, 0x5180],
    given: { r0: 6, r1: 1 },
    expect: { r1: 0x1001 },
  },
  {
    asm: 'cmp r0, #5; it lt; ldrlt r1, [r2]',
    code: [0x2805, 0xbfb8, 0x6811],
    given: { r0: 6, r1: 7, r2: 0x40000000 },
    expect: { r1: 7 },
  },
]

describe.each([
  ['arithmetic', arithmetic],
  ['logical', logical],
  ['shifts', shifts],
  ['IT blocks', itBlocks],
])('%s', (_name, table) => {
  it.each(table.map((c) => [c.asm, c] as const))('%s', (_asm, c) => {
    runCase(c)
  })
})
