export const id = 142;
export const ids = [142];
export const modules = {

/***/ 4673:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ VIRTUAL_CHIPS)
/* harmony export */ });
// What the engine needs to know about a board to start OpenOCD against it.
// It comes from the runner's inventory, from `virtual:<chip>`, or from
// explicit interface/target options.
const VIRTUAL_CHIPS = ['stm32f103', 'stm32f407', 'stm32g431', 'stm32h7a3'];


/***/ }),

/***/ 7593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ac: () => (/* binding */ parseOptions),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   U0: () => (/* binding */ usageLine),
/* harmony export */   cG: () => (/* binding */ parseInteger),
/* harmony export */   eb: () => (/* binding */ UsageError)
/* harmony export */ });
/* harmony import */ var _util_units_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6127);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
// Shared option parsing for subcommands: parseArgs with errors turned into
// one-line messages and exit code 2.


class UsageError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UsageError';
    }
}
function parseOptions(argv, options, allowPositionals = true) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args: attachNegativeValues(argv, options),
            options,
            allowPositionals,
            strict: true,
        });
    }
    catch (err) {
        throw new UsageError(usageMessage(err, Object.keys(options)));
    }
}
// `--lock-timeout -5`: parseArgs takes a value starting with '-' for an
// option and calls it ambiguous; pass it as `--lock-timeout=-5`, so the
// option's own check says what is wrong with the value.
function attachNegativeValues(argv, options) {
    const out = [];
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        const next = argv[i + 1];
        const name = arg.startsWith('--') ? arg.slice(2) : undefined;
        if (name && options[name]?.type === 'string' && next !== undefined && /^-\d/.test(next)) {
            out.push(`${arg}=${next}`);
            i++;
        }
        else
            out.push(arg);
    }
    return out;
}
// parseArgs's own text for a typo is a paragraph about positional arguments;
// say what is wrong and what was probably meant.
function usageMessage(err, names) {
    if (err.code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
        return err.message;
    const given = /'([^']*)'/.exec(err.message)?.[1] ?? '';
    const meant = given.startsWith('--') ? closest(given.slice(2), names) : undefined;
    return `unknown option ${given}${meant ? ` (did you mean --${meant}?)` : ''}`;
}
/** The name within two edits of `word` (or that it abbreviates), if any. */
function closest(word, names) {
    let best;
    for (const name of names) {
        const distance = word.length >= 3 && name.startsWith(word) ? 1 : editDistance(word, name);
        if (distance <= 2 && (!best || distance < best.distance))
            best = { name, distance };
    }
    return best?.name;
}
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const row = [i];
        for (let j = 1; j <= b.length; j++)
            row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        previous = row;
    }
    return previous[b.length];
}
/** The first line of a command's help: its usage line. */
function usageLine(help) {
    return help.split('\n', 1)[0];
}
/** `30s`, `500ms`, `2m` or plain seconds → milliseconds. */
function parseDuration(value, name) {
    const ms = (0,_util_units_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDuration */ .E9)(value);
    if (ms === undefined)
        throw new UsageError(`--${name}: '${value}' is not a duration such as 30s, 500ms or 2m`);
    const problem = (0,_util_units_js__WEBPACK_IMPORTED_MODULE_1__/* .durationProblem */ .YV)(ms);
    if (problem)
        throw new UsageError(`--${name}: '${value}' ${problem}`);
    return ms;
}
function parseInteger(value, name) {
    if (value === undefined)
        return undefined;
    if (!/^\d+$/.test(value))
        throw new UsageError(`--${name}: '${value}' is not a whole number`);
    return Number(value);
}


/***/ }),

/***/ 142:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (/* binding */ sim)
/* harmony export */ });
/* harmony import */ var _board_spec_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4673);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1084);
/* harmony import */ var _sim_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9909);
/* harmony import */ var _sim_faults_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2718);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7593);
// `openocd-flash sim`: runs a virtual target in the foreground until SIGINT
// or SIGTERM, and prints the OpenOCD arguments that connect to it.





const USAGE = `usage: openocd-flash sim --chip stm32f103|stm32f407|stm32g431|stm32h7a3 [--flash-size 64K|128K]
                         (--socket PATH | --port N) [--state FILE] [--fault SPEC]...
                         [--transport jtag|swd] [--power-switch PATH]

Runs a simulated STM32 that OpenOCD drives over its remote_bitbang adapter
(JTAG, or SWD with OpenOCD builds after 0.12.0), until Ctrl-C or SIGTERM, and
prints the OpenOCD arguments for it.

options:
  --chip CHIP         stm32f103 (64 or 128 KiB flash), stm32f407 (1 MiB),
                      stm32g431 (128 KiB) or stm32h7a3 (2 MiB in two banks)
  --flash-size SIZE   flash size, e.g. 64K or 128K (default: the smallest)
  --socket PATH       listen on a unix socket (faster)
  --port N            listen on TCP 127.0.0.1:N (0 picks a free port)
  --state FILE        keep flash and option bytes in FILE across runs
  --transport NAME    jtag (default, any OpenOCD) or swd (OpenOCD after 0.12.0);
                      the printed arguments select it
  --fault SPEC        inject a fault; may be repeated:
${_sim_faults_js__WEBPACK_IMPORTED_MODULE_2__/* .FAULT_SYNTAX */ .n_.map((line) => `                        ${line}`).join('\n')}
  --power-switch PATH the board's power switch, a unix socket: a line 'off'
                      drops OpenOCD and refuses it, 'on' clears a wedged link
                      and starts the chip from reset (for power-cycle commands)
  --help              show this help`;
async function sim(argv) {
    let options;
    try {
        options = simOptions(argv);
    }
    catch (error) {
        console.error(`openocd-flash sim: ${error.message} (see openocd-flash sim --help)`);
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.InvalidInput;
    }
    if (options === 'help') {
        console.log(USAGE);
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.Success;
    }
    let target;
    try {
        target = await (0,_sim_index_js__WEBPACK_IMPORTED_MODULE_1__/* .startVirtualTarget */ .zC)(options);
    }
    catch (error) {
        console.error(`openocd-flash sim: ${error.message}`);
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.InvalidInput;
    }
    const where = 'socket' in target.endpoint
        ? `unix socket ${target.endpoint.socket}`
        : `127.0.0.1:${target.endpoint.port}`;
    console.log(`virtual ${target.part} (${target.flashSize / 1024} KiB flash) listening on ${where}`);
    console.log('connect with:');
    console.log(`  openocd ${(0,_sim_index_js__WEBPACK_IMPORTED_MODULE_1__/* .openocdArgs */ .m0)(target.openocdConfig()).map(shellWord).join(' ')}`);
    if (options.powerSwitch)
        console.log(`power switch on unix socket ${options.powerSwitch} (send a line: off or on)`);
    console.log('stop with Ctrl-C');
    const signal = await stopSignal();
    try {
        await target.close();
    }
    catch (error) {
        console.error(`openocd-flash sim: ${error.message}`);
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.Infrastructure;
    }
    console.log(`stopped (${signal})${options.state ? `, state saved to ${options.state}` : ''}`);
    return _exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.Success;
}
function simOptions(argv) {
    const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .parseOptions */ .Ac)(argv, {
        chip: { type: 'string' },
        'flash-size': { type: 'string' },
        socket: { type: 'string' },
        port: { type: 'string' },
        state: { type: 'string' },
        fault: { type: 'string', multiple: true },
        transport: { type: 'string' },
        'power-switch': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
    }, false);
    if (values.help)
        return 'help';
    const chip = values.chip;
    if (chip === undefined)
        throw new Error(`--chip is required (${_board_spec_js__WEBPACK_IMPORTED_MODULE_4__/* .VIRTUAL_CHIPS */ .u.join(' or ')})`);
    if ((values.socket === undefined) === (values.port === undefined)) {
        throw new Error('give exactly one of --socket PATH and --port N');
    }
    // The chip name, flash size, fault specs and transport are checked by startVirtualTarget.
    return {
        chip: chip,
        flashSize: values['flash-size'] === undefined ? undefined : flashSize(values['flash-size']),
        socket: values.socket,
        port: values.port === undefined ? undefined : port(values.port),
        state: values.state,
        faults: values.fault ?? [],
        transport: values.transport,
        powerSwitch: values['power-switch'],
    };
}
function flashSize(text) {
    const bytes = (0,_sim_faults_js__WEBPACK_IMPORTED_MODULE_2__/* .parseByteCount */ .nR)(text);
    if (bytes === undefined || bytes === 0)
        throw new Error(`--flash-size ${text} is not a size such as 64K`);
    return bytes;
}
function port(text) {
    const value = /^\d+$/u.test(text) ? Number(text) : NaN;
    if (!(value <= 65535))
        throw new Error(`--port ${text} is not a port number (0-65535)`);
    return value;
}
function stopSignal() {
    return new Promise((resolve) => {
        const stop = (signal) => {
            process.off('SIGINT', stop);
            process.off('SIGTERM', stop);
            resolve(signal);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
    });
}
/** Quotes an argument for a POSIX shell, only when it needs it. */
function shellWord(word) {
    return /^[A-Za-z0-9_./:=@%+-]+$/u.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
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
//                                  F1 sets SR.PGERR, F4, G4 and H7 SR.OPERR
//                                  (H7A3: sectors 0-255, bank 2 from 128).
//   program-fail:addr=A            programming the flash location that holds
//                                  address A fails (F1 PGERR, F4 OPERR, G4
//                                  PROGERR for its double word, H7 OPERR for
//                                  its 16-byte flash word).
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
//   flaky-connect:fails=N          the first N connections to the simulator
//                                  are closed as soon as they are made, as a
//                                  probe that answers only after a replug;
//                                  OpenOCD fails at init, the next one connects.
//   wedged[:after-connections=N]   once N connections have ended (default 0:
//                                  from the start; it wedges once), the link is
//                                  wedged, as a probe that needs a power cycle:
//                                  every connection is closed as soon as it is
//                                  made until the board's power is switched off
//                                  and on (the virtual board's power switch).
/** One line per fault kind, for help texts. */
const FAULT_SYNTAX = [
    'erase-fail:sector=N',
    'program-fail:addr=ADDR',
    'stuck-bits:addr=ADDR,mask=M[,level=0|1]',
    'disconnect:after-bytes=N',
    'slow:ms=N[,op=erase|program|any]',
    'flaky-connect:fails=N',
    'wedged[:after-connections=N]',
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
    'flaky-connect': {
        required: ['fails'],
        optional: [],
        build: (o, spec) => ({ kind: 'flaky-connect', fails: number(o, 'fails', spec, 1, 1000) }),
    },
    wedged: {
        required: [],
        optional: ['after-connections'],
        build: (o, spec) => ({
            kind: 'wedged',
            afterConnections: o.has('after-connections')
                ? number(o, 'after-connections', spec, 0, 1000)
                : 0,
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
        case 'flaky-connect':
            return `flaky-connect:fails=${fault.fails}`;
        case 'wedged':
            return `wedged:after-connections=${fault.afterConnections}`;
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

/***/ 6127:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DB: () => (/* binding */ parseSize),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   YV: () => (/* binding */ durationProblem),
/* harmony export */   _o: () => (/* binding */ MAX_TIMER_MS)
/* harmony export */ });
// Sizes and durations as people write them in step files, inventories and
// options: `16K`, `1M`, `0x400`; `30s`, `500ms`, `2m`.
const KiB = 1024;
/** `65536`, `0x10000`, `64K`, `64KiB`, `1M` → bytes; undefined when not a positive size. */
function parseSize(size) {
    if (typeof size === 'number')
        return Number.isSafeInteger(size) && size > 0 ? size : undefined;
    const m = /^(0x[0-9a-f]+|\d+)\s*(?:([KM])(?:i?B)?)?$/i.exec(size.trim());
    if (!m)
        return undefined;
    const unit = m[2]?.toUpperCase();
    const bytes = Number(m[1]) * (unit === 'M' ? KiB * KiB : unit === 'K' ? KiB : 1);
    return Number.isSafeInteger(bytes) && bytes > 0 ? bytes : undefined;
}
/** `30s`, `500ms`, `2m`, or plain seconds → milliseconds; undefined when not a duration. */
function parseDuration(text) {
    const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m)?$/.exec(text.trim());
    if (!m)
        return undefined;
    return Number(m[1]) * (m[2] === 'ms' ? 1 : m[2] === 'm' ? 60_000 : 1000);
}
/** The longest delay a timer can wait (setTimeout fires at once beyond it). */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** Why `ms` cannot be a time limit, or undefined when it can. */
function durationProblem(ms) {
    if (!(ms > 0))
        return 'must be longer than 0';
    if (ms > MAX_TIMER_MS)
        return `is longer than the longest time limit, ${MAX_TIMER_MS} ms (about 24.8 days)`;
    return undefined;
}


/***/ })

};
