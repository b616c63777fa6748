export const id = 180;
export const ids = [180];
export const modules = {

/***/ 94180:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadInventory: () => (/* binding */ loadInventory),
  resolveBoard: () => (/* binding */ resolveBoard)
});

// UNUSED EXPORTS: DEFAULT_INVENTORY, INVENTORY_ENV, parseInventory, resolveInventoryPath

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/util/yaml-schema.ts
var yaml_schema = __webpack_require__(16709);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(88532);
// EXTERNAL MODULE: ./src/board/spec.ts
var spec = __webpack_require__(64673);
// EXTERNAL MODULE: ./src/util/units.ts
var units = __webpack_require__(46127);
// EXTERNAL MODULE: ./src/board/virtual.ts
var board_virtual = __webpack_require__(18107);
// EXTERNAL MODULE: ./src/sim/faults.ts
var faults = __webpack_require__(62718);
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


/***/ })

};
