export const id = 827;
export const ids = [827];
export const modules = {

/***/ 560:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ commandOptions)
/* harmony export */ });
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7593);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1084);
// Option parsing shared by `boards`, `doctor` and `power-cycle`: --help, and usage errors
// as one line plus a pointer to --help, with exit code 2.


/** The options (and arguments, if allowed), or the exit code to return at once (after --help or a usage error). */
function commandOptions(command, argv, options, help, allowPositionals = false) {
    let parsed;
    try {
        parsed = (0,_args_js__WEBPACK_IMPORTED_MODULE_0__/* .parseOptions */ .Ac)(argv, options, allowPositionals);
    }
    catch (err) {
        if (!(err instanceof _args_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb))
            throw err;
        console.error(`openocd-flash ${command}: ${err.message}`);
        console.error((0,_args_js__WEBPACK_IMPORTED_MODULE_0__/* .usageLine */ .U0)(help));
        console.error(`run 'openocd-flash ${command} --help' for the options`);
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .y.InvalidInput;
    }
    if (parsed.values.help) {
        console.log(help);
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .y.Success;
    }
    return parsed;
}


/***/ }),

/***/ 827:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (/* binding */ powerCycleCommand)
/* harmony export */ });
/* harmony import */ var _board_lock_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5009);
/* harmony import */ var _board_lock_dir_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2991);
/* harmony import */ var _board_power_cycle_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3350);
/* harmony import */ var _board_select_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2766);
/* harmony import */ var _board_virtual_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8107);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1084);
/* harmony import */ var _report_format_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(2011);
/* harmony import */ var _report_console_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9475);
/* harmony import */ var _util_children_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(789);
/* harmony import */ var _util_yaml_schema_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6709);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7593);
/* harmony import */ var _command_options_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(560);
/* harmony import */ var _lock_holder_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(9074);
// openocd-flash power-cycle BOARD: switches a board off and on with the
// inventory's power-cycle commands, holding its probe lock, so that a board
// another job is flashing is never cut off.













const HELP = `usage: openocd-flash power-cycle BOARD [options]

Switches the board's power off and on with its inventory 'power-cycle'
commands (argv, never a shell), printing what each prints, then waits for
the probe's serial to re-enumerate. Takes the board's probe lock first, so it
waits for a job that is using the board rather than cutting its power.

options:
  --inventory FILE          board inventory (default: $OPENOCD_FLASH_INVENTORY, /etc/openocd-flash/boards.yml)
  --enumerate-timeout DUR   how long the probe may take to come back (default 30s)
  --lock-timeout DURATION   how long to wait for a probe another job holds (default 10m)
  --lock-dir DIR            probe lock folder (default: $OPENOCD_FLASH_LOCK_DIR, /var/lock/openocd-flash)

exit codes: 0 power-cycled (and the probe came back), 2 invalid input (unknown
board, no power-cycle entry), 3 a command failed or the probe did not come
back, 4 probe busy past --lock-timeout, 5 interrupted.`;
const OPTIONS = {
    help: { type: 'boolean', short: 'h' },
    inventory: { type: 'string' },
    'enumerate-timeout': { type: 'string', default: '30s' },
    'lock-timeout': { type: 'string', default: '10m' },
    'lock-dir': { type: 'string' },
};
async function powerCycleCommand(argv) {
    const parsed = (0,_command_options_js__WEBPACK_IMPORTED_MODULE_10__/* .commandOptions */ .i)('power-cycle', argv, OPTIONS, HELP, true);
    if (typeof parsed === 'number')
        return parsed;
    let request;
    try {
        request = await requestOf(parsed.values, parsed.positionals);
    }
    catch (err) {
        if (!(err instanceof _args_js__WEBPACK_IMPORTED_MODULE_9__/* .UsageError */ .eb || err instanceof _board_virtual_js__WEBPACK_IMPORTED_MODULE_4__/* .BoardError */ .db || err instanceof _util_yaml_schema_js__WEBPACK_IMPORTED_MODULE_8__/* .SourceError */ .c8))
            throw err;
        fail(_exit_codes_js__WEBPACK_IMPORTED_MODULE_5__/* .ExitCode */ .y.InvalidInput, err.message);
        if (err instanceof _args_js__WEBPACK_IMPORTED_MODULE_9__/* .UsageError */ .eb)
            console.error(`${(0,_args_js__WEBPACK_IMPORTED_MODULE_9__/* .usageLine */ .U0)(HELP)}\nrun 'openocd-flash power-cycle --help' for the options`);
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_5__/* .ExitCode */ .y.InvalidInput;
    }
    const controller = new AbortController();
    const onSignal = () => controller.abort(new Error('interrupted'));
    for (const signal of _util_children_js__WEBPACK_IMPORTED_MODULE_7__/* .STOP_SIGNALS */ .nW)
        process.on(signal, onSignal);
    try {
        return await lockedCycle(request, parsed.values['lock-dir'], controller.signal);
    }
    finally {
        for (const signal of _util_children_js__WEBPACK_IMPORTED_MODULE_7__/* .STOP_SIGNALS */ .nW)
            process.off(signal, onSignal);
    }
}
function fail(code, message) {
    console.error(`openocd-flash power-cycle: ${message}`);
    return code;
}
async function requestOf(values, positionals) {
    if (positionals.length !== 1)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_9__/* .UsageError */ .eb('give exactly one board: openocd-flash power-cycle BOARD');
    const enumerateTimeoutMs = (0,_args_js__WEBPACK_IMPORTED_MODULE_9__/* .parseDuration */ .E9)(values['enumerate-timeout'], 'enumerate-timeout');
    const lockTimeoutMs = (0,_args_js__WEBPACK_IMPORTED_MODULE_9__/* .parseDuration */ .E9)(values['lock-timeout'], 'lock-timeout');
    const board = await (0,_board_select_js__WEBPACK_IMPORTED_MODULE_3__/* .selectBoard */ .p)({
        board: positionals[0],
        inventory: values.inventory,
        ...{ interface: [], target: [], config: [], commands: [], searchDirs: [], faults: [] },
    }, process.env);
    if (!board.powerCycle)
        throw new _board_virtual_js__WEBPACK_IMPORTED_MODULE_4__/* .BoardError */ .db(`board '${board.name}' has no 'power-cycle' entry in the inventory: give it 'power-cycle: { off: [...], on: [...] }' (see docs/agent.md)`);
    return { board, commands: board.powerCycle, enumerateTimeoutMs, lockTimeoutMs };
}
/** Takes the probe lock, power-cycles, and says how it went: the exit code. */
async function lockedCycle({ board, commands, enumerateTimeoutMs, lockTimeoutMs }, lockDir, signal) {
    const key = (0,_board_lock_js__WEBPACK_IMPORTED_MODULE_0__/* .probeLockKey */ .Zk)(board);
    let lock;
    try {
        lock = await (0,_board_lock_js__WEBPACK_IMPORTED_MODULE_0__/* .acquireProbeLock */ .Ks)(key, {
            timeoutMs: lockTimeoutMs,
            dir: lockDir,
            description: (0,_lock_holder_js__WEBPACK_IMPORTED_MODULE_11__/* .lockHolder */ .m)(`power-cycle ${board.name}`),
            signal,
            onWait: (holder, ahead) => console.log(`waiting for probe ${key}: held by ${(0,_board_lock_js__WEBPACK_IMPORTED_MODULE_0__/* .formatHolder */ .aS)(holder)}, ${ahead} ahead`),
        });
    }
    catch (err) {
        if (err instanceof _board_lock_js__WEBPACK_IMPORTED_MODULE_0__/* .LockTimeoutError */ .XB)
            return fail(_exit_codes_js__WEBPACK_IMPORTED_MODULE_5__/* .ExitCode */ .y.LockTimeout, err.message);
        if (err instanceof _board_lock_dir_js__WEBPACK_IMPORTED_MODULE_1__/* .LockDirError */ .ZE)
            return fail(_exit_codes_js__WEBPACK_IMPORTED_MODULE_5__/* .ExitCode */ .y.Infrastructure, err.message);
        if (signal.aborted)
            return fail(_exit_codes_js__WEBPACK_IMPORTED_MODULE_5__/* .ExitCode */ .y.Timeout, 'interrupted while waiting for the probe lock');
        throw err;
    }
    try {
        console.log(`power-cycling ${board.name}`);
        // A stop while waiting for the probe rejects; the commands' child is killed.
        const record = await (0,_board_power_cycle_js__WEBPACK_IMPORTED_MODULE_2__/* .powerCycle */ .w)(commands, {
            serial: board.serial,
            enumerateTimeoutMs,
            signal,
        }).catch((err) => (signal.aborted ? undefined : Promise.reject(err)));
        if (record)
            (0,_report_console_js__WEBPACK_IMPORTED_MODULE_6__/* .powerCycleLines */ .LU)(record).forEach((line) => console.log(line));
        if (!record || signal.aborted)
            return fail(_exit_codes_js__WEBPACK_IMPORTED_MODULE_5__/* .ExitCode */ .y.Timeout, "interrupted: the board's power may be off");
        if (!record.ok)
            return fail(_exit_codes_js__WEBPACK_IMPORTED_MODULE_5__/* .ExitCode */ .y.Infrastructure, new _board_power_cycle_js__WEBPACK_IMPORTED_MODULE_2__/* .PowerCycleError */ .O(record, board.serial).message);
        const back = record.reenumerated === undefined
            ? 'no serial in the inventory, so not waiting for the probe to re-enumerate'
            : `probe ${board.serial} re-enumerated`;
        console.log(`✔ ${board.name} power-cycled in ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_12__/* .formatDuration */ .a3)(record.durationMs)}; ${back}`);
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_5__/* .ExitCode */ .y.Success;
    }
    finally {
        lock.release();
    }
}


/***/ }),

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


/***/ })

};
