export const id = 347;
export const ids = [347,180];
export const modules = {

/***/ 4180:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xr: () => (/* binding */ INVENTORY_ENV),
  loadInventory: () => (/* binding */ loadInventory),
  resolveBoard: () => (/* binding */ resolveBoard),
  Es: () => (/* binding */ resolveInventoryPath)
});

// UNUSED EXPORTS: DEFAULT_INVENTORY, parseInventory

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/util/yaml-schema.ts
var yaml_schema = __webpack_require__(6709);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(8532);
// EXTERNAL MODULE: ./src/board/spec.ts
var spec = __webpack_require__(4673);
// EXTERNAL MODULE: ./src/util/units.ts
var units = __webpack_require__(6127);
// EXTERNAL MODULE: ./src/board/virtual.ts
var board_virtual = __webpack_require__(8107);
// EXTERNAL MODULE: ./src/sim/faults.ts
var faults = __webpack_require__(2718);
;// CONCATENATED MODULE: ./src/board/inventory-schema.ts
// The zod schema of the board inventory file (`version: 1`). Strict objects
// everywhere: a misspelt key on a lab runner must fail loudly, not be ignored.





const inventory_schema_text = schemas/* string */.YjP({ error: 'expected a string' })
    .min(1, 'must not be empty')
    .refine((s) => !(0,board_virtual/* controlCharacterProblem */.wB)(s), 'must not contain control characters');
/** A fault spec, as `--fault` takes it: checked here so that a bad one makes the inventory invalid. */
const fault = inventory_schema_text.superRefine((spec, ctx) => {
    try {
        (0,faults/* parseFault */.Gm)(spec);
    }
    catch (err) {
        ctx.addIssue({ code: 'custom', message: err.message });
    }
});
const list = (what) => schemas/* union */.KCZ([inventory_schema_text.transform((s) => [s]), schemas/* array */.YOg(inventory_schema_text)], {
    error: `expected ${what} or a list of them`,
});
const files = list('a file name');
const someFiles = files.refine((f) => f.length > 0, 'needs at least one file');
/** A command as argv; numbers are accepted (`-p 2`) and passed on as text. */
const argv = schemas/* array */.YOg(schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()]).transform(String), {
    error: (issue) => issue.input === undefined ? 'missing command' : 'expected a command as a list of words',
})
    .min(1, 'needs at least the program name');
const flashSize = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()]).transform((size, ctx) => {
    const bytes = (0,units/* parseSize */.DB)(size);
    if (bytes === undefined)
        ctx.issues.push({ code: 'custom', input: size, message: `'${size}' is not a size such as 64K` });
    return bytes ?? core/* NEVER */.tm;
});
const virtual = schemas/* strictObject */.rej({
    chip: schemas/* enum */.k5n(spec/* VIRTUAL_CHIPS */.u, { error: `expected chip ${spec/* VIRTUAL_CHIPS */.u.join(' or ')}` }),
    'flash-size': flashSize.optional(),
    state: inventory_schema_text.optional(),
    faults: schemas/* array */.YOg(fault).optional(),
    'power-switch': inventory_schema_text.optional(),
})
    .superRefine((v, ctx) => {
    const problem = v['flash-size'] === undefined ? undefined : (0,board_virtual/* flashSizeProblem */.JF)(v.chip, v['flash-size']);
    if (problem)
        ctx.addIssue({ code: 'custom', path: ['flash-size'], message: problem });
});
// Keys that describe a physical probe and mean nothing for the simulator.
const PROBE_KEYS = [
    'interface',
    'target',
    'config',
    'serial',
    'transport',
    'speed',
    'search-dirs',
];
const isObject = (v) => typeof v === 'object' && v !== null;
const board = schemas/* strictObject */.rej({
    interface: someFiles.optional(),
    target: someFiles.optional(),
    config: files.optional(),
    // An unquoted serial such as 000123 is a YAML number and would lose its zeros.
    serial: schemas/* string */.YjP({ error: 'expected the serial as a quoted string, e.g. serial: "000123"' })
        .min(1)
        .refine((s) => !(0,board_virtual/* controlCharacterProblem */.wB)(s), 'must not contain control characters')
        .optional(),
    transport: inventory_schema_text.optional(),
    speed: schemas/* number */.aig({ error: 'expected a number of kHz' })
        .int('expected a whole number of kHz')
        .positive('expected a positive number of kHz')
        .optional(),
    commands: schemas/* array */.YOg(inventory_schema_text).optional(),
    'search-dirs': files.optional(),
    labels: schemas/* array */.YOg(schemas/* string */.YjP().regex(/^[\w.-]+$/, 'labels are words of letters, digits, _ . -'))
        .optional(),
    'power-cycle': schemas/* strictObject */.rej({ off: argv, on: argv }).optional(),
    'connect-under-reset': schemas/* boolean */.zMY({ error: 'expected true or false' }).optional(),
    retries: schemas/* number */.aig({ error: 'expected a number of retries' })
        .int('expected a whole number of retries')
        .min(0, 'expected 0 or more retries')
        .max(20, 'at most 20 retries')
        .optional(),
    virtual: virtual.optional(),
    /** The board's serial console, for `run` steps that capture uart. */
    uart: schemas/* strictObject */.rej({
        device: inventory_schema_text,
        baud: schemas/* number */.aig({ error: 'expected a baud rate such as 115200' })
            .int('expected a whole baud rate')
            .positive('expected a positive baud rate')
            .default(115200),
    })
        .optional(),
})
    .superRefine((b, ctx) => {
    if (b.virtual) {
        for (const key of PROBE_KEYS) {
            if (b[key] !== undefined)
                ctx.addIssue({
                    code: 'custom',
                    path: [key],
                    message: `'${key}' does not apply to a virtual board`,
                });
        }
    }
    else {
        for (const key of ['interface', 'target']) {
            if (b[key] === undefined)
                ctx.addIssue({
                    code: 'custom',
                    path: [],
                    message: `board needs '${key}' (or 'virtual')`,
                });
        }
    }
}, 
// Also when a value inside is invalid, so that every problem shows at once.
{ when: (payload) => isObject(payload.value) });
const BOARD_NAME = /^[A-Za-z0-9][\w.-]*$/;
// Names zod's type errors in the inventory's own terms.
const expected = (what) => (issue) => issue.code === 'invalid_type' ? `expected ${what}` : undefined;
const inventorySchema = schemas/* strictObject */.rej({
    version: schemas/* literal */.euz(1, {
        error: (issue) => issue.input === undefined
            ? "missing 'version: 1'"
            : 'unsupported inventory version: expected 1',
    }),
    boards: schemas/* record */.g1P(schemas/* string */.YjP().regex(BOARD_NAME), board, {
        error: (issue) => issue.code === 'invalid_key'
            ? 'board names are letters, digits, _ . - and start with a letter or digit'
            : expected('a map of board names to boards')(issue),
    }),
}, { error: expected("a map with 'version: 1' and 'boards'") });

;// CONCATENATED MODULE: ./src/board/inventory.ts
// The runner's board inventory: a YAML file the lab admin owns, so that
// workflows say `board: nucleo-f401-2` instead of repeating probe serials.




const INVENTORY_ENV = 'OPENOCD_FLASH_INVENTORY';
const DEFAULT_INVENTORY = '/etc/openocd-flash/boards.yml';
/** Explicit path > $OPENOCD_FLASH_INVENTORY > /etc/openocd-flash/boards.yml. */
function resolveInventoryPath(opts) {
    if (opts.path)
        return { path: opts.path, source: 'option' };
    const fromEnv = opts.env[INVENTORY_ENV];
    if (fromEnv)
        return { path: fromEnv, source: 'env' };
    return { path: DEFAULT_INVENTORY, source: 'default' };
}
/** Reads and validates the inventory; throws BoardError or SourceError (with lines). */
function loadInventory(opts) {
    const where = resolveInventoryPath(opts);
    let text;
    try {
        text = (0,yaml_schema/* readYamlFile */.kv)(where.path);
    }
    catch (err) {
        if (err instanceof yaml_schema/* SourceError */.c8)
            throw err;
        const reason = err.code === 'ENOENT' ? 'not found' : err.message;
        const hint = where.source === 'default' ? ` (set ${INVENTORY_ENV} or pass the inventory path)` : '';
        throw new board_virtual/* BoardError */.db(`board inventory ${where.path}: ${reason}${hint}`);
    }
    return parseInventory(text, where.path);
}
/** Validates inventory text; relative paths in it are relative to `file`'s folder. */
function parseInventory(text, file) {
    const { value, locate } = (0,yaml_schema/* parseYaml */.hN)(text, file, inventorySchema);
    const base = external_node_path_default().dirname(external_node_path_default().resolve(file));
    const boards = new Map();
    for (const [name, entry] of Object.entries(value.boards))
        boards.set(name, toBoardSpec(name, entry, base));
    return { file, boards, locate };
}
function toBoardSpec(name, entry, base) {
    const board = {
        name,
        interface: entry.interface ?? [],
        target: entry.target ?? [],
        config: entry.config ?? [],
        serial: entry.serial,
        speed: entry.speed,
        transport: entry.transport,
        commands: entry.commands ?? [],
        searchDirs: (entry['search-dirs'] ?? []).map((dir) => external_node_path_default().resolve(base, dir)),
        labels: entry.labels ?? [],
        powerCycle: entry['power-cycle'],
        retries: entry.retries,
        connectUnderReset: entry['connect-under-reset'],
        uart: entry.uart && { ...entry.uart, device: external_node_path_default().resolve(base, entry.uart.device) },
    };
    if (entry.virtual) {
        const { chip, 'flash-size': flashSize, state, faults = [] } = entry.virtual;
        const powerSwitch = entry.virtual['power-switch'];
        board.virtual = {
            chip,
            flashSize,
            state: state && external_node_path_default().resolve(base, state),
            faults,
            powerSwitch: powerSwitch && external_node_path_default().resolve(base, powerSwitch),
        };
    }
    return board;
}
/**
 * `virtual:<chip>[:<size>]` needs no inventory; any other name is looked up
 * in it. `inventory` may be a loader, called only when a name needs it.
 */
function resolveBoard(ref, inventory) {
    const virtual = (0,board_virtual/* parseVirtualRef */.yC)(ref);
    if (virtual)
        return virtual;
    const inv = typeof inventory === 'function' ? inventory() : inventory;
    if (!inv)
        throw new board_virtual/* BoardError */.db(`board '${ref}' needs a board inventory, and none was given`);
    const board = inv.boards.get(ref);
    if (board)
        return board;
    const known = [...inv.boards.keys()];
    const listed = known.length > 0 ? `known boards: ${known.join(', ')}` : 'it lists no boards';
    throw new board_virtual/* BoardError */.db(`unknown board '${ref}' in ${inv.file}; ${listed} (or use virtual:<chip>)`);
}


/***/ }),

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
        const inventory = (0,board_inventory.loadInventory)({ path: location.path, env });
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
