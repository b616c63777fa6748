export const id = 909;
export const ids = [909];
export const modules = {

/***/ 2605:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d4: () => (/* binding */ tclHex),
/* harmony export */   mS: () => (/* binding */ tclWord),
/* harmony export */   rX: () => (/* binding */ tclCommand),
/* harmony export */   tp: () => (/* binding */ tclScript)
/* harmony export */ });
/* unused harmony export UnsafeArgumentError */
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

/***/ 9909:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  m0: () => (/* reexport */ openocdArgs),
  zC: () => (/* reexport */ startVirtualTarget)
});

// UNUSED EXPORTS: parseFault

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/util/owned-temp.ts
var owned_temp = __webpack_require__(4436);
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

;// CONCATENATED MODULE: ./src/sim/core/cortex-m-debug.ts

const CPUID = 0xd00;
const DFSR = 0xd30;
const DHCSR = 0xdf0;
const DCRSR = 0xdf4;
const DCRDR = 0xdf8;
const DEMCR = 0xdfc;
const MVFR0 = 0xf40;
const MVFR1 = 0xf44;
const DEBUG_REGISTERS = new Set([CPUID, DFSR, DHCSR, DCRSR, DCRDR, DEMCR, MVFR0, MVFR1]);
const DBGKEY = 0xa05f;
const C_DEBUGEN = 1 << 0;
const C_HALT = 1 << 1;
const C_STEP = 1 << 2;
const C_MASKINTS = 1 << 3;
const DHCSR_CONTROL = 0x2f; // C_DEBUGEN, C_HALT, C_STEP, C_MASKINTS, C_SNAPSTALL
const S_REGRDY = 1 << 16;
const S_HALT = 1 << 17;
const S_SLEEP = 1 << 18;
const S_LOCKUP = 1 << 19;
const S_RETIRE_ST = 1 << 24;
const S_RESET_ST = 1 << 25;
const DCRSR_REGWNR = 1 << 16;
const DCRSR_REGSEL = 0x7f;
const PC = 15;
const DFSR_HALTED = 1 << 0;
const DFSR_BKPT = 1 << 1;
const DFSR_VCATCH = 1 << 3;
const DFSR_BITS = 0x1f;
const DEMCR_VC_CORERESET = 1 << 0;
const DEMCR_TRCENA = 1 << 24;
const DEMCR_BITS = 0x010f07f1;
/** DEMCR catch bits per exception number: the fault handlers OpenOCD can catch. */
const VECTOR_CATCH = {
    3: 1 << 10, // HardFault: VC_HARDERR
    4: 1 << 4, // MemManage: VC_MMERR
    5: 1 << 8, // BusFault: VC_BUSERR
    6: (1 << 5) | (1 << 6) | (1 << 7), // UsageFault: VC_NOCPERR, VC_CHKERR, VC_STATERR
};
/**
 * The System Control Space (4 KiB at 0xE000E000): the debug block answers
 * its registers, the core's SCB, NVIC and SysTick the rest.
 */
class CortexMDebug {
    description;
    core;
    fpb;
    dwt;
    debugBlock = new RegisterBlock(this);
    halted = false;
    sleeping = false;
    /** A BKPT with no debugger attached: the core cannot go on until a reset. */
    stuck = false;
    control = 0;
    // Sticky, cleared by reading DHCSR: a core reset happened / an instruction retired.
    resetSeen = true;
    retired = false;
    dfsr = 0;
    demcr = 0;
    dcrdr = 0;
    vectorCaught = false;
    statusPolled = false;
    /** The core was resumed or reset into running: the run loop should start. */
    onRun;
    constructor(description, core, fpb, dwt) {
        this.description = description;
        this.core = core;
        this.fpb = fpb;
        this.dwt = dwt;
        core.onExceptionEntry = (exception) => {
            const catchBits = VECTOR_CATCH[exception] ?? 0;
            this.vectorCaught = this.debugging && (this.demcr & catchBits) !== 0;
            return this.vectorCaught;
        };
    }
    get state() {
        if (this.halted)
            return 'halted';
        if (this.core.lockedUp || this.stuck)
            return 'locked-up';
        return this.sleeping ? 'sleeping' : 'running';
    }
    /**
     * The core's part of a reset. Debug state (C_DEBUGEN, C_MASKINTS, DEMCR,
     * DFSR) survives; with vector catch the core halts before the first instruction.
     */
    reset() {
        this.core.reset();
        this.resetSeen = true;
        this.sleeping = false;
        this.stuck = false;
        this.halted = false;
        // [unverified vs silicon] A local reset ends a halt request: only vector
        // catch halts the core at the reset vector, which is what OpenOCD uses.
        this.control &= ~(C_HALT | C_STEP);
        if (this.debugging && this.demcr & DEMCR_VC_CORERESET)
            this.halt(DFSR_VCATCH);
        else
            this.onRun?.();
    }
    /**
     * Runs at most `budget` instructions while the core is running, stopping
     * at a breakpoint, a caught vector, the end of a step, sleep or lock-up.
     * Returns how many it ran; their cycles (one each) go to SysTick and DWT.
     */
    run(budget) {
        const { core, fpb } = this;
        const maskInterrupts = (this.control & C_MASKINTS) !== 0;
        const stepping = (this.control & C_STEP) !== 0;
        let count = 0;
        while (count < budget && this.state === 'running') {
            if (fpb.breaksAt(core.readRegister(PC))) {
                this.halt(DFSR_BKPT);
                break;
            }
            const outcome = core.step({ maskInterrupts });
            count++;
            if (outcome.kind === 'breakpoint') {
                if (this.debugging)
                    this.halt(DFSR_BKPT);
                else
                    this.stuck = true;
                break;
            }
            this.retired = true;
            if (outcome.kind === 'sleeping')
                this.sleeping = true;
            if (this.vectorCaught) {
                this.vectorCaught = false;
                this.halt(DFSR_VCATCH);
            }
            else if (stepping) {
                this.halt(DFSR_HALTED);
            }
        }
        this.passCycles(count);
        return count;
    }
    /**
     * Whether the debugger read DHCSR while the core ran, since the last call:
     * it is waiting for the core (an algorithm's end, a breakpoint).
     */
    takeStatusPoll() {
        const polled = this.statusPolled;
        this.statusPolled = false;
        return polled;
    }
    /** A sleeping core: `cycles` pass (SysTick counts), then it looks for a pending interrupt. */
    idle(cycles) {
        if (this.state !== 'sleeping')
            return;
        this.passCycles(cycles);
        this.sleeping = false;
        this.run(1);
    }
    read(offset, size) {
        return DEBUG_REGISTERS.has(offset & ~3)
            ? this.debugBlock.read(offset, size)
            : this.core.systemControlBus.read(offset, size);
    }
    write(offset, size, value) {
        if (DEBUG_REGISTERS.has(offset & ~3))
            this.debugBlock.write(offset, size, value);
        else
            this.core.systemControlBus.write(offset, size, value);
    }
    /** A debug register (the RegisterBlock's side). */
    readRegister(offset) {
        switch (offset) {
            case CPUID:
                return this.description.cpuid;
            case DFSR:
                return this.dfsr;
            case DHCSR:
                return this.readDhcsr();
            case DCRSR:
                return 0;
            case DCRDR:
                return this.dcrdr;
            case DEMCR:
                return this.demcr;
            case MVFR0:
                return this.description.mvfr?.[0] ?? 0;
            default: // MVFR1
                return this.description.mvfr?.[1] ?? 0;
        }
    }
    writeRegister(offset, value) {
        switch (offset) {
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
            // CPUID and MVFR0/1 are read-only.
        }
    }
    /** DHCSR.C_DEBUGEN: a debugger is attached. */
    get debugging() {
        return (this.control & C_DEBUGEN) !== 0;
    }
    readDhcsr() {
        let value = this.control | S_REGRDY;
        const state = this.state;
        if (state === 'running')
            this.statusPolled = true;
        if (state === 'halted')
            value |= S_HALT;
        if (state === 'sleeping')
            value |= S_SLEEP;
        // Halting ends lock-up (ARMv7-M B1.5.15); resuming locks up again unless the PC was moved.
        if (state === 'locked-up')
            value |= S_LOCKUP;
        if (this.retired)
            value |= S_RETIRE_ST;
        if (this.resetSeen)
            value |= S_RESET_ST;
        this.resetSeen = false;
        this.retired = false;
        return value >>> 0;
    }
    writeDhcsr(value) {
        if (value >>> 16 !== DBGKEY)
            return;
        this.control = value & DHCSR_CONTROL;
        if (!this.debugging) {
            this.control = 0;
            this.resume();
        }
        else if (this.control & C_HALT) {
            if (!this.halted)
                this.halt(DFSR_HALTED);
        }
        else if (this.halted) {
            this.resume();
        }
    }
    // A step takes nanoseconds on silicon, so it is over before the adapter's
    // next access (OpenOCD queues the step and the halt request together).
    resume() {
        if (!this.halted)
            return;
        this.halted = false;
        if (this.control & C_STEP)
            this.run(1);
        else
            this.onRun?.();
    }
    // Transfers complete at once, so S_REGRDY is always set.
    transferRegister(value) {
        const selector = value & DCRSR_REGSEL;
        if (value & DCRSR_REGWNR)
            this.core.writeRegister(selector, this.dcrdr);
        else
            this.dcrdr = this.core.readRegister(selector) >>> 0;
    }
    // Entering Debug state sets C_HALT, whatever the reason (OpenOCD builds its
    // next DHCSR writes from the value it read).
    halt(reason) {
        this.control |= C_HALT;
        this.halted = true;
        this.sleeping = false;
        this.stuck = false;
        this.dfsr |= reason;
    }
    passCycles(cycles) {
        if (cycles === 0)
            return;
        this.core.advanceClock(cycles);
        this.dwt.countCycles(cycles, (this.demcr & DEMCR_TRCENA) !== 0);
    }
}

;// CONCATENATED MODULE: ./src/sim/core/dwt.ts
const DWT_CTRL = 0x000;
const DWT_CYCCNT = 0x004;
const DWT_COMP0 = 0x020;
const COMPARATOR_STRIDE = 0x10;
const DWT_CTRL_WRITABLE = 0x0fffffff;
const CYCCNTENA = 1 << 0;
class DataWatchpoint {
    numberOfComparators;
    ctrl = 0;
    cyccnt = 0;
    // COMP, MASK, FUNCTION (and a reserved word) per comparator.
    comparators;
    constructor(numberOfComparators) {
        this.numberOfComparators = numberOfComparators;
        this.comparators = new Uint32Array(numberOfComparators * 4);
    }
    readRegister(offset) {
        if (offset === DWT_CTRL)
            return ((this.numberOfComparators << 28) | this.ctrl) >>> 0;
        if (offset === DWT_CYCCNT)
            return this.cyccnt;
        const index = this.comparatorWord(offset);
        return index < 0 ? 0 : this.comparators[index];
    }
    writeRegister(offset, value) {
        if (offset === DWT_CTRL) {
            this.ctrl = value & DWT_CTRL_WRITABLE;
            return;
        }
        if (offset === DWT_CYCCNT) {
            this.cyccnt = value >>> 0;
            return;
        }
        const index = this.comparatorWord(offset);
        if (index >= 0)
            this.comparators[index] = value;
    }
    /** `cycles` core clock cycles passed; `traceEnabled` is DEMCR.TRCENA. */
    countCycles(cycles, traceEnabled) {
        if (traceEnabled && this.ctrl & CYCCNTENA)
            this.cyccnt = (this.cyccnt + cycles) >>> 0;
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
const FP_COMP_ENABLE = 1 << 0;
/** FPB rev 1 compares bits 28:2: it only patches the code region below 0x20000000. */
const FP_COMP_ADDRESS = 0x1ffffffc;
const CODE_REGION_END = 0x20000000;
/** REPLACE, bits 31:30: 01 breaks on the lower halfword, 10 on the upper, 11 on both. */
const REPLACE_SHIFT = 30;
class FlashPatchBreakpoint {
    codeComparators;
    enabled = false;
    comparators;
    ctrlId;
    constructor(codeComparators, literalComparators) {
        this.codeComparators = codeComparators;
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
    /** True when an enabled code comparator breaks on the instruction at `address`. */
    breaksAt(address) {
        if (!this.enabled || address >>> 0 >= CODE_REGION_END)
            return false;
        const halfword = address & 2 ? 2 : 1;
        for (let i = 0; i < this.codeComparators; i++) {
            const comp = this.comparators[i];
            if (comp & FP_COMP_ENABLE &&
                (comp & FP_COMP_ADDRESS) === (address & FP_COMP_ADDRESS) &&
                (comp >>> REPLACE_SHIFT) & halfword)
                return true;
        }
        return false;
    }
    comparatorIndex(offset) {
        return (offset - FP_COMP0) >> 2;
    }
}

;// CONCATENATED MODULE: ./src/sim/dap/dp-registers.ts
// The registers one ADIv5 debug port keeps whichever wire protocol reaches
// it: CTRL/STAT with its sticky flags, SELECT, and RDBUFF, the result of the
// last AP read. The JTAG-DP and the SW-DP of an SWJ-DP are two ways in to
// this one state and to the same APs behind it.

const STICKYORUN = 1 << 1;
const STICKYCMP = 1 << 4;
const STICKYERR = 1 << 5;
const WDATAERR = 1 << 7;
const ORUNDETECT = 1 << 0;
const STICKY = STICKYORUN | STICKYCMP | STICKYERR | WDATAERR;
// Writable CTRL/STAT bits (ORUNDETECT, TRNMODE, MASKLANE, TRNCNT, the requests).
const CTRL_STAT_WRITABLE = 0x54ffff0d;
// Each power/reset request is acknowledged at once, one bit higher.
const REQUESTS = (1 << 26) | (1 << 28) | (1 << 30);
// ABORT (SW-DP address 0x0, write): one bit per sticky flag to clear.
const STKCMPCLR = 1 << 1;
const STKERRCLR = 1 << 2;
const WDERRCLR = 1 << 3;
const ORUNERRCLR = 1 << 4;
class DpRegisters {
    aps;
    ctrlStat = 0;
    select = 0;
    /** The data of the last AP read. */
    rdbuff = 0;
    constructor(
    /** Indexed by APSEL; missing APSELs read as zero and ignore writes. */
    aps) {
        this.aps = aps;
    }
    get ctrlStatValue() {
        return (this.ctrlStat | ((this.ctrlStat & REQUESTS) << 1)) >>> 0;
    }
    get stickyError() {
        return (this.ctrlStat & STICKY) !== 0;
    }
    get overrunDetect() {
        return (this.ctrlStat & ORUNDETECT) !== 0;
    }
    /** JTAG-DP: sticky flags are cleared by writing 1 to them. */
    writeCtrlStatJtag(data) {
        const sticky = this.ctrlStat & STICKY & ~data;
        this.ctrlStat = (data & CTRL_STAT_WRITABLE) | sticky;
    }
    /** SW-DP: sticky flags are read-only here; ABORT clears them. */
    writeCtrlStatSwd(data) {
        this.ctrlStat = (data & CTRL_STAT_WRITABLE) | (this.ctrlStat & STICKY);
    }
    abort(data) {
        let clear = 0;
        if (data & STKCMPCLR)
            clear |= STICKYCMP;
        if (data & STKERRCLR)
            clear |= STICKYERR;
        if (data & WDERRCLR)
            clear |= WDATAERR;
        if (data & ORUNERRCLR)
            clear |= STICKYORUN;
        this.ctrlStat &= ~clear;
    }
    flag(bits) {
        this.ctrlStat |= bits;
    }
    /** Reads an AP register through SELECT; the value also lands in RDBUFF. */
    apRead(address) {
        // While a sticky error is pending, AP transactions are discarded.
        if (this.stickyError)
            return (this.rdbuff = 0);
        const ap = this.aps[this.select >>> 24];
        try {
            return (this.rdbuff = ap ? ap.read(this.apRegister(address)) : 0);
        }
        catch (error) {
            if (!(error instanceof BusFault))
                throw error;
            this.ctrlStat |= STICKYERR;
            return (this.rdbuff = 0);
        }
    }
    apWrite(address, data) {
        if (this.stickyError)
            return;
        try {
            this.aps[this.select >>> 24]?.write(this.apRegister(address), data);
        }
        catch (error) {
            if (!(error instanceof BusFault))
                throw error;
            this.ctrlStat |= STICKYERR;
        }
    }
    apRegister(address) {
        return (this.select & 0xf0) | address;
    }
}

;// CONCATENATED MODULE: ./src/sim/dap/jtag-dp.ts
const IR_ABORT = 0x8;
const IR_DPACC = 0xa;
const IR_APACC = 0xb;
const IR_IDCODE = 0xe;
const ACK_OK_FAULT = 0b010;
const DP_CTRL_STAT = 0x4;
const DP_SELECT = 0x8;
const DP_RDBUFF = 0xc;
class JtagDp {
    idcode;
    dp;
    irLength = 4;
    irCapture = 0b0001;
    resetInstruction = IR_IDCODE;
    /** The data the next scan's capture returns. */
    readResult = 0;
    constructor(idcode, dp) {
        this.idcode = idcode;
        this.dp = dp;
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
        else if (read)
            this.readResult = this.dp.apRead(address);
        else
            this.dp.apWrite(address, data);
    }
    dpAccess(read, address, data) {
        const dp = this.dp;
        if (read) {
            if (address === DP_CTRL_STAT)
                this.readResult = dp.ctrlStatValue;
            else if (address === DP_SELECT)
                this.readResult = dp.select;
            else if (address === DP_RDBUFF)
                this.readResult = dp.rdbuff;
            else
                this.readResult = 0;
            return;
        }
        if (address === DP_CTRL_STAT)
            dp.writeCtrlStatJtag(data);
        else if (address === DP_SELECT)
            dp.select = data;
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

;// CONCATENATED MODULE: ./src/sim/dap/sw-dp.ts
// The ARM SW-DP (ADIv5.2, DPv1), one SWCLK cycle at a time: line reset,
// packet request, turnaround, ACK, data with parity. The DP registers and
// the APs behind them are the same ones the JTAG-DP reaches (dp-registers.ts).
//
// Cycle model: `swdio()` is what the target drives while SWCLK is low (a
// pulled-up 1 when it drives nothing); `clock(level)` is the rising edge,
// where the target samples the line and moves to its next cycle.

const ACK_OK = 0b001;
const ACK_FAULT = 0b100;
const DP_DPIDR_ABORT = 0x0;
const sw_dp_DP_CTRL_STAT = 0x4;
const DP_SELECT_RESEND = 0x8;
/** At least 50 cycles with SWDIO high reset the line. */
const LINE_RESET_CYCLES = 50;
class SwDp {
    dpidr;
    dp;
    phase = 'lockout';
    /** Bits of the current field, LSB first, and how many there are. */
    bits = 0;
    count = 0;
    parity = 0;
    ones = 0;
    /** Since the last line reset no DPIDR read has taken the link out of reset. */
    inReset = true;
    request = { ap: false, read: false, address: 0 };
    ack = ACK_OK;
    dataPhase = true;
    readData = 0;
    /** The last read's data, which RESEND returns again. */
    lastRead = 0;
    constructor(dpidr, dp) {
        this.dpidr = dpidr;
        this.dp = dp;
    }
    /** The SWJ-DP switched to JTAG (or away from SWD): the link needs a line reset. */
    disconnect() {
        this.phase = 'lockout';
        this.ones = 0;
        this.inReset = true;
    }
    /** SWDIO as the target drives it during the current cycle. */
    swdio() {
        if (this.phase === 'ack')
            return (this.ack >> this.count) & 1;
        if (this.phase === 'read-data') {
            return this.count < 32 ? (this.readData >>> this.count) & 1 : parity32(this.readData);
        }
        return 1;
    }
    /** One rising SWCLK edge with the line at `level`. */
    clock(level) {
        const hostDrives = this.phase !== 'ack' && this.phase !== 'read-data' && !this.phase.startsWith('turnaround');
        if (hostDrives) {
            this.ones = level ? this.ones + 1 : 0;
            if (this.ones >= LINE_RESET_CYCLES) {
                this.phase = 'reset';
                this.inReset = true;
                return;
            }
        }
        switch (this.phase) {
            case 'lockout':
                return;
            case 'reset':
            case 'idle':
                if (level)
                    this.begin('request', 1, 1);
                else
                    this.phase = 'idle';
                return;
            case 'request':
                this.shiftIn(level);
                if (this.count === 8)
                    this.onRequest();
                return;
            case 'turnaround-to-target':
                this.begin('ack');
                return;
            case 'ack':
                if (++this.count === 3)
                    this.afterAck();
                return;
            case 'read-data':
                if (++this.count === 33)
                    this.phase = 'turnaround-to-host';
                return;
            case 'turnaround-to-host':
                if (this.request.read || !this.dataPhase)
                    this.phase = 'idle';
                else
                    this.begin('write-data');
                return;
            case 'write-data':
                this.shiftIn(level);
                if (this.count === 33)
                    this.onWriteData();
                return;
        }
    }
    begin(phase, bits = 0, count = 0) {
        this.phase = phase;
        this.bits = bits;
        this.count = count;
        this.parity = 0;
    }
    shiftIn(level) {
        if (this.count < 32)
            this.bits = (this.bits | (level << this.count)) >>> 0;
        else
            this.parity = level;
        this.count++;
    }
    // Start, APnDP, RnW, A2, A3, parity, stop, park.
    onRequest() {
        const b = this.bits;
        const bit = (n) => (b >> n) & 1;
        const fieldParity = bit(1) ^ bit(2) ^ bit(3) ^ bit(4);
        const framed = bit(0) === 1 && bit(6) === 0 && bit(7) === 1 && bit(5) === fieldParity;
        const request = { ap: bit(1) === 1, read: bit(2) === 1, address: (b >> 1) & 0b1100 };
        const dpidrRead = !request.ap && request.read && request.address === DP_DPIDR_ABORT;
        // A malformed request, or anything but a DPIDR read while the link is
        // still in reset, is a protocol error: the target does not answer.
        if (!framed || (this.inReset && !dpidrRead)) {
            this.phase = 'lockout';
            return;
        }
        this.request = request;
        this.ack = this.acknowledge(request);
        this.begin('turnaround-to-target');
    }
    acknowledge({ ap, read, address }) {
        // With a sticky flag set, only DPIDR, CTRL/STAT and ABORT stay reachable.
        const alwaysAllowed = !ap && (address === DP_DPIDR_ABORT || (read && address === sw_dp_DP_CTRL_STAT));
        if (this.dp.stickyError && !alwaysAllowed)
            return ACK_FAULT;
        if (read)
            this.readData = this.performRead(ap, address);
        return ACK_OK;
    }
    performRead(ap, address) {
        const dp = this.dp;
        let value;
        if (ap) {
            // Posted: this read returns the previous AP read's data and starts a new one.
            value = dp.rdbuff;
            dp.apRead(address);
        }
        else if (address === DP_DPIDR_ABORT) {
            this.inReset = false;
            value = this.dpidr;
        }
        else if (address === sw_dp_DP_CTRL_STAT) {
            value = (dp.select & 0xf) === 0 ? dp.ctrlStatValue : 0; // DPBANKSEL 0; DLCR and others read 0
        }
        else if (address === DP_SELECT_RESEND) {
            value = this.lastRead;
        }
        else {
            value = dp.rdbuff; // 0xC: RDBUFF
        }
        return (this.lastRead = value >>> 0);
    }
    afterAck() {
        // FAULT (like WAIT) ends the packet, unless overrun detection asks for the
        // data phase to be clocked anyway (OpenOCD's bitbang driver always clocks it).
        this.dataPhase = this.ack === ACK_OK || this.dp.overrunDetect;
        if (this.ack !== ACK_OK)
            this.readData = 0;
        if (this.request.read && this.dataPhase)
            this.begin('read-data');
        else
            this.begin('turnaround-to-host');
    }
    onWriteData() {
        this.phase = 'idle';
        if (this.ack !== ACK_OK)
            return;
        const data = this.bits;
        if (this.parity !== parity32(data)) {
            this.dp.flag(WDATAERR);
            return;
        }
        const { ap, address } = this.request;
        const dp = this.dp;
        if (ap)
            dp.apWrite(address, data);
        else if (address === DP_DPIDR_ABORT)
            dp.abort(data);
        else if (address === sw_dp_DP_CTRL_STAT) {
            if ((dp.select & 0xf) === 0)
                dp.writeCtrlStatSwd(data);
        }
        else if (address === DP_SELECT_RESEND)
            dp.select = data;
        // 0xC: TARGETSEL, for multi-drop (DPv2); a DPv1 ignores it.
    }
}
function parity32(value) {
    let v = value >>> 0;
    v ^= v >>> 16;
    v ^= v >>> 8;
    v ^= v >>> 4;
    v ^= v >>> 2;
    v ^= v >>> 1;
    return v & 1;
}

;// CONCATENATED MODULE: ./src/sim/dap/swj-port.ts

// LSB first on the wire.
const JTAG_TO_SWD = 0xe79e;
const SWD_TO_JTAG = 0xe73c;
class SwjPort {
    chain;
    swDp;
    mode = 'jtag';
    ones = 0;
    /** Bits of a select sequence being received, -1 when none is. */
    selectCount = -1;
    selectBits = 0;
    constructor(chain, swDp) {
        this.chain = chain;
        this.swDp = swDp;
    }
    /** Power-on (or a probe attaching): JTAG, TAPs in Test-Logic-Reset. */
    reset() {
        this.mode = 'jtag';
        this.ones = 0;
        this.selectCount = -1;
        this.chain.reset();
        this.swDp.disconnect();
    }
    /** A rising TCK edge from a JTAG adapter, which always drives TMS. */
    jtagClock(tms, tdi) {
        this.watch(tms);
        if (this.mode === 'jtag')
            this.chain.clock(tms, tdi);
    }
    tdo() {
        return this.mode === 'jtag' ? this.chain.tdo() : 0;
    }
    /** A rising SWCLK edge; `hostDrives` when the adapter drives SWDIO. */
    swdClock(level, hostDrives) {
        if (hostDrives)
            this.watch(level);
        if (this.mode === 'swd')
            this.swDp.clock(level);
    }
    /** What the target drives on SWDIO (a pulled-up 1 when it does not). */
    swdio() {
        return this.mode === 'swd' ? this.swDp.swdio() : 1;
    }
    watch(level) {
        if (this.selectCount >= 0) {
            this.selectBits |= level << this.selectCount;
            if (++this.selectCount === 16) {
                this.selectCount = -1;
                if (this.selectBits === JTAG_TO_SWD)
                    this.switchTo('swd');
                else if (this.selectBits === SWD_TO_JTAG)
                    this.switchTo('jtag');
            }
        }
        else if (!level && this.ones >= LINE_RESET_CYCLES) {
            // Both sequences start with a 0 bit.
            this.selectCount = 1;
            this.selectBits = 0;
        }
        this.ones = level ? this.ones + 1 : 0;
    }
    switchTo(mode) {
        if (mode === this.mode)
            return;
        this.mode = mode;
        if (mode === 'swd')
            this.swDp.disconnect();
        else
            this.chain.reset();
    }
}

// EXTERNAL MODULE: ./src/sim/faults.ts
var faults = __webpack_require__(2718);
;// CONCATENATED MODULE: ./src/sim/fault-injector.ts
// The faults of one virtual target at run time, asked by the flash
// controllers at each operation. Addresses are checked against the chip
// here, so a fault that could never fire is refused at start.

class FaultInjector {
    failingSectors = new Set();
    failingOffsets = [];
    stuck = [];
    busy = { erase: 0, program: 0 };
    disconnectAfter = Infinity;
    programmed = 0;
    refusals = 0;
    /** Connections that end before the link wedges (the wedged fault); it wedges once. */
    wedgeAfter = Infinity;
    ended = 0;
    wedged = false;
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
    /** Whether to refuse this connection (the flaky-connect and wedged faults); counts it. */
    refusesConnection() {
        if (this.wedged)
            return true;
        if (this.refusals === 0)
            return false;
        this.refusals--;
        return true;
    }
    /** A connection ended: counts it towards the wedged fault. */
    recordDisconnect() {
        if (++this.ended === this.wedgeAfter)
            this.wedged = true;
    }
    /** The board's power came back: a wedged link works again. */
    powerCycled() {
        this.wedged = false;
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
            case 'flaky-connect':
                this.refusals += fault.fails;
                break;
            case 'wedged':
                this.wedgeAfter = Math.min(this.wedgeAfter, fault.afterConnections);
                this.wedged = this.wedgeAfter === 0;
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

;// CONCATENATED MODULE: ./src/sim/flash/readout-protection.ts
// Readout protection as a bus master sees it: while it applies, reads of
// main flash (and of its boot alias at 0) end in a bus error — for the
// debugger, and for the core while a debugger is attached (RM0008 §2.3.4,
// RM0090 §3.7.3: code running from SRAM or with debug connected cannot read
// the protected flash).

function readoutProtected(bus, flash, applies) {
    const inFlash = (address) => flash.some((range) => address >= range.base && address < range.base + range.size);
    return {
        read(address, size) {
            if (applies() && inFlash(address))
                throw new BusFault('flash is read-protected');
            return bus.read(address, size);
        },
        write: (address, size, value) => bus.write(address, size, value),
    };
}

// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
;// CONCATENATED MODULE: ./src/sim/flash/busy-timer.ts
// How long the flash stays busy after an operation. BSY reads as set at the
// first status read after every operation, so the poll loops of OpenOCD and
// of its flash loaders really run, whatever the machine's speed; the
// slow-flash fault keeps it set longer, in wall-clock time.

class BusyTimer {
    until = 0;
    pollsBusy = 0;
    start(ms) {
        this.pollsBusy = 1;
        this.until = ms > 0 ? external_node_perf_hooks_.performance.now() + ms : 0;
    }
    /** One status read: is the operation still going on? */
    poll() {
        if (this.pollsBusy > 0) {
            this.pollsBusy--;
            return true;
        }
        return this.until !== 0 && external_node_perf_hooks_.performance.now() < this.until;
    }
    reset() {
        this.until = 0;
        this.pollsBusy = 0;
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

;// CONCATENATED MODULE: ./src/sim/flash/stm32-flash-interface.ts




const KEY1 = 0x45670123;
const KEY2 = 0xcdef89ab;
/** The option-byte keys of the F4, G4 and H7 (the F1 takes KEY1 and KEY2 again). */
const OPTKEY1 = 0x08192a3b;
const OPTKEY2 = 0x4c5d6e7f;
/** The RDP byte of the F4, G4 and H7 option bytes: 0xAA is level 0, 0xCC level 2, anything else level 1. */
const RDP_LEVEL_0 = 0xaa;
const RDP_LEVEL_2 = 0xcc;
const ACR = 0x00;
/** F1 and F4: KEYR, OPTKEYR, SR, CR one after the other from 0x04. */
const F1_F4_REGISTERS = {
    keyr: 0x04,
    optkeyr: 0x08,
    sr: 0x0c,
    cr: 0x10,
};
class Stm32FlashInterface {
    bits;
    flash;
    cr;
    sr = 0;
    acr;
    keys = new KeySequence(KEY1, KEY2);
    optionKeys;
    busy = new BusyTimer();
    constructor(bits, flash) {
        this.bits = bits;
        this.flash = flash;
        this.cr = bits.crLocked;
        this.acr = bits.acrReset;
        this.optionKeys = new KeySequence(...bits.optionKeys);
    }
    /** F1 and F4 load their option bytes at every system reset: power-on is no different. */
    powerOnReset() {
        this.systemReset();
    }
    systemReset() {
        this.acr = this.bits.acrReset;
        this.cr = this.bits.crLocked;
        this.sr = 0;
        this.keys.reset();
        this.optionKeys.reset();
        this.busy.reset();
    }
    readRegister(offset) {
        const { registers } = this.bits;
        if (offset === ACR)
            return this.acr;
        if (offset === registers.sr)
            return this.sr | (this.busy.poll() ? this.bits.srBusy : 0);
        if (offset === registers.cr)
            return this.cr >>> 0;
        return this.readOtherRegister(offset);
    }
    writeRegister(offset, value) {
        const { registers } = this.bits;
        if (offset === ACR) {
            this.acr = value & this.bits.acrWritable;
        }
        else if (offset === registers.keyr) {
            // Keys written while unlocked are accepted silently (OpenOCD's F1
            // protect path unlocks twice).
            if (this.locked && this.keys.accept(value))
                this.cr &= ~this.bits.crLock;
        }
        else if (offset === registers.optkeyr) {
            if (this.optionKeysAccepted && this.optionKeys.accept(value))
                this.unlockOptions();
        }
        else if (offset === registers.sr) {
            this.sr &= ~(value & this.bits.srWriteOneToClear);
        }
        else if (offset === registers.cr) {
            if (this.locked)
                return;
            if (value & this.bits.crLock) {
                this.cr = this.bits.crLocked;
                this.keys.reset();
            }
            else {
                this.writeCr(value);
            }
        }
        else {
            this.writeOtherRegister(offset, value);
        }
    }
    /** The interface's 1 KiB register block at `base`, as the bus sees it. */
    registerRegion(base) {
        return { base, size: 0x400, device: new RegisterBlock(this) };
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
/** An OTP area at `base`: read like flash, each write handed to `program`; no erase reaches it. */
function otpRegion(base, otp, program) {
    return { base, size: otp.bytes.length, device: new FlashWindow(otp, { program }) };
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
    registers: F1_F4_REGISTERS,
    optionKeys: [KEY1, KEY2],
    crLock: CR_LOCK,
    crLocked: CR_LOCK,
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
    pagesPerBlock;
    ar = 0;
    obr = 0;
    wrpr = 0;
    constructor(description, flash) {
        super(BITS, flash);
        this.pagesPerBlock = description.pagesPerProtectionBlock;
        this.regions = [
            this.registerRegion(description.registerBase),
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
        ({ obr: this.obr, wrpr: this.wrpr } = this.options.load());
    }
    get readProtected() {
        return (this.obr & OBR_RDPRT) !== 0;
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
    }
    get optionKeysAccepted() {
        return !this.locked;
    }
    unlockOptions() {
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
    // Erasing the option bytes of a read-protected part removes the protection:
    // the hardware mass-erases main flash first, write protection or not.
    eraseOptionBytes() {
        if (!(this.cr & CR_OPTWRE)) {
            this.sr |= SR_WRPRTERR;
        }
        else {
            if (this.readProtected)
                this.flash.array.erase(0, this.flash.layout.size);
            this.options.erase();
        }
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
const OPTCR_RDP_SHIFT = 8;
const stm32f4_flash_BITS = {
    registers: F1_F4_REGISTERS,
    optionKeys: [OPTKEY1, OPTKEY2],
    crLock: stm32f4_flash_CR_LOCK,
    crLocked: stm32f4_flash_CR_LOCK,
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
    optcr = 0;
    /** The option bytes as loaded at the last reset. */
    loadedOptions = 0;
    constructor(description, flash) {
        super(stm32f4_flash_BITS, flash);
        const { otp } = description;
        this.otpBlockSize = otp.blockSize;
        this.otpLockOffset = otp.blocks * otp.blockSize;
        this.otp = new FlashArray(this.otpLockOffset + otp.blocks);
        this.options.writeUInt32LE(description.factoryOptions & OPTCR_OPTIONS);
        this.regions = [
            this.registerRegion(description.registerBase),
            otpRegion(otp.base, this.otp, (offset, size, value) => this.programOtp(offset, size, value)),
        ];
        this.nonVolatile = [
            { name: 'option-bytes', bytes: this.options },
            { name: 'otp', bytes: this.otp.bytes },
        ];
    }
    systemReset() {
        super.systemReset();
        this.loadedOptions = this.options.readUInt32LE();
        this.optcr = this.loadedOptions | OPTCR_OPTLOCK;
    }
    get readProtected() {
        return rdpOf(this.loadedOptions) !== RDP_LEVEL_0;
    }
    readOtherRegister(offset) {
        return offset === OPTCR ? this.optcr : 0;
    }
    writeOtherRegister(offset, value) {
        if (offset === OPTCR)
            this.writeOptcr(value);
    }
    get optionKeysAccepted() {
        return (this.optcr & OPTCR_OPTLOCK) !== 0;
    }
    unlockOptions() {
        this.optcr &= ~OPTCR_OPTLOCK;
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
            const options = (value & OPTCR_OPTIONS) >>> 0;
            // Level 1 back to level 0 mass-erases main flash first.
            const regress = rdpOf(this.options.readUInt32LE()) !== RDP_LEVEL_0;
            if (regress && rdpOf(options) === RDP_LEVEL_0)
                this.flash.array.erase(0, this.flash.layout.size);
            this.options.writeUInt32LE(options);
            this.finish(0);
        }
    }
    isProtected(sector) {
        return ((this.options.readUInt32LE() >>> (OPTCR_NWRP_SHIFT + sector)) & 1) === 0;
    }
}
function rdpOf(options) {
    return (options >>> OPTCR_RDP_SHIFT) & 0xff;
}

;// CONCATENATED MODULE: ./src/sim/flash/stm32g4-flash.ts



const KEYR = 0x08;
const OPTKEYR = 0x0c;
const SR = 0x10;
const CR = 0x14;
/** OPTR, PCROP1SR, PCROP1ER, WRP1AR, WRP1BR: one register per option word, from here. */
const OPTR = 0x20;
const OPTION_WORDS = 5;
const WRP1AR_WORD = 3;
const WRP1BR_WORD = 4;
const stm32g4_flash_SR_EOP = 1 << 0;
const stm32g4_flash_SR_OPERR = 1 << 1;
const SR_PROGERR = 1 << 3;
const stm32g4_flash_SR_WRPERR = 1 << 4;
const SR_PGAERR = 1 << 5;
const SR_SIZERR = 1 << 6;
const stm32g4_flash_SR_PGSERR = 1 << 7;
const SR_MISERR = 1 << 8;
const SR_FASTERR = 1 << 9;
const SR_RDERR = 1 << 14;
const SR_OPTVERR = 1 << 15;
const stm32g4_flash_SR_BSY = 1 << 16;
/** Errors of an earlier programming step: while one is set, programming is refused (PGSERR). */
const SR_PROGRAMMING_ERRORS = SR_PROGERR | stm32g4_flash_SR_WRPERR | SR_PGAERR | SR_SIZERR | SR_MISERR | SR_FASTERR;
const stm32g4_flash_CR_PG = 1 << 0;
const stm32g4_flash_CR_PER = 1 << 1;
const CR_MER1 = 1 << 2;
const CR_PNB_SHIFT = 3;
const CR_PNB_MASK = 0xff;
const stm32g4_flash_CR_STRT = 1 << 16;
const CR_OPTSTRT = 1 << 17;
const CR_EOPIE = 1 << 24;
const CR_OBL_LAUNCH = 1 << 27;
const CR_OPTLOCK = 1 << 30;
const stm32g4_flash_CR_LOCK = 1 << 31;
// PG, PER, MER1, PNB, FSTPG, EOPIE, ERRIE, RDERRIE.
const stm32g4_flash_CR_STORED = 0x070407ff;
const stm32g4_flash_BITS = {
    registers: { keyr: KEYR, optkeyr: OPTKEYR, sr: SR, cr: CR },
    optionKeys: [OPTKEY1, OPTKEY2],
    crLock: stm32g4_flash_CR_LOCK,
    // [model choice] Setting LOCK sets OPTLOCK too: OpenOCD always writes both.
    crLocked: (stm32g4_flash_CR_LOCK | CR_OPTLOCK) >>> 0,
    srBusy: stm32g4_flash_SR_BSY,
    srEndOfOperation: 0, // EOP only with EOPIE: see finish()
    srWriteOneToClear: stm32g4_flash_SR_EOP | stm32g4_flash_SR_OPERR | SR_PROGRAMMING_ERRORS | stm32g4_flash_SR_PGSERR | SR_RDERR | SR_OPTVERR,
    acrWritable: 0x47f0f, // LATENCY, PRFTEN, ICEN, DCEN, ICRST, DCRST, RUN_PD, SLEEP_PD, DBG_SWEN
    acrReset: 0x40600, // ICEN, DCEN, DBG_SWEN
};
class Stm32g4Flash extends Stm32FlashInterface {
    launchOptionLoad;
    regions;
    nonVolatile;
    /** What OPTSTRT stored: each option word, then its complement. */
    options = Buffer.alloc(OPTION_WORDS * 8);
    /** The option registers: loaded at reset, rewritten by the debugger before OPTSTRT. */
    optionRegisters = new Uint32Array(OPTION_WORDS);
    /** The option words in force since the last reset. */
    loaded = new Uint32Array(OPTION_WORDS);
    otp;
    wrpMask;
    pending;
    constructor(description, flash, 
    /** OBL_LAUNCH: the option bytes load "under system reset" — the chip's power-on path. */
    launchOptionLoad) {
        super(stm32g4_flash_BITS, flash);
        this.launchOptionLoad = launchOptionLoad;
        this.wrpMask = (1 << description.wrpPageBits) - 1;
        const factory = [description.factoryOptr, 0x0000ffff, 0, 0xff, 0xff];
        factory.forEach((word, i) => this.storeOption(i, this.implemented(i, word)));
        this.otp = new FlashArray(description.otp.size);
        this.regions = [
            this.registerRegion(description.registerBase),
            {
                base: description.optionBytesBase,
                size: this.options.length,
                device: {
                    read: (offset, size) => readLittleEndian(this.options, offset, size),
                    write: () => { }, // only OPTSTRT programs the option bytes
                },
            },
            otpRegion(description.otp.base, this.otp, (offset, size, value) => this.programWord(this.otp, offset, size, value)),
        ];
        this.nonVolatile = [
            { name: 'option-bytes', bytes: this.options },
            { name: 'otp', bytes: this.otp.bytes },
        ];
    }
    /** The option registers go back to the options in force; nothing is loaded. */
    systemReset() {
        super.systemReset();
        this.pending = undefined;
        this.optionRegisters.set(this.loaded);
    }
    /** The option-byte load: a word whose complement does not match sets OPTVERR. */
    powerOnReset() {
        this.systemReset();
        for (let i = 0; i < OPTION_WORDS; i++) {
            const word = this.options.readUInt32LE(i * 8);
            const complement = this.options.readUInt32LE(i * 8 + 4);
            const valid = (word ^ complement) >>> 0 === 0xffffffff;
            // An invalid RDP byte reads as level 1, the safe side.
            this.loaded[i] = valid ? word : 0xffffffff;
            if (!valid)
                this.sr |= SR_OPTVERR;
        }
        this.optionRegisters.set(this.loaded);
    }
    get readProtected() {
        return (this.loaded[0] & 0xff) !== RDP_LEVEL_0;
    }
    readOtherRegister(offset) {
        const word = (offset - OPTR) >> 2;
        return word >= 0 && word < OPTION_WORDS ? this.optionRegisters[word] : 0;
    }
    writeOtherRegister(offset, value) {
        const word = (offset - OPTR) >> 2;
        if (word >= 0 && word < OPTION_WORDS && !this.optionsLocked)
            this.optionRegisters[word] = this.implemented(word, value);
    }
    /** The option keys are only taken once CR itself is unlocked. */
    get optionKeysAccepted() {
        return !this.locked && this.optionsLocked;
    }
    unlockOptions() {
        this.cr &= ~CR_OPTLOCK;
    }
    finish(busyMs) {
        if (this.cr & CR_EOPIE)
            this.sr |= stm32g4_flash_SR_EOP;
        super.finish(busyMs);
    }
    program(offset, size, value) {
        this.programWord(this.flash.array, offset, size, value);
    }
    /**
     * One word write to flash (main or OTP): the first word of a double word
     * waits, the second programs both. Only 32-bit writes, PG set, no earlier
     * programming error pending, and the two words of one aligned double word.
     */
    programWord(array, offset, size, value) {
        const first = this.pending;
        this.pending = undefined;
        if (!(this.cr & stm32g4_flash_CR_PG) || this.sr & SR_PROGRAMMING_ERRORS)
            this.sr |= stm32g4_flash_SR_PGSERR;
        else if (size !== 4)
            this.sr |= SR_SIZERR;
        else if (!first && offset % 8 === 0) {
            this.pending = { array, offset, value };
            return;
        }
        else if (!first || first.array !== array || offset !== first.offset + 4) {
            this.sr |= SR_PGAERR;
        }
        else {
            this.programDoubleWord(array, first.offset, first.value, value);
        }
        this.finish(array === this.flash.array ? this.flash.faults.busyMs('program') : 0);
    }
    programDoubleWord(array, offset, low, high) {
        const main = array === this.flash.array;
        const { faults } = this.flash;
        const page = main ? this.flash.layout.sectorAt(offset) : undefined;
        const blank = array.isErased(offset, 4) && array.isErased(offset + 4, 4);
        if (page && this.isProtected(page.index))
            this.sr |= stm32g4_flash_SR_WRPERR;
        // Programming cells that are not erased fails, unless it writes all zeros.
        else if (!blank && (low | high) !== 0)
            this.sr |= SR_PROGERR;
        else if (main && faults.programFails(offset, 4))
            this.sr |= SR_PROGERR;
        else if (main && faults.programFails(offset + 4, 4))
            this.sr |= SR_PROGERR;
        else {
            array.program(offset, 4, low);
            array.program(offset + 4, 4, high);
            if (main)
                faults.recordProgrammed(8);
        }
    }
    writeCr(value) {
        // OPTLOCK is set only: a write of 0 leaves it as it is.
        this.cr = (value & stm32g4_flash_CR_STORED) | ((this.cr | value) & CR_OPTLOCK);
        if (value & stm32g4_flash_CR_STRT)
            this.start();
        if (value & CR_OPTSTRT && !this.optionsLocked)
            this.storeOptions();
        if (value & CR_OBL_LAUNCH && !this.optionsLocked)
            this.launchOptionLoad();
    }
    start() {
        const { sectors } = this.flash.layout;
        if (this.cr & stm32g4_flash_CR_PER) {
            const page = (this.cr >>> CR_PNB_SHIFT) & CR_PNB_MASK;
            if (page >= sectors.length)
                this.sr |= stm32g4_flash_SR_PGSERR;
            else
                this.erase([page]);
        }
        else if (this.cr & CR_MER1) {
            this.erase(sectors.map((sector) => sector.index));
        }
        this.finish(this.flash.faults.busyMs('erase'));
    }
    // [model choice] An erase hit by the erase-fail fault sets OPERR even
    // without ERRIE, so that OpenOCD sees the operation fail.
    erase(pages) {
        if (pages.some((page) => this.isProtected(page)))
            this.sr |= stm32g4_flash_SR_WRPERR;
        else
            this.eraseSectors(pages, stm32g4_flash_SR_OPERR);
    }
    /** OPTSTRT: the option registers go to the option bytes; they apply at the next reset. */
    storeOptions() {
        const rdpNow = this.options[0];
        const rdpNew = this.optionRegisters[0] & 0xff;
        // [model choice] Level 2 is final: the option bytes no longer change.
        if (rdpNow !== RDP_LEVEL_2) {
            // Level 1 back to level 0 mass-erases main flash first.
            if (rdpNow !== RDP_LEVEL_0 && rdpNew === RDP_LEVEL_0)
                this.flash.array.erase(0, this.flash.layout.size);
            this.optionRegisters.forEach((word, i) => this.storeOption(i, word));
        }
        this.finish(0);
    }
    storeOption(index, word) {
        this.options.writeUInt32LE(word >>> 0, index * 8);
        this.options.writeUInt32LE(~word >>> 0, index * 8 + 4);
    }
    /** A WRPxyR keeps only the page-number bits the part implements. */
    implemented(word, value) {
        if (word !== WRP1AR_WORD && word !== WRP1BR_WORD)
            return value >>> 0;
        return (value & (this.wrpMask | (this.wrpMask << 16))) >>> 0;
    }
    get optionsLocked() {
        return (this.cr & CR_OPTLOCK) !== 0;
    }
    /** In a WRP area in force: START <= page <= END (an area with START > END is unused). */
    isProtected(page) {
        return [WRP1AR_WORD, WRP1BR_WORD].some((word) => {
            const area = this.loaded[word];
            const start = area & this.wrpMask;
            const end = (area >>> 16) & this.wrpMask;
            return start <= page && page <= end;
        });
    }
}

;// CONCATENATED MODULE: ./src/sim/flash/stm32h7-flash.ts




// Per-bank registers; bank 2's sit BANK_STRIDE higher.
const BANK_STRIDE = 0x100;
const stm32h7_flash_KEYR = 0x04;
const stm32h7_flash_CR = 0x0c;
const stm32h7_flash_SR = 0x10;
const CCR = 0x14;
const WPSN_CUR = 0x38;
const WPSN_PRG = 0x3c;
const ECC_FA = 0x60;
// Shared registers (mirrored in bank 2's window).
const stm32h7_flash_ACR = 0x00;
const stm32h7_flash_OPTKEYR = 0x08;
const stm32h7_flash_OPTCR = 0x18;
const OPTSR_CUR = 0x1c;
const OPTSR_PRG = 0x20;
const OPTCCR = 0x24;
const stm32h7_flash_CR_LOCK = 1 << 0;
const stm32h7_flash_CR_PG = 1 << 1;
const stm32h7_flash_CR_SER = 1 << 2;
const CR_BER = 1 << 3;
const CR_FW = 1 << 4;
const CR_START = 1 << 5;
const CR_SSN_SHIFT = 6;
const CR_SSN_MASK = 0x7f;
// LOCK, PG, SER, BER, SSN, CRC_EN and the interrupt enables; FW and START self-clear.
const stm32h7_flash_CR_STORED = 0x1fff9fcf;
const stm32h7_flash_SR_BSY = 1 << 0;
const SR_WBNE = 1 << 1;
const SR_QW = 1 << 2;
const stm32h7_flash_SR_EOP = 1 << 16;
const stm32h7_flash_SR_WRPERR = 1 << 17;
const stm32h7_flash_SR_PGSERR = 1 << 18;
const SR_INCERR = 1 << 21;
const stm32h7_flash_SR_OPERR = 1 << 22;
const SR_DBECCERR = 1 << 26;
/** EOP and the error flags CCR clears (bits 16-28). */
const SR_CLEARABLE = 0x1fff0000;
const stm32h7_flash_OPTCR_OPTLOCK = 1 << 0;
const OPTCR_OPTSTART = 1 << 1;
const OPTSR_BUSY = 1 << 0;
const OPTSR_RDP_SHIFT = 8;
const OPTSR_CHANGEERR = 1 << 30;
/** The option bits OPTSR_PRG holds (not BUSY, not OPTCHANGEERR). */
const OPTSR_OPTIONS = 0xbffffffe;
const ERASED = 0xff;
/** One bank's own registers and its write buffer. */
class Bank {
    cr = stm32h7_flash_CR_LOCK;
    sr = 0;
    eccAddress = 0;
    keys = new KeySequence(KEY1, KEY2);
    busy = new BusyTimer();
    /** Flash offset of the buffered flash word, or -1 when the buffer is empty. */
    bufferedWord = -1;
    buffer;
    written;
    constructor(wordBytes) {
        this.buffer = Buffer.alloc(wordBytes, ERASED);
        this.written = new Array(wordBytes).fill(false);
    }
    clearBuffer() {
        this.bufferedWord = -1;
        this.buffer.fill(ERASED);
        this.written.fill(false);
    }
    reset() {
        this.cr = stm32h7_flash_CR_LOCK;
        this.sr = 0;
        this.keys.reset();
        this.busy.reset();
        this.clearBuffer();
    }
}
class Stm32h7Flash {
    description;
    flash;
    regions;
    nonVolatile;
    /** OPTSR, WPSN bank 1, WPSN bank 2: the option bytes as programmed. */
    options = Buffer.alloc(12);
    banks;
    optionKeys = new KeySequence(OPTKEY1, OPTKEY2);
    optionBusy = new BusyTimer();
    /** Flash words programmed while not erased: their ECC no longer matches. */
    corrupted = new Set();
    acr = 0;
    optcr = stm32h7_flash_OPTCR_OPTLOCK;
    optsrPrg = 0;
    wpsnPrg = [0, 0];
    /** OPTSR_CUR.OPTCHANGEERR: the last OPTSTART could not change the option bytes. */
    optionChangeError = false;
    constructor(description, flash) {
        this.description = description;
        this.flash = flash;
        this.banks = [new Bank(description.flashWordBytes), new Bank(description.flashWordBytes)];
        this.options.writeUInt32LE(description.factoryOptions >>> 0, 0);
        this.options.writeUInt32LE(0xffffffff, 4);
        this.options.writeUInt32LE(0xffffffff, 8);
        this.regions = [
            { base: description.registerBase, size: 2 * BANK_STRIDE, device: new RegisterBlock(this) },
        ];
        this.nonVolatile = [{ name: 'option-bytes', bytes: this.options }];
    }
    /** RDP as in force: since the last OPTSTART, which loads the option bytes it programs. */
    get readProtected() {
        return stm32h7_flash_rdpOf(this.options.readUInt32LE(0)) !== RDP_LEVEL_0;
    }
    /** Option bytes load at every reset on the H7 too. */
    powerOnReset() {
        this.systemReset();
    }
    systemReset() {
        for (const bank of this.banks)
            bank.reset();
        this.acr = 0;
        this.optcr = stm32h7_flash_OPTCR_OPTLOCK;
        this.optionKeys.reset();
        this.optionBusy.reset();
        this.optionChangeError = false;
        this.optsrPrg = this.options.readUInt32LE(0);
        this.wpsnPrg[0] = this.wpsn(0);
        this.wpsnPrg[1] = this.wpsn(1);
    }
    /** A main-flash read: a word with broken ECC flags DBECCERR in its bank. */
    observeRead(offset) {
        const word = offset - (offset % this.description.flashWordBytes);
        if (!this.corrupted.has(word))
            return;
        const bank = this.banks[this.bankOf(offset)];
        bank.sr |= SR_DBECCERR;
        bank.eccAddress = (word % this.bankSize) / this.description.flashWordBytes;
    }
    readRegister(offset) {
        const bank = this.banks[offset >= BANK_STRIDE ? 1 : 0];
        const index = offset >= BANK_STRIDE ? 1 : 0;
        switch (offset % BANK_STRIDE) {
            case stm32h7_flash_ACR:
                return this.acr;
            case stm32h7_flash_CR:
                return bank.cr >>> 0;
            case stm32h7_flash_SR: {
                const busy = bank.busy.poll() ? SR_QW | stm32h7_flash_SR_BSY : 0;
                return (bank.sr | busy | (bank.bufferedWord >= 0 ? SR_WBNE : 0)) >>> 0;
            }
            case WPSN_CUR:
                return this.wpsn(index);
            case WPSN_PRG:
                return this.wpsnPrg[index] >>> 0;
            case ECC_FA:
                return bank.eccAddress;
            case stm32h7_flash_OPTCR:
                return this.optcr >>> 0;
            case OPTSR_CUR:
                return ((this.options.readUInt32LE(0) |
                    (this.optionBusy.poll() ? OPTSR_BUSY : 0) |
                    (this.optionChangeError ? OPTSR_CHANGEERR : 0)) >>>
                    0);
            case OPTSR_PRG:
                return this.optsrPrg >>> 0;
            default:
                return 0;
        }
    }
    writeRegister(offset, value) {
        const index = offset >= BANK_STRIDE ? 1 : 0;
        const bank = this.banks[index];
        switch (offset % BANK_STRIDE) {
            case stm32h7_flash_ACR:
                this.acr = value & 0x3f;
                break;
            case stm32h7_flash_KEYR:
                if (bank.cr & stm32h7_flash_CR_LOCK && bank.keys.accept(value))
                    bank.cr &= ~stm32h7_flash_CR_LOCK;
                break;
            case stm32h7_flash_CR:
                this.writeCr(index, value);
                break;
            case CCR:
                bank.sr &= ~(value & SR_CLEARABLE);
                break;
            case stm32h7_flash_OPTKEYR:
                if (this.optcr & stm32h7_flash_OPTCR_OPTLOCK && this.optionKeys.accept(value))
                    this.optcr &= ~stm32h7_flash_OPTCR_OPTLOCK;
                break;
            case stm32h7_flash_OPTCR:
                this.writeOptcr(value);
                break;
            case OPTSR_PRG:
                if (!(this.optcr & stm32h7_flash_OPTCR_OPTLOCK))
                    this.optsrPrg = value & OPTSR_OPTIONS;
                break;
            case WPSN_PRG:
                if (!(this.optcr & stm32h7_flash_OPTCR_OPTLOCK))
                    this.wpsnPrg[index] = value >>> 0;
                break;
            case OPTCCR:
                if (value & OPTSR_CHANGEERR)
                    this.optionChangeError = false;
                break;
        }
    }
    /** A bus write into main flash: it fills the bank's write buffer. */
    program(offset, size, value) {
        const index = this.bankOf(offset);
        const bank = this.banks[index];
        const wordBytes = this.description.flashWordBytes;
        const word = offset - (offset % wordBytes);
        if (!(bank.cr & stm32h7_flash_CR_PG)) {
            bank.sr |= stm32h7_flash_SR_PGSERR;
            return;
        }
        if (bank.bufferedWord >= 0 && bank.bufferedWord !== word) {
            // A write to another flash word before this one was programmed.
            bank.sr |= SR_INCERR;
            bank.clearBuffer();
            return;
        }
        bank.bufferedWord = word;
        for (let i = 0; i < size; i++) {
            bank.buffer[offset - word + i] = (value >>> (8 * i)) & 0xff;
            bank.written[offset - word + i] = true;
        }
        if (bank.written.every(Boolean))
            this.programBuffer(bank);
    }
    writeCr(index, value) {
        const bank = this.banks[index];
        if (bank.cr & stm32h7_flash_CR_LOCK)
            return;
        if (value & stm32h7_flash_CR_LOCK) {
            bank.cr = stm32h7_flash_CR_LOCK;
            bank.keys.reset();
            return;
        }
        bank.cr = value & stm32h7_flash_CR_STORED;
        if (value & CR_FW && bank.bufferedWord >= 0)
            this.programBuffer(bank);
        if (value & CR_START)
            this.start(index);
    }
    /** Programs the buffered flash word (unwritten bytes stay erased), then QW for a while. */
    programBuffer(bank) {
        const word = bank.bufferedWord;
        const wordBytes = this.description.flashWordBytes;
        const { array, faults } = this.flash;
        if (this.isProtected(this.sectorOf(word)))
            bank.sr |= stm32h7_flash_SR_WRPERR;
        else if (faults.programFails(word, wordBytes))
            bank.sr |= stm32h7_flash_SR_OPERR;
        else {
            if (!isErased(array.bytes, word, wordBytes))
                this.corrupted.add(word);
            for (let i = 0; i < wordBytes; i += 4)
                array.program(word + i, 4, bank.buffer.readUInt32LE(i));
            faults.recordProgrammed(wordBytes);
        }
        bank.clearBuffer();
        this.finish(bank, faults.busyMs('program'));
    }
    start(index) {
        const bank = this.banks[index];
        const first = index * this.description.sectorsPerBank;
        if (bank.cr & stm32h7_flash_CR_SER) {
            const sector = (bank.cr >>> CR_SSN_SHIFT) & CR_SSN_MASK;
            if (sector >= this.description.sectorsPerBank)
                bank.sr |= stm32h7_flash_SR_PGSERR;
            else
                this.erase(bank, [first + sector]);
        }
        else if (bank.cr & CR_BER) {
            const all = Array.from({ length: this.description.sectorsPerBank }, (_, i) => first + i);
            this.erase(bank, all);
        }
        this.finish(bank, this.flash.faults.busyMs('erase'));
    }
    erase(bank, sectors) {
        if (sectors.some((sector) => this.isProtected(sector))) {
            bank.sr |= stm32h7_flash_SR_WRPERR;
            return;
        }
        const { array, layout, faults } = this.flash;
        for (const index of sectors) {
            const sector = layout.sectors[index];
            if (faults.eraseFails(index)) {
                bank.sr |= stm32h7_flash_SR_OPERR;
                continue;
            }
            array.erase(sector.offset, sector.size);
            for (const word of this.corrupted)
                if (word >= sector.offset && word < sector.offset + sector.size)
                    this.corrupted.delete(word);
        }
    }
    finish(bank, busyMs) {
        bank.sr |= stm32h7_flash_SR_EOP;
        bank.busy.start(busyMs);
    }
    // The new option bytes apply when OPTSTART programs them: WPSN_CUR and
    // OPTSR_CUR show them at once (RM0455 §4.4.3 reloads them without a reset),
    // and readout protection is in force from then on, as H7 users find when
    // a debugger loses flash right after setting RDP level 1 [unverified vs
    // silicon: the debugger-intrusion lock until power-on is not modelled].
    writeOptcr(value) {
        if (this.optcr & stm32h7_flash_OPTCR_OPTLOCK)
            return;
        if (value & stm32h7_flash_OPTCR_OPTLOCK) {
            this.optcr = stm32h7_flash_OPTCR_OPTLOCK;
            this.optionKeys.reset();
            return;
        }
        this.optcr = value & ~OPTCR_OPTSTART & ~OPTSR_CHANGEERR;
        if (!(value & OPTCR_OPTSTART))
            return;
        const rdpNow = stm32h7_flash_rdpOf(this.options.readUInt32LE(0));
        // [model choice] Level 2 is final: OPTSTART changes nothing and flags OPTCHANGEERR.
        if (rdpNow === RDP_LEVEL_2) {
            this.optionChangeError = true;
            return;
        }
        // Level 1 back to level 0 erases both banks first.
        if (rdpNow !== RDP_LEVEL_0 && stm32h7_flash_rdpOf(this.optsrPrg) === RDP_LEVEL_0) {
            this.flash.array.erase(0, this.flash.layout.size);
            this.corrupted.clear();
        }
        this.options.writeUInt32LE(this.optsrPrg >>> 0, 0);
        this.options.writeUInt32LE(this.wpsnPrg[0] >>> 0, 4);
        this.options.writeUInt32LE(this.wpsnPrg[1] >>> 0, 8);
        this.optionBusy.start(0);
    }
    wpsn(bank) {
        return this.options.readUInt32LE(4 + 4 * bank);
    }
    isProtected(sector) {
        const { sectorsPerBank, sectorsPerProtectionGroup } = this.description;
        const bank = Math.floor(sector / sectorsPerBank);
        const group = Math.floor((sector % sectorsPerBank) / sectorsPerProtectionGroup);
        return ((this.wpsn(bank) >>> group) & 1) === 0;
    }
    get bankSize() {
        return this.flash.layout.size / 2;
    }
    bankOf(offset) {
        return offset >= this.bankSize ? 1 : 0;
    }
    sectorOf(offset) {
        return this.flash.layout.sectorAt(offset)?.index ?? 0;
    }
}
function stm32h7_flash_rdpOf(options) {
    return (options >>> OPTSR_RDP_SHIFT) & 0xff;
}
function isErased(bytes, offset, length) {
    for (let i = offset; i < offset + length; i++)
        if (bytes[i] !== ERASED)
            return false;
    return true;
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
    /** F1/F4: CR, APB1_FZ, APB2_FZ; H7: CR and the freeze registers up to 0x54. */
    control;
    constructor(idcode, size = 0x10) {
        this.idcode = idcode;
        this.control = new Uint32Array(size / 4 - 1);
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
// Assembles one simulated part from its description: SWJ-DP (JTAG chain ->
// JTAG-DP, or SW-DP) -> AHB-AP -> system bus with the core debug block,
// memories and the flash controller, and the core that executes code from that bus.
























const SCS = 0xe000e000;
const DWT = 0xe0001000;
const FPB = 0xe0002000;
const PPB = { base: 0xe0000000, size: 0x100000 };
const BLOCK_4K = 0x1000;
function buildChip(description, faults, createCore) {
    const layout = new FlashLayout(description.flash.sectorSizes);
    const flashBase = description.flash.base;
    const injector = new FaultInjector(faults, { part: description.part, flashBase, layout });
    const main = {
        base: flashBase,
        array: new FlashArray(layout.size),
        layout,
        faults: injector,
    };
    const controller = createFlashController(description, main, () => powerOnReset());
    const flash = new FlashWindow(main.array, controller, readFilter(controller, injector));
    const bus = new Bus();
    const flashRanges = [
        { base: 0, size: layout.size }, // boot alias (BOOT0 = 0): the core fetches its vectors here
        { base: flashBase, size: layout.size },
    ];
    const fpb = new FlashPatchBreakpoint(description.core.fpb.codeComparators, description.core.fpb.literalComparators);
    const dwt = new DataWatchpoint(description.core.dwtComparators);
    const cpu = createCore({
        bus: readoutProtected(bus, flashRanges, () => controller.readProtected && core.debugging),
        fpu: description.core.mvfr !== undefined,
        irqCount: description.core.irqCount,
        onSystemResetRequest: () => systemReset(),
    });
    const core = new CortexMDebug(description.core, cpu, fpb, dwt);
    const systemReset = () => {
        controller.systemReset();
        core.reset();
    };
    const powerOnReset = () => {
        controller.powerOnReset();
        core.reset();
    };
    // First match wins, so specific blocks come before the ranges around them.
    for (const range of flashRanges)
        bus.map(range.base, range.size, flash);
    for (const region of controller.regions)
        bus.map(region.base, region.size, region.device);
    for (const range of description.ram)
        bus.map(range.base, range.size, Memory.ram(range.size));
    for (const range of description.rom)
        bus.map(range.base, range.size, rom(description, range, layout.size));
    bus.map(description.peripherals.base, description.peripherals.size, new PlainRegisters());
    bus.map(SCS, BLOCK_4K, core);
    bus.map(DWT, BLOCK_4K, new RegisterBlock(dwt));
    bus.map(FPB, BLOCK_4K, new RegisterBlock(fpb));
    const dbgmcuSize = description.dbgmcu.size ?? 0x10;
    const dbgmcu = new RegisterBlock(new Dbgmcu(description.dbgmcu.idcode, dbgmcuSize));
    bus.map(description.dbgmcu.base, dbgmcuSize, dbgmcu);
    bus.map(PPB.base, PPB.size, readAsZero); // the rest of the PPB (ROM table, ITM, TPIU, ...)
    const debugBus = readoutProtected(bus, flashRanges, () => controller.readProtected);
    const aps = [new MemAp(debugBus, description.ahbApIdr)];
    const systemDebug = description.systemDebugAp;
    if (systemDebug) {
        // The debug and trace units' own bus: DBGMCU (the same registers as on
        // the system bus), the rest plain storage for the configs' trace set-up.
        const apb = new Bus()
            .map(systemDebug.dbgmcuBase, dbgmcuSize, dbgmcu)
            .map(PPB.base, PPB.size, new PlainRegisters());
        aps[systemDebug.apsel] = new MemAp(apb, systemDebug.idr);
    }
    const dp = new DpRegisters(aps);
    const chain = new ScanChain([
        new Tap(new JtagDp(description.cpuTapId, dp)),
        new Tap(new BoundaryScanTap(description.boundaryScanTapId)),
    ]);
    const swj = new SwjPort(chain, new SwDp(description.swdDpidr, dp));
    return {
        description,
        chain,
        swj,
        nonVolatile: [{ name: 'flash', bytes: main.array.bytes }, ...controller.nonVolatile],
        faults: injector,
        core,
        systemReset,
        powerOnReset,
    };
}
function createFlashController(description, main, optionLoadReset) {
    const controller = description.flashController;
    switch (controller.kind) {
        case 'stm32f1-fpec':
            return new Stm32f1Fpec(controller, main);
        case 'stm32f4-flash':
            return new Stm32f4Flash(controller, main);
        case 'stm32g4-flash':
            return new Stm32g4Flash(controller, main, optionLoadReset);
        case 'stm32h7-flash':
            return new Stm32h7Flash(controller, main);
    }
}
/** The stuck-bit fault and the controller's read checks (H7 ECC) over main-flash reads. */
function readFilter(controller, injector) {
    const stuck = injector.readFilter;
    const observe = controller.observeRead?.bind(controller);
    if (!observe)
        return stuck;
    return (offset, size, value) => {
        observe(offset);
        return stuck ? stuck(offset, size, value) : value;
    };
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

;// CONCATENATED MODULE: ./src/sim/cpu/system-control.ts
// The NVIC, the System Control Block and SysTick (DDI0403E B1.5, B3.2-B3.4):
// exception pending/active/enable state, priorities, and their registers at
// their offsets inside the System Control Space. The core asks it which
// exception to take; it keeps `dirty` so the core asks only after something
// that can change the answer.

const Exception = {
    Reset: 1,
    NMI: 2,
    HardFault: 3,
    MemManage: 4,
    BusFault: 5,
    UsageFault: 6,
    SVCall: 11,
    DebugMonitor: 12,
    PendSV: 14,
    SysTick: 15,
    FirstIrq: 16,
};
/** STM32 parts implement the top four priority bits. */
const PRIORITY_MASK = 0xf0;
const CFSR_IACCVIOL = 1 << 0;
const CFSR_MSTKERR = (/* unused pure expression or super */ null && (1 << 4));
const CFSR_IBUSERR = 1 << 8;
const CFSR_PRECISERR = 1 << 9;
const CFSR_UNSTKERR = 1 << 11;
const CFSR_STKERR = 1 << 12;
const CFSR_BFARVALID = 1 << 15;
const CFSR_UNDEFINSTR = 1 << 16;
const CFSR_INVSTATE = 1 << 17;
const CFSR_INVPC = 1 << 18;
const CFSR_NOCP = 1 << 19;
const CFSR_UNALIGNED = 1 << 24;
const CFSR_DIVBYZERO = 1 << 25;
const HFSR_VECTTBL = 1 << 1;
const HFSR_FORCED = 1 << 30;
const CCR_NONBASETHRDENA = 1 << 0;
const CCR_USERSETMPEND = (/* unused pure expression or super */ null && (1 << 1));
const CCR_UNALIGN_TRP = 1 << 3;
const CCR_DIV_0_TRP = 1 << 4;
const CCR_WRITABLE = 0x31b;
/** STKALIGN set: 8-byte stack alignment on exception entry, as on the Cortex-M4 and later M3 revisions. */
const CCR_RESET = 1 << 9;
const SCR_SLEEPONEXIT = 1 << 1;
const SCR_SEVONPEND = 1 << 4;
const SHCSR_ENABLE = {
    [Exception.MemManage]: 1 << 16,
    [Exception.BusFault]: 1 << 17,
    [Exception.UsageFault]: 1 << 18,
};
// SHCSR active and pended bits and the exceptions they stand for.
const SHCSR_ACTIVE = [
    [0, Exception.MemManage],
    [1, Exception.BusFault],
    [3, Exception.UsageFault],
    [7, Exception.SVCall],
    [8, Exception.DebugMonitor],
    [10, Exception.PendSV],
    [11, Exception.SysTick],
];
const SHCSR_PENDED = [
    [12, Exception.UsageFault],
    [13, Exception.MemManage],
    [14, Exception.BusFault],
    [15, Exception.SVCall],
];
const ICSR_NMIPENDSET = 1 << 31;
const ICSR_PENDSVSET = 1 << 28;
const ICSR_PENDSVCLR = 1 << 27;
const ICSR_PENDSTSET = 1 << 26;
const ICSR_PENDSTCLR = 1 << 25;
const ICSR_ISRPENDING = 1 << 22;
const AIRCR_VECTKEY = 0x05fa;
const AIRCR_READ_KEY = 0xfa050000;
const AIRCR_SYSRESETREQ = 1 << 2;
const AIRCR_VECTCLRACTIVE = 1 << 1;
const AIRCR_VECTRESET = 1 << 0;
const SYST_ENABLE = 1 << 0;
const SYST_TICKINT = 1 << 1;
const SYST_CLKSOURCE = 1 << 2;
const SYST_COUNTFLAG = 1 << 16;
/** The external reference clock of an STM32's SysTick is HCLK/8. */
const SYST_REFERENCE_DIVIDER = 8;
/** SKEW: no exact 10 ms calibration value is claimed. */
const SYST_CALIB = 0x40000000;
class SystemControl {
    host;
    exceptionCount;
    pending;
    active;
    /** Per external interrupt. */
    enabled;
    /** Raw 8-bit priorities; Reset, NMI and HardFault use their fixed ones below. */
    priority;
    /** Something changed that may make a pending exception preempt. */
    dirty = true;
    vtor = 0;
    prigroup = 0;
    ccr = CCR_RESET;
    scr = 0;
    shcsr = 0;
    cfsr = 0;
    hfsr = 0;
    mmfar = 0;
    bfar = 0;
    actlr = 0;
    cpacr = 0;
    systCsr = 0;
    systRvr = 0;
    systCvr = 0;
    referenceRemainder = 0;
    /** The event register of WFE/SEV, set by SEVONPEND too. */
    event = false;
    device;
    constructor(host) {
        this.host = host;
        this.exceptionCount = Exception.FirstIrq + host.irqCount;
        this.pending = new Uint8Array(this.exceptionCount);
        this.active = new Uint8Array(this.exceptionCount);
        this.enabled = new Uint8Array(host.irqCount);
        this.priority = new Int16Array(this.exceptionCount);
        this.device = subWordView(this);
        this.reset();
    }
    /** A byte- and halfword-accessible view for the bus: IPR and SHPR take byte writes on silicon. */
    get busDevice() {
        return this.device;
    }
    reset() {
        this.pending.fill(0);
        this.active.fill(0);
        this.enabled.fill(0);
        this.priority.fill(0);
        this.priority[Exception.Reset] = -3;
        this.priority[Exception.NMI] = -2;
        this.priority[Exception.HardFault] = -1;
        this.vtor = 0;
        this.prigroup = 0;
        this.ccr = CCR_RESET;
        this.scr = 0;
        this.shcsr = 0;
        this.cfsr = 0;
        this.hfsr = 0;
        this.mmfar = 0;
        this.bfar = 0;
        this.actlr = 0;
        this.cpacr = 0;
        this.systCsr = 0;
        this.systRvr = 0;
        this.systCvr = 0;
        this.referenceRemainder = 0;
        this.event = false;
        this.dirty = true;
    }
    /** The priority that counts for preemption: subpriority bits (AIRCR.PRIGROUP) removed. */
    groupPriority(exception) {
        const p = this.priority[exception];
        return p < 0 ? p : p & this.groupMask();
    }
    groupMask() {
        return (0xff << (this.prigroup + 1)) & 0xff;
    }
    faultEnabled(exception) {
        const bit = SHCSR_ENABLE[exception];
        return bit === undefined || (this.shcsr & bit) !== 0;
    }
    setPending(exception) {
        if (exception >= this.exceptionCount)
            return;
        if (!this.pending[exception] && (this.scr & SCR_SEVONPEND) !== 0)
            this.event = true;
        this.pending[exception] = 1;
        this.dirty = true;
    }
    /**
     * The pending exception that would be taken next (0 if none): the lowest
     * group priority, then the lowest subpriority, then the lowest number.
     * `maskInterrupts` leaves out PendSV, SysTick and external interrupts.
     */
    highestPending(maskInterrupts) {
        let best = 0;
        let bestPriority = Infinity;
        const end = maskInterrupts ? Exception.PendSV : this.exceptionCount;
        const pending = this.pending;
        for (let n = Exception.NMI; n < end; n++) {
            if (!pending[n])
                continue;
            if (n >= Exception.FirstIrq && !this.enabled[n - Exception.FirstIrq])
                continue;
            const p = this.priority[n];
            // Group priority first, then the full priority (the subpriority decides ties).
            const key = p < 0 ? p * 0x200 : (p & this.groupMask()) * 0x200 + p;
            if (key < bestPriority) {
                best = n;
                bestPriority = key;
            }
        }
        return best;
    }
    /** The execution priority from active exceptions alone (B1.5.4), 256 in thread mode with none active. */
    activePriority() {
        let highest = 256;
        const active = this.active;
        for (let n = Exception.Reset; n < this.exceptionCount; n++) {
            if (active[n]) {
                const p = this.groupPriority(n);
                if (p < highest)
                    highest = p;
            }
        }
        return highest;
    }
    activeCount() {
        let count = 0;
        for (let n = 0; n < this.exceptionCount; n++)
            count += this.active[n];
        return count;
    }
    /** SysTick counts `cycles` core clock cycles. */
    advanceClock(cycles) {
        if ((this.systCsr & SYST_ENABLE) === 0)
            return;
        let ticks = cycles;
        if ((this.systCsr & SYST_CLKSOURCE) === 0) {
            const total = this.referenceRemainder + cycles;
            ticks = Math.floor(total / SYST_REFERENCE_DIVIDER);
            this.referenceRemainder = total - ticks * SYST_REFERENCE_DIVIDER;
        }
        while (ticks > 0) {
            if (this.systCvr === 0) {
                // The tick after reaching zero reloads; a reload value of 0 stops the counter there.
                if (this.systRvr === 0)
                    return;
                this.systCvr = this.systRvr;
                ticks--;
                continue;
            }
            if (ticks < this.systCvr) {
                this.systCvr -= ticks;
                return;
            }
            ticks -= this.systCvr;
            this.systCvr = 0;
            this.systCsr |= SYST_COUNTFLAG;
            if (this.systCsr & SYST_TICKINT)
                this.setPending(Exception.SysTick);
            const period = this.systRvr + 1;
            if (ticks > period)
                ticks -= Math.floor((ticks - 1) / period) * period;
        }
    }
    readRegister(offset) {
        if (offset >= 0x100 && offset < 0x600)
            return this.readNvic(offset);
        switch (offset) {
            case 0x004:
                return Math.max(0, Math.ceil(this.host.irqCount / 32) - 1);
            case 0x008:
                return this.actlr;
            case 0x010: {
                const value = this.systCsr;
                this.systCsr &= ~SYST_COUNTFLAG;
                return value >>> 0;
            }
            case 0x014:
                return this.systRvr;
            case 0x018:
                return this.systCvr;
            case 0x01c:
                return SYST_CALIB;
            case 0xd04:
                return this.readIcsr();
            case 0xd08:
                return this.vtor;
            case 0xd0c:
                return (AIRCR_READ_KEY | (this.prigroup << 8)) >>> 0;
            case 0xd10:
                return this.scr;
            case 0xd14:
                return this.ccr;
            case 0xd18:
            case 0xd1c:
            case 0xd20:
                return this.readPriorityWord(offset - 0xd18 + 4);
            case 0xd24:
                return this.readShcsr();
            case 0xd28:
                return this.cfsr >>> 0;
            case 0xd2c:
                return this.hfsr >>> 0;
            case 0xd34:
                return this.mmfar;
            case 0xd38:
                return this.bfar;
            case 0xd88:
                return this.cpacr;
            default:
                return 0;
        }
    }
    writeRegister(offset, value) {
        value >>>= 0;
        if (offset >= 0x100 && offset < 0x600) {
            this.writeNvic(offset, value);
            return;
        }
        switch (offset) {
            case 0x008:
                this.actlr = value & 0x7;
                return;
            case 0x010:
                this.systCsr = (this.systCsr & SYST_COUNTFLAG) | (value & 0x7);
                return;
            case 0x014:
                this.systRvr = value & 0xffffff;
                return;
            case 0x018:
                this.systCvr = 0;
                this.systCsr &= ~SYST_COUNTFLAG;
                return;
            case 0xd04:
                this.writeIcsr(value);
                return;
            case 0xd08:
                this.vtor = value & 0xffffff80;
                return;
            case 0xd0c:
                this.writeAircr(value);
                return;
            case 0xd10:
                this.scr = value & 0x16;
                return;
            case 0xd14:
                this.ccr = value & CCR_WRITABLE;
                return;
            case 0xd18:
            case 0xd1c:
            case 0xd20:
                this.writePriorityWord(offset - 0xd18 + 4, value);
                return;
            case 0xd24:
                this.writeShcsr(value);
                return;
            case 0xd28:
                this.cfsr = (this.cfsr & ~value) >>> 0;
                return;
            case 0xd2c:
                this.hfsr = (this.hfsr & ~value) >>> 0;
                return;
            case 0xd34:
                this.mmfar = value;
                return;
            case 0xd38:
                this.bfar = value;
                return;
            case 0xd88:
                if (this.host.fpu)
                    this.cpacr = value & 0x00f00000;
                return;
            case 0xf00:
                this.setPending(Exception.FirstIrq + (value & 0x1ff));
                return;
            default:
                return;
        }
    }
    readNvic(offset) {
        if (offset >= 0x400)
            return this.readPriorityWord(Exception.FirstIrq + (offset - 0x400));
        const group = (offset >>> 7) & 7; // 2 ISER, 3 ICER, 4 ISPR, 5 ICPR, 6 IABR
        const first = ((offset & 0x7f) >>> 2) * 32;
        let bits = 0;
        for (let i = 0; i < 32 && first + i < this.host.irqCount; i++) {
            const irq = first + i;
            const set = group <= 3
                ? this.enabled[irq]
                : group <= 5
                    ? this.pending[Exception.FirstIrq + irq]
                    : group === 6
                        ? this.active[Exception.FirstIrq + irq]
                        : 0;
            if (set)
                bits |= 1 << i;
        }
        return bits >>> 0;
    }
    writeNvic(offset, value) {
        if (offset >= 0x400) {
            this.writePriorityWord(Exception.FirstIrq + (offset - 0x400), value);
            return;
        }
        const group = (offset >>> 7) & 7;
        const first = ((offset & 0x7f) >>> 2) * 32;
        for (let i = 0; i < 32 && first + i < this.host.irqCount; i++) {
            if (((value >>> i) & 1) === 0)
                continue;
            const irq = first + i;
            if (group === 2)
                this.enabled[irq] = 1;
            else if (group === 3)
                this.enabled[irq] = 0;
            else if (group === 4)
                this.setPending(Exception.FirstIrq + irq);
            else if (group === 5)
                this.pending[Exception.FirstIrq + irq] = 0;
        }
        this.dirty = true;
    }
    // Four 8-bit priority fields per word, starting at exception `first`.
    readPriorityWord(first) {
        let word = 0;
        for (let i = 0; i < 4; i++) {
            const n = first + i;
            if (n < this.exceptionCount && n >= Exception.MemManage)
                word |= (this.priority[n] & 0xff) << (8 * i);
        }
        return word >>> 0;
    }
    writePriorityWord(first, value) {
        for (let i = 0; i < 4; i++) {
            const n = first + i;
            if (n < this.exceptionCount && n >= Exception.MemManage) {
                this.priority[n] = (value >>> (8 * i)) & PRIORITY_MASK;
            }
        }
        this.dirty = true;
    }
    readIcsr() {
        const current = this.host.currentException();
        const pendingException = this.highestPending(false);
        let value = current | (pendingException << 12);
        for (let n = Exception.FirstIrq; n < this.exceptionCount; n++) {
            if (this.pending[n]) {
                value |= ICSR_ISRPENDING;
                break;
            }
        }
        // RETTOBASE: returning from the current exception leads to thread mode.
        if (current !== 0 && this.activeCount() <= 1)
            value |= 1 << 11;
        if (this.pending[Exception.NMI])
            value |= ICSR_NMIPENDSET;
        if (this.pending[Exception.PendSV])
            value |= ICSR_PENDSVSET;
        if (this.pending[Exception.SysTick])
            value |= ICSR_PENDSTSET;
        return value >>> 0;
    }
    writeIcsr(value) {
        if (value & ICSR_NMIPENDSET)
            this.setPending(Exception.NMI);
        if (value & ICSR_PENDSVSET)
            this.setPending(Exception.PendSV);
        else if (value & ICSR_PENDSVCLR)
            this.pending[Exception.PendSV] = 0;
        if (value & ICSR_PENDSTSET)
            this.setPending(Exception.SysTick);
        else if (value & ICSR_PENDSTCLR)
            this.pending[Exception.SysTick] = 0;
        this.dirty = true;
    }
    writeAircr(value) {
        if (value >>> 16 !== AIRCR_VECTKEY)
            return;
        this.prigroup = (value >>> 8) & 7;
        this.dirty = true;
        if (value & AIRCR_VECTCLRACTIVE) {
            // For a halted core (debug use): all active state and IPSR cleared.
            this.active.fill(0);
            this.host.clearCurrentException();
        }
        // VECTRESET resets the core alone on silicon; here it resets the chip like SYSRESETREQ.
        if (value & (AIRCR_SYSRESETREQ | AIRCR_VECTRESET))
            this.host.requestSystemReset();
    }
    readShcsr() {
        let value = this.shcsr & 0x70000;
        for (const [bit, n] of SHCSR_ACTIVE)
            if (this.active[n])
                value |= 1 << bit;
        for (const [bit, n] of SHCSR_PENDED)
            if (this.pending[n])
                value |= 1 << bit;
        return value >>> 0;
    }
    writeShcsr(value) {
        this.shcsr = value & 0x70000;
        for (const [bit, n] of SHCSR_ACTIVE)
            this.active[n] = (value >>> bit) & 1;
        for (const [bit, n] of SHCSR_PENDED)
            this.pending[n] = (value >>> bit) & 1;
        this.dirty = true;
    }
}
// IPR and SHPR are byte-accessible; the other SCS registers take word accesses only.
function subWordView(file) {
    const SIZE_MASK = [0, 0xff, 0xffff, 0, 0xffffffff];
    const byteAccessible = (offset) => (offset >= 0x400 && offset < 0x600) || (offset >= 0xd18 && offset < 0xd24);
    return {
        read(offset, size) {
            const word = file.readRegister(offset & ~3) >>> 0;
            return size === 4 ? word : (word >>> ((offset & 3) * 8)) & SIZE_MASK[size];
        },
        write(offset, size, value) {
            if (size === 4) {
                file.writeRegister(offset, value >>> 0);
                return;
            }
            if (!byteAccessible(offset))
                throw new BusFault('System Control Space registers take 32-bit writes only');
            const aligned = offset & ~3;
            const shift = (offset & 3) * 8;
            const mask = (SIZE_MASK[size] << shift) >>> 0;
            const old = file.readRegister(aligned);
            file.writeRegister(aligned, ((old & ~mask) | ((value << shift) & mask)) >>> 0);
        },
    };
}

;// CONCATENATED MODULE: ./src/sim/cpu/alu.ts
// The ARMv7-M pseudocode helpers (DDI0403E A2.2, A2.3, A5.3.2) that the
// instruction executors share. They return the result and leave the carry
// out in `alu.carry`, so the hot path allocates nothing.
const alu = { carry: 0, overflow: 0, lo: 0, hi: 0 };
const SHIFT_LSL = 0;
const SHIFT_LSR = 1;
const SHIFT_ASR = 2;
const SHIFT_ROR = 3;
const SHIFT_RRX = 4;
/** Shift_C: `amount` 0 leaves value and carry as they are. */
function shiftC(value, type, amount, carryIn) {
    value >>>= 0;
    if (amount === 0 && type !== SHIFT_RRX) {
        alu.carry = carryIn;
        return value;
    }
    switch (type) {
        case SHIFT_LSL:
            if (amount < 32) {
                alu.carry = (value >>> (32 - amount)) & 1;
                return (value << amount) >>> 0;
            }
            alu.carry = amount === 32 ? value & 1 : 0;
            return 0;
        case SHIFT_LSR:
            if (amount < 32) {
                alu.carry = (value >>> (amount - 1)) & 1;
                return value >>> amount;
            }
            alu.carry = amount === 32 ? value >>> 31 : 0;
            return 0;
        case SHIFT_ASR:
            if (amount < 32) {
                alu.carry = (value >>> (amount - 1)) & 1;
                return (value >> amount) >>> 0;
            }
            alu.carry = value >>> 31;
            return (value >> 31) >>> 0;
        case SHIFT_ROR: {
            const m = amount & 31;
            const result = m === 0 ? value : ((value >>> m) | (value << (32 - m))) >>> 0;
            alu.carry = result >>> 31;
            return result;
        }
        default:
            alu.carry = value & 1;
            return ((carryIn << 31) | (value >>> 1)) >>> 0;
    }
}
/** DecodeImmShift + Shift_C for the imm5 forms: LSR/ASR #0 mean #32, ROR #0 means RRX. */
function immShiftC(value, type, imm5, carryIn) {
    if (imm5 === 0) {
        if (type === SHIFT_LSR || type === SHIFT_ASR)
            return shiftC(value, type, 32, carryIn);
        if (type === SHIFT_ROR)
            return shiftC(value, SHIFT_RRX, 1, carryIn);
    }
    return shiftC(value, type, imm5, carryIn);
}
/** AddWithCarry: the result, with the carry in `alu.carry` and the overflow in `alu.overflow`. */
function addWithCarry(x, y, carryIn) {
    x >>>= 0;
    y >>>= 0;
    const sum = x + y + carryIn;
    const result = sum >>> 0;
    alu.carry = sum > 0xffffffff ? 1 : 0;
    alu.overflow = ((x ^ result) & (y ^ result)) >>> 31;
    return result;
}
/** ThumbExpandImm_C (A5.3.2). */
function thumbExpandImmC(imm12, carryIn) {
    const imm8 = imm12 & 0xff;
    if ((imm12 & 0xc00) === 0) {
        alu.carry = carryIn;
        switch ((imm12 >>> 8) & 3) {
            case 0:
                return imm8;
            case 1:
                return ((imm8 << 16) | imm8) >>> 0;
            case 2:
                return ((imm8 << 24) | (imm8 << 8)) >>> 0;
            default:
                return Math.imul(imm8, 0x01010101) >>> 0;
        }
    }
    const unrotated = 0x80 | (imm12 & 0x7f);
    const rotation = (imm12 >>> 7) & 0x1f;
    const result = ((unrotated >>> rotation) | (unrotated << (32 - rotation))) >>> 0;
    alu.carry = result >>> 31;
    return result;
}
/** SignedSatQ: saturates to `bits` bits; `alu.overflow` says whether it saturated. */
function signedSat(value, bits) {
    const max = 2 ** (bits - 1) - 1;
    const min = -(2 ** (bits - 1));
    alu.overflow = 1;
    if (value > max)
        return max;
    if (value < min)
        return min;
    alu.overflow = 0;
    return value;
}
/** UnsignedSatQ. */
function unsignedSat(value, bits) {
    const max = 2 ** bits - 1;
    alu.overflow = 1;
    if (value > max)
        return max;
    if (value < 0)
        return 0;
    alu.overflow = 0;
    return value;
}
function rotateRight(value, amount) {
    const m = amount & 31;
    return m === 0 ? value >>> 0 : ((value >>> m) | (value << (32 - m))) >>> 0;
}
/** Sign-extends the low `bits` bits. */
function signExtend(value, bits) {
    const shift = 32 - bits;
    return (value << shift) >> shift;
}
/** The 64-bit product of two 32-bit values, in `alu.lo` and `alu.hi`, exact without BigInt. */
function multiplyLong(a, b, signed) {
    a >>>= 0;
    b >>>= 0;
    const al = a & 0xffff;
    const ah = a >>> 16;
    const bl = b & 0xffff;
    const bh = b >>> 16;
    const low = al * bl;
    const cross = ah * bl + al * bh + (low >>> 16);
    alu.lo = (((cross & 0xffff) << 16) | (low & 0xffff)) >>> 0;
    let hi = ah * bh + Math.floor(cross / 0x10000);
    if (signed) {
        if (a & 0x80000000)
            hi -= b;
        if (b & 0x80000000)
            hi -= a;
    }
    alu.hi = hi >>> 0;
}
/** Adds the 64-bit value hi:lo to `alu.hi`:`alu.lo`. */
function accumulateLong(lo, hi) {
    const sum = alu.lo + (lo >>> 0);
    alu.lo = sum >>> 0;
    alu.hi = (alu.hi + (hi >>> 0) + (sum > 0xffffffff ? 1 : 0)) >>> 0;
}
function reverseBytes(value) {
    return ((((value & 0xff) << 24) |
        ((value & 0xff00) << 8) |
        ((value >>> 8) & 0xff00) |
        (value >>> 24)) >>>
        0);
}
function reverseHalfwords(value) {
    return (((value & 0x00ff00ff) << 8) | ((value >>> 8) & 0x00ff00ff)) >>> 0;
}
/** REVSH: the low halfword byte-swapped and sign-extended. */
function reverseSignedHalfword(value) {
    return signExtend(((value & 0xff) << 8) | ((value >>> 8) & 0xff), 16) >>> 0;
}
function reverseBits(value) {
    let v = value >>> 0;
    v = ((v >>> 1) & 0x55555555) | ((v & 0x55555555) << 1);
    v = ((v >>> 2) & 0x33333333) | ((v & 0x33333333) << 2);
    v = ((v >>> 4) & 0x0f0f0f0f) | ((v & 0x0f0f0f0f) << 4);
    return reverseBytes(v);
}
function bitCount(value) {
    let v = value - ((value >>> 1) & 0x55555555);
    v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
    return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

;// CONCATENATED MODULE: ./src/sim/cpu/multiple.ts
// LDM/STM, PUSH/POP (A7.7.41, A7.7.159): word-aligned whatever CCR says.
// Loads complete before any register changes, so a fault part-way leaves the
// registers as they were.

const loaded = new Uint32Array(16);
/** Registers in `list`, lowest at the lowest address, from Rn up (IA) or below it (DB). */
function transferMultiple(cpu, load, rn, list, writeback, decrementBefore) {
    const r = cpu.r;
    const size = 4 * bitCount(list);
    const base = r[rn];
    let address = decrementBefore ? base - size : base;
    for (let i = 0; i < 16; i++) {
        if (list & (1 << i)) {
            if (load)
                loaded[i] = cpu.readAligned(address >>> 0);
            else
                cpu.writeAligned(address >>> 0, r[i]);
            address += 4;
        }
    }
    if (writeback)
        r[rn] = decrementBefore ? base - size : base + size;
    if (!load)
        return;
    for (let i = 0; i < 15; i++)
        if (list & (1 << i))
            r[i] = loaded[i];
    if (list & 0x2000)
        r[13] &= ~3;
    if (list & 0x8000)
        cpu.branchExchange(loaded[15]);
}

;// CONCATENATED MODULE: ./src/sim/cpu/thumb16.ts



/** Returns an outcome only for an instruction that does not retire (BKPT). */
function execute16(cpu, hw) {
    const r = cpu.r;
    switch (hw >>> 12) {
        case 0x0:
        case 0x1: {
            const op = (hw >>> 11) & 3;
            const rd = hw & 7;
            const setFlags = cpu.itState === 0;
            if (op === 3) {
                // ADD/SUB register or 3-bit immediate.
                const rn = r[(hw >>> 3) & 7];
                const operand = hw & 0x400 ? (hw >>> 6) & 7 : r[(hw >>> 6) & 7];
                const result = hw & 0x200 ? addWithCarry(rn, ~operand, 1) : addWithCarry(rn, operand, 0);
                r[rd] = result;
                if (setFlags)
                    setArithmeticFlags(cpu, result);
                return undefined;
            }
            // LSL/LSR/ASR by immediate; LSL #0 is MOVS.
            const result = immShiftC(r[(hw >>> 3) & 7], op, (hw >>> 6) & 31, cpu.c);
            r[rd] = result;
            if (setFlags) {
                cpu.setNZ(result);
                cpu.c = alu.carry;
            }
            return undefined;
        }
        case 0x2:
        case 0x3: {
            const rd = (hw >>> 8) & 7;
            const imm = hw & 0xff;
            const setFlags = cpu.itState === 0;
            switch ((hw >>> 11) & 3) {
                case 0:
                    r[rd] = imm;
                    if (setFlags)
                        cpu.setNZ(imm);
                    return undefined;
                case 1:
                    setArithmeticFlags(cpu, addWithCarry(r[rd], ~imm, 1));
                    return undefined;
                case 2: {
                    const result = addWithCarry(r[rd], imm, 0);
                    r[rd] = result;
                    if (setFlags)
                        setArithmeticFlags(cpu, result);
                    return undefined;
                }
                default: {
                    const result = addWithCarry(r[rd], ~imm, 1);
                    r[rd] = result;
                    if (setFlags)
                        setArithmeticFlags(cpu, result);
                    return undefined;
                }
            }
        }
        case 0x4:
            if ((hw & 0xfc00) === 0x4000)
                dataProcessing(cpu, hw);
            else if ((hw & 0xfc00) === 0x4400)
                specialDataAndBranch(cpu, hw);
            else
                r[(hw >>> 8) & 7] = cpu.read(((r[15] & ~3) + ((hw & 0xff) << 2)) >>> 0, 4);
            return undefined;
        case 0x5: {
            const address = (r[(hw >>> 3) & 7] + r[(hw >>> 6) & 7]) >>> 0;
            const rt = hw & 7;
            switch ((hw >>> 9) & 7) {
                case 0:
                    cpu.write(address, 4, r[rt]);
                    break;
                case 1:
                    cpu.write(address, 2, r[rt]);
                    break;
                case 2:
                    cpu.write(address, 1, r[rt]);
                    break;
                case 3:
                    r[rt] = signExtend(cpu.read(address, 1), 8);
                    break;
                case 4:
                    r[rt] = cpu.read(address, 4);
                    break;
                case 5:
                    r[rt] = cpu.read(address, 2);
                    break;
                case 6:
                    r[rt] = cpu.read(address, 1);
                    break;
                default:
                    r[rt] = signExtend(cpu.read(address, 2), 16);
            }
            return undefined;
        }
        case 0x6:
        case 0x7:
        case 0x8: {
            const size = hw < 0x7000 ? 4 : hw < 0x8000 ? 1 : 2;
            const address = (r[(hw >>> 3) & 7] + ((hw >>> 6) & 31) * size) >>> 0;
            const rt = hw & 7;
            if (hw & 0x800)
                r[rt] = cpu.read(address, size);
            else
                cpu.write(address, size, r[rt]);
            return undefined;
        }
        case 0x9: {
            const address = (r[13] + ((hw & 0xff) << 2)) >>> 0;
            const rt = (hw >>> 8) & 7;
            if (hw & 0x800)
                r[rt] = cpu.read(address, 4);
            else
                cpu.write(address, 4, r[rt]);
            return undefined;
        }
        case 0xa:
            // ADR, or ADD Rd, SP, #imm.
            r[(hw >>> 8) & 7] = ((hw & 0x800 ? r[13] : r[15] & ~3) + ((hw & 0xff) << 2)) >>> 0;
            return undefined;
        case 0xb:
            return miscellaneous(cpu, hw);
        case 0xc: {
            const rn = (hw >>> 8) & 7;
            const list = hw & 0xff;
            if (list === 0)
                throw undefinedInstruction();
            if (hw & 0x800)
                transferMultiple(cpu, true, rn, list, (list & (1 << rn)) === 0, false);
            else
                transferMultiple(cpu, false, rn, list, true, false);
            return undefined;
        }
        case 0xd: {
            const cond = (hw >>> 8) & 0xf;
            if (cond === 0xe)
                throw undefinedInstruction();
            if (cond === 0xf) {
                cpu.supervisorCall = true;
                return undefined;
            }
            if (cpu.conditionPassed(cond))
                cpu.branchTo(r[15] + signExtend((hw & 0xff) << 1, 9));
            return undefined;
        }
        default:
            // 0xe000-0xe7ff: B; the rest are 32-bit and never get here.
            cpu.branchTo(r[15] + signExtend((hw & 0x7ff) << 1, 12));
            return undefined;
    }
}
function setArithmeticFlags(cpu, result) {
    cpu.n = result >>> 31;
    cpu.z = result === 0 ? 1 : 0;
    cpu.c = alu.carry;
    cpu.v = alu.overflow;
}
const REGISTER_SHIFT = [0, 0, SHIFT_LSL, SHIFT_LSR, SHIFT_ASR, 0, 0, SHIFT_ROR];
function dataProcessing(cpu, hw) {
    const r = cpu.r;
    const rdn = hw & 7;
    const a = r[rdn];
    const b = r[(hw >>> 3) & 7];
    const setFlags = cpu.itState === 0;
    let result;
    switch ((hw >>> 6) & 0xf) {
        case 0x0:
            result = (a & b) >>> 0;
            break;
        case 0x1:
            result = (a ^ b) >>> 0;
            break;
        case 0x2:
        case 0x3:
        case 0x4:
        case 0x7:
            result = shiftC(a, REGISTER_SHIFT[(hw >>> 6) & 0xf], b & 0xff, cpu.c);
            r[rdn] = result;
            if (setFlags) {
                cpu.setNZ(result);
                cpu.c = alu.carry;
            }
            return;
        case 0x5:
            result = addWithCarry(a, b, cpu.c);
            r[rdn] = result;
            if (setFlags)
                setArithmeticFlags(cpu, result);
            return;
        case 0x6:
            result = addWithCarry(a, ~b, cpu.c);
            r[rdn] = result;
            if (setFlags)
                setArithmeticFlags(cpu, result);
            return;
        case 0x8:
            cpu.setNZ((a & b) >>> 0);
            return;
        case 0x9:
            // RSB Rd, Rn, #0: Rn is the second field here.
            result = addWithCarry(~b, 0, 1);
            r[rdn] = result;
            if (setFlags)
                setArithmeticFlags(cpu, result);
            return;
        case 0xa:
            setArithmeticFlags(cpu, addWithCarry(a, ~b, 1));
            return;
        case 0xb:
            setArithmeticFlags(cpu, addWithCarry(a, b, 0));
            return;
        case 0xc:
            result = (a | b) >>> 0;
            break;
        case 0xd:
            result = Math.imul(a, b) >>> 0;
            break;
        case 0xe:
            result = (a & ~b) >>> 0;
            break;
        default:
            result = ~b >>> 0;
    }
    r[rdn] = result;
    if (setFlags)
        cpu.setNZ(result);
}
function specialDataAndBranch(cpu, hw) {
    const r = cpu.r;
    const rd = ((hw >>> 4) & 8) | (hw & 7);
    const rm = (hw >>> 3) & 0xf;
    switch ((hw >>> 8) & 3) {
        case 0: {
            const result = (r[rd] + r[rm]) >>> 0;
            if (rd === 15)
                cpu.branchTo(result);
            else
                writeRegister(cpu, rd, result);
            return;
        }
        case 1:
            setArithmeticFlags(cpu, addWithCarry(r[rd], ~r[rm], 1));
            return;
        case 2:
            if (rd === 15)
                cpu.branchTo(r[rm]);
            else
                writeRegister(cpu, rd, r[rm]);
            return;
        default: {
            const target = r[rm];
            if (hw & 0x80)
                r[14] = (cpu.nextPc | 1) >>> 0;
            cpu.branchExchange(target);
        }
    }
}
/** A register write that keeps SP word-aligned. */
function writeRegister(cpu, rd, value) {
    cpu.r[rd] = rd === 13 ? value & ~3 : value;
}
function miscellaneous(cpu, hw) {
    const r = cpu.r;
    if ((hw & 0xff00) === 0xb000) {
        const imm = (hw & 0x7f) << 2;
        r[13] = hw & 0x80 ? r[13] - imm : r[13] + imm;
        return undefined;
    }
    if ((hw & 0xf500) === 0xb100) {
        const offset = ((hw >>> 3) & 0x1f) * 2 + (hw & 0x200 ? 64 : 0);
        if ((r[hw & 7] === 0) !== ((hw & 0x800) !== 0))
            cpu.branchTo(r[15] + offset);
        return undefined;
    }
    switch (hw & 0xff00) {
        case 0xb200: {
            const m = r[(hw >>> 3) & 7];
            const rd = hw & 7;
            switch ((hw >>> 6) & 3) {
                case 0:
                    r[rd] = signExtend(m, 16);
                    break;
                case 1:
                    r[rd] = signExtend(m, 8);
                    break;
                case 2:
                    r[rd] = m & 0xffff;
                    break;
                default:
                    r[rd] = m & 0xff;
            }
            return undefined;
        }
        case 0xb400:
        case 0xb500:
            if ((hw & 0x1ff) === 0)
                throw undefinedInstruction();
            transferMultiple(cpu, false, 13, (hw & 0xff) | (hw & 0x100 ? 0x4000 : 0), true, true);
            return undefined;
        case 0xbc00:
        case 0xbd00:
            if ((hw & 0x1ff) === 0)
                throw undefinedInstruction();
            transferMultiple(cpu, true, 13, (hw & 0xff) | (hw & 0x100 ? 0x8000 : 0), true, false);
            return undefined;
        case 0xb600:
            if ((hw & 0xffe8) !== 0xb660)
                throw undefinedInstruction();
            // CPSID/CPSIE; ignored unprivileged.
            if (cpu.privileged) {
                const value = hw & 0x10 ? 1 : 0;
                if (hw & 2)
                    cpu.primask = value;
                if (hw & 1 && (value === 0 || cpu.ipsr !== 2))
                    cpu.faultmask = value;
                cpu.scb.dirty = true;
            }
            return undefined;
        case 0xba00: {
            const m = r[(hw >>> 3) & 7];
            const rd = hw & 7;
            switch ((hw >>> 6) & 3) {
                case 0:
                    r[rd] = reverseBytes(m);
                    break;
                case 1:
                    r[rd] = reverseHalfwords(m);
                    break;
                case 3:
                    r[rd] = reverseSignedHalfword(m);
                    break;
                default:
                    throw undefinedInstruction();
            }
            return undefined;
        }
        case 0xbe00:
            return { kind: 'breakpoint', imm: hw & 0xff };
        case 0xbf00:
            if (hw & 0xf) {
                cpu.itState = hw & 0xff;
                return undefined;
            }
            hint(cpu, (hw >>> 4) & 0xf);
            return undefined;
        default:
            throw undefinedInstruction();
    }
}
/** NOP, YIELD, WFE, WFI, SEV; other hint numbers execute as NOP. */
function hint(cpu, op) {
    if (op === 2)
        cpu.sleep(true);
    else if (op === 3)
        cpu.sleep(false);
    else if (op === 4)
        cpu.sendEvent();
}

;// CONCATENATED MODULE: ./src/sim/cpu/thumb32.ts
// The 32-bit Thumb-2 instructions (DDI0403E A5.3), decoded group by group as
// the manual's tables do. Coprocessor and FP encodings raise NOCP.





function execute32(cpu, hw1, hw2) {
    const op2 = (hw1 >>> 4) & 0x7f;
    switch ((hw1 >>> 11) & 3) {
        case 1:
            if ((op2 & 0x64) === 0x00)
                return loadStoreMultiple(cpu, hw1, hw2);
            if ((op2 & 0x64) === 0x04)
                return loadStoreDualExclusiveTable(cpu, hw1, hw2);
            if ((op2 & 0x60) === 0x20)
                return dataProcessingShiftedRegister(cpu, hw1, hw2);
            throw noCoprocessor();
        case 2:
            if (hw2 & 0x8000)
                return branchesAndMiscellaneous(cpu, hw1, hw2);
            if (op2 & 0x20)
                return plainImmediate(cpu, hw1, hw2);
            return modifiedImmediate(cpu, hw1, hw2);
        default:
            if ((op2 & 0x71) === 0x00)
                return storeSingle(cpu, hw1, hw2);
            if ((op2 & 0x61) === 0x01)
                return loadSingle(cpu, hw1, hw2);
            if ((op2 & 0x70) === 0x20)
                return dataProcessingRegister(cpu, hw1, hw2);
            if ((op2 & 0x78) === 0x30)
                return multiply(cpu, hw1, hw2);
            if ((op2 & 0x78) === 0x38)
                return longMultiplyDivide(cpu, hw1, hw2);
            if (op2 & 0x40)
                throw noCoprocessor();
            throw undefinedInstruction();
    }
}
function loadStoreMultiple(cpu, hw1, hw2) {
    const op = (hw1 >>> 7) & 3;
    if (op === 0 || op === 3)
        throw undefinedInstruction();
    const rn = hw1 & 0xf;
    const writeback = (hw1 & 0x20) !== 0;
    const decrementBefore = op === 2;
    if (hw1 & 0x10) {
        if (hw2 & 0x2000 || (hw2 & 0xc000) === 0xc000)
            throw undefinedInstruction();
        transferMultiple(cpu, true, rn, hw2, writeback && (hw2 & (1 << rn)) === 0, decrementBefore);
    }
    else {
        if (hw2 & 0xa000)
            throw undefinedInstruction();
        transferMultiple(cpu, false, rn, hw2, writeback, decrementBefore);
    }
}
function loadStoreDualExclusiveTable(cpu, hw1, hw2) {
    const r = cpu.r;
    const rn = hw1 & 0xf;
    const rt = hw2 >>> 12;
    if (hw1 & 0x120) {
        // LDRD/STRD (immediate, or literal for LDRD with Rn = PC).
        const imm = (hw2 & 0xff) << 2;
        const base = rn === 15 ? r[15] & ~3 : r[rn];
        const offsetAddress = hw1 & 0x80 ? base + imm : base - imm;
        const address = hw1 & 0x100 ? offsetAddress : base;
        const rt2 = (hw2 >>> 8) & 0xf;
        if (hw1 & 0x10) {
            const first = cpu.readAligned(address);
            const second = cpu.readAligned(address + 4);
            if (hw1 & 0x20)
                r[rn] = offsetAddress;
            r[rt] = first;
            r[rt2] = second;
        }
        else {
            cpu.writeAligned(address, r[rt]);
            cpu.writeAligned(address + 4, r[rt2]);
            if (hw1 & 0x20)
                r[rn] = offsetAddress;
        }
        return;
    }
    const load = (hw1 & 0x10) !== 0;
    if ((hw1 & 0x80) === 0) {
        // LDREX/STREX word, with an offset.
        const address = (r[rn] + ((hw2 & 0xff) << 2)) >>> 0;
        if (load)
            loadExclusive(cpu, rt, address, 4);
        else
            storeExclusive(cpu, (hw2 >>> 8) & 0xf, rt, address, 4);
        return;
    }
    const op3 = (hw2 >>> 4) & 0xf;
    if (load && op3 <= 1) {
        // TBB/TBH: a forward branch by a table entry of halfwords.
        const base = r[rn];
        const index = r[hw2 & 0xf];
        const entry = op3 === 0 ? cpu.read(base + index, 1) : cpu.read(base + index * 2, 2);
        cpu.branchTo(r[15] + 2 * entry);
        return;
    }
    if (op3 !== 4 && op3 !== 5)
        throw undefinedInstruction();
    const size = op3 === 4 ? 1 : 2;
    if (load)
        loadExclusive(cpu, rt, r[rn], size);
    else
        storeExclusive(cpu, hw2 & 0xf, rt, r[rn], size);
}
function loadExclusive(cpu, rt, address, size) {
    if (address & (size - 1))
        throw unalignedAccess();
    cpu.r[rt] = cpu.read(address, size);
    cpu.exclusive = true;
}
// Single core, no other bus master: the local monitor alone decides.
function storeExclusive(cpu, rd, rt, address, size) {
    if (address & (size - 1))
        throw unalignedAccess();
    if (cpu.exclusive) {
        cpu.write(address, size, cpu.r[rt]);
        cpu.r[rd] = 0;
    }
    else {
        cpu.r[rd] = 1;
    }
    cpu.exclusive = false;
}
function dataProcessingShiftedRegister(cpu, hw1, hw2) {
    const op = (hw1 >>> 5) & 0xf;
    const imm5 = ((hw2 >>> 10) & 0x1c) | ((hw2 >>> 6) & 3);
    const type = (hw2 >>> 4) & 3;
    const m = cpu.r[hw2 & 0xf];
    if (op === 6) {
        // PKHBT/PKHTB.
        const n = cpu.r[hw1 & 0xf];
        const rd = (hw2 >>> 8) & 0xf;
        if (type === 0)
            cpu.r[rd] = ((immShiftC(m, 0, imm5, 0) & 0xffff0000) | (n & 0xffff)) >>> 0;
        else if (type === 2)
            cpu.r[rd] = ((n & 0xffff0000) | (immShiftC(m, 2, imm5, 0) & 0xffff)) >>> 0;
        else
            throw undefinedInstruction();
        return;
    }
    const operand = immShiftC(m, type, imm5, cpu.c);
    dataOperation(cpu, op, hw1, hw2, operand, alu.carry);
}
function modifiedImmediate(cpu, hw1, hw2) {
    const imm12 = ((hw1 & 0x400) << 1) | ((hw2 >>> 4) & 0x700) | (hw2 & 0xff);
    const operand = thumbExpandImmC(imm12, cpu.c);
    dataOperation(cpu, (hw1 >>> 5) & 0xf, hw1, hw2, operand, alu.carry);
}
/**
 * The data-processing operations shared by the shifted-register and
 * modified-immediate forms. Rd = PC with S (TST, TEQ, CMN, CMP) only sets
 * flags; Rn = PC in ORR/ORN is MOV/MVN.
 */
function dataOperation(cpu, op, hw1, hw2, operand, carry) {
    const r = cpu.r;
    const rn = hw1 & 0xf;
    const rd = (hw2 >>> 8) & 0xf;
    const setFlags = (hw1 & 0x10) !== 0;
    const a = r[rn];
    let result;
    switch (op) {
        case 0x0:
            result = (a & operand) >>> 0;
            break;
        case 0x1:
            result = (a & ~operand) >>> 0;
            break;
        case 0x2:
            result = rn === 15 ? operand : (a | operand) >>> 0;
            break;
        case 0x3:
            result = rn === 15 ? ~operand >>> 0 : (a | ~operand) >>> 0;
            break;
        case 0x4:
            result = (a ^ operand) >>> 0;
            break;
        case 0x8:
            return arithmetic(cpu, rd, setFlags, addWithCarry(a, operand, 0));
        case 0xa:
            return arithmetic(cpu, rd, setFlags, addWithCarry(a, operand, cpu.c));
        case 0xb:
            return arithmetic(cpu, rd, setFlags, addWithCarry(a, ~operand, cpu.c));
        case 0xd:
            return arithmetic(cpu, rd, setFlags, addWithCarry(a, ~operand, 1));
        case 0xe:
            return arithmetic(cpu, rd, setFlags, addWithCarry(~a, operand, 1));
        default:
            throw undefinedInstruction();
    }
    if (rd !== 15)
        r[rd] = rd === 13 ? result & ~3 : result;
    if (setFlags) {
        cpu.n = result >>> 31;
        cpu.z = result === 0 ? 1 : 0;
        cpu.c = carry;
    }
}
function arithmetic(cpu, rd, setFlags, result) {
    if (rd !== 15)
        cpu.r[rd] = rd === 13 ? result & ~3 : result;
    if (setFlags) {
        cpu.n = result >>> 31;
        cpu.z = result === 0 ? 1 : 0;
        cpu.c = alu.carry;
        cpu.v = alu.overflow;
    }
}
function plainImmediate(cpu, hw1, hw2) {
    const r = cpu.r;
    const rn = hw1 & 0xf;
    const rd = (hw2 >>> 8) & 0xf;
    const imm12 = ((hw1 & 0x400) << 1) | ((hw2 >>> 4) & 0x700) | (hw2 & 0xff);
    const lsb = ((hw2 >>> 10) & 0x1c) | ((hw2 >>> 6) & 3);
    const field = hw2 & 0x1f;
    switch ((hw1 >>> 4) & 0x1f) {
        case 0x00: // ADDW, ADR
            r[rd] = (rn === 15 ? r[15] & ~3 : r[rn]) + imm12;
            return;
        case 0x0a: // SUBW, ADR
            r[rd] = (rn === 15 ? r[15] & ~3 : r[rn]) - imm12;
            return;
        case 0x04: // MOVW
            r[rd] = ((hw1 & 0xf) << 12) | imm12;
            return;
        case 0x0c: // MOVT
            r[rd] = ((((hw1 & 0xf) << 12) | imm12) << 16) | (r[rd] & 0xffff);
            return;
        case 0x10:
        case 0x12: {
            if (hw1 & 0x20 && lsb === 0)
                return saturate16(cpu, rd, r[rn], field + 1, true);
            const value = hw1 & 0x20 ? (r[rn] | 0) >> lsb : r[rn] << lsb;
            r[rd] = signedSat(value | 0, field + 1);
            if (alu.overflow)
                cpu.q = 1;
            return;
        }
        case 0x18:
        case 0x1a: {
            if (hw1 & 0x20 && lsb === 0)
                return saturate16(cpu, rd, r[rn], field, false);
            const value = hw1 & 0x20 ? (r[rn] | 0) >> lsb : r[rn] << lsb;
            r[rd] = unsignedSat(value | 0, field);
            if (alu.overflow)
                cpu.q = 1;
            return;
        }
        case 0x14: // SBFX
        case 0x1c: {
            // UBFX
            const width = field + 1;
            if (lsb + width > 32)
                throw undefinedInstruction();
            const extracted = width === 32 ? r[rn] : (r[rn] >>> lsb) & ((1 << width) - 1);
            r[rd] = hw1 & 0x80 ? extracted : signExtend(extracted, width);
            return;
        }
        case 0x16: {
            // BFI, BFC (Rn = PC)
            if (field < lsb)
                throw undefinedInstruction();
            const width = field - lsb + 1;
            const mask = (width === 32 ? 0xffffffff : ((1 << width) - 1) << lsb) >>> 0;
            const source = rn === 15 ? 0 : r[rn] << lsb;
            r[rd] = (r[rd] & ~mask) | (source & mask);
            return;
        }
        default:
            throw undefinedInstruction();
    }
}
/** SSAT16/USAT16: each halfword saturated. */
function saturate16(cpu, rd, value, bits, signed) {
    const saturateHalf = signed ? signedSat : unsignedSat;
    const low = saturateHalf(signExtend(value, 16), bits);
    let saturated = alu.overflow;
    const high = saturateHalf(value >> 16, bits);
    saturated |= alu.overflow;
    cpu.r[rd] = ((high << 16) | (low & 0xffff)) >>> 0;
    if (saturated)
        cpu.q = 1;
}
function branchesAndMiscellaneous(cpu, hw1, hw2) {
    const r = cpu.r;
    const s = (hw1 >>> 10) & 1;
    const j1 = (hw2 >>> 13) & 1;
    const j2 = (hw2 >>> 11) & 1;
    switch (hw2 & 0x5000) {
        case 0x1000:
        case 0x5000: {
            // B.W and BL: I1 = NOT(J1 EOR S), I2 = NOT(J2 EOR S).
            const i1 = 1 - (j1 ^ s);
            const i2 = 1 - (j2 ^ s);
            const offset = signExtend((s << 24) | (i1 << 23) | (i2 << 22) | ((hw1 & 0x3ff) << 12) | ((hw2 & 0x7ff) << 1), 25);
            if (hw2 & 0x4000)
                r[14] = cpu.nextPc | 1;
            cpu.branchTo(r[15] + offset);
            return;
        }
        case 0x4000:
            // BLX to ARM state does not exist on ARMv7-M.
            throw undefinedInstruction();
        default:
            break;
    }
    const op = (hw1 >>> 4) & 0x7f;
    if ((op & 0x38) !== 0x38) {
        const cond = (hw1 >>> 6) & 0xf;
        const offset = signExtend((s << 20) | (j2 << 19) | (j1 << 18) | ((hw1 & 0x3f) << 12) | ((hw2 & 0x7ff) << 1), 21);
        if (cpu.conditionPassed(cond))
            cpu.branchTo(r[15] + offset);
        return;
    }
    switch (op) {
        case 0x38:
        case 0x39:
            return moveToSpecial(cpu, r[hw1 & 0xf], hw2 & 0xff, (hw2 >>> 10) & 3);
        case 0x3a:
            if ((hw2 & 0x700) !== 0)
                throw undefinedInstruction();
            hint(cpu, hw2 & 0xff);
            return;
        case 0x3b: {
            const misc = (hw2 >>> 4) & 0xf;
            if (misc === 2)
                cpu.exclusive = false;
            else if (misc < 4 || misc > 6)
                throw undefinedInstruction();
            return;
        }
        case 0x3e:
        case 0x3f:
            r[(hw2 >>> 8) & 0xf] = moveFromSpecial(cpu, hw2 & 0xff);
            return;
        default:
            throw undefinedInstruction();
    }
}
function moveFromSpecial(cpu, sysm) {
    if (sysm < 8) {
        // EPSR reads as zero through MRS.
        return ((sysm & 4 ? 0 : cpu.apsr()) | (sysm & 1 ? cpu.ipsr : 0)) >>> 0;
    }
    if (!cpu.privileged && sysm !== 20)
        return 0;
    switch (sysm) {
        case 8:
            return cpu.msp;
        case 9:
            return cpu.psp;
        case 16:
            return cpu.primask;
        case 17:
        case 18:
            return cpu.basepri;
        case 19:
            return cpu.faultmask;
        case 20:
            return cpu.control;
        default:
            throw undefinedInstruction();
    }
}
function moveToSpecial(cpu, value, sysm, mask) {
    if (sysm < 8) {
        // Only the APSR part is writable: mask bit 1 the flags, bit 0 GE.
        if ((sysm & 4) === 0)
            cpu.writeApsr(value, (mask & 2) !== 0, (mask & 1) !== 0);
        return;
    }
    if (!cpu.privileged)
        return;
    switch (sysm) {
        case 8:
            cpu.msp = value;
            return;
        case 9:
            cpu.psp = value;
            return;
        case 16:
            cpu.primask = value & 1;
            break;
        case 17:
            cpu.basepri = value & 0xf0;
            break;
        case 18: {
            const basepri = value & 0xf0;
            if (basepri !== 0 && (basepri < cpu.basepri || cpu.basepri === 0))
                cpu.basepri = basepri;
            break;
        }
        case 19:
            // FAULTMASK cannot be set in NMI or HardFault (execution priority -1 or below).
            if ((value & 1) === 0 || cpu.executionPriority() > -1)
                cpu.faultmask = value & 1;
            break;
        case 20:
            cpu.writeControl(value);
            return;
        default:
            throw undefinedInstruction();
    }
    cpu.scb.dirty = true;
}
const SIZES = [1, 2, 4];
function storeSingle(cpu, hw1, hw2) {
    const r = cpu.r;
    const sizeField = (hw1 >>> 5) & 3;
    const rn = hw1 & 0xf;
    if (sizeField === 3 || rn === 15)
        throw undefinedInstruction();
    const size = SIZES[sizeField];
    const value = r[hw2 >>> 12];
    if (hw1 & 0x80) {
        cpu.write(r[rn] + (hw2 & 0xfff), size, value);
        return;
    }
    if (hw2 & 0x800) {
        const [address, offsetAddress, writeback] = indexed(r[rn], hw2);
        cpu.write(address, size, value);
        if (writeback)
            r[rn] = offsetAddress;
        return;
    }
    if ((hw2 & 0xfc0) !== 0)
        throw undefinedInstruction();
    cpu.write(r[rn] + (r[hw2 & 0xf] << ((hw2 >>> 4) & 3)), size, value);
}
/** Loads of every size and signedness; Rt = PC in a byte or halfword load is a preload hint. */
function loadSingle(cpu, hw1, hw2) {
    const r = cpu.r;
    const sizeField = (hw1 >>> 5) & 3;
    if (sizeField === 3)
        throw undefinedInstruction();
    const size = SIZES[sizeField];
    const signed = (hw1 & 0x100) !== 0;
    if (signed && size === 4)
        throw undefinedInstruction();
    const rn = hw1 & 0xf;
    const rt = hw2 >>> 12;
    let address;
    let writeback = false;
    let offsetAddress = 0;
    if (rn === 15) {
        const base = r[15] & ~3;
        address = hw1 & 0x80 ? base + (hw2 & 0xfff) : base - (hw2 & 0xfff);
    }
    else if (hw1 & 0x80) {
        address = r[rn] + (hw2 & 0xfff);
    }
    else if (hw2 & 0x800) {
        ;
        [address, offsetAddress, writeback] = indexed(r[rn], hw2);
    }
    else if ((hw2 & 0xfc0) === 0) {
        address = r[rn] + (r[hw2 & 0xf] << ((hw2 >>> 4) & 3));
    }
    else {
        throw undefinedInstruction();
    }
    if (rt === 15 && size !== 4)
        return;
    let value = cpu.read(address >>> 0, size);
    if (signed)
        value = signExtend(value, size * 8);
    if (writeback)
        r[rn] = offsetAddress;
    if (rt === 15)
        cpu.branchExchange(value);
    else
        r[rt] = value;
}
const indexedResult = [0, 0, false];
/** The imm8 forms: P (bit 10) pre-indexes, U (bit 9) adds, W (bit 8) writes back. */
function indexed(base, hw2) {
    const imm = hw2 & 0xff;
    const offsetAddress = (hw2 & 0x200 ? base + imm : base - imm) >>> 0;
    indexedResult[0] = hw2 & 0x400 ? offsetAddress : base;
    indexedResult[1] = offsetAddress;
    indexedResult[2] = (hw2 & 0x100) !== 0;
    if ((hw2 & 0x500) === 0)
        throw undefinedInstruction();
    return indexedResult;
}
function dataProcessingRegister(cpu, hw1, hw2) {
    const r = cpu.r;
    const op1 = (hw1 >>> 4) & 0xf;
    const op2 = (hw2 >>> 4) & 0xf;
    const rn = hw1 & 0xf;
    const rd = (hw2 >>> 8) & 0xf;
    const m = r[hw2 & 0xf];
    if ((hw2 & 0xf000) !== 0xf000)
        throw undefinedInstruction();
    if (op1 < 8 && op2 === 0) {
        // LSL/LSR/ASR/ROR by register.
        const result = shiftC(r[rn], (hw1 >>> 5) & 3, m & 0xff, cpu.c);
        r[rd] = result;
        if (hw1 & 0x10) {
            cpu.setNZ(result);
            cpu.c = alu.carry;
        }
        return;
    }
    if (op1 < 8 && op2 >= 8)
        return extend(cpu, op1, rn, rd, rotateRight(m, ((hw2 >>> 4) & 3) * 8));
    if (op1 >= 8 && op2 < 8)
        return parallelAddSubtract(cpu, op1, op2, r[rn], m, rd);
    if ((op1 & 0xc) === 0x8 && (op2 & 0xc) === 0x8) {
        switch (((op1 & 3) << 2) | (op2 & 3)) {
            case 0x0:
                return saturatingAdd(cpu, rd, m, r[rn], false, false);
            case 0x1:
                return saturatingAdd(cpu, rd, m, r[rn], false, true);
            case 0x2:
                return saturatingAdd(cpu, rd, m, r[rn], true, false);
            case 0x3:
                return saturatingAdd(cpu, rd, m, r[rn], true, true);
            case 0x4:
                r[rd] = reverseBytes(m);
                return;
            case 0x5:
                r[rd] = reverseHalfwords(m);
                return;
            case 0x6:
                r[rd] = reverseBits(m);
                return;
            case 0x7:
                r[rd] = reverseSignedHalfword(m);
                return;
            case 0x8: {
                // SEL: bytes by the GE flags.
                const n = r[rn];
                let result = 0;
                for (let i = 0; i < 4; i++)
                    result |= ((cpu.ge >>> i) & 1 ? n : m) & (0xff << (8 * i));
                r[rd] = result >>> 0;
                return;
            }
            case 0xc:
                r[rd] = Math.clz32(m);
                return;
            default:
                break;
        }
    }
    throw undefinedInstruction();
}
/** SXTAH/UXTAH/SXTAB16/UXTAB16/SXTAB/UXTAB; Rn = PC is the plain extend. */
function extend(cpu, op1, rn, rd, rotated) {
    const r = cpu.r;
    const add = rn === 15 ? 0 : r[rn];
    switch (op1) {
        case 0:
            r[rd] = add + signExtend(rotated, 16);
            return;
        case 1:
            r[rd] = add + (rotated & 0xffff);
            return;
        case 2:
        case 3: {
            const low = op1 === 2 ? signExtend(rotated, 8) : rotated & 0xff;
            const high = op1 === 2 ? signExtend(rotated >>> 16, 8) : (rotated >>> 16) & 0xff;
            r[rd] = (((add >>> 16) + high) << 16) | ((add + low) & 0xffff);
            return;
        }
        case 4:
            r[rd] = add + signExtend(rotated, 8);
            return;
        case 5:
            r[rd] = add + (rotated & 0xff);
            return;
        default:
            throw undefinedInstruction();
    }
}
/** QADD, QDADD, QSUB, QDSUB: `m` is the first operand, `n` the (possibly doubled) second. */
function saturatingAdd(cpu, rd, m, n, subtract, double) {
    let second = n | 0;
    if (double) {
        second = signedSat(second * 2, 32);
        if (alu.overflow)
            cpu.q = 1;
    }
    const result = signedSat(subtract ? (m | 0) - second : (m | 0) + second, 32);
    if (alu.overflow)
        cpu.q = 1;
    cpu.r[rd] = result;
}
/**
 * The M4's parallel add/subtract (A5.3.15). op1 bits 2:0: 000 ADD8, 001
 * ADD16, 010 ASX, 100 SUB8, 101 SUB16, 110 SAX; op2: bit 2 unsigned, bits
 * 1:0 plain (sets GE), saturating, halving.
 */
function parallelAddSubtract(cpu, op1, op2, n, m, rd) {
    const operation = op1 & 7;
    const kind = op2 & 3;
    const unsigned = (op2 & 4) !== 0;
    if ((operation & 3) === 3 || kind === 3 || (op2 & 8) !== 0)
        throw undefinedInstruction();
    const lanes = (operation & 3) === 0 ? 4 : 2;
    const bits = 32 / lanes;
    const laneMask = lanes === 4 ? 0xff : 0xffff;
    const exchange = (operation & 3) === 2;
    let result = 0;
    let ge = 0;
    for (let i = 0; i < lanes; i++) {
        let x = (n >>> (bits * i)) & laneMask;
        let y = (m >>> (bits * (exchange ? 1 - i : i))) & laneMask;
        if (!unsigned) {
            x = signExtend(x, bits);
            y = signExtend(y, bits);
        }
        // ASX subtracts in the low lane, SAX in the high one.
        const subtract = exchange ? (operation & 4 ? i === 1 : i === 0) : (operation & 4) !== 0;
        let value = subtract ? x - y : x + y;
        if (kind === 0) {
            const geSet = unsigned && !subtract ? value >= 2 ** bits : value >= 0;
            if (geSet)
                ge |= lanes === 4 ? 1 << i : 3 << (2 * i);
        }
        else if (kind === 1) {
            value = unsigned ? unsignedSat(value, bits) : signedSat(value, bits);
        }
        else {
            value = Math.floor(value / 2);
        }
        result |= (value & laneMask) << (bits * i);
    }
    cpu.r[rd] = result >>> 0;
    if (kind === 0)
        cpu.ge = ge;
}
function multiply(cpu, hw1, hw2) {
    const r = cpu.r;
    const n = r[hw1 & 0xf];
    const m = r[hw2 & 0xf];
    const ra = hw2 >>> 12;
    const rd = (hw2 >>> 8) & 0xf;
    const accumulate = ra === 15 ? 0 : r[ra];
    const op2 = (hw2 >>> 4) & 3;
    switch ((hw1 >>> 4) & 7) {
        case 0:
            if (op2 === 0)
                r[rd] = Math.imul(n, m) + accumulate;
            else if (op2 === 1)
                r[rd] = accumulate - Math.imul(n, m);
            else
                throw undefinedInstruction();
            return;
        case 1: {
            // SMULxy/SMLAxy: N and M pick the halves.
            const product = half(n, op2 & 2) * half(m, op2 & 1);
            return accumulateQ(cpu, rd, product, ra === 15 ? 0 : r[ra] | 0);
        }
        case 2:
        case 4: {
            // SMUAD/SMLAD, SMUSD/SMLSD (X swaps M's halves).
            const mm = op2 & 1 ? rotateRight(m, 16) : m;
            const low = half(n, 0) * half(mm, 0);
            const high = half(n, 1) * half(mm, 1);
            if (op2 & 2)
                throw undefinedInstruction();
            return accumulateQ(cpu, rd, (hw1 >>> 4) & 4 ? low - high : low + high, ra === 15 ? 0 : r[ra] | 0);
        }
        case 3: {
            // SMULWy/SMLAWy: the top 32 bits of the 48-bit product.
            if (op2 & 2)
                throw undefinedInstruction();
            const product = Math.floor(((n | 0) * half(m, op2 & 1)) / 0x10000);
            return accumulateQ(cpu, rd, product, ra === 15 ? 0 : r[ra] | 0);
        }
        case 5:
        case 6: {
            // SMMUL/SMMLA/SMMLS, R rounds.
            if (op2 & 2)
                throw undefinedInstruction();
            multiplyLong(n, m, true);
            let lo = alu.lo;
            let hi = alu.hi;
            if (hw1 & 0x20) {
                // SMMLS: (Ra << 32) - product.
                const borrow = lo !== 0 ? 1 : 0;
                lo = (0 - lo) >>> 0;
                hi = (accumulate - hi - borrow) >>> 0;
            }
            else if (ra !== 15) {
                hi = (hi + accumulate) >>> 0;
            }
            if (op2 & 1 && lo >= 0x80000000)
                hi = (hi + 1) >>> 0;
            r[rd] = hi;
            return;
        }
        default: {
            // USAD8/USADA8.
            if (op2 !== 0)
                throw undefinedInstruction();
            let sum = 0;
            for (let i = 0; i < 32; i += 8)
                sum += Math.abs(((n >>> i) & 0xff) - ((m >>> i) & 0xff));
            r[rd] = accumulate + sum;
        }
    }
}
function half(value, top) {
    return top ? value >> 16 : signExtend(value, 16);
}
/** Signed accumulate that sets Q on 32-bit overflow and wraps. */
function accumulateQ(cpu, rd, product, accumulate) {
    const sum = product + accumulate;
    if (sum > 0x7fffffff || sum < -0x80000000)
        cpu.q = 1;
    cpu.r[rd] = sum;
}
function longMultiplyDivide(cpu, hw1, hw2) {
    const r = cpu.r;
    const n = r[hw1 & 0xf];
    const m = r[hw2 & 0xf];
    const rdLo = hw2 >>> 12;
    const rdHi = (hw2 >>> 8) & 0xf;
    const op2 = (hw2 >>> 4) & 0xf;
    switch (((hw1 >>> 4) & 7) * 16 + op2) {
        case 0x00: // SMULL
        case 0x20: // UMULL
            multiplyLong(n, m, (hw1 & 0x20) === 0);
            break;
        case 0x40: // SMLAL
        case 0x60: // UMLAL
            multiplyLong(n, m, (hw1 & 0x20) === 0);
            accumulateLong(r[rdLo], r[rdHi]);
            break;
        case 0x66: // UMAAL
            multiplyLong(n, m, false);
            accumulateLong(r[rdLo], 0);
            accumulateLong(r[rdHi], 0);
            break;
        case 0x48:
        case 0x49:
        case 0x4a:
        case 0x4b: {
            // SMLALxy
            multiplyLong(half(n, op2 & 2), half(m, op2 & 1), true);
            accumulateLong(r[rdLo], r[rdHi]);
            break;
        }
        case 0x4c:
        case 0x4d:
        case 0x5c:
        case 0x5d: {
            // SMLALD/SMLSLD: the two 16x16 products summed or subtracted, then accumulated.
            const mm = op2 & 1 ? rotateRight(m, 16) : m;
            const low = half(n, 0) * half(mm, 0);
            const high = half(n, 1) * half(mm, 1);
            const total = hw1 & 0x10 ? low - high : low + high;
            alu.lo = total >>> 0;
            alu.hi = total < 0 ? 0xffffffff : Math.floor(total / 0x100000000);
            accumulateLong(r[rdLo], r[rdHi]);
            break;
        }
        case 0x1f: // SDIV
        case 0x3f: // UDIV
            r[rdHi] = divide(cpu, n, m, (hw1 & 0x20) === 0);
            return;
        default:
            throw undefinedInstruction();
    }
    r[rdLo] = alu.lo;
    r[rdHi] = alu.hi;
}
/** Rounds toward zero; x / 0 is 0 unless CCR.DIV_0_TRP; INT_MIN / -1 is INT_MIN. */
function divide(cpu, n, m, signed) {
    if (m === 0) {
        if (cpu.scb.ccr & CCR_DIV_0_TRP)
            throw new CpuFault(Exception.UsageFault, CFSR_DIVBYZERO);
        return 0;
    }
    if (!signed)
        return Math.floor(n / m);
    return Math.trunc((n | 0) / (m | 0)) | 0;
}

;// CONCATENATED MODULE: ./src/sim/cpu/core.ts
// The ARMv7-M processor state, its memory accesses, and the exception model
// (DDI0403E B1.4, B1.5): reset, exception entry and return, faults and their
// escalation, lock-up, sleep. The instruction executors (thumb16.ts,
// thumb32.ts) act on this state.




/** A synchronous fault raised by an instruction: which fault, and its CFSR bit. */
class CpuFault extends Error {
    exception;
    cfsrBit;
    constructor(exception, cfsrBit) {
        super(`fault ${exception} 0x${cfsrBit.toString(16)}`);
        this.exception = exception;
        this.cfsrBit = cfsrBit;
    }
}
const undefinedInstruction = () => new CpuFault(Exception.UsageFault, CFSR_UNDEFINSTR);
const noCoprocessor = () => new CpuFault(Exception.UsageFault, CFSR_NOCP);
const unalignedAccess = () => new CpuFault(Exception.UsageFault, CFSR_UNALIGNED);
const EXECUTED = { kind: 'executed' };
const SLEEPING = { kind: 'sleeping' };
const LOCKUP = { kind: 'lockup' };
const LOCKUP_PC = 0xfffffffe;
const XPSR_STACK_ALIGNED = 1 << 9;
class Cpu {
    /** r0-r15; r13 is the current stack pointer, r15 reads as this instruction's address + 4 while it executes. */
    r = new Uint32Array(16);
    /** The banked stack pointer not in r13. */
    otherSp = 0;
    n = 0;
    z = 0;
    c = 0;
    v = 0;
    q = 0;
    ge = 0;
    /** EPSR.T. */
    t = 1;
    itState = 0;
    ipsr = 0;
    primask = 0;
    faultmask = 0;
    basepri = 0;
    /** CONTROL.nPRIV (bit 0) and CONTROL.SPSEL (bit 1). */
    control = 0;
    /** Where the next instruction is fetched; instructions that branch set it. */
    nextPc = 0;
    /** The address of the instruction executing. */
    currentPc = 0;
    /** An EXC_RETURN value loaded into the PC, acted on when the instruction completes. */
    excReturn = 0;
    /** The local exclusive monitor: LDREX opens it, STREX and CLREX close it. */
    exclusive = false;
    /** SVC executed: SVCall is taken once the instruction completes. */
    supervisorCall = false;
    sleeping = false;
    /** Sleeping by WFE (wakes on the event register too). */
    waitingForEvent = false;
    locked = false;
    lastMaskInterrupts = false;
    /** The address of the data access in progress, for BFAR. */
    dataAddress = 0;
    onExceptionEntry = undefined;
    bus;
    scb;
    fpu;
    constructor(options) {
        this.bus = options.bus;
        this.fpu = options.fpu;
        this.scb = new SystemControl({
            fpu: options.fpu,
            irqCount: options.irqCount,
            currentException: () => this.ipsr,
            clearCurrentException: () => this.setModeAndControl(0, this.control),
            requestSystemReset: () => options.onSystemResetRequest(),
        });
    }
    get systemControl() {
        return this.scb;
    }
    get systemControlBus() {
        return this.scb.busDevice;
    }
    get currentException() {
        return this.ipsr;
    }
    get lockedUp() {
        return this.locked;
    }
    reset() {
        this.r.fill(0);
        this.scb.reset();
        this.n = this.z = this.c = this.v = this.q = this.ge = 0;
        this.itState = 0;
        this.ipsr = 0;
        this.primask = this.faultmask = this.basepri = 0;
        this.control = 0;
        this.otherSp = 0;
        this.exclusive = false;
        this.sleeping = false;
        this.waitingForEvent = false;
        this.locked = false;
        this.excReturn = 0;
        this.r[14] = 0xffffffff;
        let sp;
        let pc;
        try {
            sp = this.bus.read(0, 4);
            pc = this.bus.read(4, 4);
        }
        catch (error) {
            if (!(error instanceof BusFault))
                throw error;
            this.lockup();
            return;
        }
        this.r[13] = sp & ~3;
        this.t = pc & 1;
        this.r[15] = this.nextPc = (pc & ~1) >>> 0;
    }
    step(options) {
        if (this.locked)
            return LOCKUP;
        const mask = options?.maskInterrupts === true;
        const scb = this.scb;
        if (mask !== this.lastMaskInterrupts) {
            this.lastMaskInterrupts = mask;
            scb.dirty = true;
        }
        if (scb.dirty) {
            const candidate = scb.highestPending(mask);
            if (candidate !== 0) {
                const priority = scb.groupPriority(candidate);
                if (priority < this.executionPriority()) {
                    this.sleeping = false;
                    return this.takeException(candidate, this.r[15]);
                }
                // WFI wakes for an interrupt that PRIMASK alone holds off.
                if (this.sleeping && priority < this.executionPriority(false))
                    this.sleeping = false;
            }
            if (this.sleeping && this.waitingForEvent && scb.event) {
                scb.event = false;
                this.sleeping = false;
            }
            if (!this.sleeping)
                scb.dirty = false;
        }
        if (this.sleeping)
            return SLEEPING;
        return this.execute();
    }
    execute() {
        const r = this.r;
        const pc = r[15];
        this.currentPc = pc;
        if (this.t === 0)
            return this.fault(Exception.UsageFault, CFSR_INVSTATE);
        // The default memory map makes Peripheral, Device and System space execute-never (B3.1).
        if (pc >= 0x40000000 && (pc < 0x60000000 || pc >= 0xa0000000)) {
            return this.fault(Exception.MemManage, CFSR_IACCVIOL);
        }
        let hw1;
        let hw2 = 0;
        try {
            hw1 = this.bus.read(pc, 2);
            if (hw1 >= 0xe800)
                hw2 = this.bus.read((pc + 2) >>> 0, 2);
        }
        catch (error) {
            if (!(error instanceof BusFault))
                throw error;
            return this.fault(Exception.BusFault, CFSR_IBUSERR);
        }
        const itState = this.itState;
        try {
            if (hw1 >= 0xe800) {
                this.nextPc = (pc + 4) >>> 0;
                r[15] = this.nextPc;
                if (itState === 0 || this.conditionPassed(itState >>> 4))
                    execute32(this, hw1, hw2);
            }
            else {
                this.nextPc = (pc + 2) >>> 0;
                r[15] = (pc + 4) >>> 0;
                // BKPT is unconditional (A7.7.17).
                if (itState === 0 || this.conditionPassed(itState >>> 4) || (hw1 & 0xff00) === 0xbe00) {
                    const outcome = execute16(this, hw1);
                    if (outcome !== undefined) {
                        r[15] = pc;
                        return outcome;
                    }
                }
            }
        }
        catch (error) {
            r[15] = pc;
            this.excReturn = 0;
            if (error instanceof CpuFault)
                return this.fault(error.exception, error.cfsrBit);
            if (error instanceof BusFault) {
                this.scb.bfar = this.dataAddress >>> 0;
                return this.fault(Exception.BusFault, CFSR_PRECISERR | CFSR_BFARVALID);
            }
            throw error;
        }
        if (itState !== 0 && (itState & 0xf) !== 0) {
            this.itState = (itState & 7) === 0 ? 0 : (itState & 0xe0) | ((itState << 1) & 0x1f);
        }
        r[15] = this.nextPc;
        if (this.excReturn !== 0)
            return this.exceptionReturn();
        if (this.supervisorCall) {
            this.supervisorCall = false;
            return this.fault(Exception.SVCall, 0, this.nextPc);
        }
        if (this.sleeping)
            return SLEEPING;
        return EXECUTED;
    }
    conditionPassed(cond) {
        let result;
        switch (cond >>> 1) {
            case 0:
                result = this.z === 1;
                break;
            case 1:
                result = this.c === 1;
                break;
            case 2:
                result = this.n === 1;
                break;
            case 3:
                result = this.v === 1;
                break;
            case 4:
                result = this.c === 1 && this.z === 0;
                break;
            case 5:
                result = this.n === this.v;
                break;
            case 6:
                result = this.n === this.v && this.z === 0;
                break;
            default:
                return true;
        }
        return (cond & 1) === 0 ? result : !result;
    }
    /** Flags set from a result: N and Z. */
    setNZ(result) {
        this.n = result >>> 31;
        this.z = result === 0 ? 1 : 0;
    }
    // ---- PC writes (A2.3.1) ----
    branchTo(address) {
        this.nextPc = (address & ~1) >>> 0;
    }
    /** BXWritePC / LoadWritePC: bit 0 is the T bit; EXC_RETURN values in handler mode return from the exception. */
    branchExchange(address) {
        address >>>= 0;
        if (this.ipsr !== 0 && address >>> 28 === 0xf) {
            this.excReturn = address;
            return;
        }
        this.t = address & 1;
        this.nextPc = (address & ~1) >>> 0;
    }
    // ---- Memory (A3.2: unaligned LDR/STR/LDRH/STRH split into bytes unless CCR.UNALIGN_TRP) ----
    read(address, size) {
        address >>>= 0;
        this.dataAddress = address;
        if ((address & (size - 1)) === 0)
            return this.bus.read(address, size);
        if (this.scb.ccr & CCR_UNALIGN_TRP)
            throw unalignedAccess();
        let value = 0;
        for (let i = 0; i < size; i++) {
            this.dataAddress = (address + i) >>> 0;
            value |= this.bus.read(this.dataAddress, 1) << (8 * i);
        }
        return value >>> 0;
    }
    write(address, size, value) {
        address >>>= 0;
        this.dataAddress = address;
        if ((address & (size - 1)) === 0) {
            this.bus.write(address, size, value);
            return;
        }
        if (this.scb.ccr & CCR_UNALIGN_TRP)
            throw unalignedAccess();
        for (let i = 0; i < size; i++) {
            this.dataAddress = (address + i) >>> 0;
            this.bus.write(this.dataAddress, 1, (value >>> (8 * i)) & 0xff);
        }
    }
    /** Accesses that must be aligned whatever CCR says: LDM/STM, LDRD/STRD, LDREX/STREX. */
    readAligned(address) {
        if (address & 3)
            throw unalignedAccess();
        this.dataAddress = address >>> 0;
        return this.bus.read(address >>> 0, 4);
    }
    writeAligned(address, value) {
        if (address & 3)
            throw unalignedAccess();
        this.dataAddress = address >>> 0;
        this.bus.write(address >>> 0, 4, value >>> 0);
    }
    // ---- Special registers ----
    get privileged() {
        return this.ipsr !== 0 || (this.control & 1) === 0;
    }
    apsr() {
        return (((this.n << 31) |
            (this.z << 30) |
            (this.c << 29) |
            (this.v << 28) |
            (this.q << 27) |
            (this.ge << 16)) >>>
            0);
    }
    epsr() {
        return ((this.t << 24) | ((this.itState & 3) << 25) | ((this.itState >>> 2) << 10)) >>> 0;
    }
    xpsr() {
        return (this.apsr() | this.epsr() | this.ipsr) >>> 0;
    }
    writeApsr(value, flags, ge) {
        if (flags) {
            this.n = value >>> 31;
            this.z = (value >>> 30) & 1;
            this.c = (value >>> 29) & 1;
            this.v = (value >>> 28) & 1;
            this.q = (value >>> 27) & 1;
        }
        if (ge)
            this.ge = (value >>> 16) & 0xf;
    }
    /** The whole xPSR, IPSR too, with the stack pointer that goes with the mode. */
    writeXpsr(value) {
        this.writeApsr(value, true, true);
        this.t = (value >>> 24) & 1;
        this.itState = ((value >>> 25) & 3) | (((value >>> 10) & 0x3f) << 2);
        this.setModeAndControl(value & 0x1ff, this.control);
    }
    get msp() {
        return this.control & 2 && this.ipsr === 0 ? this.otherSp : this.r[13];
    }
    set msp(value) {
        if (this.control & 2 && this.ipsr === 0)
            this.otherSp = value & ~3;
        else
            this.r[13] = value & ~3;
    }
    get psp() {
        return this.control & 2 && this.ipsr === 0 ? this.r[13] : this.otherSp;
    }
    set psp(value) {
        if (this.control & 2 && this.ipsr === 0)
            this.r[13] = value & ~3;
        else
            this.otherSp = value & ~3;
    }
    /** True while r13 is the process stack pointer. */
    usingPsp() {
        return (this.control & 2) !== 0 && this.ipsr === 0;
    }
    /** Changes IPSR and CONTROL together, swapping the banked SP when the selection changes. */
    setModeAndControl(ipsr, control) {
        const before = this.usingPsp();
        this.ipsr = ipsr;
        this.control = control;
        if (before !== this.usingPsp()) {
            const sp = this.r[13];
            this.r[13] = this.otherSp;
            this.otherSp = sp;
        }
    }
    writeControl(value) {
        // SPSEL is writable in thread mode only; no FPCA without an FPU.
        const spsel = this.ipsr === 0 ? value & 2 : this.control & 2;
        this.setModeAndControl(this.ipsr, (value & 1) | spsel);
    }
    /** Execution priority (B1.5.4) with PRIMASK, FAULTMASK and BASEPRI. */
    executionPriority(withPrimask = true) {
        let priority = this.scb.activePriority();
        if (this.basepri !== 0) {
            const boosted = this.basepri & this.scb.groupMask();
            if (boosted < priority)
                priority = boosted;
        }
        if (withPrimask && this.primask)
            priority = Math.min(priority, 0);
        if (this.faultmask)
            priority = -1;
        return priority;
    }
    // ---- Exceptions ----
    /** A synchronous fault at `currentPc`: taken now, escalated to HardFault, or lock-up. */
    fault(exception, cfsrBits, returnAddress = this.currentPc) {
        const scb = this.scb;
        this.r[15] = returnAddress;
        this.excReturn = 0;
        let target = exception;
        scb.cfsr |= cfsrBits;
        if (exception !== Exception.HardFault &&
            (!scb.faultEnabled(exception) || scb.groupPriority(exception) >= this.executionPriority())) {
            target = Exception.HardFault;
            scb.hfsr |= HFSR_FORCED;
        }
        if (target === Exception.HardFault && this.executionPriority() <= -1)
            return this.lockup();
        return this.takeException(target, returnAddress);
    }
    lockup() {
        this.locked = true;
        this.sleeping = false;
        this.r[15] = this.nextPc = LOCKUP_PC;
        return LOCKUP;
    }
    /** Stacks the context, then enters the handler (B1.5.6, B1.5.7). */
    takeException(exception, returnAddress) {
        const scb = this.scb;
        const r = this.r;
        const alignStack = (scb.ccr & (1 << 9)) !== 0;
        const frameAligned = alignStack && (r[13] & 4) !== 0 ? 1 : 0;
        const sp = ((r[13] - 0x20) & (alignStack ? ~7 : ~3)) >>> 0;
        const xpsr = (this.xpsr() & ~XPSR_STACK_ALIGNED) | (frameAligned ? XPSR_STACK_ALIGNED : 0);
        const frame = [r[0], r[1], r[2], r[3], r[12], r[14], returnAddress, xpsr];
        const excReturn = this.ipsr !== 0 ? 0xfffffff1 : this.control & 2 ? 0xfffffffd : 0xfffffff9;
        r[13] = sp;
        let stackFault = false;
        for (let i = 0; i < 8; i++) {
            try {
                this.dataAddress = sp + 4 * i;
                this.bus.write(sp + 4 * i, 4, frame[i] >>> 0);
            }
            catch (error) {
                if (!(error instanceof BusFault))
                    throw error;
                stackFault = true;
            }
        }
        return this.enterHandler(exception, excReturn, stackFault);
    }
    enterHandler(exception, excReturn, stackFault) {
        const scb = this.scb;
        let vector;
        try {
            vector = this.bus.read((scb.vtor + 4 * exception) >>> 0, 4);
        }
        catch (error) {
            if (!(error instanceof BusFault))
                throw error;
            if (this.executionPriority() <= -1 || exception === Exception.HardFault)
                return this.lockup();
            scb.hfsr |= HFSR_VECTTBL;
            return this.enterHandler(Exception.HardFault, excReturn, false);
        }
        this.r[14] = excReturn;
        this.setModeAndControl(exception, this.control & ~2);
        this.t = vector & 1;
        this.itState = 0;
        this.exclusive = false;
        scb.pending[exception] = 0;
        scb.active[exception] = 1;
        scb.event = true;
        scb.dirty = true;
        this.r[15] = this.nextPc = (vector & ~1) >>> 0;
        if (stackFault) {
            // A derived fault: BusFault on stacking, pending behind the handler just entered.
            scb.cfsr |= CFSR_STKERR;
            scb.setPending(scb.faultEnabled(Exception.BusFault) ? Exception.BusFault : Exception.HardFault);
        }
        // Entry is always the last thing a step does, so a vector catch needs nothing more here.
        this.onExceptionEntry?.(exception);
        return EXECUTED;
    }
    /** Exception return (B1.5.8) for the EXC_RETURN value the instruction loaded into the PC. */
    exceptionReturn() {
        const scb = this.scb;
        const value = this.excReturn;
        this.excReturn = 0;
        const returning = this.ipsr;
        const kind = value & 0xf;
        const toThread = kind === 0x9 || kind === 0xd;
        if ((value & 0x0ffffff0) !== 0x0ffffff0 ||
            (kind !== 0x1 && !toThread) ||
            !scb.active[returning] ||
            (toThread && scb.activeCount() !== 1 && (scb.ccr & CCR_NONBASETHRDENA) === 0)) {
            // INVPC is raised on the return: the stacked PC shows the EXC_RETURN value.
            this.currentPc = value;
            this.r[14] = value;
            return this.fault(Exception.UsageFault, CFSR_INVPC);
        }
        scb.active[returning] = 0;
        if (returning !== Exception.NMI)
            this.faultmask = 0;
        this.exclusive = false;
        scb.dirty = true;
        scb.event = true;
        // Select the stack the frame is on, then pop it.
        this.setModeAndControl(toThread ? 0 : this.ipsr, kind === 0xd ? this.control | 2 : this.control & ~2);
        const r = this.r;
        const sp = r[13];
        const frame = [0, 0, 0, 0, 0, 0, 0, 0];
        let unstackFault = false;
        for (let i = 0; i < 8; i++) {
            try {
                this.dataAddress = sp + 4 * i;
                frame[i] = this.bus.read((sp + 4 * i) >>> 0, 4);
            }
            catch (error) {
                if (!(error instanceof BusFault))
                    throw error;
                unstackFault = true;
            }
        }
        const xpsr = frame[7];
        r[0] = frame[0];
        r[1] = frame[1];
        r[2] = frame[2];
        r[3] = frame[3];
        r[12] = frame[4];
        r[14] = frame[5];
        r[13] = (sp + 0x20 + (xpsr & XPSR_STACK_ALIGNED && scb.ccr & (1 << 9) ? 4 : 0)) >>> 0;
        this.writeXpsr(toThread ? xpsr & ~0x1ff : xpsr);
        r[15] = this.nextPc = (frame[6] & ~1) >>> 0;
        if (unstackFault) {
            this.currentPc = r[15];
            return this.fault(Exception.BusFault, CFSR_UNSTKERR);
        }
        if (toThread && this.scb.scr & SCR_SLEEPONEXIT)
            this.sleeping = true;
        return EXECUTED;
    }
    /** WFI: sleep unless an exception is already waiting. WFE: also the event register. */
    sleep(forEvent) {
        if (forEvent && this.scb.event) {
            this.scb.event = false;
            return;
        }
        this.sleeping = true;
        this.waitingForEvent = forEvent;
        this.scb.dirty = true;
    }
    sendEvent() {
        this.scb.event = true;
        this.scb.dirty = true;
    }
    // ---- The debugger's view (DCRSR.REGSEL) ----
    readRegister(selector) {
        if (selector <= 15)
            return this.r[selector];
        switch (selector) {
            case 16:
                return this.xpsr();
            case 17:
                return this.msp;
            case 18:
                return this.psp;
            case 20:
                return (((this.control << 24) | (this.faultmask << 16) | (this.basepri << 8) | this.primask) >>> 0);
            default:
                return 0;
        }
    }
    writeRegister(selector, value) {
        value >>>= 0;
        if (selector <= 15) {
            if (selector === 15) {
                this.r[15] = this.nextPc = (value & ~1) >>> 0;
                this.locked = false;
            }
            else if (selector === 13) {
                this.r[13] = value & ~3;
            }
            else {
                this.r[selector] = value;
            }
            return;
        }
        switch (selector) {
            case 16:
                this.writeXpsr(value);
                this.scb.dirty = true;
                return;
            case 17:
                this.msp = value;
                return;
            case 18:
                this.psp = value;
                return;
            case 20:
                this.primask = value & 1;
                this.basepri = (value >>> 8) & 0xf0;
                this.faultmask = (value >>> 16) & 1;
                this.setModeAndControl(this.ipsr, (value >>> 24) & 3);
                this.scb.dirty = true;
                return;
            default:
                return;
        }
    }
    setInterruptPending(irq) {
        this.scb.setPending(Exception.FirstIrq + irq);
    }
    advanceClock(cycles) {
        this.scb.advanceClock(cycles);
    }
}

;// CONCATENATED MODULE: ./src/sim/cpu/index.ts

function createCore(options) {
    return new Cpu(options);
}

;// CONCATENATED MODULE: ./src/sim/chip-pins.ts
/**
 * The chip's debug pins as the adapter drives them. After the disconnect
 * fault fires the target no longer answers — TDO and SWDIO float high —
 * until OpenOCD connects again.
 */
class ChipPins {
    chip;
    silent = false;
    constructor(chip) {
        this.chip = chip;
    }
    connect() {
        this.silent = false;
        this.chip.swj.reset();
    }
    disconnect() {
        this.silent = true;
    }
    clock(tms, tdi) {
        if (!this.silent)
            this.chip.swj.jtagClock(tms, tdi);
    }
    tdo() {
        return this.silent ? 1 : this.chip.swj.tdo();
    }
    swdClock(level, hostDrives) {
        if (!this.silent)
            this.chip.swj.swdClock(level, hostDrives);
    }
    swdio() {
        return this.silent ? 1 : this.chip.swj.swdio();
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
    openocd: { targetConfig: 'target/stm32f1x.cfg' },
    cpuTapId: 0x3ba00477,
    swdDpidr: 0x1ba01477,
    boundaryScanTapId: 0x06410041,
    ahbApIdr: 0x14770011,
    core: {
        cpuid: 0x411fc231,
        fpb: { codeComparators: 6, literalComparators: 2 },
        dwtComparators: 4,
        irqCount: 43,
        resetClockHz: 8_000_000, // HSI
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

;// CONCATENATED MODULE: ./src/sim/chips/cortex-m4f.ts
const CORTEX_M4F_R0P1 = {
    debugPort: { cpuTapId: 0x4ba00477, swdDpidr: 0x2ba01477, ahbApIdr: 0x24770011 },
    core: {
        cpuid: 0x410fc241,
        mvfr: [0x10110021, 0x11000011], // FPv4-SP
        fpb: { codeComparators: 6, literalComparators: 2 },
        dwtComparators: 4,
    },
};

;// CONCATENATED MODULE: ./src/sim/chips/stm32f407.ts
// STM32F407VG (DEV_ID 0x413, Cortex-M4F r0p1): 1 MiB of flash in sectors of
// 4 x 16 KiB, 64 KiB and 7 x 128 KiB, 512 bytes of OTP, 128 KiB of SRAM.


const stm32f407_KIB = 1024;
const STM32F407VG = {
    chip: 'stm32f407',
    part: 'STM32F407VG',
    openocd: { targetConfig: 'target/stm32f4x.cfg' },
    ...CORTEX_M4F_R0P1.debugPort,
    boundaryScanTapId: 0x06413041,
    core: { ...CORTEX_M4F_R0P1.core, irqCount: 82, resetClockHz: 16_000_000 }, // HSI
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

;// CONCATENATED MODULE: ./src/sim/chips/stm32g431.ts
// STM32G431KB (DEV_ID 0x468, category 2, Cortex-M4F r0p1): one bank of
// 128 KiB in 2 KiB pages, 1 KiB of OTP, 32 KiB of SRAM (SRAM1, SRAM2 and the
// CCM SRAM alias behind them, one contiguous block at 0x20000000).


const stm32g431_KIB = 1024;
const STM32G431KB = {
    chip: 'stm32g431',
    part: 'STM32G431KB',
    openocd: { targetConfig: 'target/stm32g4x.cfg' },
    ...CORTEX_M4F_R0P1.debugPort,
    boundaryScanTapId: 0x06468041,
    core: { ...CORTEX_M4F_R0P1.core, irqCount: 102, resetClockHz: 16_000_000 }, // HSI16
    dbgmcu: { base: 0xe0042000, idcode: 0x20016468 }, // REV_ID 0x2001: "Rev Z"
    flash: { base: 0x08000000, sectorSizes: uniformSectors(64, 2 * stm32g431_KIB) },
    flashController: {
        kind: 'stm32g4-flash',
        registerBase: 0x40022000,
        optionBytesBase: 0x1fff7800,
        otp: { base: 0x1fff7000, size: stm32g431_KIB },
        wrpPageBits: 6,
        factoryOptr: 0xffeff8aa,
    },
    ram: [{ base: 0x20000000, size: 32 * stm32g431_KIB }],
    rom: [
        { base: 0x1fff0000, size: 0x7000 }, // system memory
        { base: 0x1fff7500, size: 0x100 }, // package, unique ID and F_SIZE
    ],
    deviceInfo: {
        flashSize: 0x1fff75e0,
        uniqueId: 0x1fff7590,
        uniqueIdValue: [0x31, 0x53, 0x75, 0x97, 0xb9, 0xdb, 0xfd, 0x1f, 0x03, 0x05, 0x07, 0x09],
    },
    peripherals: { base: 0x40000000, size: 0x30000 },
};

;// CONCATENATED MODULE: ./src/sim/chips/stm32h7a3.ts
// STM32H7A3xI (DEV_ID 0x480, Cortex-M7 r1p2 with the double-precision FPU,
// RM0455): 2 MiB of flash in two banks of 128 x 8 KiB sectors, a 128-bit
// flash word, one write-protection bit per 4 sectors; the core's AHB-AP is
// AP0 and the APB-AP of the debug and trace units (DBGMCU at 0xE00E1000) AP2,
// as target/stm32h7x.cfg expects.

const stm32h7a3_KIB = 1024;
const STM32H7A3XI = {
    chip: 'stm32h7a3',
    part: 'STM32H7A3xI',
    // Without DUAL_BANK the stock config declares bank 1 only: the second
    // megabyte, at 0x08100000, would have no flash bank in OpenOCD.
    openocd: { targetConfig: 'target/stm32h7x.cfg', variables: { DUAL_BANK: '1' } },
    cpuTapId: 0x6ba00477,
    swdDpidr: 0x6ba02477,
    boundaryScanTapId: 0x06480041,
    ahbApIdr: 0x84770001,
    systemDebugAp: { apsel: 2, idr: 0x54770002, dbgmcuBase: 0xe00e1000 },
    core: {
        cpuid: 0x411fc272,
        mvfr: [0x10110221, 0x12000011], // FPv5-DP
        fpb: { codeComparators: 8, literalComparators: 0 },
        dwtComparators: 4,
        irqCount: 150,
        resetClockHz: 64_000_000, // HSI
    },
    // REV_ID 0x1000: "Rev: A"; the freeze registers reach 0x54.
    dbgmcu: { base: 0x5c001000, idcode: 0x10003480, size: 0x58 },
    flash: { base: 0x08000000, sectorSizes: uniformSectors(256, 8 * stm32h7a3_KIB) },
    flashController: {
        kind: 'stm32h7-flash',
        registerBase: 0x52002000,
        flashWordBytes: 16,
        sectorsPerBank: 128,
        sectorsPerProtectionGroup: 4,
        factoryOptions: 0x0003aaf0, // RDP level 0 (0xAA), watchdogs in software
    },
    ram: [
        { base: 0x20000000, size: 128 * stm32h7a3_KIB }, // DTCM: OpenOCD's work area
        { base: 0x24000000, size: 1024 * stm32h7a3_KIB }, // AXI SRAM
        { base: 0x30000000, size: 128 * stm32h7a3_KIB }, // AHB SRAM
        { base: 0x38000000, size: 32 * stm32h7a3_KIB }, // SRD SRAM
    ],
    rom: [
        { base: 0x1ff00000, size: 0x20000 }, // system memory
        { base: 0x08fff800, size: 0x10 }, // unique ID and FLASH_SIZE
    ],
    deviceInfo: {
        flashSize: 0x08fff80c,
        uniqueId: 0x08fff800,
        uniqueIdValue: [0x31, 0x53, 0x75, 0x97, 0xb9, 0xdb, 0xfd, 0x1f, 0x03, 0x05, 0x07, 0x09],
    },
    // Up to the DBGMCU at 0x5C001000, which is mapped on its own.
    peripherals: { base: 0x40000000, size: 0x1c000000 },
};

;// CONCATENATED MODULE: ./src/sim/chips/index.ts
// The parts the virtual target can be, looked up by chip name and flash size.






/** For each chip, its parts; the first is the default. */
const PARTS = {
    stm32f103: [STM32F103C8, STM32F103CB],
    stm32f407: [STM32F407VG],
    stm32g431: [STM32G431KB],
    stm32h7a3: [STM32H7A3XI],
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

const SIM_TRANSPORTS = ['jtag', 'swd'];
function openocdConfigFor(description, address, transport = 'jtag') {
    // Port 0 tells OpenOCD 0.12 that the host is a unix socket path.
    const [port, host] = 'socket' in address ? [0, address.socket] : [address.port, address.host];
    return [
        { command: 'adapter driver remote_bitbang' },
        { command: `remote_bitbang port ${port}` },
        { command: `remote_bitbang host ${(0,tcl/* tclWord */.mS)(host)}` },
        { command: `transport select ${transport}` },
        ...Object.entries(description.openocd.variables ?? {}).map(([name, value]) => ({
            command: `set ${name} ${(0,tcl/* tclWord */.mS)(value)}`,
        })),
        // The stock target config, as a user passes it: its work area and
        // reset events included.
        { file: description.openocd.targetConfig },
    ];
}
/** The config as OpenOCD command-line arguments (-c / -f), in order. */
function openocdArgs(config) {
    return config.flatMap((item) => ('file' in item ? ['-f', item.file] : ['-c', item.command]));
}

;// CONCATENATED MODULE: ./src/sim/remote-bitbang.ts
// OpenOCD's remote_bitbang protocol, one byte per action:
//   '0'-'7'  set TCK/TMS/TDI (4*TCK + 2*TMS + TDI); state changes on TCK's rising edge
//   'R'      sample TDO: answer '0' or '1'
//   'r'-'u'  reset lines, 'r' + 2*TRST + SRST (1 = asserted)
//   'B'/'b'  LED on/off (ignored)
//   'Q'      quit
// and, since upstream 0f70c6c32 (after 0.12.0), SWD on the same pins:
//   'O'/'o'  the adapter drives SWDIO / releases it
//   'c'      sample SWDIO: answer '0' or '1'
//   'd'-'g'  set SWCLK/SWDIO ('d' + 2*SWCLK + SWDIO)
//   'Z'/'z'  sleep 1 ms / 1 us (ignored: the simulator keeps no wall-clock time)
// Any other byte is a protocol the target does not speak: the decoder stops,
// names it, and the server closes the connection, because an adapter that
// waits for an answer would otherwise wait forever.
// OpenOCD blocks for the answers at the end of every scan (and for each 'c'),
// so each received chunk is answered in one pass and one write.
const PIN_0 = 0x30; // '0'
const PIN_7 = 0x37; // '7'
const SAMPLE = 0x52; // 'R'
const RESET_NONE = 0x72; // 'r'
const RESET_BOTH = 0x75; // 'u'
const QUIT = 0x51; // 'Q'
const LED_ON = 0x42; // 'B'
const LED_OFF = 0x62; // 'b'
const DRIVE = 0x4f; // 'O'
const RELEASE = 0x6f; // 'o'
const SWDIO_SAMPLE = 0x63; // 'c'
const SWD_0 = 0x64; // 'd'
const SWD_3 = 0x67; // 'g'
const SLEEP_MS = 0x5a; // 'Z'
const SLEEP_US = 0x7a; // 'z'
const TCK = 4;
const SWCLK = 2;
const TRST = 2;
const SRST = 1;
const NO_REPLY = Buffer.alloc(0);
class RemoteBitbangDecoder {
    pins;
    tck = 0;
    srst = false;
    hostDrivesSwdio = true;
    /** Set once 'Q' (or an unknown byte) has been received; the rest of that chunk is ignored. */
    quit = false;
    /** Why the decoder stopped, when it was not 'Q'. */
    error;
    constructor(pins) {
        this.pins = pins;
    }
    /** Acts on one received chunk and returns the answers, one byte per 'R' or 'c'. */
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
            else if (c === SAMPLE || c === SWDIO_SAMPLE) {
                if (count === 0)
                    replies = Buffer.allocUnsafe(chunk.length - i);
                replies[count++] = PIN_0 + (c === SAMPLE ? pins.tdo() : pins.swdio());
            }
            else if (c >= SWD_0 && c <= SWD_3) {
                const level = (c - SWD_0) & SWCLK ? TCK : 0;
                if (level !== 0 && tck === 0) {
                    const drives = this.hostDrivesSwdio;
                    pins.swdClock(drives ? (c - SWD_0) & 1 : pins.swdio(), drives);
                }
                tck = level;
            }
            else if (c === DRIVE || c === RELEASE) {
                this.hostDrivesSwdio = c === DRIVE;
            }
            else if (c >= RESET_NONE && c <= RESET_BOTH) {
                this.setResetLines(c - RESET_NONE);
            }
            else if (c === QUIT) {
                this.quit = true;
                break;
            }
            else if (c !== LED_ON && c !== LED_OFF && c !== SLEEP_MS && c !== SLEEP_US) {
                this.error = `remote_bitbang: unknown command byte ${describeByte(c)}; this virtual target speaks the letters of OpenOCD 0.12 and later (JTAG and SWD), closing the connection`;
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
function describeByte(c) {
    const hex = `0x${c.toString(16).padStart(2, '0')}`;
    return c >= 0x21 && c <= 0x7e ? `'${String.fromCharCode(c)}' (${hex})` : hex;
}

;// CONCATENATED MODULE: ./src/sim/run-loop.ts
// When the core runs. OpenOCD blocks on a socket round trip for every JTAG
// scan, so the core must run between the adapter's messages without delaying
// their answers: a short slice right after each answered message (a flash
// loader polling its FIFO keeps up with the data OpenOCD sends), a long one
// when the message polled DHCSR (OpenOCD waits for the core: the end of an
// algorithm, a breakpoint), and slices on an event-loop tick that grow the
// longer the adapter has been quiet (while OpenOCD sleeps between polls). A halted or locked-up core costs nothing; a
// sleeping one wakes on a slow timer to let SysTick count. When the adapter
// is not busy with the core (only OpenOCD's background poll, every 100 ms, or
// nothing), a running core is throttled to a tenth of a CPU, so firmware
// spinning in a test does not take a whole CPU of a busy machine.

/** Instructions after each answered message: several FIFO words' worth of loader work. */
const PER_MESSAGE = 192;
/** How long the core runs when the debugger is waiting for it to halt. */
const AWAITED_SLICE_MS = 1;
/** Instructions between clock reads inside a slice. */
const BATCH = 128;
const MIN_SLICE_MS = 0.05;
const MAX_SLICE_MS = 2;
/** No message for this long: the adapter is not waiting on the core (OpenOCD's flash loops pause 2 ms). */
const QUIET_MS = 5;
const THROTTLE_PAUSE_MS = 18;
const SLEEP_TICK_MS = 10;
class RunLoop {
    core;
    clockHz;
    pending;
    lastMessage = external_node_perf_hooks_.performance.now();
    stopped = false;
    constructor(core, 
    /** The core clock while sleeping, to turn wall time into SysTick cycles. */
    clockHz) {
        this.core = core;
        this.clockHz = clockHz;
    }
    /** The adapter's message was answered. */
    afterMessage() {
        this.lastMessage = external_node_perf_hooks_.performance.now();
        if (this.core.state === 'running') {
            if (this.core.takeStatusPoll())
                this.runFor(AWAITED_SLICE_MS);
            else
                this.core.run(PER_MESSAGE);
        }
        this.schedule();
    }
    /** The core may have started running (resume, reset). */
    wake() {
        this.schedule();
    }
    stop() {
        this.stopped = true;
        this.cancel();
    }
    schedule() {
        if (this.pending || this.stopped)
            return;
        const state = this.core.state;
        if (state === 'running') {
            const quiet = external_node_perf_hooks_.performance.now() - this.lastMessage > QUIET_MS;
            this.pending = quiet
                ? setTimeout(() => this.tick(), THROTTLE_PAUSE_MS)
                : setImmediate(() => this.tick());
        }
        else if (state === 'sleeping') {
            this.pending = setTimeout(() => this.tick(), SLEEP_TICK_MS);
        }
        this.pending?.unref();
    }
    tick() {
        this.pending = undefined;
        const state = this.core.state;
        if (state === 'running')
            this.slice();
        else if (state === 'sleeping')
            this.core.idle(Math.round((this.clockHz * SLEEP_TICK_MS) / 1000));
        this.schedule();
    }
    // The longer the adapter has been quiet, the longer the slice.
    slice() {
        const quiet = external_node_perf_hooks_.performance.now() - this.lastMessage;
        this.runFor(Math.min(MAX_SLICE_MS, Math.max(MIN_SLICE_MS, quiet / 2)));
    }
    runFor(ms) {
        const start = external_node_perf_hooks_.performance.now();
        while (this.core.state === 'running') {
            this.core.run(BATCH);
            if (external_node_perf_hooks_.performance.now() - start >= ms)
                break;
        }
    }
    cancel() {
        if (this.pending === undefined)
            return;
        clearTimeout(this.pending);
        clearImmediate(this.pending);
        this.pending = undefined;
    }
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./src/sim/listen.ts
// Listening for the simulator's sockets: one-line errors, and a socket file
// left over from a killed simulator removed (one still answering is not).


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
    /** Closes OpenOCD's connection, if there is one: the probe lost power. */
    drop() {
        this.current?.destroy();
    }
    async close() {
        this.current?.destroy();
        await new Promise((resolve) => this.server.close(() => resolve()));
    }
    serve(socket, handler) {
        const decoder = handler.connected();
        if (!decoder) {
            socket.destroy();
            return;
        }
        this.current?.destroy();
        this.current = socket;
        if ('port' in this.address)
            socket.setNoDelay(true);
        socket.on('data', (chunk) => {
            const replies = decoder.decode(chunk);
            if (replies.length > 0)
                socket.write(replies);
            if (decoder.error !== undefined)
                handler.protocolError(decoder.error);
            if (decoder.quit)
                socket.end();
            handler.answered();
        });
        socket.on('error', () => socket.destroy()); // the peer vanished; 'close' follows
        socket.on('close', () => {
            if (this.current === socket)
                this.current = undefined;
            handler.disconnected();
        });
    }
}

// EXTERNAL MODULE: ./src/sim/state-file.ts
var state_file = __webpack_require__(1241);
;// CONCATENATED MODULE: ./src/sim/power-switch.ts
// The virtual board's power switch: a unix socket that takes the lines `off`
// and `on` and answers each once it is done (`power off`, `power on`), so that
// a power-cycle command can switch the board as uhubctl switches a hub port,
// and knows the board is off before it switches it on again.


async function listenPowerSwitch(path, onSwitch) {
    const server = (0,external_node_net_.createServer)((socket) => serve(socket, onSwitch));
    await removeStaleSocket(path);
    await listening(server, () => server.listen(path), path);
    return { close: () => new Promise((resolve) => server.close(() => resolve())) };
}
function serve(socket, onSwitch) {
    let pending = '';
    socket.setEncoding('utf8');
    socket.on('error', () => socket.destroy());
    socket.on('data', (text) => {
        const lines = (pending + text).split('\n');
        pending = lines.pop();
        for (const line of lines.map((l) => l.trim()).filter(Boolean)) {
            if (line === 'off' || line === 'on') {
                onSwitch(line);
                socket.write(`power ${line}\n`);
            }
            else
                socket.write(`error: '${line}' is not off or on\n`);
        }
    });
    socket.on('end', () => socket.end());
}

;// CONCATENATED MODULE: ./src/sim/virtual-target.ts
// A running virtual target: a simulated chip behind a remote_bitbang server,
// with its faults and its state file.















/** Throws an Error with a one-line message for bad options or an unusable state file. */
async function startVirtualTarget(options) {
    const description = describeChip(options.chip, options.flashSize);
    const transport = simTransport(options.transport ?? (process.env.OPENOCD_FLASH_SIM_TRANSPORT || undefined));
    const chip = buildChip(description, (options.faults ?? []).map(faults/* parseFault */.Gm), createCore);
    const { state } = options;
    if (state !== undefined)
        (0,state_file/* loadState */.C7)(state, description.part, chip.nonVolatile);
    const runLoop = new RunLoop(chip.core, description.core.resetClockHz);
    chip.core.onRun = () => runLoop.wake();
    chip.powerOnReset(); // the option bytes are loaded now, the firmware starts
    const save = () => {
        if (state !== undefined)
            (0,state_file/* saveState */.LZ)(state, description.part, chip.nonVolatile);
    };
    const { where, temporaryDirectory } = listenAddress(options);
    const pins = new ChipPins(chip);
    chip.faults.onDisconnect = () => pins.disconnect();
    let power = 'on';
    let server;
    let powerSwitch;
    try {
        server = await RemoteBitbangServer.listen(where, {
            connected: () => {
                if (power === 'off' || chip.faults.refusesConnection())
                    return undefined;
                pins.connect();
                return new RemoteBitbangDecoder(pins);
            },
            answered: () => runLoop.afterMessage(),
            protocolError: options.onProtocolError ??
                ((message) => process.stderr.write(`virtual ${description.part}: ${message}\n`)),
            // A failed save here would surface as an uncaught exception; close() retries and reports it.
            disconnected: () => {
                if (power === 'on')
                    chip.faults.recordDisconnect();
                try {
                    save();
                }
                catch {
                    /* reported by close() */
                }
            },
        });
        if (options.powerSwitch !== undefined)
            powerSwitch = await listenPowerSwitch(options.powerSwitch, (state) => {
                if (state === power)
                    return;
                power = state;
                if (state === 'off')
                    return server.drop();
                chip.faults.powerCycled();
                chip.powerOnReset();
            }).catch(async (error) => {
                await server.close();
                throw error;
            });
    }
    catch (error) {
        runLoop.stop();
        if (temporaryDirectory)
            (0,external_node_fs_.rmSync)(temporaryDirectory, { recursive: true, force: true });
        throw error;
    }
    let closing;
    return {
        chip: description.chip,
        part: description.part,
        flashSize: flashSizeOf(description),
        transport,
        endpoint: server.address,
        openocdConfig: () => openocdConfigFor(description, server.address, transport),
        close: () => (closing ??= Promise.all([server.close(), powerSwitch?.close()]).then(() => {
            runLoop.stop();
            if (temporaryDirectory)
                (0,external_node_fs_.rmSync)(temporaryDirectory, { recursive: true, force: true });
            save();
        })),
    };
}
function simTransport(transport) {
    if (transport === undefined)
        return 'jtag';
    const known = SIM_TRANSPORTS.find((t) => t === transport);
    if (!known)
        throw new Error(`transport '${transport}' is not one a virtual target offers: use ${SIM_TRANSPORTS.join(' or ')}`);
    return known;
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
    const temporaryDirectory = (0,owned_temp/* ownedTempDir */.l)('openocd-flash-sim-');
    return { where: { socket: (0,external_node_path_.join)(temporaryDirectory, 'target.sock') }, temporaryDirectory };
}

;// CONCATENATED MODULE: ./src/sim/index.ts
// The virtual target: a simulated STM32F103 or STM32F407 that the real
// OpenOCD drives over its remote_bitbang JTAG adapter.





/***/ }),

/***/ 1241:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C7: () => (/* binding */ loadState),
/* harmony export */   LZ: () => (/* binding */ saveState),
/* harmony export */   ci: () => (/* binding */ StateFileError)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
// The state file keeps a virtual board's non-volatile memories (flash,
// option bytes, OTP) across runs: one JSON header line naming the part and
// the regions, then the regions' raw bytes in that order.

const FORMAT = 'openocd-flash virtual target state';
const VERSION = 1;
/** A state file that exists but cannot be used: the user's input, not the lab's fault. */
class StateFileError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = 'StateFileError';
    }
}
/**
 * Loads `path` into `regions`. Returns false if the file does not exist;
 * throws a StateFileError with a one-line message if it cannot be used.
 */
function loadState(path, part, regions) {
    let data;
    try {
        data = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return false;
        throw new StateFileError(`cannot read state file ${path}: ${error.message}`, {
            cause: error,
        });
    }
    const newline = data.indexOf(0x0a);
    const header = newline < 0 ? undefined : parseHeader(data.subarray(0, newline).toString('utf8'));
    if (!header)
        throw new StateFileError(`${path} is not a virtual target state file`);
    if (header.part !== part) {
        throw new StateFileError(`state file ${path} holds a ${header.part}, not a ${part} (check --chip and --flash-size)`);
    }
    const expected = regions.map((r) => `${r.name}:${r.bytes.length}`).join(',');
    const found = header.regions.map((r) => `${r.name}:${r.size}`).join(',');
    const total = header.regions.reduce((sum, r) => sum + r.size, 0);
    if (expected !== found || data.length - newline - 1 !== total) {
        throw new StateFileError(`state file ${path} is damaged or from another version (regions ${found}, expected ${expected})`);
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
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(temporary, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), ...regions.map((r) => r.bytes)]));
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(temporary, path);
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


/***/ }),

/***/ 4436:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ ownedTempDir)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
// Temporary folders named after the process that owns them, so that one
// left by an owner that died without cleaning up (SIGKILL) is removed by the
// next process that makes one with the same prefix.



function ownedTempDir(prefix) {
    removeStale(prefix);
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_os__WEBPACK_IMPORTED_MODULE_1___default().tmpdir(), `${prefix}${process.pid}-`));
}
function removeStale(prefix) {
    const name = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\d+)-[\\w]{6}$`);
    let entries;
    try {
        entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(node_os__WEBPACK_IMPORTED_MODULE_1___default().tmpdir());
    }
    catch {
        return;
    }
    for (const entry of entries) {
        const pid = Number(name.exec(entry)?.[1]);
        if (pid && pid !== process.pid && isDead(pid))
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_os__WEBPACK_IMPORTED_MODULE_1___default().tmpdir(), entry), { recursive: true, force: true });
    }
}
// EPERM: alive, another user's; only ESRCH says the owner is gone.
function isDead(pid) {
    try {
        process.kill(pid, 0);
        return false;
    }
    catch (err) {
        return err.code === 'ESRCH';
    }
}


/***/ })

};
