export const id = 257;
export const ids = [257,180];
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

/***/ 8184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ doctor)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/cli/inventory-check.ts + 1 modules
var inventory_check = __webpack_require__(3908);
;// CONCATENATED MODULE: ./src/cli/doctor/check.ts
const make = (status) => (subject, message) => ({ status, subject, message });
const ok = make('ok');
const warn = make('warn');
const fail = make('fail');
function formatCheck(c) {
    return `${c.status.padEnd(4)}  ${c.subject}: ${c.message}`;
}

// EXTERNAL MODULE: ./src/util/yaml-schema.ts
var yaml_schema = __webpack_require__(6709);
// EXTERNAL MODULE: ./src/board/inventory.ts + 1 modules
var inventory = __webpack_require__(4180);
;// CONCATENATED MODULE: ./src/cli/doctor/inventory.ts
// Doctor: the board inventory, as `openocd-flash boards` checks it.




const SUBJECT = 'inventory';
function inventoryChecks(check) {
    const { path, source } = check.location;
    if (check.kind === 'absent')
        return [
            warn(SUBJECT, `${(0,inventory_check/* absentMessage */.h)(check.location)}; only virtual: and explicit boards work`),
        ];
    if (check.kind === 'invalid')
        return check.problems.map((p) => fail(SUBJECT, p));
    const boards = [...check.inventory.boards.values()];
    const virtual = boards.filter((b) => b.virtual).length;
    const from = source === 'option' ? '--inventory' : source === 'env' ? `$${inventory/* INVENTORY_ENV */.xr}` : 'default';
    return [
        ok(SUBJECT, `${path} (${from}) is valid: ${boards.length} boards, ${boards.length - virtual} with a probe, ${virtual} virtual`),
        ...check.warnings.map((w) => warn(SUBJECT, (0,yaml_schema/* formatProblem */.Vw)(w))),
    ];
}

// EXTERNAL MODULE: ./src/board/lock-dir.ts
var lock_dir = __webpack_require__(2991);
;// CONCATENATED MODULE: ./src/cli/doctor/lock-dir.ts
// Doctor: can this process queue for probes, and in which folder? Runners
// whose lock folders differ do not see each other's locks.




const lock_dir_SUBJECT = 'lock directory';
function checkLockDir(option, env) {
    const dir = (0,lock_dir/* resolveLockDir */.lT)({ dir: option, env });
    const fallback = !option && !env[lock_dir/* LOCK_DIR_ENV */.OJ] && dir !== lock_dir/* SYSTEM_LOCK_DIR */.Uq;
    const from = option
        ? '--lock-dir'
        : env[lock_dir/* LOCK_DIR_ENV */.OJ]
            ? `$${lock_dir/* LOCK_DIR_ENV */.OJ}`
            : fallback
                ? `${lock_dir/* SYSTEM_LOCK_DIR */.Uq} is not writable, so a temp folder`
                : 'default';
    let state;
    try {
        state = (0,external_node_fs_.existsSync)(dir) ? tryWrite(dir) : tryCreate(dir);
    }
    catch (err) {
        return fail(lock_dir_SUBJECT, `${dir} (${from}) is not writable: ${err.message}; set ${lock_dir/* LOCK_DIR_ENV */.OJ} to a folder every runner on this host can write`);
    }
    const message = `${dir} (${from}) ${state}; every runner on this host must use this same folder (set ${lock_dir/* LOCK_DIR_ENV */.OJ} in each runner's environment)`;
    return fallback ? warn(lock_dir_SUBJECT, message) : ok(lock_dir_SUBJECT, message);
}
// What a lock does there: create and remove a file.
function tryWrite(dir) {
    const probe = external_node_path_default().join(dir, `.doctor-${process.pid}`);
    (0,external_node_fs_.writeFileSync)(probe, '');
    (0,external_node_fs_.unlinkSync)(probe);
    // Runners may run as different users; each must be able to queue and to clear dead holders.
    return ((0,external_node_fs_.statSync)(dir).mode & 0o002) === 0
        ? 'is writable, by its owner and group only: enough when every runner runs as one user'
        : 'is writable';
}
// Without creating it: the first lock creates it, open to every user.
function tryCreate(dir) {
    let parent = external_node_path_default().dirname(dir);
    while (!(0,external_node_fs_.existsSync)(parent))
        parent = external_node_path_default().dirname(parent);
    if (!(0,external_node_fs_.statSync)(parent).isDirectory())
        throw new Error(`${parent} is not a folder`);
    (0,external_node_fs_.accessSync)(parent, external_node_fs_.constants.W_OK);
    return 'does not exist yet; the first run creates it';
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/openocd/binary.ts
// Finding an OpenOCD binary and the facts it tells about itself: its file
// name, the version it reports and where its scripts are. Shared by the
// action's provisioning and the CLI's doctor, which word the advice for
// their own users, so nothing here names an input or an option.





const execFileAsync = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** Running a binary to learn its version failed; `cause` is why. */
class BinaryError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = 'BinaryError';
    }
}
function openOcdFileName(platform = process.platform) {
    return platform.startsWith('win32') ? 'openocd.exe' : 'openocd';
}
/** The first executable `openocd` along PATH, or undefined. */
async function findOpenOcdOnPath(pathVar = process.env.PATH ?? '') {
    const name = openOcdFileName();
    for (const dir of pathVar.split(external_node_path_.delimiter).filter(Boolean)) {
        const candidate = (0,external_node_path_.join)(dir, name);
        if (await isExecutableFile(candidate))
            return candidate;
    }
    return undefined;
}
/** Why `path` cannot be run as a program, or undefined when it can. */
async function executableProblem(path) {
    const info = await stat(resolve(path)).catch(() => undefined);
    if (info === undefined)
        return 'does not exist';
    if (!(await isExecutableFile(resolve(path))))
        return 'is not an executable file';
    return undefined;
}
async function isExecutableFile(path) {
    const info = await (0,promises_.stat)(path).catch(() => undefined);
    if (!info?.isFile())
        return false;
    return (0,promises_.access)(path, external_node_fs_.constants.X_OK).then(() => true, () => false);
}
/** The first line OpenOCD prints for `--version`, e.g. "Open On-Chip Debugger 0.12.0". */
async function readOpenOcdVersion(binary) {
    let stderr;
    try {
        ;
        ({ stderr } = await execFileAsync(binary, ['--version'], {
            timeout: 15_000,
            windowsHide: true,
        }));
    }
    catch (error) {
        throw new BinaryError(`Running "${binary} --version" failed: ${error.message}`, {
            cause: error,
        });
    }
    const line = stderr.split(/\r?\n/).find((l) => l.trim() !== '');
    if (line === undefined) {
        throw new BinaryError(`"${binary} --version" printed no version on stderr.`);
    }
    return line.trim();
}
/**
 * The scripts folder that belongs to this binary: the xPack layout
 * (`<root>/openocd/scripts`) or an install prefix (`<prefix>/share/openocd/scripts`).
 * Links are resolved first, as /usr/bin/openocd may point elsewhere.
 */
async function findScriptsDir(binary) {
    const prefix = (0,external_node_path_.dirname)((0,external_node_path_.dirname)(await (0,promises_.realpath)(binary)));
    for (const candidate of [
        (0,external_node_path_.join)(prefix, 'openocd', 'scripts'),
        (0,external_node_path_.join)(prefix, 'share', 'openocd', 'scripts'),
    ]) {
        if (await exists(candidate))
            return candidate;
    }
    return undefined;
}
async function exists(path) {
    return (0,promises_.access)(path).then(() => true, () => false);
}

// EXTERNAL MODULE: ./src/openocd/build.ts
var openocd_build = __webpack_require__(6274);
;// CONCATENATED MODULE: ./src/cli/doctor/openocd.ts
// Doctor: is there an OpenOCD, which build is it, and does it fit the boards
// of the inventory (known hazards of the build, ST-Link transports)?





const openocd_SUBJECT = 'openocd';
async function checkOpenOcd(binary, boards = []) {
    const path = binary ?? (await findOpenOcdOnPath());
    if (path === undefined)
        return [
            fail(openocd_SUBJECT, 'not found on PATH: install it (apt-get install openocd, or the xPack build) or pass --openocd PATH'),
        ];
    let line;
    try {
        line = await readOpenOcdVersion(path);
    }
    catch (err) {
        const cause = err.cause;
        return [fail(openocd_SUBJECT, `cannot run ${path}: ${cause?.message ?? err.message}`)];
    }
    const build = (0,openocd_build/* parseOpenOcdBanner */.cJ)(line);
    if (!build)
        return [warn(openocd_SUBJECT, `${path}: cannot read a version from "${line}"`)];
    const checks = [];
    // `adapter serial`, which selects the probe of a board, is new in 0.12.
    const [major, minor] = build.version.split('.').map(Number);
    if (major === 0 && minor < 12)
        checks.push(warn(openocd_SUBJECT, `${path}: ${line}; boards with a serial need 0.12 or later (adapter serial)`));
    else
        checks.push(ok(openocd_SUBJECT, `${path}: ${line} (${(0,openocd_build/* describeBuild */.SY)(build)})`));
    for (const { hazard, status } of (0,openocd_build/* buildHazards */.S6)(build)) {
        const affected = boards.filter((b) => b.target.some((t) => hazard.targets.test(t)));
        if (affected.length === 0)
            continue;
        const has = status === 'present' ? 'has a known fault' : 'may have a known fault';
        checks.push(warn(openocd_SUBJECT, `this build ${has} for ${names(affected)}: ${hazard.summary}; fixed upstream by ${hazard.fixedBy.commit} (${hazard.fixedBy.date}): do not use 'protect' with it`));
    }
    const hla = await hlaStlinkProblem(path, boards);
    if (hla)
        checks.push(hla);
    return checks;
}
// Upstream 34ec5536c (after 0.12.0) made interface/stlink.cfg select the
// dap-direct `st-link` driver; the HLA transports then fail with "Debug
// adapter doesn't support 'hla_swd' transport".
async function hlaStlinkProblem(binary, boards) {
    const affected = boards.filter((b) => b.transport?.startsWith('hla_') && b.interface.includes('interface/stlink.cfg'));
    if (affected.length === 0)
        return undefined;
    const scripts = await findScriptsDir(binary).catch(() => undefined);
    if (!scripts)
        return undefined;
    const stlink = await (0,promises_.readFile)((0,external_node_path_.join)(scripts, 'interface', 'stlink.cfg'), 'utf8').catch(() => '');
    if (!/^\s*adapter driver st-link\b/m.test(stlink))
        return undefined;
    return warn(openocd_SUBJECT, `${names(affected)}: this OpenOCD's interface/stlink.cfg uses the st-link (dap-direct) driver, so transport hla_swd/hla_jtag fails: use transport swd (or jtag), or interface/stlink-hla.cfg to keep HLA`);
}
function names(boards) {
    const list = boards.map((b) => b.name);
    return `board${list.length > 1 ? 's' : ''} ${list.join(', ')}`;
}

// EXTERNAL MODULE: ./src/util/find-executable.ts
var find_executable = __webpack_require__(5414);
;// CONCATENATED MODULE: ./src/cli/doctor/power-cycle.ts


function powerCycleChecks(boards, env = process.env) {
    return boards.flatMap((board) => {
        const commands = board.powerCycle;
        if (!commands)
            return [];
        const subject = `power-cycle ${board.name}`;
        const missing = ['off', 'on'].flatMap((which) => {
            const program = commands[which][0];
            if ((0,find_executable/* findExecutable */.o)(program, env))
                return [];
            const where = program.includes('/') ? 'is not an executable file' : 'is not on PATH';
            return [`the '${which}' command's program '${program}' ${where}`];
        });
        if (missing.length)
            return [fail(subject, missing.join('; '))];
        return [ok(subject, `off: ${commands.off.join(' ')}; on: ${commands.on.join(' ')}`)];
    });
}

// EXTERNAL MODULE: ./src/board/lock.ts
var board_lock = __webpack_require__(5009);
// EXTERNAL MODULE: ./src/openocd/classify.ts
var classify = __webpack_require__(1070);
// EXTERNAL MODULE: ./src/openocd/config.ts
var config = __webpack_require__(6838);
// EXTERNAL MODULE: ./src/openocd/errors.ts
var errors = __webpack_require__(2695);
// EXTERNAL MODULE: ./src/openocd/session.ts + 9 modules
var openocd_session = __webpack_require__(8051);
;// CONCATENATED MODULE: ./src/cli/doctor/probe.ts
// Doctor --probe: asks OpenOCD itself whether a board's probe is attached and
// its target answers, by starting it with the board's config and running init.







// A job that holds the probe is not disturbed; a moment's wait lets a
// newcomer that is just taking its ticket finish.
const LOCK_WAIT_MS = 500;
const FAILURES = {
    'probe-not-found': 'probe not found',
    'target-not-responding': 'probe found, but the target does not respond',
    'config-not-found': 'a config file was not found',
    'port-in-use': 'a server port is in use',
    'transport-not-supported': 'the adapter does not offer the transport',
};
async function checkProbe(board, opts) {
    const subject = `probe ${board.name}`;
    let lock;
    try {
        lock = await (0,board_lock/* acquireProbeLock */.Ks)((0,board_lock/* probeLockKey */.Zk)(board), {
            dir: opts.lockDir,
            timeoutMs: LOCK_WAIT_MS,
            description: opts.description,
        });
    }
    catch (err) {
        if (!(err instanceof board_lock/* LockTimeoutError */.XB))
            return fail(subject, err.message);
        const by = err.holder ? `held by ${(0,board_lock/* formatHolder */.aS)(err.holder)}` : 'busy';
        return warn(subject, `not probed: ${by}`);
    }
    try {
        return await openProbe(board, subject, opts);
    }
    finally {
        lock.release();
    }
}
async function openProbe(board, subject, opts) {
    const serial = board.serial ? ` (serial ${board.serial})` : '';
    const started = Date.now();
    try {
        const session = await openocd_session/* Session */.N.start({
            binary: opts.binary,
            searchDirs: board.searchDirs,
            config: (0,config/* boardConfig */.XN)(board),
            logFile: external_node_path_default().join(opts.logDir, `${board.name}.log`),
            startTimeoutMs: opts.timeoutMs,
            commandTimeoutMs: opts.timeoutMs,
        });
        await session.close();
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        return ok(subject, `probe${serial} found and target responds (OpenOCD init in ${seconds} s)`);
    }
    catch (err) {
        if (err instanceof errors/* ProcessError */.yI) {
            const what = FAILURES[err.failure] ?? 'OpenOCD could not initialise';
            return fail(subject, `${what}${serial}: ${lastError(err.logTail) ?? err.failure}`);
        }
        if (err instanceof errors/* OpenOcdError */.fL)
            return fail(subject, err.message.split('\n')[0]);
        throw err;
    }
}
/** OpenOCD's last `Error:` line: usually the one that names the cause. */
function lastError(log) {
    return (0,classify/* withoutHarmlessErrors */.px)(log.split('\n'))
        .filter((l) => l.startsWith('Error:'))
        .at(-1);
}

;// CONCATENATED MODULE: ./src/cli/doctor/usb.ts
// Doctor, Linux only: hints on why OpenOCD might not open a USB probe. They
// are hints, never failures: a probe check with --probe asks OpenOCD itself.



const USB_DEVICES = '/dev/bus/usb';
const RULES_DIRS = ['/etc/udev/rules.d', '/usr/lib/udev/rules.d', '/lib/udev/rules.d'];
// The group OpenOCD's own udev rules (60-openocd.rules) give probes to.
const RULES_GROUP = 'plugdev';
function usbChecks() {
    return [usbDevices(), udevRules()];
}
function usbDevices() {
    if (!(0,external_node_fs_.existsSync)(USB_DEVICES))
        return warn('usb', `no ${USB_DEVICES}: this system sees no USB devices (in a container, pass them in, e.g. --device ${USB_DEVICES})`);
    const devices = (0,external_node_fs_.readdirSync)(USB_DEVICES).flatMap((bus) => listDir(external_node_path_default().join(USB_DEVICES, bus)).map((d) => external_node_path_default().join(USB_DEVICES, bus, d)));
    const closed = devices.filter((d) => !canReadWrite(d));
    if (closed.length === 0)
        return ok('usb', `${devices.length} USB devices, all readable and writable by this user`);
    return warn('usb', `${closed.length} of ${devices.length} USB devices are not readable and writable by this user ` +
        `(e.g. ${closed[0]}); OpenOCD cannot open a probe among them: see the udev rules`);
}
function udevRules() {
    const dirs = [...new Set(RULES_DIRS.filter(external_node_fs_.existsSync).map((d) => (0,external_node_fs_.realpathSync)(d)))];
    const rules = dirs.flatMap((d) => listDir(d)
        .filter((f) => /openocd/i.test(f))
        .map((f) => external_node_path_default().join(d, f)));
    if (rules.length === 0)
        return warn('udev', `no OpenOCD udev rules in ${RULES_DIRS.join(', ')}: copy OpenOCD's contrib/60-openocd.rules ` +
            'to /etc/udev/rules.d, run udevadm control --reload and udevadm trigger, then replug the probes');
    if (!inRulesGroup())
        return warn('udev', `${rules.join(', ')} present, but this user is not in group ${RULES_GROUP}, ` +
            `which those rules give the probes to: usermod -aG ${RULES_GROUP} <runner user>, then restart the runner`);
    return ok('udev', `${rules.join(', ')} present`);
}
function listDir(dir) {
    try {
        return (0,external_node_fs_.readdirSync)(dir);
    }
    catch {
        return [];
    }
}
function canReadWrite(file) {
    try {
        (0,external_node_fs_.accessSync)(file, external_node_fs_.constants.R_OK | external_node_fs_.constants.W_OK);
        return true;
    }
    catch {
        return false;
    }
}
function inRulesGroup() {
    if (process.getuid?.() === 0)
        return true;
    let groups = '';
    try {
        groups = (0,external_node_fs_.readFileSync)('/etc/group', 'utf8');
    }
    catch {
        // No group file: then no such group either.
    }
    const line = groups.split('\n').find((l) => l.startsWith(`${RULES_GROUP}:`));
    const gid = line === undefined ? NaN : Number(line.split(':')[2]);
    return process.getgroups?.().includes(gid) ?? false;
}

// EXTERNAL MODULE: ./src/cli/command-options.ts
var command_options = __webpack_require__(560);
// EXTERNAL MODULE: ./src/cli/lock-holder.ts
var lock_holder = __webpack_require__(9074);
// EXTERNAL MODULE: ./src/exit-codes.ts
var exit_codes = __webpack_require__(1084);
;// CONCATENATED MODULE: ./src/cli/commands/doctor.ts
// openocd-flash doctor: checks what a runner host needs (OpenOCD, the
// inventory, the lock folder, USB access, with --probe the probes themselves)
// and prints one line per check.














const HELP = `usage: openocd-flash doctor [options]

Checks this runner host: OpenOCD found, its build and its known faults for
the inventory's boards, the board inventory, the programs its power-cycle
commands run, the probe lock folder, USB access hints (Linux), and with --probe whether
OpenOCD finds each board's probe and target. One line per check: ok, warn
or fail.

options:
  --inventory FILE   board inventory (default: $OPENOCD_FLASH_INVENTORY, /etc/openocd-flash/boards.yml)
  --openocd PATH     the OpenOCD binary (default: openocd on PATH)
  --lock-dir DIR     probe lock folder (default: $OPENOCD_FLASH_LOCK_DIR, /var/lock/openocd-flash)
  --probe            start OpenOCD for each board with a probe (boards another job holds are skipped)

exit codes: 0 no failures, 2 invalid inventory or options, 3 a check failed.`;
const OPTIONS = {
    help: { type: 'boolean', short: 'h' },
    inventory: { type: 'string' },
    openocd: { type: 'string' },
    'lock-dir': { type: 'string' },
    probe: { type: 'boolean', default: false },
};
const PROBE_TIMEOUT_MS = 10_000;
async function doctor(argv) {
    const parsed = (0,command_options/* commandOptions */.i)('doctor', argv, OPTIONS, HELP);
    if (typeof parsed === 'number')
        return parsed;
    const { values } = parsed;
    const checks = [];
    const report = (c) => {
        checks.push(c);
        console.log(formatCheck(c));
    };
    const inventory = (0,inventory_check/* checkInventory */.L)(values.inventory, process.env);
    const boards = inventory.kind === 'valid' ? [...inventory.inventory.boards.values()] : [];
    (await checkOpenOcd(values.openocd, boards)).forEach(report);
    inventoryChecks(inventory).forEach(report);
    powerCycleChecks(boards).forEach(report);
    report(checkLockDir(values['lock-dir'], process.env));
    if (process.platform === 'linux' && mayUseUsb(inventory))
        usbChecks().forEach(report);
    if (values.probe)
        await probeChecks(inventory, values, report);
    const count = (s) => checks.filter((c) => c.status === s).length;
    console.log(`doctor: ${count('ok')} ok, ${count('warn')} warnings, ${count('fail')} failures`);
    if (inventory.kind === 'invalid')
        return exit_codes/* ExitCode */.y.InvalidInput;
    return count('fail') > 0 ? exit_codes/* ExitCode */.y.Infrastructure : exit_codes/* ExitCode */.y.Success;
}
// USB hints are noise on a host whose inventory lists only virtual boards.
function mayUseUsb(inventory) {
    return (inventory.kind !== 'valid' || [...inventory.inventory.boards.values()].some((b) => !b.virtual));
}
async function probeChecks(inventory, options, report) {
    if (inventory.kind !== 'valid') {
        const why = inventory.kind === 'absent' ? (0,inventory_check/* absentMessage */.h)(inventory.location) : 'the inventory is invalid';
        return report(warn('probes', `not probed: ${why}`));
    }
    const boards = [...inventory.inventory.boards.values()].filter((b) => !b.virtual);
    if (boards.length === 0)
        return report(ok('probes', 'the inventory lists no board with a probe'));
    const logDir = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join(external_node_os_default().tmpdir(), 'openocd-flash-doctor-'));
    try {
        // One at a time: boards may share a probe, and each takes its lock.
        for (const board of boards) {
            report(await checkProbe(board, {
                binary: options.openocd,
                lockDir: options['lock-dir'],
                logDir,
                timeoutMs: PROBE_TIMEOUT_MS,
                description: (0,lock_holder/* lockHolder */.m)('doctor --probe'),
            }));
        }
    }
    finally {
        (0,external_node_fs_.rmSync)(logDir, { recursive: true, force: true });
    }
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


/***/ }),

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
