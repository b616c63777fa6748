export const id = 865;
export const ids = [865];
export const modules = {

/***/ 2605:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mS: () => (/* binding */ tclWord),
/* harmony export */   rX: () => (/* binding */ tclCommand),
/* harmony export */   tp: () => (/* binding */ tclScript)
/* harmony export */ });
/* unused harmony exports UnsafeArgumentError, tclHex */
// Quoting of values as Tcl words. Every value that reaches OpenOCD's Tcl
// interpreter from a user (file names, numbers, names) goes through tclWord,
// so `fw[exec rm -rf ~].bin` stays a file name and is never evaluated.
/** Thrown for a value that cannot be passed to OpenOCD safely. */
class UnsafeArgumentError extends Error {
    constructor(value, reason) {
        super(`cannot pass ${JSON.stringify(value)} to OpenOCD: ${reason}`);
        this.name = 'UnsafeArgumentError';
    }
}
// 0x1a ends a TCL RPC message; other control characters have no business in
// a file name or number and would be mangled by Tcl's backslash rules.
// eslint-disable-next-line no-control-regex
const ANY_CONTROL = /[\x00-\x1f\x7f]/;
// A script may span lines and hold tabs; those survive as escapes.
// eslint-disable-next-line no-control-regex
const SCRIPT_CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/;
const LINE_ESCAPES = { '\n': '\\n', '\t': '\\t', '\r': '\\r' };
// Every character other than ASCII letters, digits and a few inert marks is
// backslash-escaped, which leaves no substitution ($, [, \), grouping ({, ",
// whitespace) or separator (;) active.
function quote(value, control) {
    if (control.test(value))
        throw new UnsafeArgumentError(value, 'it contains a control character');
    if (value === '')
        return '{}';
    return value.replace(/[^A-Za-z0-9_./:+-]/gu, (c) => LINE_ESCAPES[c] ?? `\\${c}`);
}
/** Quotes a value as one Tcl word. */
function tclWord(value) {
    return quote(String(value), ANY_CONTROL);
}
/** Quotes a whole Tcl script (a raw command, possibly several lines) as one word, for `eval`. */
function tclScript(script) {
    return quote(script, SCRIPT_CONTROL);
}
/** Formats a number as a Tcl-safe hexadecimal literal (0x...). */
function tclHex(n) {
    if (typeof n === 'number' && (!Number.isSafeInteger(n) || n < 0)) {
        throw new UnsafeArgumentError(String(n), 'it is not a non-negative integer');
    }
    return `0x${n.toString(16)}`;
}
/** Joins a command name (trusted) and user values (quoted) into one command. */
function tclCommand(name, ...args) {
    return [name, ...args.map(tclWord)].join(' ');
}


/***/ }),

/***/ 2718:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ formatFault),
/* harmony export */   Gm: () => (/* binding */ parseFault),
/* harmony export */   nR: () => (/* binding */ parseByteCount),
/* harmony export */   n_: () => (/* binding */ FAULT_SYNTAX)
/* harmony export */ });
// Fault specs for the virtual target: `openocd-flash sim --fault SPEC` and
// the `faults` option of startVirtualTarget. A spec is KIND:KEY=VALUE,...;
// numbers are decimal or 0x-hex, byte counts may end in K (KiB) or M (MiB).
// Several faults may be given; all of them apply. Each makes OpenOCD report
// an error rather than success:
//
//   erase-fail:sector=N            erasing sector N (F1: the 1 KiB page N, as
//                                  `flash erase_sector` numbers them) fails and
//                                  leaves it as it was; a mass erase fails too.
//                                  F1 sets SR.PGERR, F4 SR.OPERR.
//   program-fail:addr=A            programming the flash location that holds
//                                  address A fails (F1 PGERR, F4 OPERR).
//   stuck-bits:addr=A,mask=M[,level=0|1]
//                                  the bits M of the byte at A read as `level`
//                                  (default 0) whatever the cells hold, so
//                                  programming succeeds and verification fails
//                                  at A (if the image has other values there).
//   disconnect:after-bytes=N       once N bytes have been programmed (counted
//                                  over the simulator's life; it fires once),
//                                  the target stops answering — TDO stuck high,
//                                  as with a target that lost power — until
//                                  OpenOCD reconnects; OpenOCD reports JTAG
//                                  errors ("Invalid ACK (7) in DAP response").
//   slow:ms=N[,op=erase|program|any]
//                                  main-flash erases and/or programs keep BSY set
//                                  for N ms (1..60000). OpenOCD gives up after
//                                  5 polls of 1 ms per program step, 100 per F1
//                                  erase and 10000 per F4 sector erase, and then
//                                  reports "timed out waiting for flash".
/** One line per fault kind, for help texts. */
const FAULT_SYNTAX = [
    'erase-fail:sector=N',
    'program-fail:addr=ADDR',
    'stuck-bits:addr=ADDR,mask=M[,level=0|1]',
    'disconnect:after-bytes=N',
    'slow:ms=N[,op=erase|program|any]',
];
const MAX_SLOW_MS = 60_000;
const KINDS = {
    'erase-fail': {
        required: ['sector'],
        optional: [],
        build: (o, spec) => ({ kind: 'erase-fail', sector: number(o, 'sector', spec, 0, 0xffff) }),
    },
    'program-fail': {
        required: ['addr'],
        optional: [],
        build: (o, spec) => ({ kind: 'program-fail', address: number(o, 'addr', spec, 0, 0xffffffff) }),
    },
    'stuck-bits': {
        required: ['addr', 'mask'],
        optional: ['level'],
        build: (o, spec) => ({
            kind: 'stuck-bits',
            address: number(o, 'addr', spec, 0, 0xffffffff),
            mask: number(o, 'mask', spec, 1, 0xff),
            level: o.has('level') ? number(o, 'level', spec, 0, 1) : 0,
        }),
    },
    disconnect: {
        required: ['after-bytes'],
        optional: [],
        build: (o, spec) => ({
            kind: 'disconnect',
            afterBytes: number(o, 'after-bytes', spec, 1, 0xffffffff),
        }),
    },
    slow: {
        required: ['ms'],
        optional: ['op'],
        build: (o, spec) => ({
            kind: 'slow',
            ms: number(o, 'ms', spec, 1, MAX_SLOW_MS),
            operation: slowOperation(o.get('op') ?? 'any', spec),
        }),
    },
};
/** Parses one fault spec; throws an Error whose message says what is wrong. */
function parseFault(spec) {
    const colon = spec.indexOf(':');
    const kind = colon < 0 ? spec : spec.slice(0, colon);
    const syntax = Object.hasOwn(KINDS, kind) ? KINDS[kind] : undefined;
    if (!syntax) {
        throw new Error(`bad fault "${spec}": unknown kind "${kind}" (expected ${Object.keys(KINDS).join(', ')})`);
    }
    const options = parseOptions(colon < 0 ? '' : spec.slice(colon + 1), spec);
    const allowed = [...syntax.required, ...syntax.optional];
    for (const key of options.keys()) {
        if (!allowed.includes(key)) {
            throw new Error(`bad fault "${spec}": unknown option "${key}" (${kind} takes ${allowed.join(', ')})`);
        }
    }
    for (const key of syntax.required) {
        if (!options.has(key))
            throw new Error(`bad fault "${spec}": ${kind} needs ${key}=...`);
    }
    return syntax.build(options, spec);
}
/** The spec a fault was parsed from, in canonical form (for messages). */
function formatFault(fault) {
    const hex = (n) => `0x${n.toString(16)}`;
    switch (fault.kind) {
        case 'erase-fail':
            return `erase-fail:sector=${fault.sector}`;
        case 'program-fail':
            return `program-fail:addr=${hex(fault.address)}`;
        case 'stuck-bits':
            return `stuck-bits:addr=${hex(fault.address)},mask=${hex(fault.mask)},level=${fault.level}`;
        case 'disconnect':
            return `disconnect:after-bytes=${fault.afterBytes}`;
        case 'slow':
            return `slow:ms=${fault.ms},op=${fault.operation}`;
    }
}
function parseOptions(text, spec) {
    const options = new Map();
    if (text === '')
        return options;
    for (const part of text.split(',')) {
        const eq = part.indexOf('=');
        if (eq <= 0 || eq === part.length - 1) {
            throw new Error(`bad fault "${spec}": expected KEY=VALUE, got "${part}"`);
        }
        const key = part.slice(0, eq);
        if (options.has(key))
            throw new Error(`bad fault "${spec}": ${key} given twice`);
        options.set(key, part.slice(eq + 1));
    }
    return options;
}
const UNITS = { '': 1, k: 1024, m: 1024 * 1024 };
/** Decimal or 0x-hex, optionally with a K or M suffix. */
function parseByteCount(text) {
    const match = /^(0x[0-9a-f]+|\d+)([km]?)$/iu.exec(text.trim());
    if (!match)
        return undefined;
    return Number(match[1]) * UNITS[match[2].toLowerCase()];
}
function number(options, key, spec, min, max) {
    const text = options.get(key) ?? '';
    const value = parseByteCount(text);
    if (value === undefined)
        throw new Error(`bad fault "${spec}": ${key}=${text} is not a number`);
    if (value < min || value > max) {
        throw new Error(`bad fault "${spec}": ${key} must be between ${min} and ${max}`);
    }
    return value;
}
function slowOperation(text, spec) {
    if (text === 'erase' || text === 'program' || text === 'any')
        return text;
    throw new Error(`bad fault "${spec}": op must be erase, program or any`);
}


/***/ }),

/***/ 6865:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  m0: () => (/* reexport */ openocdArgs),
  zC: () => (/* reexport */ startVirtualTarget)
});

// UNUSED EXPORTS: parseFault

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/sim/bus/bus.ts
// The system bus behind the AHB-AP: an address map of devices. Devices see
// offsets inside their own window and plain (not lane-shifted) values; the
// MEM-AP does byte lanes and alignment.
/** A bus error response: the MEM-AP turns it into STICKYERR. */
class BusFault extends Error {
    constructor(reason) {
        super(reason);
        this.name = 'BusFault';
    }
}
/** An address decoder; the first mapped region that contains an address wins, and unmapped addresses fault. */
class Bus {
    regions = [];
    // Flash programming and bank reads hit the same region many times in a row.
    last;
    map(base, size, device) {
        const end = base + size;
        const shadowed = this.regions.some((r) => r.base < end && base < r.end);
        this.regions.push({ base, end, device, shadowed });
        return this;
    }
    read(address, size) {
        const region = this.find(address);
        if (!region)
            throw new BusFault(`no device at 0x${address.toString(16)}`);
        return region.device.read(address - region.base, size);
    }
    write(address, size, value) {
        const region = this.find(address);
        if (!region)
            throw new BusFault(`no device at 0x${address.toString(16)}`);
        region.device.write(address - region.base, size, value);
    }
    find(address) {
        const last = this.last;
        if (last && address >= last.base && address < last.end)
            return last;
        for (const region of this.regions) {
            if (address >= region.base && address < region.end) {
                if (!region.shadowed)
                    this.last = region;
                return region;
            }
        }
        return undefined;
    }
}
/** Read-as-zero, write-ignored: unimplemented space inside the PPB. */
const readAsZero = {
    read: () => 0,
    write: () => { },
};

;// CONCATENATED MODULE: ./src/sim/bus/memory.ts
// Byte-addressed little-endian memory: SRAM, and read-only system memory.

function readLittleEndian(bytes, offset, size) {
    if (size === 4)
        return bytes.readUInt32LE(offset);
    if (size === 2)
        return bytes.readUInt16LE(offset);
    return bytes[offset];
}
function writeLittleEndian(bytes, offset, size, value) {
    if (size === 4)
        bytes.writeUInt32LE(value >>> 0, offset);
    else if (size === 2)
        bytes.writeUInt16LE(value & 0xffff, offset);
    else
        bytes[offset] = value & 0xff;
}
class Memory {
    bytes;
    writable;
    constructor(bytes, writable) {
        this.bytes = bytes;
        this.writable = writable;
    }
    static ram(size) {
        return new Memory(Buffer.alloc(size), true);
    }
    static rom(bytes) {
        return new Memory(bytes, false);
    }
    read(offset, size) {
        return readLittleEndian(this.bytes, offset, size);
    }
    write(offset, size, value) {
        if (!this.writable)
            throw new BusFault('write to read-only memory');
        writeLittleEndian(this.bytes, offset, size, value);
    }
}

;// CONCATENATED MODULE: ./src/sim/bus/registers.ts
// Memory-mapped 32-bit register files. Models implement RegisterFile; the
// RegisterBlock adapter puts them on the bus. Sub-word reads take the byte
// lanes of the word; sub-word writes fault, so that a write-1-to-clear
// register can never be hit by an accidental read-modify-write.

const SIZE_MASK = [0, 0xff, 0xffff, 0, 0xffffffff];
class RegisterBlock {
    file;
    constructor(file) {
        this.file = file;
    }
    read(offset, size) {
        const word = this.file.readRegister(offset & ~3) >>> 0;
        return size === 4 ? word : (word >>> ((offset & 3) * 8)) & SIZE_MASK[size];
    }
    write(offset, size, value) {
        if (size !== 4)
            throw new BusFault('registers take 32-bit writes only');
        this.file.writeRegister(offset, value >>> 0);
    }
}
/**
 * Peripheral space nobody models (RCC, GPIO, ...): remembers what is written,
 * reads zero elsewhere. Enough for the configs' clock set-up writes.
 */
class PlainRegisters {
    words = new Map();
    read(offset, size) {
        const word = this.words.get(offset & ~3) ?? 0;
        return size === 4 ? word : (word >>> ((offset & 3) * 8)) & SIZE_MASK[size];
    }
    write(offset, size, value) {
        const aligned = offset & ~3;
        const shift = (offset & 3) * 8;
        const mask = (SIZE_MASK[size] << shift) >>> 0;
        const old = this.words.get(aligned) ?? 0;
        this.words.set(aligned, ((old & ~mask) | ((value << shift) & mask)) >>> 0);
    }
}

;// CONCATENATED MODULE: ./src/sim/core/core-registers.ts
// The core registers as the debugger reaches them through DCRSR/DCRDR.
// Nothing executes, so they only change on reset or when OpenOCD writes them.
const RegisterSelector = {
    SP: 13,
    LR: 14,
    DebugReturnAddress: 15,
    XPSR: 16,
    MSP: 17,
    PSP: 18,
    /** CONTROL[31:24], FAULTMASK[23:16], BASEPRI[15:8], PRIMASK[7:0]. */
    Special: 20,
};
const THUMB = 0x01000000;
const CONTROL_SPSEL = 1 << 25; // CONTROL bit 1, as packed into selector 20
class CoreRegisters {
    values = new Uint32Array(128);
    /** The reset values: SP and PC come from the vector table. */
    reset(initialSp, resetVector) {
        this.values.fill(0);
        this.values[RegisterSelector.MSP] = initialSp & ~3;
        this.values[RegisterSelector.DebugReturnAddress] = resetVector & ~1;
        this.values[RegisterSelector.LR] = 0xffffffff;
        this.values[RegisterSelector.XPSR] = THUMB;
    }
    /** Unimplemented selectors (FPU registers on an M3) read as zero. */
    read(selector) {
        return this.values[this.resolve(selector)];
    }
    write(selector, value) {
        this.values[this.resolve(selector)] = value;
    }
    // SP is whichever stack pointer CONTROL.SPSEL selects.
    resolve(selector) {
        if (selector !== RegisterSelector.SP)
            return selector;
        return this.values[RegisterSelector.Special] & CONTROL_SPSEL
            ? RegisterSelector.PSP
            : RegisterSelector.MSP;
    }
}

;// CONCATENATED MODULE: ./src/sim/core/cortex-m-debug.ts

const CPUID = 0xd00;
const AIRCR = 0xd0c;
const DFSR = 0xd30;
const DHCSR = 0xdf0;
const DCRSR = 0xdf4;
const DCRDR = 0xdf8;
const DEMCR = 0xdfc;
const MVFR0 = 0xf40;
const MVFR1 = 0xf44;
const DBGKEY = 0xa05f;
const VECTKEY = 0x05fa;
const AIRCR_READ_KEY = 0xfa050000;
const AIRCR_VECTRESET = 1 << 0;
const AIRCR_SYSRESETREQ = 1 << 2;
const C_DEBUGEN = 1 << 0;
const C_HALT = 1 << 1;
const C_STEP = 1 << 2;
const DHCSR_CONTROL = 0x2f; // C_DEBUGEN, C_HALT, C_STEP, C_MASKINTS, C_SNAPSTALL
const S_REGRDY = 1 << 16;
const S_HALT = 1 << 17;
const S_RETIRE_ST = 1 << 24;
const S_RESET_ST = 1 << 25;
const DCRSR_REGWNR = 1 << 16;
const DCRSR_REGSEL = 0x7f;
const DFSR_HALTED = 1 << 0;
const DFSR_VCATCH = 1 << 3;
const DFSR_BITS = 0x1f;
const DEMCR_VC_CORERESET = 1 << 0;
const DEMCR_BITS = 0x010f07f1;
class CortexMDebug {
    description;
    requestSystemReset;
    readVector;
    registers = new CoreRegisters();
    halted = false;
    control = 0;
    // Set by every core reset (including power-on), cleared by reading DHCSR.
    resetSeen = true;
    dfsr = 0;
    demcr = 0;
    dcrdr = 0;
    prigroup = 0;
    constructor(description, 
    /** AIRCR.SYSRESETREQ: the chip resets its peripherals and calls reset(). */
    requestSystemReset, 
    /** Reads a vector-table word at reset. */
    readVector) {
        this.description = description;
        this.requestSystemReset = requestSystemReset;
        this.readVector = readVector;
    }
    /**
     * The core's part of a reset. Debug state (DHCSR control, DEMCR, DFSR)
     * survives; with vector catch the core halts before the first instruction.
     */
    reset() {
        this.registers.reset(this.readVector(0), this.readVector(4));
        this.resetSeen = true;
        const debugging = (this.control & C_DEBUGEN) !== 0;
        if (debugging && this.demcr & DEMCR_VC_CORERESET) {
            this.control |= C_HALT;
            this.halt(DFSR_VCATCH);
        }
        else if (debugging && this.control & C_HALT) {
            this.halt(DFSR_HALTED);
        }
        else {
            this.halted = false;
        }
    }
    readRegister(offset) {
        switch (offset) {
            case CPUID:
                return this.description.cpuid;
            case AIRCR:
                return (AIRCR_READ_KEY | (this.prigroup << 8)) >>> 0;
            case DFSR:
                return this.dfsr;
            case DHCSR:
                return this.readDhcsr();
            case DCRDR:
                return this.dcrdr;
            case DEMCR:
                return this.demcr;
            case MVFR0:
                return this.description.mvfr?.[0] ?? 0;
            case MVFR1:
                return this.description.mvfr?.[1] ?? 0;
            default:
                return 0;
        }
    }
    writeRegister(offset, value) {
        switch (offset) {
            case AIRCR:
                this.writeAircr(value);
                break;
            case DFSR:
                this.dfsr &= ~(value & DFSR_BITS);
                break;
            case DHCSR:
                this.writeDhcsr(value);
                break;
            case DCRSR:
                this.transferRegister(value);
                break;
            case DCRDR:
                this.dcrdr = value;
                break;
            case DEMCR:
                this.demcr = value & DEMCR_BITS;
                break;
        }
    }
    readDhcsr() {
        let value = this.control | S_REGRDY | (this.halted ? S_HALT : S_RETIRE_ST);
        if (this.resetSeen)
            value |= S_RESET_ST;
        this.resetSeen = false;
        return value >>> 0;
    }
    writeDhcsr(value) {
        if (value >>> 16 !== DBGKEY)
            return;
        this.control = value & DHCSR_CONTROL;
        if (!(this.control & C_DEBUGEN)) {
            this.halted = false;
        }
        else if (this.control & C_HALT) {
            if (!this.halted)
                this.halt(DFSR_HALTED);
        }
        else if (this.halted) {
            // Resume; a step executes "one instruction" (none here) and halts again.
            this.halted = false;
            if (this.control & C_STEP)
                this.halt(DFSR_HALTED);
        }
    }
    writeAircr(value) {
        if (value >>> 16 !== VECTKEY)
            return;
        this.prigroup = (value >>> 8) & 7;
        if (value & AIRCR_SYSRESETREQ)
            this.requestSystemReset();
        else if (value & AIRCR_VECTRESET)
            this.reset();
    }
    // Transfers complete at once, so S_REGRDY is always set.
    transferRegister(value) {
        const selector = value & DCRSR_REGSEL;
        if (value & DCRSR_REGWNR)
            this.registers.write(selector, this.dcrdr);
        else
            this.dcrdr = this.registers.read(selector);
    }
    halt(reason) {
        this.halted = true;
        this.dfsr |= reason;
    }
}

;// CONCATENATED MODULE: ./src/sim/core/dwt.ts
const DWT_CTRL = 0x000;
const DWT_COMP0 = 0x020;
const COMPARATOR_STRIDE = 0x10;
const DWT_CTRL_WRITABLE = 0x0fffffff;
class DataWatchpoint {
    numberOfComparators;
    ctrl = 0;
    // COMP, MASK, FUNCTION (and a reserved word) per comparator.
    comparators;
    constructor(numberOfComparators) {
        this.numberOfComparators = numberOfComparators;
        this.comparators = new Uint32Array(numberOfComparators * 4);
    }
    readRegister(offset) {
        if (offset === DWT_CTRL)
            return ((this.numberOfComparators << 28) | this.ctrl) >>> 0;
        const index = this.comparatorWord(offset);
        return index < 0 ? 0 : this.comparators[index];
    }
    writeRegister(offset, value) {
        if (offset === DWT_CTRL) {
            this.ctrl = value & DWT_CTRL_WRITABLE;
            return;
        }
        const index = this.comparatorWord(offset);
        if (index >= 0)
            this.comparators[index] = value;
    }
    comparatorWord(offset) {
        const relative = offset - DWT_COMP0;
        if (relative < 0 || relative >= this.numberOfComparators * COMPARATOR_STRIDE)
            return -1;
        return relative >> 2;
    }
}

;// CONCATENATED MODULE: ./src/sim/core/fpb.ts
const FP_CTRL = 0x000;
const FP_COMP0 = 0x008;
const FP_CTRL_KEY = 1 << 1;
const FP_CTRL_ENABLE = 1 << 0;
class FlashPatchBreakpoint {
    enabled = false;
    comparators;
    ctrlId;
    constructor(codeComparators, literalComparators) {
        this.comparators = new Uint32Array(codeComparators + literalComparators);
        // NUM_CODE is split: bits 14:12 hold its high part, bits 7:4 its low part.
        this.ctrlId =
            ((codeComparators & 0x70) << 8) | (literalComparators << 8) | ((codeComparators & 0xf) << 4);
    }
    readRegister(offset) {
        if (offset === FP_CTRL)
            return this.ctrlId | (this.enabled ? FP_CTRL_ENABLE : 0);
        return this.comparators[this.comparatorIndex(offset)] ?? 0;
    }
    writeRegister(offset, value) {
        if (offset === FP_CTRL) {
            if (value & FP_CTRL_KEY)
                this.enabled = (value & FP_CTRL_ENABLE) !== 0;
            return;
        }
        const index = this.comparatorIndex(offset);
        if (index >= 0 && index < this.comparators.length)
            this.comparators[index] = value;
    }
    comparatorIndex(offset) {
        return (offset - FP_COMP0) >> 2;
    }
}

;// CONCATENATED MODULE: ./src/sim/dap/jtag-dp.ts
// The ARM JTAG-DP (ADIv5, DPv0): the instruction/data registers of the CPU
// TAP, the DP registers, and the posted-read pipeline — a read requested in
// one scan is performed at its Update-DR and its data comes out in the
// capture of the next scan, whatever that scan is.

const IR_ABORT = 0x8;
const IR_DPACC = 0xa;
const IR_APACC = 0xb;
const IR_IDCODE = 0xe;
const ACK_OK_FAULT = 0b010;
const DP_CTRL_STAT = 0x4;
const DP_SELECT = 0x8;
const DP_RDBUFF = 0xc;
const STICKYORUN = 1 << 1;
const STICKYCMP = 1 << 4;
const STICKYERR = 1 << 5;
const WRITE_ONE_TO_CLEAR = STICKYORUN | STICKYCMP | STICKYERR;
// Writable CTRL/STAT bits (ORUNDETECT, TRNMODE, MASKLANE, TRNCNT, the requests).
const CTRL_STAT_WRITABLE = 0x54ffff0d;
// Each power/reset request is acknowledged at once, one bit higher.
const REQUESTS = (1 << 26) | (1 << 28) | (1 << 30);
class JtagDp {
    idcode;
    aps;
    irLength = 4;
    irCapture = 0b0001;
    resetInstruction = IR_IDCODE;
    ctrlStat = 0;
    select = 0;
    /** The data the next scan's capture returns. */
    readResult = 0;
    lastApRead = 0;
    constructor(idcode, 
    /** Indexed by APSEL; other APSELs read as zero and ignore writes. */
    aps) {
        this.idcode = idcode;
        this.aps = aps;
    }
    captureDr(instruction, dr) {
        if (instruction === IR_DPACC || instruction === IR_APACC || instruction === IR_ABORT) {
            const data = this.readResult;
            dr.load(35, ACK_OK_FAULT | (data << 3), data >>> 29);
        }
        else if (instruction === IR_IDCODE) {
            dr.load(32, this.idcode);
        }
        else {
            dr.load(1, 0); // BYPASS
        }
    }
    updateDr(instruction, dr) {
        if (instruction !== IR_DPACC && instruction !== IR_APACC)
            return; // ABORT: nothing to abort
        const read = (dr.lo & 1) === 1;
        const address = (dr.lo & 0b110) << 1; // A[3:2]
        const data = dr.bits(3);
        if (instruction === IR_DPACC)
            this.dpAccess(read, address, data);
        else
            this.apAccess(read, address, data);
    }
    dpAccess(read, address, data) {
        if (read) {
            if (address === DP_CTRL_STAT)
                this.readResult = this.ctrlStatValue();
            else if (address === DP_SELECT)
                this.readResult = this.select;
            else if (address === DP_RDBUFF)
                this.readResult = this.lastApRead;
            else
                this.readResult = 0;
            return;
        }
        if (address === DP_CTRL_STAT) {
            const sticky = this.ctrlStat & WRITE_ONE_TO_CLEAR & ~data;
            this.ctrlStat = (data & CTRL_STAT_WRITABLE) | sticky;
        }
        else if (address === DP_SELECT) {
            this.select = data;
        }
    }
    apAccess(read, address, data) {
        // While a sticky error is pending, AP transactions are discarded.
        if (this.ctrlStat & (STICKYERR | STICKYORUN)) {
            if (read)
                this.readResult = this.lastApRead = 0;
            return;
        }
        const ap = this.aps[this.select >>> 24];
        const register = (this.select & 0xf0) | address;
        try {
            if (read)
                this.readResult = this.lastApRead = ap ? ap.read(register) : 0;
            else
                ap?.write(register, data);
        }
        catch (error) {
            if (!(error instanceof BusFault))
                throw error;
            this.ctrlStat |= STICKYERR;
            if (read)
                this.readResult = this.lastApRead = 0;
        }
    }
    ctrlStatValue() {
        return (this.ctrlStat | ((this.ctrlStat & REQUESTS) << 1)) >>> 0;
    }
}

;// CONCATENATED MODULE: ./src/sim/dap/mem-ap.ts
// The AHB-AP, a MEM-AP (ADIv5): CSW/TAR/DRW with auto-increment and byte
// lanes, the banked BD0-BD3 window OpenOCD uses for the core debug
// registers, and the ID registers. Bus errors propagate as BusFault; TAR is
// then left at the faulting address, because OpenOCD reads it to report.

const CSW = 0x00;
const TAR = 0x04;
const DRW = 0x0c;
const BD0 = 0x10;
const BD3 = 0x1c;
const CFG = 0xf4;
const BASE = 0xf8;
const IDR = 0xfc;
const CSW_SIZE = 0x7;
const CSW_ADDRINC = 0x30;
const CSW_ADDRINC_SINGLE = 0x10;
const CSW_DEVICE_EN = 0x40;
const CSW_TR_IN_PROG = 0x80;
/** ROM table at 0xE00FF000, present. */
const ROM_TABLE_BASE = 0xe00ff003;
const ACCESS_SIZE = [1, 2, 4];
const LANE_MASK = [0, 0xff, 0xffff, 0, 0xffffffff];
class MemAp {
    bus;
    idr;
    csw = CSW_DEVICE_EN;
    tar = 0;
    constructor(bus, idr) {
        this.bus = bus;
        this.idr = idr;
    }
    read(register) {
        if (register === DRW) {
            const size = this.size();
            const value = this.bus.read(this.tar, size);
            const shifted = (value << ((this.tar & 3) * 8)) >>> 0;
            this.advance(size);
            return shifted;
        }
        if (register >= BD0 && register <= BD3)
            return this.bus.read(this.bankedAddress(register), 4) >>> 0;
        switch (register) {
            case CSW:
                return this.csw;
            case TAR:
                return this.tar;
            case CFG:
                return 0; // little-endian, 32-bit addresses
            case BASE:
                return ROM_TABLE_BASE;
            case IDR:
                return this.idr;
            default:
                return 0;
        }
    }
    write(register, value) {
        if (register === DRW) {
            const size = this.size();
            const lane = (value >>> ((this.tar & 3) * 8)) & LANE_MASK[size];
            this.bus.write(this.tar, size, lane >>> 0);
            this.advance(size);
        }
        else if (register >= BD0 && register <= BD3) {
            this.bus.write(this.bankedAddress(register), 4, value);
        }
        else if (register === CSW) {
            // Packed transfers are not implemented: AddrInc reads back 0 when asked
            // for them, which tells OpenOCD not to use them.
            const packed = (value & CSW_ADDRINC) === 0x20;
            this.csw = ((packed ? value & ~CSW_ADDRINC : value) & ~CSW_TR_IN_PROG) | CSW_DEVICE_EN;
        }
        else if (register === TAR) {
            this.tar = value >>> 0;
        }
    }
    size() {
        const size = ACCESS_SIZE[this.csw & CSW_SIZE];
        if (size === undefined)
            throw new BusFault(`unsupported CSW size ${this.csw & CSW_SIZE}`);
        if (this.tar & (size - 1))
            throw new BusFault(`unaligned ${size * 8}-bit access`);
        return size;
    }
    // TAR increments only within a 4 KiB block, as on the Cortex-M3/M4 AHB-AP.
    advance(size) {
        if ((this.csw & CSW_ADDRINC) === CSW_ADDRINC_SINGLE) {
            this.tar = ((this.tar & ~0xfff) | ((this.tar + size) & 0xfff)) >>> 0;
        }
    }
    bankedAddress(register) {
        return ((this.tar & ~0xf) | (register - BD0)) >>> 0;
    }
}

// EXTERNAL MODULE: ./src/sim/faults.ts
var faults = __webpack_require__(2718);
;// CONCATENATED MODULE: ./src/sim/fault-injector.ts

class FaultInjector {
    failingSectors = new Set();
    failingOffsets = [];
    stuck = [];
    busy = { erase: 0, program: 0 };
    disconnectAfter = Infinity;
    programmed = 0;
    /** Called once, when the disconnect fault fires. */
    onDisconnect = () => { };
    constructor(faults, target) {
        for (const fault of faults)
            this.add(fault, target);
    }
    eraseFails(sector) {
        return this.failingSectors.has(sector);
    }
    programFails(offset, size) {
        return this.failingOffsets.some((failing) => failing >= offset && failing < offset + size);
    }
    busyMs(operation) {
        return this.busy[operation];
    }
    /** Stuck bits over main flash reads, or undefined when there are none (the fast path). */
    get readFilter() {
        if (this.stuck.length === 0)
            return undefined;
        return (offset, size, value) => {
            for (const s of this.stuck) {
                if (s.offset < offset || s.offset >= offset + size)
                    continue;
                const bits = (s.mask << ((s.offset - offset) * 8)) >>> 0;
                value = s.level ? value | bits : value & ~bits;
            }
            return value >>> 0;
        };
    }
    /** Counts programmed bytes towards the disconnect fault. */
    recordProgrammed(bytes) {
        const before = this.programmed;
        this.programmed += bytes;
        if (before < this.disconnectAfter && this.programmed >= this.disconnectAfter)
            this.onDisconnect();
    }
    add(fault, target) {
        switch (fault.kind) {
            case 'erase-fail':
                if (fault.sector >= target.layout.sectors.length) {
                    throw this.refuse(fault, target, `it has sectors 0-${target.layout.sectors.length - 1}`);
                }
                this.failingSectors.add(fault.sector);
                break;
            case 'program-fail':
                this.failingOffsets.push(this.flashOffset(fault, fault.address, target));
                break;
            case 'stuck-bits':
                this.stuck.push({
                    offset: this.flashOffset(fault, fault.address, target),
                    mask: fault.mask,
                    level: fault.level,
                });
                break;
            case 'disconnect':
                this.disconnectAfter = Math.min(this.disconnectAfter, fault.afterBytes);
                break;
            case 'slow':
                if (fault.operation !== 'program')
                    this.busy.erase = fault.ms;
                if (fault.operation !== 'erase')
                    this.busy.program = fault.ms;
                break;
        }
    }
    flashOffset(fault, address, target) {
        const offset = address - target.flashBase;
        if (offset < 0 || offset >= target.layout.size) {
            const end = target.flashBase + target.layout.size - 1;
            throw this.refuse(fault, target, `its flash is 0x${target.flashBase.toString(16)}-0x${end.toString(16)}`);
        }
        return offset;
    }
    refuse(fault, target, why) {
        return new Error(`fault "${(0,faults/* formatFault */.A)(fault)}" does not fit the ${target.part}: ${why}`);
    }
}

;// CONCATENATED MODULE: ./src/sim/flash/flash-array.ts

class FlashArray {
    bytes;
    constructor(size) {
        this.bytes = Buffer.alloc(size, 0xff);
    }
    read(offset, size) {
        return readLittleEndian(this.bytes, offset, size);
    }
    isErased(offset, size) {
        const all = size === 4 ? 0xffffffff : size === 2 ? 0xffff : 0xff;
        return this.read(offset, size) === all;
    }
    /** Programs `value`; a 1 over a programmed 0 stays 0, as in the cells. */
    program(offset, size, value) {
        writeLittleEndian(this.bytes, offset, size, this.read(offset, size) & value);
    }
    erase(offset, length) {
        this.bytes.fill(0xff, offset, offset + length);
    }
}

;// CONCATENATED MODULE: ./src/sim/flash/flash-layout.ts
// Where the sectors (F1: pages) of a flash array start and end.
class FlashLayout {
    sectors;
    size;
    constructor(sectorSizes) {
        let offset = 0;
        this.sectors = sectorSizes.map((size, index) => {
            const sector = { index, offset, size };
            offset += size;
            return sector;
        });
        this.size = offset;
    }
    /** The sector containing `offset`, by binary search (programming asks per halfword). */
    sectorAt(offset) {
        if (offset < 0 || offset >= this.size)
            return undefined;
        let low = 0;
        let high = this.sectors.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if (this.sectors[middle].offset <= offset)
                low = middle;
            else
                high = middle - 1;
        }
        return this.sectors[low];
    }
}

;// CONCATENATED MODULE: ./src/sim/flash/flash-window.ts
class FlashWindow {
    array;
    programmer;
    filter;
    constructor(array, programmer, filter) {
        this.array = array;
        this.programmer = programmer;
        this.filter = filter;
    }
    read(offset, size) {
        const value = this.array.read(offset, size);
        return this.filter ? this.filter(offset, size, value) : value;
    }
    write(offset, size, value) {
        this.programmer.program(offset, size, value);
    }
}

;// CONCATENATED MODULE: ./src/sim/flash/key-sequence.ts
// The two-key write sequence that unlocks an STM32 flash interface register.
class KeySequence {
    key1;
    key2;
    firstKeySeen = false;
    constructor(key1, key2) {
        this.key1 = key1;
        this.key2 = key2;
    }
    /** Feeds one write; true when it completes the sequence. */
    accept(value) {
        if (this.firstKeySeen && value === this.key2) {
            this.firstKeySeen = false;
            return true;
        }
        this.firstKeySeen = value === this.key1;
        return false;
    }
    reset() {
        this.firstKeySeen = false;
    }
}

// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
;// CONCATENATED MODULE: ./src/sim/flash/busy-timer.ts
// How long the flash stays busy after an operation. Operations complete at
// once (OpenOCD sleeps 1 ms per BSY poll); only the slow-flash fault delays
// the end of BSY, in wall-clock time.

class BusyTimer {
    until = 0;
    start(ms) {
        if (ms > 0)
            this.until = external_node_perf_hooks_.performance.now() + ms;
    }
    get busy() {
        return this.until !== 0 && external_node_perf_hooks_.performance.now() < this.until;
    }
    reset() {
        this.until = 0;
    }
}

;// CONCATENATED MODULE: ./src/sim/flash/stm32-flash-interface.ts


const KEY1 = 0x45670123;
const KEY2 = 0xcdef89ab;
const ACR = 0x00;
const KEYR = 0x04;
const OPTKEYR = 0x08;
const SR = 0x0c;
const CR = 0x10;
class Stm32FlashInterface {
    bits;
    flash;
    cr;
    sr = 0;
    acr;
    keys = new KeySequence(KEY1, KEY2);
    busy = new BusyTimer();
    constructor(bits, flash) {
        this.bits = bits;
        this.flash = flash;
        this.cr = bits.crLock;
        this.acr = bits.acrReset;
    }
    systemReset() {
        this.acr = this.bits.acrReset;
        this.cr = this.bits.crLock;
        this.sr = 0;
        this.keys.reset();
        this.busy.reset();
    }
    readRegister(offset) {
        switch (offset) {
            case ACR:
                return this.acr;
            case SR:
                return this.sr | (this.busy.busy ? this.bits.srBusy : 0);
            case CR:
                return this.cr >>> 0;
            default:
                return this.readOtherRegister(offset);
        }
    }
    writeRegister(offset, value) {
        switch (offset) {
            case ACR:
                this.acr = value & this.bits.acrWritable;
                break;
            case KEYR:
                // Keys written while unlocked are accepted silently (OpenOCD's F1
                // protect path unlocks twice).
                if (this.locked && this.keys.accept(value))
                    this.cr &= ~this.bits.crLock;
                break;
            case SR:
                this.sr &= ~(value & this.bits.srWriteOneToClear);
                break;
            case CR:
                if (this.locked)
                    break;
                if (value & this.bits.crLock) {
                    this.cr = this.bits.crLock;
                    this.keys.reset();
                }
                else {
                    this.writeCr(value);
                }
                break;
            default:
                this.writeOtherRegister(offset, value);
        }
    }
    get locked() {
        return (this.cr & this.bits.crLock) !== 0;
    }
    /** Ends an operation: EOP, and BSY for `busyMs` (the slow-flash fault). */
    finish(busyMs) {
        this.sr |= this.bits.srEndOfOperation;
        this.busy.start(busyMs);
    }
    /** Programs main flash cells, unless the program-fail fault hits them: then SR gets `failure`. */
    programCells(offset, size, value, failure) {
        const { array, faults } = this.flash;
        if (faults.programFails(offset, size)) {
            this.sr |= failure;
            return;
        }
        array.program(offset, size, value);
        faults.recordProgrammed(size);
    }
    /** Erases sectors; one the erase-fail fault hits keeps its contents and SR gets `failure`. */
    eraseSectors(indexes, failure) {
        const { array, layout, faults } = this.flash;
        for (const index of indexes) {
            const sector = layout.sectors[index];
            if (faults.eraseFails(index))
                this.sr |= failure;
            else
                array.erase(sector.offset, sector.size);
        }
    }
}

;// CONCATENATED MODULE: ./src/sim/flash/stm32f1-option-bytes.ts
// STM32F1 option bytes at 0x1FFFF800: eight (byte, complement) halfwords —
// RDP, USER, Data0, Data1, WRP0..WRP3. Programming writes the low byte and
// the hardware generates the complement. FLASH_OBR and FLASH_WRPR are only
// loaded from here at a system reset.
const FACTORY = Buffer.from([
    0xa5, 0x5a, 0xff, 0x00, 0xff, 0x00, 0xff, 0x00, 0xff, 0x00, 0xff, 0x00, 0xff, 0x00, 0xff, 0x00,
]);
const RDP_UNPROTECTED = 0xa5;
const OBR_OPTERR = 1 << 0;
const OBR_RDPRT = 1 << 1;
class Stm32f1OptionBytes {
    bytes = Buffer.from(FACTORY);
    erase() {
        this.bytes.fill(0xff);
    }
    isErased(halfword) {
        return this.bytes.readUInt16LE(halfword * 2) === 0xffff;
    }
    program(halfword, byte) {
        this.bytes[halfword * 2] = byte & 0xff;
        this.bytes[halfword * 2 + 1] = ~byte & 0xff;
    }
    /** The option load at reset: a pair whose complement does not match reads 0xFF and sets OPTERR. */
    load() {
        let error = 0;
        const value = (index) => {
            const byte = this.bytes[index * 2];
            if ((byte ^ this.bytes[index * 2 + 1]) === 0xff)
                return byte;
            error = OBR_OPTERR;
            return 0xff;
        };
        const rdp = value(0);
        const user = value(1);
        const data0 = value(2);
        const data1 = value(3);
        const wrpr = (value(4) | (value(5) << 8) | (value(6) << 16) | (value(7) << 24)) >>> 0;
        const readProtected = rdp === RDP_UNPROTECTED ? 0 : OBR_RDPRT;
        const obr = (error | readProtected | (user << 2) | (data0 << 10) | (data1 << 18)) >>> 0;
        return { obr, wrpr };
    }
}

;// CONCATENATED MODULE: ./src/sim/flash/stm32f1-fpec.ts
// The STM32F1 flash program/erase controller (FPEC, RM0008 / PM0075):
// halfword programming of erased cells, page and mass erase, option-byte
// erase and programming, and write protection from FLASH_WRPR — which
// holds what the option bytes said at the last reset, not what they say now.






const AR = 0x14;
const OBR = 0x1c;
const WRPR = 0x20;
const SR_BSY = 1 << 0;
const SR_PGERR = 1 << 2;
const SR_WRPRTERR = 1 << 4;
const SR_EOP = 1 << 5;
const CR_PG = 1 << 0;
const CR_PER = 1 << 1;
const CR_MER = 1 << 2;
const CR_OPTPG = 1 << 4;
const CR_OPTER = 1 << 5;
const CR_STRT = 1 << 6;
const CR_LOCK = 1 << 7;
const CR_OPTWRE = 1 << 9;
// Bits a CR write simply stores (PG, PER, MER, OPTPG, OPTER, ERRIE, EOPIE).
const CR_STORED = 0x1437;
const BITS = {
    crLock: CR_LOCK,
    srBusy: SR_BSY,
    srEndOfOperation: SR_EOP,
    srWriteOneToClear: SR_PGERR | SR_WRPRTERR | SR_EOP,
    acrWritable: 0x3f,
    acrReset: 0x30,
};
class Stm32f1Fpec extends Stm32FlashInterface {
    regions;
    nonVolatile;
    options = new Stm32f1OptionBytes();
    optionKeys = new KeySequence(KEY1, KEY2);
    pagesPerBlock;
    ar = 0;
    obr = 0;
    wrpr = 0;
    constructor(description, flash) {
        super(BITS, flash);
        this.pagesPerBlock = description.pagesPerProtectionBlock;
        this.regions = [
            { base: description.registerBase, size: 0x400, device: new RegisterBlock(this) },
            {
                base: description.optionBytesBase,
                size: this.options.bytes.length,
                device: this.optionBytesWindow(),
            },
        ];
        this.nonVolatile = [{ name: 'option-bytes', bytes: this.options.bytes }];
    }
    systemReset() {
        super.systemReset();
        this.optionKeys.reset();
        ({ obr: this.obr, wrpr: this.wrpr } = this.options.load());
    }
    readOtherRegister(offset) {
        if (offset === AR)
            return this.ar;
        if (offset === OBR)
            return this.obr;
        if (offset === WRPR)
            return this.wrpr;
        return 0;
    }
    writeOtherRegister(offset, value) {
        if (offset === AR)
            this.ar = value;
        else if (offset === OPTKEYR && !this.locked && this.optionKeys.accept(value))
            this.cr |= CR_OPTWRE;
    }
    program(offset, size, value) {
        if (!(this.cr & CR_PG))
            return; // silicon may bus-fault; OpenOCD never does this
        if (size !== 2)
            throw new BusFault('STM32F1 flash is programmed in halfwords');
        if (this.isProtected(offset))
            this.sr |= SR_WRPRTERR;
        else if (!this.flash.array.isErased(offset, 2) && value !== 0)
            this.sr |= SR_PGERR;
        else
            this.programCells(offset, 2, value, SR_PGERR);
        this.finish(this.flash.faults.busyMs('program'));
    }
    writeCr(value) {
        // OPTWRE is set only by the option key sequence; writing 0 clears it.
        this.cr = (value & CR_STORED) | (this.cr & value & CR_OPTWRE);
        if (value & CR_STRT)
            this.start();
    }
    start() {
        if (this.cr & CR_PER)
            this.erasePage(this.ar - this.flash.base);
        else if (this.cr & CR_MER)
            this.massErase();
        else if (this.cr & CR_OPTER)
            this.eraseOptionBytes();
    }
    erasePage(offset) {
        const page = this.flash.layout.sectorAt(offset);
        if (page && this.isProtected(page.offset))
            this.sr |= SR_WRPRTERR;
        else if (page)
            this.eraseSectors([page.index], SR_PGERR);
        this.finish(this.flash.faults.busyMs('erase'));
    }
    // [model choice] Mass erase is refused while any page is write-protected.
    massErase() {
        const { sectors } = this.flash.layout;
        if (sectors.some((page) => this.isProtected(page.offset)))
            this.sr |= SR_WRPRTERR;
        else
            this.eraseSectors(sectors.map((page) => page.index), SR_PGERR);
        this.finish(this.flash.faults.busyMs('erase'));
    }
    eraseOptionBytes() {
        if (this.cr & CR_OPTWRE)
            this.options.erase();
        else
            this.sr |= SR_WRPRTERR;
        this.finish(0);
    }
    programOptionByte(offset, size, value) {
        if (!(this.cr & CR_OPTPG))
            return;
        if (size !== 2)
            throw new BusFault('STM32F1 option bytes are programmed in halfwords');
        const halfword = offset >> 1;
        if (!(this.cr & CR_OPTWRE))
            this.sr |= SR_WRPRTERR;
        else if (!this.options.isErased(halfword))
            this.sr |= SR_PGERR;
        else
            this.options.program(halfword, value);
        this.finish(0);
    }
    isProtected(offset) {
        const page = this.flash.layout.sectorAt(offset);
        if (!page)
            return false;
        const bit = Math.min(Math.floor(page.index / this.pagesPerBlock), 31);
        return ((this.wrpr >>> bit) & 1) === 0;
    }
    optionBytesWindow() {
        return {
            read: (offset, size) => readLittleEndian(this.options.bytes, offset, size),
            write: (offset, size, value) => this.programOptionByte(offset, size, value),
        };
    }
}

;// CONCATENATED MODULE: ./src/sim/flash/stm32f4-flash.ts





const OPTKEY1 = 0x08192a3b;
const OPTKEY2 = 0x4c5d6e7f;
const OPTCR = 0x14;
const stm32f4_flash_SR_EOP = 1 << 0;
const SR_OPERR = 1 << 1;
const SR_WRPERR = 1 << 4;
const SR_PGPERR = 1 << 6;
const SR_PGSERR = 1 << 7;
const stm32f4_flash_SR_BSY = 1 << 16;
const stm32f4_flash_CR_PG = 1 << 0;
const CR_SER = 1 << 1;
const stm32f4_flash_CR_MER = 1 << 2;
const stm32f4_flash_CR_STRT = 1 << 16;
const stm32f4_flash_CR_LOCK = 1 << 31;
// PG, SER, MER, SNB, PSIZE, EOPIE, ERRIE.
const stm32f4_flash_CR_STORED = 0x0300037f;
const OPTCR_OPTLOCK = 1 << 0;
const OPTCR_OPTSTRT = 1 << 1;
// BOR_LEV, USER, RDP, nWRP: the bits the option bytes hold.
const OPTCR_OPTIONS = 0x0fffffec;
const OPTCR_NWRP_SHIFT = 16;
const stm32f4_flash_BITS = {
    crLock: stm32f4_flash_CR_LOCK,
    srBusy: stm32f4_flash_SR_BSY,
    srEndOfOperation: stm32f4_flash_SR_EOP,
    srWriteOneToClear: 0xf3, // EOP, OPERR, WRPERR, PGAERR, PGPERR, PGSERR
    acrWritable: 0x1f0f,
    acrReset: 0,
};
class Stm32f4Flash extends Stm32FlashInterface {
    regions;
    nonVolatile;
    options = Buffer.alloc(4);
    otp;
    otpLockOffset;
    otpBlockSize;
    optionKeys = new KeySequence(OPTKEY1, OPTKEY2);
    optcr = 0;
    constructor(description, flash) {
        super(stm32f4_flash_BITS, flash);
        const { otp } = description;
        this.otpBlockSize = otp.blockSize;
        this.otpLockOffset = otp.blocks * otp.blockSize;
        this.otp = new FlashArray(this.otpLockOffset + otp.blocks);
        this.options.writeUInt32LE(description.factoryOptions & OPTCR_OPTIONS);
        const otpProgrammer = {
            program: (offset, size, value) => this.programOtp(offset, size, value),
        };
        this.regions = [
            { base: description.registerBase, size: 0x400, device: new RegisterBlock(this) },
            {
                base: otp.base,
                size: this.otp.bytes.length,
                device: new FlashWindow(this.otp, otpProgrammer),
            },
        ];
        this.nonVolatile = [
            { name: 'option-bytes', bytes: this.options },
            { name: 'otp', bytes: this.otp.bytes },
        ];
    }
    systemReset() {
        super.systemReset();
        this.optionKeys.reset();
        this.optcr = this.options.readUInt32LE() | OPTCR_OPTLOCK;
    }
    readOtherRegister(offset) {
        return offset === OPTCR ? this.optcr : 0;
    }
    writeOtherRegister(offset, value) {
        if (offset === OPTKEYR) {
            if (this.optcr & OPTCR_OPTLOCK && this.optionKeys.accept(value))
                this.optcr &= ~OPTCR_OPTLOCK;
        }
        else if (offset === OPTCR) {
            this.writeOptcr(value);
        }
    }
    program(offset, size, value) {
        if (this.checkProgramSequence(size)) {
            const sector = this.flash.layout.sectorAt(offset);
            if (sector && this.isProtected(sector.index))
                this.sr |= SR_WRPERR;
            else
                this.programCells(offset, size, value, SR_OPERR);
        }
        this.finish(this.flash.faults.busyMs('program'));
    }
    // [model choice] Programming a locked OTP block flags WRPERR; silicon just ignores it.
    programOtp(offset, size, value) {
        if (this.checkProgramSequence(size)) {
            const lock = this.otpLockOffset + Math.floor(offset / this.otpBlockSize);
            if (offset < this.otpLockOffset && this.otp.bytes[lock] !== 0xff)
                this.sr |= SR_WRPERR;
            else
                this.otp.program(offset, size, value);
        }
        this.finish(0);
    }
    /** PG must be set and the access must match PSIZE; otherwise the error bit is set. */
    checkProgramSequence(size) {
        if (!(this.cr & stm32f4_flash_CR_PG))
            this.sr |= SR_PGSERR;
        else if (size !== 1 << ((this.cr >>> 8) & 3))
            this.sr |= SR_PGPERR;
        else
            return true;
        return false;
    }
    writeCr(value) {
        this.cr = value & stm32f4_flash_CR_STORED;
        if (value & stm32f4_flash_CR_STRT)
            this.start();
    }
    start() {
        const { sectors } = this.flash.layout;
        if (this.cr & CR_SER) {
            const index = (this.cr >>> 3) & 0xf;
            if (index >= sectors.length)
                this.sr |= SR_PGSERR;
            else
                this.erase([index]);
        }
        else if (this.cr & stm32f4_flash_CR_MER) {
            this.erase(sectors.map((sector) => sector.index));
        }
        this.finish(this.flash.faults.busyMs('erase'));
    }
    erase(indexes) {
        if (indexes.some((index) => this.isProtected(index)))
            this.sr |= SR_WRPERR;
        else
            this.eraseSectors(indexes, SR_OPERR);
    }
    // [unverified vs silicon] New option bytes, nWRP included, apply as soon as
    // OPTSTRT programs them; OpenOCD reads OPTCR and sees them at once too.
    writeOptcr(value) {
        if (this.optcr & OPTCR_OPTLOCK)
            return;
        this.optcr = (value & (OPTCR_OPTIONS | OPTCR_OPTLOCK)) >>> 0;
        if (value & OPTCR_OPTSTRT) {
            this.options.writeUInt32LE((value & OPTCR_OPTIONS) >>> 0);
            this.finish(0);
        }
    }
    isProtected(sector) {
        return ((this.options.readUInt32LE() >>> (OPTCR_NWRP_SHIFT + sector)) & 1) === 0;
    }
}

;// CONCATENATED MODULE: ./src/sim/jtag/boundary-scan-tap.ts
const IDCODE = 0b00001;
class BoundaryScanTap {
    idcode;
    irLength = 5;
    irCapture = 0b00001;
    resetInstruction = IDCODE;
    constructor(idcode) {
        this.idcode = idcode;
    }
    captureDr(instruction, dr) {
        if (instruction === IDCODE)
            dr.load(32, this.idcode);
        else
            dr.load(1, 0);
    }
    updateDr() { }
}

;// CONCATENATED MODULE: ./src/sim/jtag/tap-state.ts
// The IEEE 1149.1 TAP controller: 16 states, moved by TMS on each rising TCK.
const TapState = {
    TestLogicReset: 0,
    RunTestIdle: 1,
    SelectDr: 2,
    CaptureDr: 3,
    ShiftDr: 4,
    Exit1Dr: 5,
    PauseDr: 6,
    Exit2Dr: 7,
    UpdateDr: 8,
    SelectIr: 9,
    CaptureIr: 10,
    ShiftIr: 11,
    Exit1Ir: 12,
    PauseIr: 13,
    Exit2Ir: 14,
    UpdateIr: 15,
};
const S = TapState;
// [next with TMS = 0, next with TMS = 1] per state, flattened for the hot loop.
const NEXT = Uint8Array.from([
    S.RunTestIdle,
    S.TestLogicReset, // TestLogicReset
    S.RunTestIdle,
    S.SelectDr, //       RunTestIdle
    S.CaptureDr,
    S.SelectIr, //         SelectDr
    S.ShiftDr,
    S.Exit1Dr, //            CaptureDr
    S.ShiftDr,
    S.Exit1Dr, //            ShiftDr
    S.PauseDr,
    S.UpdateDr, //           Exit1Dr
    S.PauseDr,
    S.Exit2Dr, //            PauseDr
    S.ShiftDr,
    S.UpdateDr, //           Exit2Dr
    S.RunTestIdle,
    S.SelectDr, //       UpdateDr
    S.CaptureIr,
    S.TestLogicReset, //   SelectIr
    S.ShiftIr,
    S.Exit1Ir, //            CaptureIr
    S.ShiftIr,
    S.Exit1Ir, //            ShiftIr
    S.PauseIr,
    S.UpdateIr, //           Exit1Ir
    S.PauseIr,
    S.Exit2Ir, //            PauseIr
    S.ShiftIr,
    S.UpdateIr, //           Exit2Ir
    S.RunTestIdle,
    S.SelectDr, //       UpdateIr
]);
function nextTapState(state, tms) {
    return NEXT[state * 2 + tms];
}

;// CONCATENATED MODULE: ./src/sim/jtag/scan-chain.ts
// The scan chain: one TAP controller state shared by every TAP (they all see
// the same TMS), with the TAPs' shift registers in series from TDI to TDO.

class ScanChain {
    state = TapState.TestLogicReset;
    /** Nearest TDO first, as OpenOCD declares them. */
    taps;
    constructor(taps) {
        this.taps = taps;
    }
    /** Test-Logic-Reset, as after TRST or a new connection. */
    reset() {
        this.state = TapState.TestLogicReset;
        for (const tap of this.taps)
            tap.reset();
    }
    /** TDO while TCK is low: the LSB of the shift register nearest TDO. */
    tdo() {
        const state = this.state;
        return state === TapState.ShiftDr || state === TapState.ShiftIr ? this.taps[0].path.lo & 1 : 0;
    }
    /** One rising TCK edge: act in the current state, then move. */
    clock(tms, tdi) {
        const taps = this.taps;
        const state = this.state;
        if (state === TapState.ShiftDr || state === TapState.ShiftIr) {
            let bit = tdi;
            for (let i = taps.length - 1; i >= 0; i--)
                bit = taps[i].path.shift(bit);
        }
        else if (state === TapState.CaptureDr) {
            for (const tap of taps)
                tap.captureDr();
        }
        else if (state === TapState.CaptureIr) {
            for (const tap of taps)
                tap.captureIr();
        }
        const next = nextTapState(state, tms);
        this.state = next;
        if (next === state)
            return;
        if (next === TapState.UpdateDr)
            for (const tap of taps)
                tap.updateDr();
        else if (next === TapState.UpdateIr)
            for (const tap of taps)
                tap.updateIr();
        else if (next === TapState.TestLogicReset)
            for (const tap of taps)
                tap.reset();
    }
}

;// CONCATENATED MODULE: ./src/sim/jtag/shift-register.ts
// A JTAG shift register of up to 64 bits, kept in two 32-bit halves so that
// the 35-bit DPACC/APACC register shifts without BigInt. TDI enters at the
// MSB; the LSB is what TDO shows.
class ShiftRegister {
    /** Bits 0-31. */
    lo = 0;
    /** Bits 32 and up. */
    hi = 0;
    length = 1;
    load(length, lo, hi = 0) {
        this.length = length;
        this.lo = length >= 32 ? lo >>> 0 : lo & ((1 << length) - 1);
        this.hi = length > 32 ? hi & ((2 ** (length - 32) - 1) >>> 0) : 0;
    }
    /** Shifts one bit in at the MSB and returns the bit that leaves at the LSB. */
    shift(tdi) {
        const out = this.lo & 1;
        const length = this.length;
        if (length <= 32) {
            this.lo = (this.lo >>> 1) | (tdi << (length - 1));
        }
        else {
            this.lo = (this.lo >>> 1) | ((this.hi & 1) << 31);
            this.hi = (this.hi >>> 1) | (tdi << (length - 33));
        }
        return out;
    }
    /** The unsigned value of bits `from`..`from+31` (`from` <= 32). */
    bits(from) {
        if (from === 0)
            return this.lo >>> 0;
        return ((this.lo >>> from) | (this.hi << (32 - from))) >>> 0;
    }
}

;// CONCATENATED MODULE: ./src/sim/jtag/tap.ts
// One TAP: its instruction register, plus the data register the current
// instruction selects, which the TapDevice behind it fills and consumes.
// Capture-IR or Capture-DR decides which of the two sits between TDI and TDO.

class Tap {
    device;
    ir = new ShiftRegister();
    dr = new ShiftRegister();
    instruction;
    /** The register that shifts in Shift-IR/Shift-DR: the one captured last. */
    path = this.dr;
    constructor(device) {
        this.device = device;
        this.instruction = device.resetInstruction;
    }
    reset() {
        this.instruction = this.device.resetInstruction;
    }
    captureIr() {
        this.ir.load(this.device.irLength, this.device.irCapture);
        this.path = this.ir;
    }
    updateIr() {
        this.instruction = this.ir.lo;
    }
    captureDr() {
        this.device.captureDr(this.instruction, this.dr);
        this.path = this.dr;
    }
    updateDr() {
        this.device.updateDr(this.instruction, this.dr);
    }
}

;// CONCATENATED MODULE: ./src/sim/stm32/dbgmcu.ts
const dbgmcu_IDCODE = 0x0;
class Dbgmcu {
    idcode;
    control = new Uint32Array(3); // CR, APB1_FZ, APB2_FZ
    constructor(idcode) {
        this.idcode = idcode;
    }
    readRegister(offset) {
        if (offset === dbgmcu_IDCODE)
            return this.idcode;
        return this.control[(offset >> 2) - 1] ?? 0;
    }
    writeRegister(offset, value) {
        const index = (offset >> 2) - 1;
        if (index >= 0 && index < this.control.length)
            this.control[index] = value;
    }
}

;// CONCATENATED MODULE: ./src/sim/chip.ts
// Assembles one simulated part from its description: JTAG chain -> JTAG-DP
// -> AHB-AP -> system bus with the core debug block, memories and the flash
// controller. No instruction is ever executed.


















const SCS = 0xe000e000;
const DWT = 0xe0001000;
const FPB = 0xe0002000;
const PPB = { base: 0xe0000000, size: 0x100000 };
const BLOCK_4K = 0x1000;
function buildChip(description, faults) {
    const layout = new FlashLayout(description.flash.sectorSizes);
    const flashBase = description.flash.base;
    const injector = new FaultInjector(faults, { part: description.part, flashBase, layout });
    const main = {
        base: flashBase,
        array: new FlashArray(layout.size),
        layout,
        faults: injector,
    };
    const controller = createFlashController(description, main);
    const flash = new FlashWindow(main.array, controller, injector.readFilter);
    const bus = new Bus();
    const core = new CortexMDebug(description.core, () => systemReset(), (address) => bus.read(address, 4));
    const systemReset = () => {
        controller.systemReset();
        core.reset();
    };
    // First match wins, so specific blocks come before the ranges around them.
    bus.map(0, layout.size, flash); // boot alias (BOOT0 = 0): the core fetches its vectors here
    bus.map(flashBase, layout.size, flash);
    for (const region of controller.regions)
        bus.map(region.base, region.size, region.device);
    for (const range of description.ram)
        bus.map(range.base, range.size, Memory.ram(range.size));
    for (const range of description.rom)
        bus.map(range.base, range.size, rom(description, range, layout.size));
    bus.map(description.peripherals.base, description.peripherals.size, new PlainRegisters());
    bus.map(SCS, BLOCK_4K, new RegisterBlock(core));
    bus.map(DWT, BLOCK_4K, new RegisterBlock(new DataWatchpoint(description.core.dwtComparators)));
    const { codeComparators, literalComparators } = description.core.fpb;
    bus.map(FPB, BLOCK_4K, new RegisterBlock(new FlashPatchBreakpoint(codeComparators, literalComparators)));
    bus.map(description.dbgmcu.base, 0x10, new RegisterBlock(new Dbgmcu(description.dbgmcu.idcode)));
    bus.map(PPB.base, PPB.size, readAsZero); // the rest of the PPB (ROM table, ITM, TPIU, ...)
    const dp = new JtagDp(description.cpuTapId, [new MemAp(bus, description.ahbApIdr)]);
    const chain = new ScanChain([
        new Tap(dp),
        new Tap(new BoundaryScanTap(description.boundaryScanTapId)),
    ]);
    return {
        description,
        chain,
        nonVolatile: [{ name: 'flash', bytes: main.array.bytes }, ...controller.nonVolatile],
        faults: injector,
        systemReset,
    };
}
function createFlashController(description, main) {
    const controller = description.flashController;
    switch (controller.kind) {
        case 'stm32f1-fpec':
            return new Stm32f1Fpec(controller, main);
        case 'stm32f4-flash':
            return new Stm32f4Flash(controller, main);
    }
}
/** System memory reads as zero, except F_SIZE and the unique ID where they fall in this range. */
function rom(description, range, flashSize) {
    const bytes = Buffer.alloc(range.size);
    const { flashSize: flashSizeAt, uniqueId, uniqueIdValue } = description.deviceInfo;
    const inside = (address, length) => address >= range.base && address + length <= range.base + range.size;
    if (inside(flashSizeAt, 2))
        bytes.writeUInt16LE(flashSize / 1024, flashSizeAt - range.base);
    if (inside(uniqueId, 12))
        Buffer.from(uniqueIdValue).copy(bytes, uniqueId - range.base);
    return Memory.rom(bytes);
}

;// CONCATENATED MODULE: ./src/sim/chip-pins.ts
/**
 * The chip's JTAG pins as the adapter drives them. After the disconnect
 * fault fires the target no longer answers — TDO floats high — until
 * OpenOCD connects again.
 */
class ChipPins {
    chip;
    silent = false;
    constructor(chip) {
        this.chip = chip;
    }
    connect() {
        this.silent = false;
        this.chip.chain.reset();
    }
    disconnect() {
        this.silent = true;
    }
    clock(tms, tdi) {
        if (!this.silent)
            this.chip.chain.clock(tms, tdi);
    }
    tdo() {
        return this.silent ? 1 : this.chip.chain.tdo();
    }
    resetTaps() {
        this.chip.chain.reset();
    }
    systemReset() {
        this.chip.systemReset();
    }
}

// EXTERNAL MODULE: ./src/board/spec.ts
var spec = __webpack_require__(4673);
;// CONCATENATED MODULE: ./src/sim/chips/description.ts
/** `count` sectors of `size` bytes. */
function uniformSectors(count, size) {
    return new Array(count).fill(size);
}
function flashSizeOf(description) {
    return description.flash.sectorSizes.reduce((sum, size) => sum + size, 0);
}

;// CONCATENATED MODULE: ./src/sim/chips/stm32f103.ts
// STM32F103 medium density (DEV_ID 0x410, Cortex-M3 r1p1): the C8 with 64 KiB
// and the CB with 128 KiB of flash in 1 KiB pages, 20 KiB of SRAM.

const KIB = 1024;
const STM32F103 = {
    chip: 'stm32f103',
    openocd: { targetConfig: 'target/stm32f1x.cfg', afterConfig: [] },
    cpuTapId: 0x3ba00477,
    boundaryScanTapId: 0x06410041,
    ahbApIdr: 0x14770011,
    core: {
        cpuid: 0x411fc231,
        fpb: { codeComparators: 6, literalComparators: 2 },
        dwtComparators: 4,
    },
    dbgmcu: { base: 0xe0042000, idcode: 0x20036410 }, // REV_ID 0x2003: "Rev: Y"
    flashController: {
        kind: 'stm32f1-fpec',
        registerBase: 0x40022000,
        optionBytesBase: 0x1ffff800,
        pagesPerProtectionBlock: 4,
    },
    ram: [{ base: 0x20000000, size: 20 * KIB }],
    rom: [{ base: 0x1ffff000, size: 0x800 }],
    deviceInfo: {
        flashSize: 0x1ffff7e0,
        uniqueId: 0x1ffff7e8,
        uniqueIdValue: [0x10, 0x32, 0x54, 0x76, 0x98, 0xba, 0xdc, 0xfe, 0x01, 0x03, 0x05, 0x07],
    },
    peripherals: { base: 0x40000000, size: 0x30000 },
};
const STM32F103C8 = {
    ...STM32F103,
    part: 'STM32F103C8',
    flash: { base: 0x08000000, sectorSizes: uniformSectors(64, KIB) },
};
const STM32F103CB = {
    ...STM32F103,
    part: 'STM32F103CB',
    flash: { base: 0x08000000, sectorSizes: uniformSectors(128, KIB) },
};

;// CONCATENATED MODULE: ./src/sim/chips/stm32f407.ts
// STM32F407VG (DEV_ID 0x413, Cortex-M4F r0p1): 1 MiB of flash in sectors of
// 4 x 16 KiB, 64 KiB and 7 x 128 KiB, 512 bytes of OTP, 128 KiB of SRAM.

const stm32f407_KIB = 1024;
const STM32F407VG = {
    chip: 'stm32f407',
    part: 'STM32F407VG',
    openocd: {
        targetConfig: 'target/stm32f4x.cfg',
        // Both handlers end in `adapter speed`, which remote_bitbang cannot do
        // after init: every reset would print an error.
        afterConfig: [
            'stm32f4x.cpu configure -event reset-start {}',
            'stm32f4x.cpu configure -event reset-init {}',
        ],
    },
    cpuTapId: 0x4ba00477,
    boundaryScanTapId: 0x06413041,
    ahbApIdr: 0x24770011,
    core: {
        cpuid: 0x410fc241,
        mvfr: [0x10110021, 0x11000011], // FPv4-SP
        fpb: { codeComparators: 6, literalComparators: 2 },
        dwtComparators: 4,
    },
    dbgmcu: { base: 0xe0042000, idcode: 0x10076413 }, // REV_ID 0x1007: "Rev: 1"
    flash: {
        base: 0x08000000,
        sectorSizes: [...uniformSectors(4, 16 * stm32f407_KIB), 64 * stm32f407_KIB, ...uniformSectors(7, 128 * stm32f407_KIB)],
    },
    flashController: {
        kind: 'stm32f4-flash',
        registerBase: 0x40023c00,
        otp: { base: 0x1fff7800, blocks: 16, blockSize: 32 },
        factoryOptions: 0x0fffaaed,
    },
    ram: [
        { base: 0x20000000, size: 128 * stm32f407_KIB },
        { base: 0x10000000, size: 64 * stm32f407_KIB }, // CCM
    ],
    rom: [
        { base: 0x1fff0000, size: 0x7800 }, // system memory
        { base: 0x1fff7a10, size: 0x14 }, // unique ID and F_SIZE
    ],
    deviceInfo: {
        flashSize: 0x1fff7a22,
        uniqueId: 0x1fff7a10,
        uniqueIdValue: [0x21, 0x43, 0x65, 0x87, 0xa9, 0xcb, 0xed, 0x0f, 0x02, 0x04, 0x06, 0x08],
    },
    peripherals: { base: 0x40000000, size: 0x80000 },
};

;// CONCATENATED MODULE: ./src/sim/chips/index.ts
// The parts the virtual target can be, looked up by chip name and flash size.




/** For each chip, its parts; the first is the default. */
const PARTS = {
    stm32f103: [STM32F103C8, STM32F103CB],
    stm32f407: [STM32F407VG],
};
function kib(bytes) {
    return bytes % 1024 === 0 ? `${bytes / 1024} KiB` : `${bytes} bytes`;
}
/** Throws an Error with a one-line message for an unknown chip or flash size. */
function describeChip(chip, flashSize) {
    if (!spec/* VIRTUAL_CHIPS */.u.includes(chip)) {
        throw new Error(`unknown chip "${chip}" (expected ${spec/* VIRTUAL_CHIPS */.u.join(' or ')})`);
    }
    const parts = PARTS[chip];
    if (flashSize === undefined)
        return parts[0];
    const part = parts.find((p) => flashSizeOf(p) === flashSize);
    if (!part) {
        const sizes = parts.map((p) => kib(flashSizeOf(p))).join(' or ');
        throw new Error(`${chip} has ${sizes} of flash, not ${kib(flashSize)}`);
    }
    return part;
}

// EXTERNAL MODULE: ./src/openocd/tcl.ts
var tcl = __webpack_require__(2605);
;// CONCATENATED MODULE: ./src/sim/openocd-config.ts
// The OpenOCD configuration that connects to a virtual target, so that
// neither users nor tests write it by hand.

function openocdConfigFor(description, address) {
    // Port 0 tells OpenOCD 0.12 that the host is a unix socket path.
    const [port, host] = 'socket' in address ? [0, address.socket] : [address.port, address.host];
    return [
        { command: 'adapter driver remote_bitbang' },
        { command: `remote_bitbang port ${port}` },
        { command: `remote_bitbang host ${(0,tcl/* tclWord */.mS)(host)}` },
        { command: 'transport select jtag' },
        // No work area: the flash drivers fall back to plain memory accesses,
        // since the simulator executes no loader code.
        { command: 'set WORKAREASIZE 0' },
        { file: description.openocd.targetConfig },
        ...description.openocd.afterConfig.map((command) => ({ command })),
    ];
}
/** The config as OpenOCD command-line arguments (-c / -f), in order. */
function openocdArgs(config) {
    return config.flatMap((item) => ('file' in item ? ['-f', item.file] : ['-c', item.command]));
}

;// CONCATENATED MODULE: ./src/sim/remote-bitbang.ts
// OpenOCD 0.12's remote_bitbang protocol, one byte per action:
//   '0'-'7'  set TCK/TMS/TDI (4*TCK + 2*TMS + TDI); state changes on TCK's rising edge
//   'R'      sample TDO: answer '0' or '1'
//   'r'-'u'  reset lines, 'r' + 2*TRST + SRST (1 = asserted)
//   'Q'      quit
// Everything else ('B'/'b' LED, letters of later versions) is ignored.
// OpenOCD blocks for the TDO answers at the end of every scan, so each
// received chunk is answered in one pass and one write.
const PIN_0 = 0x30; // '0'
const PIN_7 = 0x37; // '7'
const SAMPLE = 0x52; // 'R'
const RESET_NONE = 0x72; // 'r'
const RESET_BOTH = 0x75; // 'u'
const QUIT = 0x51; // 'Q'
const TCK = 4;
const TRST = 2;
const SRST = 1;
const NO_REPLY = Buffer.alloc(0);
class RemoteBitbangDecoder {
    pins;
    tck = 0;
    srst = false;
    /** Set once 'Q' has been received; the rest of that chunk is ignored. */
    quit = false;
    constructor(pins) {
        this.pins = pins;
    }
    /** Acts on one received chunk and returns the TDO answers, one byte per 'R'. */
    decode(chunk) {
        const pins = this.pins;
        let replies = NO_REPLY;
        let count = 0;
        let tck = this.tck;
        for (let i = 0; i < chunk.length; i++) {
            const c = chunk[i];
            if (c >= PIN_0 && c <= PIN_7) {
                const level = c & TCK;
                if (level !== 0 && tck === 0)
                    pins.clock((c >> 1) & 1, c & 1);
                tck = level;
            }
            else if (c === SAMPLE) {
                if (count === 0)
                    replies = Buffer.allocUnsafe(chunk.length - i);
                replies[count++] = PIN_0 + pins.tdo();
            }
            else if (c >= RESET_NONE && c <= RESET_BOTH) {
                this.setResetLines(c - RESET_NONE);
            }
            else if (c === QUIT) {
                this.quit = true;
                break;
            }
        }
        this.tck = tck;
        return count === 0 ? NO_REPLY : replies.subarray(0, count);
    }
    setResetLines(lines) {
        if (lines & TRST)
            this.pins.resetTaps();
        const srst = (lines & SRST) !== 0;
        if (this.srst && !srst)
            this.pins.systemReset();
        this.srst = srst;
    }
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./src/sim/remote-bitbang-server.ts
// The socket side of remote_bitbang: a unix-socket or TCP (127.0.0.1) server
// for one OpenOCD at a time. A new connection replaces the previous one, so a
// restarted OpenOCD never waits for the old socket to be noticed as closed.


class RemoteBitbangServer {
    server;
    address;
    current;
    constructor(server, address) {
        this.server = server;
        this.address = address;
    }
    static async listen(where, handler) {
        let instance;
        const server = (0,external_node_net_.createServer)((socket) => instance?.serve(socket, handler));
        if ('socket' in where) {
            await removeStaleSocket(where.socket);
            await listening(server, () => server.listen(where.socket), where.socket);
            instance = new RemoteBitbangServer(server, { socket: where.socket });
        }
        else {
            await listening(server, () => server.listen(where.port, '127.0.0.1'), `127.0.0.1:${where.port}`);
            const { port } = server.address();
            instance = new RemoteBitbangServer(server, { host: '127.0.0.1', port });
        }
        return instance;
    }
    async close() {
        this.current?.destroy();
        await new Promise((resolve) => this.server.close(() => resolve()));
    }
    serve(socket, handler) {
        this.current?.destroy();
        this.current = socket;
        if ('port' in this.address)
            socket.setNoDelay(true);
        const decoder = handler.connected();
        socket.on('data', (chunk) => {
            const replies = decoder.decode(chunk);
            if (replies.length > 0)
                socket.write(replies);
            if (decoder.quit)
                socket.end();
        });
        socket.on('error', () => socket.destroy()); // the peer vanished; 'close' follows
        socket.on('close', () => {
            if (this.current === socket)
                this.current = undefined;
            handler.disconnected();
        });
    }
}
function listening(server, listen, where) {
    return new Promise((resolve, reject) => {
        const onError = (error) => {
            const reason = error.code === 'EADDRINUSE' ? 'it is in use' : error.message;
            reject(new Error(`cannot listen on ${where}: ${reason}`));
        };
        server.once('error', onError);
        server.once('listening', () => {
            server.off('error', onError);
            resolve();
        });
        listen();
    });
}
/** A socket file nobody answers on is left over from a killed simulator: remove it. */
async function removeStaleSocket(path) {
    const stat = (0,external_node_fs_.lstatSync)(path, { throwIfNoEntry: false });
    if (!stat)
        return;
    if (!stat.isSocket())
        throw new Error(`cannot listen on ${path}: a file that is not a socket is there`);
    const alive = await new Promise((resolve) => {
        const probe = (0,external_node_net_.connect)(path);
        probe.once('connect', () => {
            probe.destroy();
            resolve(true);
        });
        probe.once('error', () => resolve(false));
    });
    if (alive)
        throw new Error(`cannot listen on ${path}: another virtual target is running there`);
    (0,external_node_fs_.unlinkSync)(path);
}

;// CONCATENATED MODULE: ./src/sim/state-file.ts
// The state file keeps a virtual board's non-volatile memories (flash,
// option bytes, OTP) across runs: one JSON header line naming the part and
// the regions, then the regions' raw bytes in that order.

const FORMAT = 'openocd-flash virtual target state';
const VERSION = 1;
/**
 * Loads `path` into `regions`. Returns false if the file does not exist;
 * throws an Error with a one-line message if it cannot be used.
 */
function loadState(path, part, regions) {
    let data;
    try {
        data = (0,external_node_fs_.readFileSync)(path);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return false;
        throw new Error(`cannot read state file ${path}: ${error.message}`, { cause: error });
    }
    const newline = data.indexOf(0x0a);
    const header = newline < 0 ? undefined : parseHeader(data.subarray(0, newline).toString('utf8'));
    if (!header)
        throw new Error(`${path} is not a virtual target state file`);
    if (header.part !== part) {
        throw new Error(`state file ${path} holds a ${header.part}, not a ${part} (check --chip and --flash-size)`);
    }
    const expected = regions.map((r) => `${r.name}:${r.bytes.length}`).join(',');
    const found = header.regions.map((r) => `${r.name}:${r.size}`).join(',');
    const total = header.regions.reduce((sum, r) => sum + r.size, 0);
    if (expected !== found || data.length - newline - 1 !== total) {
        throw new Error(`state file ${path} is damaged or from another version (regions ${found}, expected ${expected})`);
    }
    let offset = newline + 1;
    for (const region of regions) {
        data.copy(region.bytes, 0, offset, offset + region.bytes.length);
        offset += region.bytes.length;
    }
    return true;
}
/** Writes the regions to `path`, through a temporary file so a crash never leaves half a state. */
function saveState(path, part, regions) {
    const header = {
        format: FORMAT,
        version: VERSION,
        part,
        regions: regions.map((r) => ({ name: r.name, size: r.bytes.length })),
    };
    const temporary = `${path}.${process.pid}.tmp`;
    try {
        (0,external_node_fs_.writeFileSync)(temporary, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), ...regions.map((r) => r.bytes)]));
        (0,external_node_fs_.renameSync)(temporary, path);
    }
    catch (error) {
        throw new Error(`cannot save state file ${path}: ${error.message}`, {
            cause: error,
        });
    }
}
function parseHeader(line) {
    try {
        const header = JSON.parse(line);
        if (header.format !== FORMAT || header.version !== VERSION || typeof header.part !== 'string')
            return undefined;
        if (!Array.isArray(header.regions))
            return undefined;
        return header;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/sim/virtual-target.ts
// A running virtual target: a simulated chip behind a remote_bitbang server,
// with its faults and its state file.












/** Throws an Error with a one-line message for bad options or an unusable state file. */
async function startVirtualTarget(options) {
    const description = describeChip(options.chip, options.flashSize);
    const chip = buildChip(description, (options.faults ?? []).map(faults/* parseFault */.Gm));
    const { state } = options;
    if (state !== undefined)
        loadState(state, description.part, chip.nonVolatile);
    chip.systemReset(); // power-on: the option bytes are loaded now
    const save = () => {
        if (state !== undefined)
            saveState(state, description.part, chip.nonVolatile);
    };
    const { where, temporaryDirectory } = listenAddress(options);
    const pins = new ChipPins(chip);
    chip.faults.onDisconnect = () => pins.disconnect();
    let server;
    try {
        server = await RemoteBitbangServer.listen(where, {
            connected: () => {
                pins.connect();
                return new RemoteBitbangDecoder(pins);
            },
            // A failed save here would surface as an uncaught exception; close() retries and reports it.
            disconnected: () => {
                try {
                    save();
                }
                catch {
                    /* reported by close() */
                }
            },
        });
    }
    catch (error) {
        if (temporaryDirectory)
            (0,external_node_fs_.rmSync)(temporaryDirectory, { recursive: true, force: true });
        throw error;
    }
    let closing;
    return {
        chip: description.chip,
        part: description.part,
        flashSize: flashSizeOf(description),
        endpoint: server.address,
        openocdConfig: () => openocdConfigFor(description, server.address),
        close: () => (closing ??= server.close().then(() => {
            if (temporaryDirectory)
                (0,external_node_fs_.rmSync)(temporaryDirectory, { recursive: true, force: true });
            save();
        })),
    };
}
function listenAddress(options) {
    if (options.socket !== undefined && options.port !== undefined) {
        throw new Error('give a unix socket or a TCP port, not both');
    }
    if (options.port !== undefined) {
        if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) {
            throw new Error(`port must be 0-65535, not ${options.port}`);
        }
        return { where: { port: options.port } };
    }
    if (options.socket !== undefined)
        return { where: { socket: options.socket } };
    const temporaryDirectory = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'openocd-flash-sim-'));
    return { where: { socket: (0,external_node_path_.join)(temporaryDirectory, 'target.sock') }, temporaryDirectory };
}

;// CONCATENATED MODULE: ./src/sim/index.ts
// The virtual target: a simulated STM32F103 or STM32F407 that the real
// OpenOCD drives over its remote_bitbang JTAG adapter.





/***/ })

};
