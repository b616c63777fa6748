import { describe, expect, it } from 'vitest'
import { tclCommand, tclScript, tclWord, UnsafeArgumentError } from '../../src/openocd/tcl.js'
import { parseTclDict, parseTclList } from '../../src/openocd/tcl-list.js'

describe('tclWord', () => {
  it('leaves plain words and numbers readable', () => {
    expect(tclWord('firmware.bin')).toBe('firmware.bin')
    expect(tclWord(0x08000000)).toBe('134217728')
    expect(tclWord('/tmp/a-b_c:d+e')).toBe('/tmp/a-b_c:d+e')
  })

  it('escapes every character that Tcl would substitute, group or separate on', () => {
    const q = tclWord('fw[exec touch pwned] $x {y};"z"\\.bin')
    expect(q).not.toMatch(/(^|[^\\])[[\]${};" ]/)
    expect(q).toBe('fw\\[exec\\ touch\\ pwned\\]\\ \\$x\\ \\{y\\}\\;\\"z\\"\\\\.bin')
  })

  it('quotes the empty string as {}', () => {
    expect(tclWord('')).toBe('{}')
  })

  it('refuses control characters and the RPC terminator', () => {
    expect(() => tclWord('a\x1ab')).toThrow(UnsafeArgumentError)
    expect(() => tclWord('a\nb')).toThrow(/control character/)
  })

  it('keeps multi-byte characters whole', () => {
    expect(tclWord('é😀')).toBe('\\é\\😀')
  })
})

describe('tclScript', () => {
  it('keeps newlines and tabs as escapes but refuses other control characters', () => {
    expect(tclScript('a\nb\tc')).toBe('a\\nb\\tc')
    expect(() => tclScript('a\x1ab')).toThrow(UnsafeArgumentError)
  })
})

describe('tclCommand', () => {
  it('quotes arguments but not the command name', () => {
    expect(tclCommand('flash write_image', 'erase', 'a b.hex')).toBe(
      'flash write_image erase a\\ b.hex',
    )
  })
})

describe('parseTclList', () => {
  it('splits braces, quotes and bare words', () => {
    expect(parseTclList('{a b} "c d" e\\ f  {x {y z}}')).toEqual(['a b', 'c d', 'e f', 'x {y z}'])
    expect(parseTclList('')).toEqual([])
  })

  it('reads a dict', () => {
    expect(parseTclDict('name stm32f1x.flash base 134217728')).toEqual({
      name: 'stm32f1x.flash',
      base: '134217728',
    })
  })

  it('refuses unbalanced braces', () => {
    expect(() => parseTclList('{a b')).toThrow(/unbalanced/)
  })
})
