export const id = 295;
export const ids = [295];
export const modules = {

/***/ 9074:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ lockHolder)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
// How a probe lock taken from the command line names its holder, for
// `openocd-flash boards` and for the jobs waiting behind it.

/** E.g. `openocd-flash run steps.yml (alice on lab-3)`. */
function lockHolder(command) {
    const user = process.env.USER ?? process.env.USERNAME ?? 'cli';
    return `openocd-flash ${command} (${user} on ${node_os__WEBPACK_IMPORTED_MODULE_0___default().hostname()})`;
}


/***/ }),

/***/ 5564:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ parseElf),
/* harmony export */   M: () => (/* binding */ elfSymbol)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1328);
// ELF reader for what flash programming needs: the loadable segments at their
// load (physical) addresses, as OpenOCD's own image loader picks them.

const PT_LOAD = 1;
function parseElf(buf) {
    if (buf.length < 52 || buf.readUInt32BE(0) !== 0x7f454c46)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ImageError */ .C('not an ELF file');
    const is64 = buf[4] === 2;
    const le = buf[5] === 1;
    if (buf[4] !== 1 && buf[4] !== 2)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ImageError */ .C('unknown ELF class');
    const u16 = (o) => (le ? buf.readUInt16LE(o) : buf.readUInt16BE(o));
    const u32 = (o) => (le ? buf.readUInt32LE(o) : buf.readUInt32BE(o));
    const u64 = (o) => Number(le ? buf.readBigUInt64LE(o) : buf.readBigUInt64BE(o));
    const word = is64 ? u64 : u32;
    const phoff = word(is64 ? 0x20 : 0x1c);
    const phentsize = u16(is64 ? 0x36 : 0x2a);
    const phnum = u16(is64 ? 0x38 : 0x2c);
    const headers = [];
    for (let i = 0; i < phnum; i++) {
        const p = phoff + i * phentsize;
        if (p + phentsize > buf.length)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ImageError */ .C('ELF program headers run past the end of the file');
        if (u32(p) !== PT_LOAD)
            continue;
        const h = is64
            ? { offset: u64(p + 8), vaddr: u64(p + 16), paddr: u64(p + 24), filesz: u64(p + 32) }
            : { offset: u32(p + 4), vaddr: u32(p + 8), paddr: u32(p + 12), filesz: u32(p + 16) };
        if (h.filesz > 0)
            headers.push(h);
    }
    // Like OpenOCD: when every load segment has physical address 0 there is no
    // load address information, and the virtual addresses are used instead.
    const usePaddr = headers.length <= 1 || headers.some((h) => h.paddr !== 0);
    return headers.map((h) => {
        if (h.offset + h.filesz > buf.length)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ImageError */ .C('an ELF segment runs past the end of the file');
        return {
            address: usePaddr ? h.paddr : h.vaddr,
            data: new Uint8Array(buf.subarray(h.offset, h.offset + h.filesz)),
        };
    });
}
const SHT_SYMTAB = 2;
/** The value (address) of a symbol in the ELF's symbol table, e.g. `_SEGGER_RTT`. */
function elfSymbol(buf, name) {
    if (buf.length < 52 || buf.readUInt32BE(0) !== 0x7f454c46 || buf[4] !== 1)
        return undefined;
    const le = buf[5] === 1;
    const u16 = (o) => (le ? buf.readUInt16LE(o) : buf.readUInt16BE(o));
    const u32 = (o) => (le ? buf.readUInt32LE(o) : buf.readUInt32BE(o));
    const shoff = u32(0x20);
    const shentsize = u16(0x2e);
    const shnum = u16(0x30);
    const section = (i) => {
        const h = shoff + i * shentsize;
        return { type: u32(h + 4), offset: u32(h + 16), size: u32(h + 20), link: u32(h + 24) };
    };
    if (shoff + shnum * shentsize > buf.length)
        return undefined;
    for (let i = 0; i < shnum; i++) {
        const symtab = section(i);
        if (symtab.type !== SHT_SYMTAB)
            continue;
        const strtab = section(symtab.link);
        for (let s = symtab.offset; s + 16 <= symtab.offset + symtab.size; s += 16) {
            const start = strtab.offset + u32(s);
            const end = buf.indexOf(0, start);
            if (end > start && buf.toString('latin1', start, end) === name)
                return u32(s + 4);
        }
    }
    return undefined;
}


/***/ }),

/***/ 1870:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C8: () => (/* reexport */ types/* ImageError */.C),
  Jm: () => (/* binding */ imageFormat),
  AM: () => (/* binding */ readImage)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/image/elf.ts
var elf = __webpack_require__(5564);
// EXTERNAL MODULE: ./src/image/types.ts
var types = __webpack_require__(1328);
;// CONCATENATED MODULE: ./src/image/ihex.ts
// Intel HEX reader: data (00), end (01), extended segment (02) and extended
// linear (04) address records; start addresses (03, 05) carry no data.

function parseIntelHex(text) {
    const segments = [];
    let upper = 0;
    let current;
    const flush = () => {
        if (current && current.bytes.length) {
            segments.push({ address: current.address, data: Uint8Array.from(current.bytes) });
        }
        current = undefined;
    };
    const lines = text.split(/\r?\n/);
    for (let n = 0; n < lines.length; n++) {
        const line = lines[n].trim();
        if (!line)
            continue;
        const where = `line ${n + 1}`;
        if (!/^:([0-9A-Fa-f]{2})+$/.test(line))
            throw new types/* ImageError */.C(`${where}: not an Intel HEX record`);
        const bytes = Buffer.from(line.slice(1), 'hex');
        const count = bytes[0];
        if (bytes.length !== count + 5)
            throw new types/* ImageError */.C(`${where}: record length does not match its byte count`);
        const sum = bytes.reduce((a, b) => a + b, 0) & 0xff;
        if (sum !== 0)
            throw new types/* ImageError */.C(`${where}: checksum error`);
        const offset = bytes.readUInt16BE(1);
        const type = bytes[3];
        const data = bytes.subarray(4, 4 + count);
        switch (type) {
            case 0x00: {
                const address = (upper + offset) >>> 0;
                if (!current || current.address + current.bytes.length !== address) {
                    flush();
                    current = { address, bytes: [] };
                }
                for (const b of data)
                    current.bytes.push(b);
                break;
            }
            case 0x01:
                flush();
                return segments;
            case 0x02:
                upper = data.readUInt16BE(0) << 4;
                break;
            case 0x04:
                upper = (data.readUInt16BE(0) << 16) >>> 0;
                break;
            case 0x03:
            case 0x05:
                break;
            default:
                throw new types/* ImageError */.C(`${where}: unknown record type ${type}`);
        }
    }
    throw new types/* ImageError */.C('no end-of-file record: the file is truncated');
}

// EXTERNAL MODULE: ./src/util/hash.ts
var hash = __webpack_require__(5138);
;// CONCATENATED MODULE: ./src/image/index.ts
// Reads a firmware image (.bin, .hex, .elf) into address-ordered segments, so
// that the plan knows what an image touches before anything is erased.







const BY_EXTENSION = {
    '.bin': 'bin',
    '.hex': 'ihex',
    '.ihex': 'ihex',
    '.elf': 'elf',
    '.axf': 'elf',
    '.out': 'elf',
};
/** The image format from an explicit choice or the file's extension. */
function imageFormat(file, format) {
    return format ?? BY_EXTENSION[external_node_path_default().extname(file).toLowerCase()];
}
async function readImage(file, options = {}) {
    const format = imageFormat(file, options.format);
    if (!format) {
        throw new types/* ImageError */.C(`cannot tell the image format of '${file}' from its extension: use .bin, .hex or .elf, or give the format`);
    }
    const buf = await (0,promises_.readFile)(file);
    let segments;
    if (format === 'bin') {
        if (options.address === undefined) {
            throw new types/* ImageError */.C(`'${file}' is a raw binary: it needs an address (e.g. 0x08000000)`);
        }
        segments = [{ address: options.address, data: new Uint8Array(buf) }];
    }
    else {
        segments = format === 'ihex' ? parseIntelHex(buf.toString('latin1')) : (0,elf/* parseElf */.$)(buf);
        // For .hex and .elf, an address moves the whole image, as OpenOCD's offset does.
        const offset = options.address ?? 0;
        segments = segments.map((s) => ({ address: s.address + offset, data: s.data }));
    }
    segments = mergeAdjacent(segments.filter((s) => s.data.length > 0));
    if (segments.length === 0)
        throw new types/* ImageError */.C(`'${file}' contains no data to program`);
    return { format, segments, file: (0,hash/* digest */.br)(buf) };
}
function mergeAdjacent(segments) {
    const sorted = [...segments].sort((a, b) => a.address - b.address);
    const out = [];
    for (const s of sorted) {
        const last = out.at(-1);
        if (last && last.address + last.data.length > s.address) {
            throw new types/* ImageError */.C(`image segments overlap at 0x${s.address.toString(16).padStart(8, '0')}`);
        }
        if (last && last.address + last.data.length === s.address) {
            const data = new Uint8Array(last.data.length + s.data.length);
            data.set(last.data);
            data.set(s.data, last.data.length);
            out[out.length - 1] = { address: last.address, data };
        }
        else
            out.push(s);
    }
    return out;
}


/***/ }),

/***/ 1328:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ ImageError)
/* harmony export */ });
/** A file that is not a valid image of its format. */
class ImageError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ImageError';
    }
}


/***/ }),

/***/ 6274:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S6: () => (/* binding */ buildHazards),
/* harmony export */   SY: () => (/* binding */ describeBuild),
/* harmony export */   cJ: () => (/* binding */ parseOpenOcdBanner),
/* harmony export */   oE: () => (/* binding */ describeBanner)
/* harmony export */ });
/* unused harmony export HAZARDS */
// Which OpenOCD build a binary is, read from its banner (`openocd --version`
// or the `version` command), and what is known to be wrong with it.
//
// Banners seen:
//   Open On-Chip Debugger 0.12.0                                        (Debian, release)
//   xPack Open On-Chip Debugger 0.12.0+dev-02228-ge5888bda3-dirty (2025-10-04-22:44)
//   Open On-Chip Debugger 0.12.0+dev-02228-ge5888bda3 (2026-12-01-20:22)   (scripts/build-openocd.sh)
// The `+dev-N-gHASH` suffix is `git describe` of the build's source tree: N
// counts from the nearest annotated tag (v0.11.0 here, 2228 commits; v0.12.0
// is 1224 back), so only the hash names the source.
const BANNER = /^(?:(\S+) )?Open On-Chip Debugger (\d+\.\d+\.\d+)(\+dev)?(?:-(\d+)-g([0-9a-f]{7,40}))?(-dirty)?(?: \((\d{4}-\d{2}-\d{2})[^)]*\))?/;
function parseOpenOcdBanner(text) {
    const banner = text
        .split('\n')
        .find((l) => l.trim() !== '')
        ?.trim() ?? '';
    const m = BANNER.exec(banner);
    if (!m)
        return undefined;
    const [, distributor, version, dev, count, commit, dirty, builtOn] = m;
    const build = { banner, version, dirty: dirty !== undefined };
    if (distributor !== undefined)
        build.distributor = distributor;
    if (dev !== undefined && commit !== undefined) {
        build.commit = commit;
        build.devCommits = Number(count);
    }
    else if (dev !== undefined) {
        build.devCommits = 0; // `+dev` without describe: some unknown commit after the release
    }
    if (builtOn !== undefined)
        build.builtOn = builtOn;
    return build;
}
/** One line: `0.12.0 release` or `0.12.0+dev at upstream e5888bda3 (xPack, local changes)`. */
function describeBuild(build) {
    const source = knownCommit(build)?.source;
    const notes = [
        build.distributor,
        source && `as in ${source}`,
        build.dirty ? 'local changes' : undefined,
    ].filter(Boolean);
    const extra = notes.length ? ` (${notes.join(', ')})` : '';
    if (build.devCommits === undefined)
        return `${build.version} release${extra}`;
    const at = build.commit ? ` at upstream ${build.commit}` : ' at an unknown commit';
    return `${build.version}+dev${at}${extra}`;
}
/** describeBuild of a banner, or undefined when it is not OpenOCD's. */
function describeBanner(text) {
    const build = parseOpenOcdBanner(text);
    return build && describeBuild(build);
}
const HAZARDS = [
    {
        id: 'stm32u5-permanent-wrp',
        targets: /stm32u5/i,
        summary: "'flash protect' on STM32U5 writes WRPxyR with UNLOCK=0, which makes the write protection permanent (no way to unprotect)",
        fixedBy: { commit: 'cbc32c383', date: '2025-07-06' },
    },
];
// Development builds whose upstream commit we know, with the fixes of HAZARDS
// it contains (checked with `git merge-base --is-ancestor FIX COMMIT`).
// Extend when the action's default build changes.
const KNOWN_COMMITS = [
    { commit: 'e5888bda3', source: 'xPack 0.12.0-7', fixes: ['cbc32c383'] },
];
/** The hazards this build has, or may have when its source date cannot be told. */
function buildHazards(build) {
    const found = [];
    for (const hazard of HAZARDS) {
        const status = hazardStatus(build, hazard);
        if (status !== 'fixed')
            found.push({ hazard, status });
    }
    return found;
}
function hazardStatus(build, hazard) {
    // Every fix listed landed after 0.12.0; releases up to 0.12.x lack it.
    if (build.devCommits === undefined)
        return compareVersions(build.version, '0.12.0') <= 0 ? 'present' : 'fixed';
    const known = knownCommit(build);
    if (known)
        return known.fixes.includes(hazard.fixedBy.commit) ? 'fixed' : 'present';
    // A build made before the fix was committed cannot contain it.
    if (build.builtOn !== undefined && build.builtOn < hazard.fixedBy.date)
        return 'present';
    return 'unknown';
}
function knownCommit(build) {
    const commit = build.commit;
    if (commit === undefined)
        return undefined;
    return KNOWN_COMMITS.find((k) => k.commit.startsWith(commit) || commit.startsWith(k.commit));
}
function compareVersions(a, b) {
    const [x, y] = [a, b].map((v) => v.split('.').map(Number));
    for (let i = 0; i < 3; i++)
        if (x[i] !== y[i])
            return x[i] - y[i];
    return 0;
}


/***/ }),

/***/ 1070:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RB: () => (/* binding */ logTail),
/* harmony export */   YX: () => (/* binding */ transientCause),
/* harmony export */   px: () => (/* binding */ withoutHarmlessErrors),
/* harmony export */   xn: () => (/* binding */ startFailure),
/* harmony export */   yB: () => (/* binding */ lostTarget)
/* harmony export */ });
/* unused harmony export classifyLog */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2695);
// Turns OpenOCD's log into a named cause, so that "probe not found" and
// "target not responding" read as such instead of as a wall of log lines.

// Patterns cover OpenOCD 0.12.0 and upstream after it (checked against e5888bda3):
// messages moved between Warn/Error and gained "[target]" prefixes, not words.
const RULES = [
    {
        failure: 'transport-not-supported',
        // 0.12.0 logs it as an Error line; later builds return it as the command's result.
        pattern: /Debug adapter doesn't support '([^']+)' transport/,
        hint: 'the adapter does not offer that transport: remote_bitbang SWD needs an OpenOCD after 0.12.0 (use jtag with 0.12.0), and after 0.12.0 interface/stlink.cfg selects the st-link (dap-direct) driver, which takes swd or jtag, not hla_swd/hla_jtag (or use interface/stlink-hla.cfg)',
    },
    {
        failure: 'config-not-found',
        pattern: /Can't find (\S+)|couldn't open (\S+\.cfg)/,
        hint: 'a config file was not found: check the interface/target names and the script search dirs',
    },
    {
        failure: 'port-in-use',
        pattern: /couldn't bind \S+ to socket|Address already in use/,
        hint: 'a server port is already in use',
    },
    {
        failure: 'probe-not-found',
        pattern: /open failed|No (?:J-Link|CMSIS-DAP|ST-?Link)[^\n]*found|unable to find a matching CMSIS-DAP device|unable to open ftdi device|no device found|LIBUSB_ERROR_(?:ACCESS|NO_DEVICE|NOT_FOUND)|can't connect to \S+|Couldn't connect socket|remote_bitbang[^\n]*(?:connect|socket)|Error: couldn't open|adapter serial[^\n]*not found|Error on socket '[^']+'/i,
        hint: 'the debug probe was not found or could not be opened: is it plugged in, is the serial right, and may this user open it (udev rules)?',
    },
    {
        failure: 'target-not-responding',
        pattern: /examination failed|JTAG scan chain interrogation failed|Error connecting DP|Target not examined|init mode failed|Could not find MEM-AP|Invalid ACK|Wrong parity detected|IR capture error|target \S+ not halted|\[\S+\] (?:target )?not halted|timed out while waiting for target/i,
        hint: 'the probe answered but the target did not: check power, wiring, the transport and the target config',
    },
];
// OpenOCD's remote_bitbang (and any adapter without speed control)
// cannot change the adapter speed after init, so the stock stm32f4x.cfg
// reset-start and reset-init events, which run `adapter speed`, fail with
// these lines on every reset. OpenOCD goes on with the reset: they are no
// cause of anything, and must not be reported as one.
const SPEED_NOT_SUPPORTED = /Translation from khz to adapter speed not implemented/;
// 0.12.0: "Error executing event reset-start on target stm32f4x.cpu:";
// later builds: "Error: [stm32f4x.cpu] Execution of event reset-start failed:",
// with the target config's line in the traceback.
const EVENT_FAILED = /^(?:User : )?Error executing event reset-(?:start|init) on target |^(?:Error: )?\[\S+\] Execution of event reset-(?:start|init) failed:/;
const TCL_TRACEBACK = /^\S+:\d+: Error: *$|^in procedure '|^at file "/;
/** The log lines without the harmless speed error and the event failure it causes. */
function withoutHarmlessErrors(lines) {
    const kept = [];
    let afterSpeedError = false;
    let inTraceback = false;
    for (const line of lines) {
        if (SPEED_NOT_SUPPORTED.test(line)) {
            afterSpeedError = true;
            continue;
        }
        if (inTraceback && TCL_TRACEBACK.test(line))
            continue;
        inTraceback = afterSpeedError && EVENT_FAILED.test(line);
        afterSpeedError = false;
        if (!inTraceback)
            kept.push(line);
    }
    return kept;
}
function classifyLog(log, fallback = 'exited') {
    const meaningful = withoutHarmlessErrors(log.split('\n')).join('\n');
    for (const rule of RULES) {
        if (rule.pattern.test(meaningful))
            return { failure: rule.failure, hint: rule.hint };
    }
    return { failure: fallback, hint: 'see the OpenOCD log for details' };
}
/**
 * The log's last lines, for messages and reports. A config line OpenOCD
 * cannot run is echoed back in quotes (`secret.txt:1: Error: invalid command
 * name "…"`): a report must not carry the contents of a file the inventory
 * named, so quoted text in script errors is withheld (openocd.log keeps it).
 */
function logTail(log, lines = 15) {
    return log
        .trimEnd()
        .split('\n')
        .slice(-lines)
        .map((line) => (SCRIPT_ERROR.test(line) ? line.replace(QUOTED, '"…"') : line))
        .join('\n');
}
const SCRIPT_ERROR = /^\S+:\d+: Error: |invalid command name|no such variable/;
const QUOTED = /"[^"]*"/g;
/** A ProcessError that names the cause found in the log and quotes its tail. */
function startFailure(what, log, fallback = 'exited') {
    const { failure, hint } = classifyLog(log, fallback);
    const tail = logTail(log);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProcessError */ .yI(`${what}: ${hint}\n--- last lines of the OpenOCD log ---\n${tail}`, failure, tail);
}
/**
 * True when a failed command means OpenOCD, the probe or the target is gone
 * (OpenOCD killed, the connection lost, the target stopped answering), not
 * that the flash refused an operation: an infrastructure failure.
 */
function lostTarget(err) {
    // A step's own failure wraps the command's error as its cause.
    if (err instanceof Error && err.cause !== undefined && lostTarget(err.cause))
        return true;
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConnectionError */ .Rc || err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProcessError */ .yI)
        return true;
    if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OpenOcdError */ .fL))
        return false;
    const text = `${err.message}\n${err.response ?? ''}`;
    // A flash loader that did not finish in time ("timed out while waiting for
    // target halted", then "error waiting for target flash write algorithm") is
    // the flash failing while the target answers; DAP errors beside it still
    // mean the target was lost.
    const { failure } = classifyLog(FLASH_ALGORITHM_TIMEOUT.test(text) ? text.replace(LOADER_WAIT, '') : text);
    return failure === 'target-not-responding' || failure === 'probe-not-found';
}
/**
 * The class of a failure worth another attempt — the probe not found or busy,
 * the target not answering, the connection to OpenOCD lost — or undefined for
 * one that would fail the same way again (a missing config, a bad transport).
 * Only for failures before anything was changed: the engine retries nothing after.
 */
function transientCause(err) {
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProcessError */ .yI)
        return err.failure === 'probe-not-found' || err.failure === 'target-not-responding'
            ? err.failure
            : undefined;
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConnectionError */ .Rc)
        return 'connection-lost';
    if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OpenOcdError */ .fL))
        return undefined;
    const { failure } = classifyLog(`${err.message}\n${err.response ?? ''}`);
    return failure === 'probe-not-found' || failure === 'target-not-responding' ? failure : undefined;
}
const FLASH_ALGORITHM_TIMEOUT = /waiting for (?:target flash write )?algorithm/i;
const LOADER_WAIT = /timed out while waiting for target halted/gi;


/***/ }),

/***/ 6653:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xo: () => (/* binding */ compareBytes),
/* harmony export */   n0: () => (/* binding */ mergeResults)
/* harmony export */ });
/* unused harmony export MAX_RANGES */
const MAX_RANGES = 64;
const MAX_RANGE_BYTES = 64;
function compareBytes(expected, actual, address) {
    const length = expected.length;
    const ranges = [];
    let mismatchedBytes = 0;
    let rangeCount = 0;
    let i = 0;
    while (i < length) {
        if (i < actual.length && expected[i] === actual[i]) {
            i++;
            continue;
        }
        const start = i;
        while (i < length && !(i < actual.length && expected[i] === actual[i]))
            i++;
        mismatchedBytes += i - start;
        rangeCount++;
        if (ranges.length < MAX_RANGES) {
            const end = Math.min(i, start + MAX_RANGE_BYTES);
            ranges.push({
                address: address + start,
                length: i - start,
                expected: expected.slice(start, end),
                actual: actual.slice(start, Math.min(end, actual.length)),
            });
        }
    }
    return {
        match: mismatchedBytes === 0,
        address,
        length,
        mismatchedBytes,
        ranges,
        truncated: rangeCount > ranges.length,
    };
}
/** Merges results of several compared segments into one. */
function mergeResults(results) {
    const ranges = results.flatMap((r) => r.ranges);
    return {
        match: results.every((r) => r.match),
        address: results.length ? Math.min(...results.map((r) => r.address)) : 0,
        length: results.reduce((n, r) => n + r.length, 0),
        mismatchedBytes: results.reduce((n, r) => n + r.mismatchedBytes, 0),
        ranges: ranges.slice(0, MAX_RANGES),
        truncated: ranges.length > MAX_RANGES || results.some((r) => r.truncated),
    };
}


/***/ }),

/***/ 6838:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QN: () => (/* binding */ openOcdArgs),
/* harmony export */   XN: () => (/* binding */ boardConfig),
/* harmony export */   a_: () => (/* binding */ CONNECT_UNDER_RESET)
/* harmony export */ });
/* harmony import */ var _tcl_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2605);
// OpenOCD configuration as an ordered list of files and commands, turned into
// argv without a shell. Files become `script <word>` commands rather than `-f`
// because OpenOCD wraps -f arguments in braces unquoted, so a `}` in a file
// name would break out of them.

function openOcdArgs(config, options) {
    const { ports } = options;
    const args = [];
    if (options.debugLevel !== undefined)
        args.push('-d' + String(options.debugLevel));
    for (const dir of options.searchDirs ?? [])
        args.push('-s', dir);
    args.push('-c', 'bindto 127.0.0.1', '-c', serverPort('tcl', ports.tcl), '-c', serverPort('telnet', ports.telnet ?? 'disabled'), '-c', serverPort('gdb', ports.gdb ?? 'disabled'));
    for (const item of config) {
        args.push('-c', 'file' in item ? (0,_tcl_js__WEBPACK_IMPORTED_MODULE_0__/* .tclCommand */ .rX)('script', item.file) : item.command);
    }
    // init is sent over RPC, so its failure comes back as an answer we can
    // classify instead of a dead process.
    args.push('-c', 'noinit');
    return args;
}
/**
 * `tcl port N` where the binary has the `tcl` command group (upstream
 * 73b15194e, after 0.12.0, which keeps `tcl_port` only as a proc that prints
 * a DEPRECATED line), `tcl_port N` where it does not. Decided by OpenOCD's
 * own Tcl, so no version guessing; the values are numbers or `disabled`.
 */
function serverPort(server, value) {
    const port = String(value);
    return `if {[llength [info commands ${server}]]} {${server} port ${port}} else {${server}_port ${port}}`;
}
/**
 * Connect under reset: OpenOCD holds SRST while it examines the target, so
 * firmware that disables the debug pins or sleeps cannot run first. Needs
 * the probe's reset line wired to the target's NRST.
 */
const CONNECT_UNDER_RESET = 'reset_config srst_only srst_nogate connect_assert_srst';
/** The usual board description (interface, adapter, target) as config items. */
function boardConfig(board) {
    const items = board.interface.map((file) => ({ file }));
    if (board.serial !== undefined)
        items.push({ command: (0,_tcl_js__WEBPACK_IMPORTED_MODULE_0__/* .tclCommand */ .rX)('adapter serial', board.serial) });
    if (board.transport !== undefined)
        items.push({ command: (0,_tcl_js__WEBPACK_IMPORTED_MODULE_0__/* .tclCommand */ .rX)('transport select', board.transport) });
    if (board.speed !== undefined)
        items.push({ command: (0,_tcl_js__WEBPACK_IMPORTED_MODULE_0__/* .tclCommand */ .rX)('adapter speed', board.speed) });
    for (const file of board.target)
        items.push({ file });
    for (const file of board.config ?? [])
        items.push({ file });
    if (board.connectUnderReset)
        items.push({ command: CONNECT_UNDER_RESET });
    // Extra commands are the workflow author's own Tcl, passed through as written.
    for (const command of board.commands ?? [])
        items.push({ command });
    return items;
}


/***/ }),

/***/ 2695:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I0: () => (/* binding */ TargetError),
/* harmony export */   MU: () => (/* binding */ TimeoutError),
/* harmony export */   Qd: () => (/* binding */ CommandError),
/* harmony export */   Rc: () => (/* binding */ ConnectionError),
/* harmony export */   fL: () => (/* binding */ OpenOcdError),
/* harmony export */   rr: () => (/* binding */ FlashError),
/* harmony export */   yI: () => (/* binding */ ProcessError)
/* harmony export */ });
// Errors raised by the OpenOCD layer. Each carries the command that failed and
// OpenOCD's full response, so reports can quote OpenOCD's own words.
class OpenOcdError extends Error {
    command;
    response;
    /** The Tcl return code or OpenOCD error number, where there is one. */
    code;
    constructor(message, details = {}) {
        super(message, details.cause === undefined ? undefined : { cause: details.cause });
        this.name = new.target.name;
        this.command = details.command;
        this.response = details.response;
        this.code = details.code;
    }
}
/** A command OpenOCD rejected (non-zero Tcl return code). */
class CommandError extends OpenOcdError {
}
/** A flash operation failed: erase, program, protect, verify, bank lookup. */
class FlashError extends OpenOcdError {
}
/** The target did not do what was asked: halt, reset, memory access. */
class TargetError extends OpenOcdError {
}
/** The TCL RPC connection could not be made or was lost. */
class ConnectionError extends OpenOcdError {
}
/** A command did not answer within its time limit. */
class TimeoutError extends OpenOcdError {
}
/** The OpenOCD process failed to start or died. */
class ProcessError extends OpenOcdError {
    failure;
    /** The last lines of OpenOCD's log, quoted in the message too. */
    logTail;
    constructor(message, failure, logTail, details = {}) {
        super(message, details);
        this.failure = failure;
        this.logTail = logTail;
    }
}


/***/ }),

/***/ 8051:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N: () => (/* binding */ Session)
});

// UNUSED EXPORTS: readableLog

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/util/owned-temp.ts
var owned_temp = __webpack_require__(4436);
// EXTERNAL MODULE: ./src/openocd/classify.ts
var classify = __webpack_require__(1070);
// EXTERNAL MODULE: ./src/openocd/errors.ts
var errors = __webpack_require__(2695);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/image/index.ts + 1 modules
var src_image = __webpack_require__(1870);
;// CONCATENATED MODULE: ./src/openocd/chunks.ts
// Large reads and writes go to OpenOCD in chunks, one command each. OpenOCD
// reports no byte progress over its RPC, so the chunk boundaries are where
// progress is counted. A transfer is cut into about 16 chunks, of at most
// 64 KiB, which keeps the extra round trips to a few percent of one big
// command (measured by `npm run bench`) while a slow probe still shows
// movement every second or so. The smallest chunk differs by direction: a
// read chunk costs one round trip, so 16 KiB lets a 256 KiB read move in
// tenths; every write chunk starts the driver's flash loader again and
// drains its pipeline (0.5-1 % of a 256 KiB write each on the virtual F407),
// so writes go in 64 KiB chunks, a second or two each.
const CHUNK_BYTES = 64 * 1024;
const MIN_CHUNK_BYTES = { read: 16 * 1024, write: 64 * 1024 };
/** The chunk size for a transfer of `size` bytes. */
function chunkBytes(size, direction) {
    return Math.min(CHUNK_BYTES, Math.max(MIN_CHUNK_BYTES[direction], Math.ceil(size / 16)));
}
/** `[start, length]` of each chunk of `size` bytes from `start`. */
function* chunksOf(start, size, direction) {
    const chunk = chunkBytes(size, direction);
    for (let at = start; at < start + size; at += chunk)
        yield [at, Math.min(chunk, start + size - at)];
}

// EXTERNAL MODULE: ./src/openocd/compare.ts
var compare = __webpack_require__(6653);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
;// CONCATENATED MODULE: ./src/openocd/flash-status.ts
// The flash controller's own word for a failure: the error bits of its status
// register. OpenOCD's drivers clear those bits before they fail, and most say
// only "failed erasing sectors"; the value survives in what they log: at
// debug level, every status read of an erase; at error level, the status a
// flash loader returned, or (stm32f1x) a sentence per bit.

// The F1, F2/F4 and L4/G4 drivers log each status read in their
// wait_status_busy at debug level.
const statusRead = (file) => new RegExp(`${file}\\.c:\\d+ \\w+_wait_status_busy\\(\\): status: 0x([0-9a-f]+)`, 'u');
const DRIVERS = {
    // RM0008 §3.4.2 FLASH_SR; a failed write says which bit its wait_status_busy saw.
    stm32f1x: {
        lines: [statusRead('stm32f1x')],
        sentences: [
            [/stm32x device programming failed \/ flash not erased/u, 2],
            [/stm32x device protected/u, 4],
        ],
        errors: [
            [2, 'PGERR', 'programming error'],
            [4, 'WRPRTERR', 'write protection error'],
        ],
    },
    // RM0090 §3.9.5 FLASH_SR; the loader's failure: "flash write failed = 0x00000010".
    stm32f2x: {
        lines: [statusRead('stm32f2x'), /flash write failed = 0x([0-9a-f]{8})/u],
        errors: [
            [1, 'OPERR', 'operation error'],
            [4, 'WRPERR', 'write protection error'],
            [5, 'PGAERR', 'programming alignment error'],
            [6, 'PGPERR', 'programming parallelism error'],
            [7, 'PGSERR', 'programming sequence error'],
        ],
    },
    // RM0440 §3.7.4 FLASH_SR; the loader's failure: "flash write failed = 00000008".
    stm32l4x: {
        lines: [statusRead('stm32l4x'), /flash write failed = ([0-9a-f]{8})/u],
        errors: [
            [1, 'OPERR', 'operation error'],
            [3, 'PROGERR', 'programming error'],
            [4, 'WRPERR', 'write protection error'],
            [5, 'PGAERR', 'programming alignment error'],
            [6, 'SIZERR', 'size error'],
            [7, 'PGSERR', 'programming sequence error'],
            [8, 'MISERR', 'fast programming data miss error'],
            [9, 'FASTERR', 'fast programming error'],
            [14, 'RDERR', 'PCROP read error'],
            [15, 'OPTVERR', 'option validity error'],
        ],
    },
    // RM0455 §4.9.5 FLASH_SR1/SR2: the driver polls them without logging the
    // value, but the target layer logs each read; the loader's failure:
    // "flash write failed, FLASH_SR = 0x00410000".
    stm32h7x: {
        lines: [
            /target_read_u32\(\): address: 0x52002[01]10, value: 0x([0-9a-f]+)/u,
            /flash write failed, FLASH_SR = 0x([0-9a-f]+)/u,
        ],
        errors: [
            [17, 'WRPERR', 'write protection error'],
            [18, 'PGSERR', 'programming sequence error'],
            [19, 'STRBERR', 'strobe error'],
            [21, 'INCERR', 'inconsistency error'],
            [22, 'OPERR', 'operation error'],
            [23, 'RDPERR', 'read protection error'],
            [24, 'RDSERR', 'secure protection error'],
            [25, 'SNECCERR', 'single ECC error'],
            [26, 'DBECCERR', 'double ECC error'],
        ],
    },
};
/** Whether the status register of `driver`'s controller can be read from its log. */
function knowsControllerStatus(driver) {
    return Object.hasOwn(DRIVERS, driver);
}
/**
 * The last status with an error bit among `lines`, named: `flash controller
 * status 0x00000002: OPERR (operation error)`, or without the value where the
 * driver logged only a sentence for the bit; undefined when none shows one.
 */
function controllerStatus(driver, lines) {
    if (!knowsControllerStatus(driver))
        return undefined;
    const { lines: patterns, sentences = [], errors } = DRIVERS[driver];
    const named = (value) => errors
        .filter(([bit]) => (value >>> bit) & 1)
        .map(([, name, what]) => `${name} (${what})`)
        .join(', ');
    const latest = [...lines].reverse();
    for (const line of latest) {
        const match = patterns.map((p) => p.exec(line)).find((m) => m !== null);
        const value = match ? parseInt(match[1], 16) : 0;
        if (named(value))
            return `flash controller status ${(0,format/* hex32 */.Fd)(value)}: ${named(value)}`;
    }
    // Only where no line shows the register's value.
    for (const line of latest) {
        const sentence = sentences.find(([pattern]) => pattern.test(line));
        if (sentence)
            return `flash controller status: ${named(1 << sentence[1])}`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/openocd/tcl-list.ts
// Parses a Tcl list (as OpenOCD returns from `flash list` or `read_memory`)
// into its string elements: braces group, double quotes group, backslashes escape.
function parseTclList(text) {
    const out = [];
    let i = 0;
    const n = text.length;
    const isSpace = (c) => c === ' ' || c === '\t' || c === '\n' || c === '\r';
    while (i < n) {
        while (i < n && isSpace(text[i]))
            i++;
        if (i >= n)
            break;
        if (text[i] === '{') {
            let depth = 1;
            const start = ++i;
            while (i < n && depth > 0) {
                if (text[i] === '\\')
                    i++;
                else if (text[i] === '{')
                    depth++;
                else if (text[i] === '}')
                    depth--;
                i++;
            }
            if (depth !== 0)
                throw new Error(`unbalanced braces in Tcl list: ${text.slice(0, 80)}`);
            out.push(text.slice(start, i - 1));
        }
        else {
            const quoted = text[i] === '"';
            if (quoted)
                i++;
            let word = '';
            while (i < n && (quoted ? text[i] !== '"' : !isSpace(text[i]))) {
                if (text[i] === '\\' && i + 1 < n) {
                    i++;
                    word += text[i] === 'n' ? '\n' : text[i] === 't' ? '\t' : text[i];
                }
                else
                    word += text[i];
                i++;
            }
            if (quoted)
                i++;
            out.push(word);
        }
    }
    return out;
}
/** A Tcl dict (a list of alternating keys and values) as a plain object. */
function parseTclDict(text) {
    const items = parseTclList(text);
    const dict = {};
    for (let k = 0; k + 1 < items.length; k += 2)
        dict[items[k]] = items[k + 1];
    return dict;
}

;// CONCATENATED MODULE: ./src/openocd/parse.ts
// Parsers for the text OpenOCD prints, tested against real OpenOCD output
// (see test/fixtures/ and the traces the simulator was checked with).

/** `flash list`: a Tcl list of dicts, one per bank, in bank-number order. */
function parseFlashList(text) {
    return parseTclList(text).map((entry, index) => {
        const d = parseTclDict(entry);
        return {
            index,
            name: d.name ?? '',
            driver: d.driver ?? '',
            base: Number(d.base ?? 0),
            size: Number(d.size ?? 0),
            busWidth: Number(d.bus_width ?? 0),
            chipWidth: Number(d.chip_width ?? 0),
            target: d.target ?? '',
            sectors: [],
            protectionBlocks: [],
        };
    });
}
const HEADER = /^#(\d+)\s*:\s*(\S+) at (0x[0-9a-f]+), size (0x[0-9a-f]+)/i;
const BLOCK = /^\s*#\s*(\d+):\s*(0x[0-9a-f]+)\s*\((0x[0-9a-f]+)[^)]*\)\s*(.*)$/i;
/** `flash info N [sectors]`: header, one line per sector or block, description. */
function parseFlashInfo(text) {
    const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
    const headerAt = lines.findIndex((l) => HEADER.test(l));
    if (headerAt < 0)
        throw new Error(`unexpected 'flash info' output: ${text.slice(0, 200)}`);
    const h = HEADER.exec(lines[headerAt]);
    const info = {
        index: Number(h[1]),
        driver: h[2],
        base: Number(h[3]),
        size: Number(h[4]),
        blocks: [],
    };
    const rest = [];
    for (const line of lines.slice(headerAt + 1)) {
        const m = BLOCK.exec(line);
        if (!m) {
            if (line.trim())
                rest.push(line.trim());
            continue;
        }
        const state = m[4].trim();
        info.blocks.push({
            index: Number(m[1]),
            offset: Number(m[2]),
            size: Number(m[3]),
            protected: state === 'protected',
            protectionKnown: state === 'protected' || state === 'not protected',
        });
    }
    if (rest.length)
        info.description = rest.join('\n');
    return info;
}
/**
 * Protection of each sector: its own where OpenOCD knows it, otherwise that
 * of the protection block that contains it.
 */
function sectorsWithProtection(sectors, blocks) {
    return sectors.map(({ protectionKnown, ...s }) => {
        if (protectionKnown)
            return s;
        const block = blocks.find((b) => s.offset >= b.offset && s.offset < b.offset + b.size);
        return { ...s, protected: block?.protected ?? false };
    });
}
/** `read_memory`: a Tcl list of numbers. */
function parseNumberList(text) {
    return parseTclList(text).map((w) => BigInt(w));
}
const STATES = ['running', 'halted', 'reset', 'debug-running', 'unknown'];
function parseTargetState(text) {
    const s = text.trim();
    return STATES.includes(s) ? s : 'unknown';
}

// EXTERNAL MODULE: ./src/openocd/tcl.ts
var openocd_tcl = __webpack_require__(2605);
;// CONCATENATED MODULE: ./src/openocd/flash.ts
// session.flash: OpenOCD's flash command family, typed.









const OPENOCD_TYPE = { bin: 'bin', ihex: 'ihex', elf: 'elf' };
/** A verification mismatch; `result` pins every differing range. */
/**
 * Drivers of chips whose `flash protect` stores option bytes that load only
 * at OBL_LAUNCH or power-on (STM32L4/G4, RM0440 §3.4.2): the command that
 * launches the load.
 */
const OPTION_BYTE_LOAD = { stm32l4x: 'stm32l4x option_load' };
class VerifyMismatchError extends errors/* FlashError */.rr {
    result;
    constructor(message, result) {
        super(message);
        this.result = result;
    }
}
class Flash {
    session;
    tmp;
    tmpCount = 0;
    constructor(session, tmp) {
        this.session = session;
        this.tmp = tmp;
    }
    /** All configured banks, without sectors. Probes banks whose size is not known yet. */
    async banks() {
        let banks = parseFlashList(await this.run('flash list'));
        const unprobed = banks.filter((b) => b.size === 0);
        for (const b of unprobed) {
            await this.run((0,openocd_tcl/* tclCommand */.rX)('flash probe', b.index)).catch(() => undefined);
        }
        if (unprobed.length)
            banks = parseFlashList(await this.run('flash list'));
        return banks;
    }
    /** One bank with its sectors and protection blocks. */
    async info(bank) {
        const banks = await this.banks();
        const entry = banks[bank];
        if (!entry) {
            throw new errors/* FlashError */.rr(`there is no flash bank ${bank}: ${banks.length} bank(s) configured (${banks.map((b) => `${b.index}: ${b.name}`).join(', ') || 'none'})`);
        }
        return this.describe(entry);
    }
    /** Every bank; those with a size with their sectors and protection blocks. */
    async infoAll() {
        const banks = await this.banks();
        const described = [];
        for (const b of banks)
            described.push(b.size > 0 ? await this.describe(b) : b);
        return described;
    }
    /** A bank from `flash list` with its sectors and protection blocks. */
    async describe(entry) {
        const blocksInfo = parseFlashInfo(await this.run((0,openocd_tcl/* tclCommand */.rX)('flash info', entry.index)));
        const sectorInfo = parseFlashInfo(await this.run((0,openocd_tcl/* tclCommand */.rX)('flash info', entry.index, 'sectors')));
        const blocks = blocksInfo.blocks.map(({ protectionKnown: _, ...b }) => b);
        return {
            ...entry,
            base: sectorInfo.base,
            size: sectorInfo.size,
            sectors: sectorsWithProtection(sectorInfo.blocks, blocks),
            protectionBlocks: blocks,
            description: blocksInfo.description,
        };
    }
    /** Reads `size` bytes of a bank from `offset`, in chunks. */
    async read(bank, offset, size, onBytes) {
        const out = new Uint8Array(size);
        await this.readChunks(bank, offset, size, (at, bytes) => out.set(bytes, at - offset), onBytes);
        return out;
    }
    /**
     * Whether flash at `address` already holds `data`, by OpenOCD's
     * `verify_image_checksum`: a CRC computed on the target where there is a
     * work area (several times faster than reading the bytes back), else on
     * the host from a read.
     */
    async holds(address, data) {
        const file = this.tempFile('check');
        await (0,promises_.writeFile)(file, data);
        try {
            await this.run((0,openocd_tcl/* tclCommand */.rX)('verify_image_checksum', file, address, 'bin'), data.length);
            return true;
        }
        catch (err) {
            if (err instanceof errors/* FlashError */.rr &&
                CHECKSUM_MISMATCH.test(`${err.message}\n${err.response ?? ''}`))
                return false;
            throw err;
        }
        finally {
            await (0,promises_.rm)(file, { force: true });
        }
    }
    /** Dumps a bank (or part of it) to a file, in chunks. */
    async readToFile(bank, file, range, onBytes) {
        const { offset, size } = range ?? { offset: 0, size: await this.bankSize(bank) };
        const out = await (0,promises_.open)(external_node_path_default().resolve(file), 'w');
        try {
            await this.readChunks(bank, offset, size, async (at, bytes) => void (await out.write(bytes, 0, bytes.length, at - offset)), onBytes);
        }
        finally {
            await out.close();
        }
    }
    /** Programs `data` into a bank at `offset` (erased beforehand), in chunks. */
    async write(bank, offset, data, onBytes) {
        const file = this.tempFile('write');
        try {
            for (const [at, n] of chunksOf(0, data.length, 'write')) {
                const chunk = data.subarray(at, at + n);
                await (0,promises_.writeFile)(file, chunk);
                const command = (0,openocd_tcl/* tclCommand */.rX)('flash write_bank', bank, file, offset + at);
                await this.runNamingStatus(bank, command, chunk.length * 2);
                onBytes?.(chunk.length);
            }
        }
        finally {
            await (0,promises_.rm)(file, { force: true });
        }
    }
    /** Programs a .bin, .hex or .elf image, erasing and verifying by default. */
    async writeImage(file, options = {}) {
        const image = await this.loadImage(file, options);
        const bytes = image.segments.reduce((n, s) => n + s.data.length, 0);
        const args = [];
        if (options.erase !== false)
            args.push('erase');
        args.push(external_node_path_default().resolve(file));
        if (image.format === 'bin')
            args.push(options.address);
        else
            args.push(options.address ?? 0);
        args.push(OPENOCD_TYPE[image.format]);
        await this.run((0,openocd_tcl/* tclCommand */.rX)('flash write_image', ...args), bytes * 2, options.timeoutMs);
        if (options.verify === false)
            return undefined;
        const result = await this.verifyImage(file, options);
        if (!result.match)
            throw mismatchError(file, result);
        return result;
    }
    /** Compares an image with what the target holds. Read-only. */
    async verifyImage(file, options = {}) {
        const image = await this.loadImage(file, options);
        return this.verifySegments(image.segments);
    }
    /** Compares already parsed image segments with what the target holds. Read-only. */
    async verifySegments(segments, onBytes) {
        const results = [];
        for (const s of segments) {
            results.push(await this.compare(s.address, s.data));
            onBytes?.(s.data.length);
        }
        return (0,compare/* mergeResults */.n0)(results);
    }
    /**
     * Compares memory at `address` with `data`. An on-target checksum proves a
     * match without reading the bytes back; only a mismatch is read, to pin
     * the bytes that differ.
     */
    async compare(address, data) {
        if (await this.holds(address, data))
            return (0,compare/* compareBytes */.Xo)(data, data, address);
        return (0,compare/* compareBytes */.Xo)(data, await this.readMemory(address, data.length), address);
    }
    /** Compares a bank, from `offset`, with a reference file (a golden image). Read-only. */
    async verify(bank, file, offset = 0, onBytes) {
        const expected = new Uint8Array(await this.readReference(file));
        return this.verifyBytes(bank, offset, expected, onBytes, `'${file}'`);
    }
    /** Compares a bank from `offset` with `expected` (e.g. a file read earlier), byte for byte. */
    async verifyBytes(bank, offset, expected, onBytes, what = 'the reference') {
        const banks = await this.banks();
        const b = banks[bank];
        if (!b)
            throw new errors/* FlashError */.rr(`there is no flash bank ${bank}`);
        if (offset + expected.length > b.size) {
            throw new errors/* FlashError */.rr(`${what} is ${expected.length} bytes: from offset 0x${offset.toString(16)} it runs past the end of bank ${bank} (${b.size} bytes)`);
        }
        const actual = await this.read(bank, offset, expected.length, onBytes);
        return (0,compare/* compareBytes */.Xo)(expected, actual, b.base + offset);
    }
    async eraseSector(bank, first, last) {
        await this.eraseSectorsOf(await this.info(bank), first, last);
    }
    /**
     * Erases sectors of a bank as `info()` described it, without asking OpenOCD
     * again: for executors of a plan, which was made from that description.
     */
    async eraseSectorsOf(bank, first, last) {
        checkRange('sector', first, last, bank.sectors.length, bank.index);
        const bytes = bank.sectors.slice(first, last + 1).reduce((n, s) => n + s.size, 0);
        // Erase errors are in the driver's debug output only.
        const command = (0,openocd_tcl/* tclCommand */.rX)('flash erase_sector', bank.index, first, last);
        await this.runNamingStatus(bank.index, command, bytes / 16, bank.driver);
    }
    async eraseAll(bank) {
        const info = await this.info(bank);
        await this.eraseSectorsOf(info, 0, info.sectors.length - 1);
    }
    /**
     * Sets or clears write protection. `first` and `last` number protection
     * blocks, as OpenOCD's `flash protect` does (sectors on most chips).
     */
    async protect(bank, first, last, on) {
        const info = await this.info(bank);
        checkRange('protection block', first, last, info.protectionBlocks.length, bank);
        await this.run((0,openocd_tcl/* tclCommand */.rX)('flash protect', bank, first, last, on ? 'on' : 'off'));
    }
    /**
     * Puts stored option bytes (protection, readout protection) in force on
     * chips that load them only at an option-byte launch or power-on, not at a
     * system reset: the command it ran, or undefined when the bank's driver is
     * not one of those. The launch resets the chip.
     */
    async loadOptionBytes(bank) {
        const entry = (await this.banks())[bank];
        if (!entry)
            throw new errors/* FlashError */.rr(`there is no flash bank ${bank}`);
        const load = OPTION_BYTE_LOAD[entry.driver];
        if (load === undefined)
            return undefined;
        const command = (0,openocd_tcl/* tclCommand */.rX)(load, bank);
        await this.run(command);
        return command;
    }
    async loadImage(file, options) {
        await this.readReference(file, true);
        try {
            return await (0,src_image/* readImage */.AM)(file, options);
        }
        catch (err) {
            throw new errors/* FlashError */.rr(err.message, { cause: err });
        }
    }
    async readReference(file, statOnly = false) {
        try {
            if (statOnly) {
                if (!(await (0,promises_.stat)(file)).isFile())
                    throw new Error('not a regular file');
                return Buffer.alloc(0);
            }
            return await (0,promises_.readFile)(file);
        }
        catch (err) {
            throw new errors/* FlashError */.rr(`cannot read '${file}': ${err.message}`, { cause: err });
        }
    }
    /** Reads target memory through a file, which is much faster than read_memory for large ranges. */
    async readMemory(address, size) {
        const file = this.tempFile('dump');
        try {
            await this.session.target.dumpToFile(file, address, size);
            return new Uint8Array(await (0,promises_.readFile)(file));
        }
        finally {
            await (0,promises_.rm)(file, { force: true });
        }
    }
    async readChunks(bank, offset, size, take, onBytes) {
        const file = this.tempFile('read');
        try {
            for (const [at, n] of chunksOf(offset, size, 'read')) {
                await this.run((0,openocd_tcl/* tclCommand */.rX)('flash read_bank', bank, file, at, n), n);
                const bytes = new Uint8Array(await (0,promises_.readFile)(file));
                if (bytes.length !== n)
                    throw new errors/* FlashError */.rr(`reading bank ${bank} at offset 0x${at.toString(16)} gave ${bytes.length} bytes, not ${n}`);
                await take(at, bytes);
                onBytes?.(n);
            }
        }
        finally {
            await (0,promises_.rm)(file, { force: true });
        }
    }
    async bankSize(bank) {
        const b = (await this.banks())[bank];
        if (!b)
            throw new errors/* FlashError */.rr(`there is no flash bank ${bank}`);
        return b.size;
    }
    tempFile(kind) {
        return external_node_path_default().join(this.tmp, `${kind}-${++this.tmpCount}.bin`);
    }
    run(command, bytes = 0, timeoutMs = timeLimit(bytes)) {
        return this.session.commandAs(errors/* FlashError */.rr, command, { timeoutMs });
    }
    /**
     * Runs a command that changes flash of bank `bank`; when it fails, the
     * error starts with the controller's error bits where the driver's log
     * shows them (flash-status.ts). `debugDriver`: the bank's driver, for a
     * command whose status shows only at debug level (an erase).
     */
    async runNamingStatus(bank, command, bytes, debugDriver) {
        const debug = debugDriver && knowsControllerStatus(debugDriver) ? [] : undefined;
        const timeoutMs = timeLimit(bytes);
        try {
            return await this.session.commandAs(errors/* FlashError */.rr, command, { timeoutMs, debugInto: debug });
        }
        catch (err) {
            if (!(err instanceof errors/* FlashError */.rr))
                throw err;
            // The driver is looked up only now, so a write that succeeds needs no
            // `flash list`; a lookup that fails (the connection is gone) leaves the error as it was.
            const driver = debugDriver ??
                (await this.banks().then((banks) => banks[bank]?.driver, () => undefined));
            if (driver === undefined)
                throw err;
            const lines = [...(debug ?? []), ...(err.response ?? '').split('\n')];
            const status = controllerStatus(driver, lines);
            if (!status)
                throw err;
            throw new errors/* FlashError */.rr(`${status}; ${err.message}`, {
                command,
                response: err.response,
                code: err.code,
                cause: err,
            });
        }
    }
}
const CHECKSUM_MISMATCH = /checksum mismatch/i;
// Time limits scale with the bytes moved: a slow probe on a large bank must
// not be cut off, and a small operation must not wait minutes to fail.
function timeLimit(bytes) {
    return 30_000 + bytes * 2;
}
function checkRange(what, first, last, count, bank) {
    for (const [name, v] of [
        ['first', first],
        ['last', last],
    ]) {
        if (!Number.isInteger(v) || v < 0)
            throw new errors/* FlashError */.rr(`${what} ${name} must be a non-negative integer, not ${v}`);
    }
    if (first > last)
        throw new errors/* FlashError */.rr(`${what} range ${first}..${last} is empty: first must be <= last`);
    if (last >= count) {
        throw new errors/* FlashError */.rr(`${what} ${last} does not exist: bank ${bank} has ${count} ${what}s (0..${count - 1})`);
    }
}
function mismatchError(file, result) {
    const first = result.ranges[0];
    const at = first ? ` first at 0x${first.address.toString(16).padStart(8, '0')}` : '';
    return new VerifyMismatchError(`verification of '${file}' failed: ${result.mismatchedBytes} byte(s) differ in ${result.ranges.length}${result.truncated ? '+' : ''} range(s),${at}`, result);
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/openocd/config.ts
var config = __webpack_require__(6838);
// EXTERNAL MODULE: ./src/util/children.ts
var children = __webpack_require__(789);
// EXTERNAL MODULE: ./src/util/find-executable.ts
var find_executable = __webpack_require__(5414);
;// CONCATENATED MODULE: ./src/util/die-with-parent.ts
// Children that must not outlive us, even when we are killed with SIGKILL
// (no exit hook runs then, and OpenOCD runs in its own process group, so
// nothing else stops it). On Linux, util-linux's `setpriv --pdeathsig KILL`
// sets PR_SET_PDEATHSIG and then execs the program in the same process (same
// pid): the kernel kills it when we die. Without setpriv (or off Linux), or
// when the program cannot be found (so that spawn still reports ENOENT for
// it, not for setpriv), the program is started as it is.

function dieWithParent(program, args, env = process.env) {
    const plain = { command: program, args: [...args] };
    if (process.platform !== 'linux')
        return plain;
    const setpriv = (0,find_executable/* findExecutable */.o)('setpriv', env);
    const target = (0,find_executable/* findExecutable */.o)(program, env);
    if (!setpriv || !target)
        return plain;
    return { command: setpriv, args: ['--pdeathsig', 'KILL', '--', target, ...args] };
}

;// CONCATENATED MODULE: ./src/openocd/launcher.ts
// Starts OpenOCD from an argv array (never a shell), keeps its whole log in a
// file, and reports when its TCL RPC port is up or why it died first.









const LISTENING = /Listening on port (\d+) for tcl connections/;
function launchOpenOcd(options) {
    const binary = options.binary ?? 'openocd';
    const args = (0,config/* openOcdArgs */.QN)(options.config, {
        searchDirs: options.searchDirs,
        ports: { tcl: 0, ...options.ports },
        debugLevel: options.debugLevel,
    });
    const logFile = options.logFile ?? external_node_path_default().join((0,external_node_fs_.mkdtempSync)(external_node_path_default().join(external_node_os_default().tmpdir(), 'openocd-log-')), 'openocd.log');
    const logStream = (0,external_node_fs_.createWriteStream)(logFile);
    const command = dieWithParent(binary, args, options.env);
    const child = (0,external_node_child_process_.spawn)(command.command, command.args, {
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: options.env ?? process.env,
    });
    const running = new RunningOpenOcd(child, args, logFile, logStream);
    return running.ready(binary, options.startTimeoutMs ?? 15_000);
}
class RunningOpenOcd {
    child;
    args;
    logFile;
    pid;
    tclPort = 0;
    exited;
    text = '';
    partial = '';
    listeners = new Set();
    killing;
    constructor(child, args, logFile, logStream) {
        this.child = child;
        this.args = args;
        this.logFile = logFile;
        this.pid = child.pid ?? -1;
        if (child.pid !== undefined)
            (0,children/* trackChild */.yH)(child);
        const onData = (data) => {
            logStream.write(data);
            this.append(data.toString('utf8'));
        };
        child.stdout?.on('data', onData);
        child.stderr?.on('data', onData);
        this.exited = new Promise((resolve) => {
            child.once('close', (code, signal) => {
                logStream.end();
                if (this.partial)
                    this.emitLine(this.partial);
                this.partial = '';
                resolve({ code, signal });
            });
        });
    }
    log() {
        return this.text;
    }
    onLogLine(listener) {
        this.listeners.add(listener);
        return () => this.listeners.delete(listener);
    }
    kill(graceMs = 2000) {
        this.killing ??= (async () => {
            (0,children/* killGroup */.i0)(this.child, 'SIGTERM');
            const timer = setTimeout(() => (0,children/* killGroup */.i0)(this.child, 'SIGKILL'), graceMs);
            await this.exited;
            clearTimeout(timer);
        })();
        return this.killing;
    }
    ready(binary, timeoutMs) {
        return new Promise((resolve, reject) => {
            let settled = false;
            const finish = (err) => {
                if (settled)
                    return;
                settled = true;
                clearTimeout(timer);
                unsubscribe();
                if (err) {
                    void this.kill(500);
                    reject(err);
                }
                else
                    resolve(this);
            };
            const unsubscribe = this.onLogLine((line) => {
                const m = LISTENING.exec(line);
                if (m) {
                    this.tclPort = Number(m[1]);
                    finish();
                }
            });
            const timer = setTimeout(() => {
                const what = `OpenOCD did not open its TCL port within ${timeoutMs} ms`;
                finish((0,classify/* startFailure */.xn)(what, this.text, 'timeout'));
            }, timeoutMs);
            this.child.once('error', (err) => {
                const failure = err.code === 'ENOENT' ? 'binary-not-found' : 'exited';
                const msg = err.code === 'ENOENT'
                    ? `OpenOCD binary '${binary}' not found: install OpenOCD (e.g. apt-get install openocd) or give its path`
                    : `cannot start OpenOCD '${binary}': ${err.message}`;
                finish(new errors/* ProcessError */.yI(msg, failure, '', { cause: err }));
            });
            void this.exited.then(({ code, signal }) => {
                const what = `OpenOCD exited during start (${signal ?? `exit code ${code}`})`;
                finish((0,classify/* startFailure */.xn)(what, this.text));
            });
        });
    }
    append(chunk) {
        this.text += chunk;
        const lines = (this.partial + chunk).split('\n');
        this.partial = lines.pop() ?? '';
        for (const line of lines)
            this.emitLine(line);
    }
    emitLine(line) {
        for (const listener of this.listeners)
            listener(line.replace(/\r$/, ''));
    }
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
var external_node_net_default = /*#__PURE__*/__webpack_require__.n(external_node_net_);
// EXTERNAL MODULE: ./src/util/units.ts
var units = __webpack_require__(6127);
;// CONCATENATED MODULE: ./src/openocd/rpc.ts
// Client for OpenOCD's TCL RPC port: one message at a time, each ending in
// 0x1a both ways, each with its own time limit.



const EOM = 0x1a;
class RpcClient {
    socket;
    queue = [];
    active;
    chunks = [];
    closedError;
    constructor(socket) {
        this.socket = socket;
        socket.setNoDelay(true);
        socket.on('data', (data) => this.onData(data));
        socket.on('error', (err) => this.fail(new errors/* ConnectionError */.Rc(`TCL RPC connection error: ${err.message}`, { cause: err })));
        socket.on('close', () => this.fail(new errors/* ConnectionError */.Rc('OpenOCD closed the TCL RPC connection')));
    }
    static connect(host, port, timeoutMs = 5000) {
        return new Promise((resolve, reject) => {
            const socket = external_node_net_default().connect({ host, port });
            const timer = setTimeout(() => {
                socket.destroy();
                reject(new errors/* ConnectionError */.Rc(`no answer from OpenOCD's TCL port ${host}:${port} within ${timeoutMs} ms`));
            }, timeoutMs);
            socket.once('connect', () => {
                clearTimeout(timer);
                socket.removeAllListeners('error');
                resolve(new RpcClient(socket));
            });
            socket.once('error', (err) => {
                clearTimeout(timer);
                reject(new errors/* ConnectionError */.Rc(`cannot connect to OpenOCD's TCL port ${host}:${port}: ${err.message}`, { cause: err }));
            });
        });
    }
    /** Sends one raw message and resolves with the raw reply. */
    send(message, timeoutMs) {
        if (message.includes('\x1a')) {
            return Promise.reject(new errors/* ConnectionError */.Rc('a TCL RPC message cannot contain 0x1a'));
        }
        if (this.closedError)
            return Promise.reject(this.closedError);
        return new Promise((resolve, reject) => {
            this.queue.push({ message, timeoutMs, resolve, reject });
            this.next();
        });
    }
    /** A command is in flight or queued. */
    get busy() {
        return this.active !== undefined || this.queue.length > 0;
    }
    get closed() {
        return this.closedError !== undefined;
    }
    close() {
        this.fail(new errors/* ConnectionError */.Rc('the TCL RPC connection was closed'));
        this.socket.destroy();
    }
    next() {
        if (this.active || this.closedError)
            return;
        const job = this.queue.shift();
        if (!job)
            return;
        // A timed-out command leaves OpenOCD busy and its reply in flight; the
        // stream can no longer be paired with requests, so the connection ends.
        // Limits computed from a size (a 4 GiB dump) may pass what a timer can wait.
        const ms = Math.min(job.timeoutMs, units/* MAX_TIMER_MS */._o);
        const timer = setTimeout(() => {
            const err = new errors/* TimeoutError */.MU(`OpenOCD did not answer within ${ms} ms`, {
                command: job.message,
            });
            this.fail(err);
            this.socket.destroy();
        }, ms);
        this.active = { ...job, timer };
        this.socket.write(Buffer.concat([Buffer.from(job.message, 'utf8'), Buffer.of(EOM)]));
    }
    onData(data) {
        let start = 0;
        for (let i = data.indexOf(EOM); i !== -1; i = data.indexOf(EOM, start)) {
            this.chunks.push(data.subarray(start, i));
            const reply = Buffer.concat(this.chunks).toString('utf8');
            this.chunks = [];
            start = i + 1;
            const job = this.active;
            this.active = undefined;
            if (job) {
                clearTimeout(job.timer);
                job.resolve(reply);
            }
        }
        if (start < data.length)
            this.chunks.push(data.subarray(start));
        this.next();
    }
    fail(err) {
        if (this.closedError)
            return;
        this.closedError = err;
        if (this.active) {
            clearTimeout(this.active.timer);
            this.active.reject(err);
            this.active = undefined;
        }
        for (const job of this.queue.splice(0))
            job.reject(err);
    }
}

;// CONCATENATED MODULE: ./src/openocd/target.ts
// session.target: run control and memory access of the current target.





const WIDTHS = [8, 16, 32, 64];
class Target {
    session;
    constructor(session) {
        this.session = session;
    }
    async state() {
        // After 0.12.0 a target reads 'unknown' until its first poll (the
        // background poll runs only every 100 ms after init), so poll it first; a
        // poll that fails (a core found locked up) still leaves a state to read.
        return parseTargetState(await this.run('set __ofl_t [target current]; catch {$__ofl_t arp_poll}; $__ofl_t curstate'));
    }
    /** Halts the target and waits until it is halted (at most `timeoutMs`). */
    async halt(timeoutMs = 5000) {
        await this.run((0,openocd_tcl/* tclCommand */.rX)('halt', timeoutMs));
    }
    async resume() {
        await this.run('resume');
    }
    async reset(mode = 'run') {
        if (!['halt', 'run', 'init'].includes(mode)) {
            throw new errors/* TargetError */.I0(`reset mode must be halt, run or init, not '${mode}'`);
        }
        await this.run((0,openocd_tcl/* tclCommand */.rX)('reset', mode));
    }
    async readMemory(address, width, count) {
        checkWidth(width);
        const values = parseNumberList(await this.run((0,openocd_tcl/* tclCommand */.rX)('read_memory', address, width, count)));
        if (values.length !== count) {
            throw new errors/* TargetError */.I0(`read_memory returned ${values.length} values, expected ${count}`);
        }
        return values;
    }
    async writeMemory(address, width, values) {
        checkWidth(width);
        const list = values.map((v) => `0x${v.toString(16)}`).join(' ');
        await this.run(`write_memory ${(0,openocd_tcl/* tclWord */.mS)(address)} ${(0,openocd_tcl/* tclWord */.mS)(width)} ${(0,openocd_tcl/* tclWord */.mS)(list)}`);
    }
    /** Writes `size` bytes of target memory from `address` to a file. */
    async dumpToFile(file, address, size, onBytes) {
        const part = `${file}.part`;
        const out = await (0,promises_.open)(file, 'w');
        try {
            for (const [at, n] of chunksOf(address, size, 'read')) {
                await this.run((0,openocd_tcl/* tclCommand */.rX)('dump_image', part, at, n), 30_000 + n * 2);
                const bytes = await (0,promises_.readFile)(part);
                await out.write(bytes, 0, bytes.length, at - address);
                onBytes?.(n);
            }
        }
        finally {
            await out.close();
            await (0,promises_.rm)(part, { force: true });
        }
    }
    run(command, timeoutMs) {
        return this.session.commandAs(errors/* TargetError */.I0, command, { timeoutMs });
    }
}
function checkWidth(width) {
    if (!WIDTHS.includes(width))
        throw new errors/* TargetError */.I0(`memory access width must be 8, 16, 32 or 64, not ${width}`);
}

;// CONCATENATED MODULE: ./src/openocd/session.ts
// An OpenOCD session: a connection to its TCL RPC port (to an OpenOCD we
// started, or one someone else runs), with the flash and target APIs on top.









const DEFAULT_TIMEOUT_MS = 60_000;
// Written to OpenOCD's log before and after every command, so that the log
// lines a command produced can be told apart from everything else.
const MARK = '@@openocd-flash:';
class Session {
    rpc;
    process;
    commandTimeoutMs;
    flash;
    target;
    tmp;
    sequence = 0;
    closing;
    // Each command's reply: OpenOCD echoes it into its log after the end mark,
    // and log tails shown to people leave it out (see readableLog).
    replies = new Map();
    constructor(rpc, 
    /** The OpenOCD process, when this session started it. */
    process, commandTimeoutMs) {
        this.rpc = rpc;
        this.process = process;
        this.commandTimeoutMs = commandTimeoutMs;
        this.tmp = (0,owned_temp/* ownedTempDir */.l)('openocd-flash-');
        this.flash = new Flash(this, this.tmp);
        this.target = new Target(this);
    }
    /** Starts OpenOCD, connects to it and (by default) runs `init`. */
    static async start(options) {
        const proc = await launchOpenOcd(options);
        let session;
        try {
            const rpc = await RpcClient.connect('127.0.0.1', proc.tclPort);
            session = new Session(rpc, proc, options.commandTimeoutMs ?? DEFAULT_TIMEOUT_MS);
            if (options.init !== false)
                await session.init();
            return session;
        }
        catch (err) {
            if (session)
                await session.close();
            else
                await proc.kill(500);
            throw err;
        }
    }
    /** Connects to an OpenOCD that is already running. */
    static async connect(options = {}) {
        const rpc = await RpcClient.connect(options.host ?? '127.0.0.1', options.port ?? 6666);
        return new Session(rpc, undefined, options.commandTimeoutMs ?? DEFAULT_TIMEOUT_MS);
    }
    /**
     * The OpenOCD log so far, when this session started OpenOCD, as people read
     * it: without the marks around each command and OpenOCD's echo of replies.
     */
    log() {
        return this.process ? readableLog(this.process.log(), this.replies) : '';
    }
    /**
     * Runs a raw Tcl command and returns its result. Throws CommandError, with
     * OpenOCD's logged error lines, when it fails.
     */
    async command(tcl, options = {}) {
        return (await this.execute(tcl, options)).result;
    }
    /**
     * Like `command`, but a rejected command becomes an error of `Kind`
     * (FlashError, TargetError), keeping OpenOCD's response.
     */
    async commandAs(Kind, tcl, options = {}) {
        try {
            return await this.command(tcl, options);
        }
        catch (err) {
            if (!(err instanceof errors/* CommandError */.Qd))
                throw err;
            throw new Kind(err.message, {
                command: tcl,
                response: err.response,
                code: err.code,
                cause: err,
            });
        }
    }
    /** Runs a command and returns its result together with what it logged. */
    async execute(tcl, options = {}) {
        const n = ++this.sequence;
        const [begin, end] = [`${MARK}${n}<@@`, `${MARK}${n}>@@`];
        const logged = [];
        let marked = () => { };
        const markSeen = new Promise((resolve) => (marked = resolve));
        // Only lines between the two marks are this command's: earlier ones may
        // still be in the pipe from before, and after the end mark OpenOCD logs
        // the reply (our "rc result" string), as it logs every top-level result.
        let phase = 'before';
        const unsubscribe = this.process?.onLogLine((line) => {
            if (line.includes(begin))
                phase = 'inside';
            else if (line.includes(end)) {
                phase = 'after';
                marked();
            }
            else if (phase === 'inside')
                logged.push(line);
        });
        const timeoutMs = options.timeoutMs ?? this.commandTimeoutMs;
        try {
            const message = (unsubscribe ? `echo ${begin}; ` : '') +
                `set __ofl_rc [catch {${options.debugInto ? atDebugLevel(tcl) : `eval ${(0,openocd_tcl/* tclScript */.tp)(tcl)}`}} __ofl_res]; ` +
                `${unsubscribe ? `echo ${end}; ` : ''}return "$__ofl_rc $__ofl_res"`;
            const reply = await this.rpc.send(message, timeoutMs).catch((err) => {
                throw this.onTransportError(err, tcl);
            });
            if (unsubscribe) {
                // The log arrives on another pipe than the reply; wait for the mark
                // briefly, but never let a redirected log hold the session up.
                await Promise.race([markSeen, delay(1000)]);
            }
            const space = reply.indexOf(' ');
            const rc = Number(space < 0 ? reply : reply.slice(0, space));
            this.replies.set(n, { ok: rc === 0, lines: reply.split('\n').length });
            // 0.12.0 hands command results over without trailing whitespace; later
            // builds keep what command_print left there (`mdw` ends in a space since
            // c99c043f3 dropped only the last newline). No result means anything by
            // trailing whitespace, so both builds give the parsers the same text.
            const result = space < 0 ? '' : reply.slice(space + 1).trimEnd();
            let log = logged.map(stripLevel).filter((l) => l !== '');
            if (options.debugInto) {
                options.debugInto.push(...log.filter(isDebugLine));
                log = log.filter((l) => !isDebugLine(l)).map(withoutDebugPrefix);
            }
            if (rc !== 0) {
                const words = [result, ...problems(log)].filter((s) => s.trim()).join('\n');
                throw new errors/* CommandError */.Qd(`'${tcl}' failed: ${words || `return code ${rc}`}`, {
                    command: tcl,
                    response: [result, ...log].join('\n'),
                    code: rc,
                });
            }
            return { result, log };
        }
        finally {
            unsubscribe?.();
        }
    }
    /** Sends `shutdown`, stops the process if we started it, removes temp files. Idempotent. */
    close() {
        this.closing ??= (async () => {
            // With an idle connection OpenOCD is asked to shut down (it then
            // releases the probe cleanly). A broken one means it may be stuck, and a
            // busy one (closing mid-command: a timeout or a cancel) would queue the
            // request behind a command that may run for minutes.
            const polite = !this.rpc.closed && !this.rpc.busy;
            if (polite)
                await this.rpc.send('shutdown', 2000).catch(() => undefined);
            this.rpc.close();
            if (this.process) {
                const exited = polite && (await Promise.race([this.process.exited.then(() => true), delay(2000)]));
                if (!exited)
                    await this.process.kill(polite ? 2000 : 300);
            }
            (0,external_node_fs_.rmSync)(this.tmp, { recursive: true, force: true });
        })();
        return this.closing;
    }
    async init() {
        try {
            await this.execute('init');
        }
        catch (err) {
            if (!(err instanceof errors/* OpenOcdError */.fL) || err instanceof errors/* TimeoutError */.MU)
                throw err;
            const log = this.log();
            throw (0,classify/* startFailure */.xn)('OpenOCD could not initialise the probe and target', log);
        }
    }
    // A timed-out or broken connection leaves OpenOCD in an unknown state; we
    // stop it rather than leave it holding the probe.
    onTransportError(err, tcl) {
        if (this.process)
            void this.close();
        if (err instanceof errors/* TimeoutError */.MU) {
            const tail = this.process
                ? `\n--- last lines of the OpenOCD log ---\n${(0,classify/* logTail */.RB)(this.log())}`
                : '';
            return new errors/* TimeoutError */.MU(`'${tcl}': ${err.message}${tail}`, {
                command: tcl,
                response: this.log(),
            });
        }
        return err;
    }
}
const MARK_LINE = new RegExp(`^${MARK}(\\d+)([<>])@@\\r?$`);
/**
 * Drops the session's marks and what OpenOCD echoes after an end mark: the
 * reply of a command that succeeded, or the bare error number (e.g. `-4`) of
 * one that failed. Only lines that look like that echo are dropped.
 */
function readableLog(log, replies) {
    const lines = log.split('\n');
    const out = [];
    for (let i = 0; i < lines.length; i++) {
        const mark = MARK_LINE.exec(lines[i]);
        if (!mark) {
            out.push(lines[i]);
            continue;
        }
        const reply = mark[2] === '>' ? replies.get(Number(mark[1])) : undefined;
        const next = lines[i + 1] ?? '';
        // OpenOCD logs the reply after the end mark: "0 result" or "rc result",
        // which 0.12.0 logs without trailing spaces ("-4") and later builds with
        // them ("1 ").
        if (reply && (reply.ok ? /^0( |\r?$)/ : /^-?[1-9]\d*( |\r?$)/).test(next))
            i += reply.lines;
    }
    return out.join('\n');
}
function delay(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
const isDebugLine = (line) => /^Debug\b/.test(line);
// At debug level OpenOCD puts a counter, the time and the source before every
// message ("Error: 60 503 stm32l4x.c:791 stm32l4_wait_status_busy(): …"):
// the other lines read as they do at the usual level.
const DEBUG_PREFIX = /^(User |Info |Warn |Error)(: )\d+ \d+ \S+:\d+ \S+\(\): /;
function withoutDebugPrefix(line) {
    return line.replace(DEBUG_PREFIX, (_, level, colon) => level === 'User ' ? '' : level + colon);
}
/** `tcl` run at log level 3 at least, the level put back whatever happens; an error stays an error. */
function atDebugLevel(tcl) {
    return ('set __ofl_level [lindex [debug_level] end]; ' +
        'if {$__ofl_level < 3} {debug_level 3}; ' +
        `set __ofl_drc [catch {eval ${(0,openocd_tcl/* tclScript */.tp)(tcl)}} __ofl_dres]; ` +
        'debug_level $__ofl_level; ' +
        'if {$__ofl_drc} {error $__ofl_dres} else {set __ofl_dres}');
}
function stripLevel(line) {
    return line.replace(/\r$/, '');
}
// The lines that say what went wrong: errors if there are any, else warnings.
function problems(log) {
    const meaningful = (0,classify/* withoutHarmlessErrors */.px)(log);
    const errors = meaningful.filter((l) => /^Error\b/.test(l));
    return errors.length ? errors : meaningful.filter((l) => /^Warn\b/.test(l));
}


/***/ }),

/***/ 2011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CE: () => (/* binding */ formatRate),
/* harmony export */   Fd: () => (/* binding */ hex32),
/* harmony export */   HM: () => (/* binding */ formatIndices),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   nm: () => (/* binding */ describeTouches),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
// Small formatting helpers shared by the report writers and the console.
const hex32 = (n) => `0x${n.toString(16).padStart(8, '0')}`;
function formatBytes(n) {
    if (n >= 1 << 20)
        return `${(n / (1 << 20)).toFixed(n % (1 << 20) ? 1 : 0)} MiB`;
    if (n >= 1024)
        return `${(n / 1024).toFixed(n % 1024 ? 1 : 0)} KiB`;
    return `${n} B`;
}
function formatDuration(ms) {
    return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
}
function formatRate(bytesPerSecond) {
    return bytesPerSecond ? `${formatBytes(Math.round(bytesPerSecond))}/s` : '';
}
/** `[1,2,3,7]` → `1-3, 7` */
function formatIndices(indices) {
    const parts = [];
    for (let i = 0; i < indices.length; i++) {
        const start = indices[i];
        while (i + 1 < indices.length && indices[i + 1] === indices[i] + 1)
            i++;
        parts.push(start === indices[i] ? String(start) : `${start}-${indices[i]}`);
    }
    return parts.join(', ');
}
/** What a step's plan touches, one phrase per bank: `bank 0 sectors 0-3`, `bank 0 blocks 1`. */
function describeTouches(plan) {
    return plan
        .map((t) => t.blocks.length
        ? `bank ${t.bank} blocks ${formatIndices(t.blocks)}`
        : t.sectors.length
            ? `bank ${t.bank} sectors ${formatIndices(t.sectors)}`
            : '')
        .filter(Boolean);
}


/***/ }),

/***/ 5414:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ findExecutable)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// Where a program is, as spawn would find it: a name is looked up along PATH,
// a path is taken as it is.


/** A path to `program` that can be run, or undefined. */
function findExecutable(program, env = process.env) {
    const candidates = program.includes('/')
        ? [node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(program)]
        : (env.PATH ?? '')
            .split((node_path__WEBPACK_IMPORTED_MODULE_1___default().delimiter))
            .filter(Boolean)
            .map((dir) => node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, program));
    return candidates.find((file) => {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
            return true;
        }
        catch {
            return false;
        }
    });
}


/***/ }),

/***/ 5138:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q3: () => (/* binding */ sha256File),
/* harmony export */   br: () => (/* binding */ digest)
/* harmony export */ });
/* unused harmony export sha256Tree */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
// SHA-256 of bytes, of a file, streamed, and of a whole folder tree.




function digest(data) {
    return { bytes: data.length, sha256: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex') };
}
async function sha256File(file) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file))
        hash.update(chunk);
    return hash.digest('hex');
}
/**
 * One digest over every path, file content and link target below `root`, in a
 * fixed order. It covers more than bin/openocd because OpenOCD also runs the
 * libraries in libexec/ and the Tcl in openocd/scripts/.
 */
async function sha256Tree(root) {
    const hash = createHash('sha256');
    await addTree(hash, root, '');
    return hash.digest('hex');
}
async function addTree(hash, root, rel) {
    const entries = await readdir(join(root, rel), { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
        const path = rel ? `${rel}/${entry.name}` : entry.name;
        const full = join(root, path);
        if (entry.isDirectory()) {
            hash.update(`d ${path}\n`);
            await addTree(hash, root, path);
        }
        else if (entry.isSymbolicLink()) {
            hash.update(`l ${path} ${await readlink(full)}\n`);
        }
        else {
            hash.update(`f ${path} ${await sha256File(full)}\n`);
        }
    }
}


/***/ })

};
