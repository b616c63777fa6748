export const id = 347;
export const ids = [347];
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

/***/ 4347:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ boards)
});

// EXTERNAL MODULE: ./src/board/lock-dir.ts
var lock_dir = __webpack_require__(2991);
// EXTERNAL MODULE: ./src/board/lock.ts
var board_lock = __webpack_require__(5009);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/board/lock-queue.ts
var lock_queue = __webpack_require__(6039);
;// CONCATENATED MODULE: ./src/board/lock-status.ts
// Read-only view of the probe locks, for `openocd-flash boards` and `doctor`.




/** The lock of one probe; `dir` as for acquireProbeLock. */
function lockStatus(key, dir) {
    return statusOf(key, external_node_path_default().join(lockDir(dir), (0,lock_dir/* keyToDirName */.JF)(key)));
}
/** Every probe that has been locked in the lock directory, held or free. */
function listLocks(dir) {
    const base = lockDir(dir);
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)(base, { withFileTypes: true });
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return [];
        throw err;
    }
    return entries
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
        .sort()
        .flatMap((name) => {
        const key = (0,lock_dir/* dirNameToKey */.Jq)(name);
        return key === undefined ? [] : [statusOf(key, external_node_path_default().join(base, name))];
    });
}
const lockDir = (dir) => (0,lock_dir/* resolveLockDir */.lT)({ dir, env: process.env });
function statusOf(key, keyDir) {
    const [holder, ...waiting] = (0,lock_queue/* readQueue */.Qf)(keyDir).tickets;
    return { key, holder, waiting };
}

;// CONCATENATED MODULE: ./src/cli/board-status.ts


function labStatus(boards, lockDir) {
    const statuses = [...boards].map((board) => ({
        board,
        lock: lockStatus((0,board_lock/* probeLockKey */.Zk)(board), lockDir),
    }));
    const known = new Set(statuses.map((s) => s.lock.key));
    const otherLocks = listLocks(lockDir).filter((l) => l.holder && !known.has(l.key));
    return { boards: statuses, otherLocks };
}

// EXTERNAL MODULE: ./src/board/virtual.ts
var virtual = __webpack_require__(8107);
;// CONCATENATED MODULE: ./src/cli/boards-view.ts


/** `stlink/stm32f4x` for a probe, `virtual stm32f103:128K` for the simulator. */
function boardKind(board) {
    if (board.virtual) {
        const size = board.virtual.flashSize ? `:${(0,virtual/* formatSize */.Xq)(board.virtual.flashSize)}` : '';
        return `virtual ${board.virtual.chip}${size}`;
    }
    const names = (files) => files.map((f) => f.replace(/^.*\//, '').replace(/\.cfg$/, '')).join('+');
    return `${names(board.interface)}/${names(board.target)}`;
}
function lockText(lock) {
    if (!lock.holder)
        return 'free';
    const waiting = lock.waiting.length > 0 ? `; ${lock.waiting.length} waiting` : '';
    return `held by ${(0,board_lock/* formatHolder */.aS)(lock.holder)}${waiting}`;
}
function boardsTable(lab, header) {
    const rows = lab.boards.map(({ board, lock }) => [
        board.name,
        boardKind(board),
        board.serial ?? '-',
        board.labels.join(',') || '-',
        lockText(lock),
    ]);
    const lines = [header, ...table([['BOARD', 'KIND', 'SERIAL', 'LABELS', 'STATUS'], ...rows])];
    if (lab.otherLocks.length > 0) {
        lines.push('', 'other probes locked now (not in the inventory):');
        for (const lock of lab.otherLocks)
            lines.push(`  ${lock.key}: ${lockText(lock)}`);
    }
    return lines.join('\n');
}
// Columns padded to the widest cell; the last one is left as it is.
function table(rows) {
    const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
    return rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]))).join('  '));
}
const holderJson = (h) => ({
    pid: h.pid,
    hostname: h.hostname,
    description: h.description,
    queuedAt: h.queuedAt.toISOString(),
    since: h.since.toISOString(),
});
const lockJson = (lock) => ({
    lockKey: lock.key,
    status: lock.holder ? 'held' : 'free',
    holder: lock.holder && holderJson(lock.holder),
    waiting: lock.waiting.map(holderJson),
});
function boardsJson(lab, where, warnings) {
    return {
        ...where,
        boards: lab.boards.map(({ board, lock }) => ({
            name: board.name,
            kind: board.virtual ? 'virtual' : 'probe',
            chip: board.virtual?.chip,
            interface: board.interface,
            target: board.target,
            serial: board.serial,
            labels: board.labels,
            ...lockJson(lock),
        })),
        otherLocks: lab.otherLocks.map(lockJson),
        warnings,
    };
}

// EXTERNAL MODULE: ./src/cli/inventory-check.ts + 1 modules
var inventory_check = __webpack_require__(3908);
// EXTERNAL MODULE: ./src/cli/command-options.ts
var command_options = __webpack_require__(560);
// EXTERNAL MODULE: ./src/exit-codes.ts
var exit_codes = __webpack_require__(1084);
// EXTERNAL MODULE: ./src/util/yaml-schema.ts
var yaml_schema = __webpack_require__(6709);
;// CONCATENATED MODULE: ./src/cli/commands/boards.ts
// openocd-flash boards: the runner's inventory, each probe free or held, and
// the inventory's problems.







const HELP = `usage: openocd-flash boards [options]

Lists the boards of the inventory and whether each probe is free or held
(by which process and job, since when, how many wait), and checks the
inventory: errors (with their line) exit 2, warnings are printed.

options:
  --inventory FILE   board inventory (default: $OPENOCD_FLASH_INVENTORY, /etc/openocd-flash/boards.yml)
  --lock-dir DIR     probe lock folder (default: $OPENOCD_FLASH_LOCK_DIR, /var/lock/openocd-flash)
  --json             print JSON instead of a table

exit codes: 0 listed, 2 invalid inventory or options, 3 the lock folder cannot be read.`;
const OPTIONS = {
    help: { type: 'boolean', short: 'h' },
    inventory: { type: 'string' },
    'lock-dir': { type: 'string' },
    json: { type: 'boolean', default: false },
};
async function boards(argv) {
    const parsed = (0,command_options/* commandOptions */.i)('boards', argv, OPTIONS, HELP);
    if (typeof parsed === 'number')
        return parsed;
    const { values } = parsed;
    const check = (0,inventory_check/* checkInventory */.L)(values.inventory, process.env);
    if (check.kind !== 'valid') {
        const problems = check.kind === 'absent' ? [(0,inventory_check/* absentMessage */.h)(check.location)] : check.problems;
        for (const p of problems)
            console.error(`openocd-flash boards: ${p}`);
        return exit_codes/* ExitCode */.y.InvalidInput;
    }
    const lockDir = (0,lock_dir/* resolveLockDir */.lT)({ dir: values['lock-dir'], env: process.env });
    let lab;
    try {
        lab = labStatus(check.inventory.boards.values(), lockDir);
    }
    catch (err) {
        console.error(`openocd-flash boards: cannot read the probe lock folder ${lockDir}: ${err.message}`);
        return exit_codes/* ExitCode */.y.Infrastructure;
    }
    const inventory = check.location.path;
    if (values.json) {
        console.log(JSON.stringify(boardsJson(lab, { inventory, lockDir }, check.warnings), null, 2));
    }
    else {
        const count = `${lab.boards.length} board${lab.boards.length === 1 ? '' : 's'}`;
        console.log(boardsTable(lab, `inventory ${inventory}: ${count}; probe locks in ${lockDir}`));
    }
    for (const w of check.warnings)
        console.error(`warning: ${(0,yaml_schema/* formatProblem */.Vw)(w)}`);
    return exit_codes/* ExitCode */.y.Success;
}


/***/ }),

/***/ 3908:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h: () => (/* binding */ absentMessage),
  L: () => (/* binding */ checkInventory)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/util/real-path.ts
var real_path = __webpack_require__(3516);
;// CONCATENATED MODULE: ./src/board/inventory-warnings.ts
// Inventory entries that are valid but risky: the inventory still loads,
// `openocd-flash boards` and `doctor` show these.

function inventoryWarnings(inv) {
    const warnings = [];
    const warn = (board, key, message) => {
        const at = key ? ['boards', board, key] : ['boards', board];
        warnings.push({ file: inv.file, ...inv.locate(at), path: at.join('.'), message });
    };
    const probes = [...inv.boards.values()].filter((b) => !b.virtual);
    // OpenOCD opens the first probe of the kind when no serial is set, so a
    // second probe of that kind (or a swapped one) would be flashed silently.
    for (const board of probes.filter((b) => b.serial === undefined)) {
        const others = probes
            .filter((b) => b !== board && sameInterface(b, board))
            .map((b) => `'${b.name}'`);
        if (others.length > 0) {
            warn(board.name, undefined, `board '${board.name}' has no serial, but its interface (${board.interface.join(' ')}) ` +
                `is also used by ${others.join(', ')}: OpenOCD would open whichever such probe it finds first; set serial`);
        }
    }
    // Serials are compared without case: some drivers ignore it, so these may be one probe.
    const bySerial = new Map();
    for (const board of probes) {
        if (board.serial === undefined)
            continue;
        const first = bySerial.get(board.serial.toLowerCase());
        if (first) {
            warn(board.name, 'serial', `boards '${first.name}' and '${board.name}' have the same probe serial ${board.serial}: ` +
                'they are one probe, and jobs on either wait for the other');
        }
        else {
            bySerial.set(board.serial.toLowerCase(), board);
        }
    }
    // One state file is one board: runs on either name share its flash, and
    // (one lock per state file) wait for each other.
    const byState = new Map();
    for (const board of inv.boards.values()) {
        if (!board.virtual?.state)
            continue;
        const key = (0,real_path/* realPath */.Y)(board.virtual.state);
        const first = byState.get(key);
        if (first) {
            warn(board.name, 'virtual', `boards '${first.name}' and '${board.name}' share the state file ${board.virtual.state}: ` +
                'they are one virtual board, and jobs on either wait for the other');
        }
        else {
            byState.set(key, board);
        }
    }
    return warnings;
}
function sameInterface(a, b) {
    return a.interface.join('\n') === b.interface.join('\n');
}

// EXTERNAL MODULE: ./src/board/inventory.ts + 1 modules
var board_inventory = __webpack_require__(4180);
// EXTERNAL MODULE: ./src/board/virtual.ts
var virtual = __webpack_require__(8107);
// EXTERNAL MODULE: ./src/util/yaml-schema.ts
var yaml_schema = __webpack_require__(6709);
;// CONCATENATED MODULE: ./src/cli/inventory-check.ts
// Loads the board inventory for `boards` and `doctor` and sorts the outcome
// into valid (with warnings), invalid (with file:line problems) or absent.





function checkInventory(file, env) {
    const location = (0,board_inventory/* resolveInventoryPath */.Es)({ path: file, env });
    if (location.source === 'default' && !(0,external_node_fs_.existsSync)(location.path))
        return { kind: 'absent', location };
    try {
        const inventory = (0,board_inventory/* loadInventory */.pl)({ path: location.path, env });
        return { kind: 'valid', location, inventory, warnings: inventoryWarnings(inventory) };
    }
    catch (err) {
        if (err instanceof yaml_schema/* SourceError */.c8)
            return { kind: 'invalid', location, problems: err.problems.map(yaml_schema/* formatProblem */.Vw) };
        if (err instanceof virtual/* BoardError */.db)
            return { kind: 'invalid', location, problems: [err.message] };
        throw err;
    }
}
function absentMessage(location) {
    return `no board inventory at ${location.path} (set ${board_inventory/* INVENTORY_ENV */.xr} or pass --inventory FILE)`;
}


/***/ })

};
