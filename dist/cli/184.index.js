export const id = 184;
export const ids = [184];
export const modules = {

/***/ 5184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/util/children.ts
var children = __webpack_require__(789);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/board/inventory.ts + 1 modules
var inventory = __webpack_require__(4180);
// EXTERNAL MODULE: ./src/board/virtual.ts
var virtual = __webpack_require__(8107);
;// CONCATENATED MODULE: ./src/board/select.ts
// Which board a run targets, from what the user gave: an inventory name or
// `virtual:<chip>`, or explicit interface/target configs. Shared by the CLI
// and the action so both accept and reject the same things.


function selectBoard(choice, env) {
    const explicitFiles = [...choice.interface, ...choice.target, ...choice.config];
    if (choice.board) {
        if (choice.interface.length || choice.target.length) {
            throw new virtual/* BoardError */.db(`give either a board ('${choice.board}') or interface/target configs, not both`);
        }
        const base = (0,inventory/* resolveBoard */.TT)(choice.board, () => (0,inventory/* loadInventory */.pl)({ path: choice.inventory, env }));
        if (!base.virtual && (choice.state || choice.faults.length)) {
            throw new virtual/* BoardError */.db(`state files and faults are for virtual boards; '${choice.board}' is a real one`);
        }
        return {
            ...base,
            config: [...base.config, ...choice.config],
            commands: [...base.commands, ...choice.commands],
            searchDirs: [...base.searchDirs, ...choice.searchDirs],
            serial: choice.serial ?? base.serial,
            speed: choice.speed ?? base.speed,
            transport: choice.transport ?? base.transport,
            virtual: base.virtual && {
                ...base.virtual,
                state: choice.state ?? base.virtual.state,
                faults: [...base.virtual.faults, ...choice.faults],
            },
        };
    }
    if (explicitFiles.length === 0) {
        throw new virtual/* BoardError */.db('say which board: a board name from the inventory, virtual:stm32f103 / virtual:stm32f407, or interface and target config files');
    }
    if (choice.state || choice.faults.length) {
        throw new virtual/* BoardError */.db('state files and faults are for virtual boards (virtual:<chip>)');
    }
    return {
        name: [...choice.interface, ...choice.target]
            .map((f) => f.replace(/^.*\//, '').replace(/\.cfg$/, ''))
            .join('+') || 'custom',
        interface: choice.interface,
        target: choice.target,
        config: choice.config,
        serial: choice.serial,
        speed: choice.speed,
        transport: choice.transport,
        commands: choice.commands,
        searchDirs: choice.searchDirs,
        labels: [],
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/board/lock.ts
var lock = __webpack_require__(5009);
// EXTERNAL MODULE: ./src/exit-codes.ts
var exit_codes = __webpack_require__(1084);
// EXTERNAL MODULE: ./src/image/index.ts + 3 modules
var src_image = __webpack_require__(6932);
// EXTERNAL MODULE: ./src/openocd/config.ts
var openocd_config = __webpack_require__(6838);
// EXTERNAL MODULE: ./src/openocd/errors.ts
var errors = __webpack_require__(2695);
// EXTERNAL MODULE: ./src/openocd/session.ts + 4 modules
var session = __webpack_require__(4024);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/util/yaml-schema.ts
var yaml_schema = __webpack_require__(6709);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(8532);
// EXTERNAL MODULE: ./src/util/units.ts
var units = __webpack_require__(6127);
;// CONCATENATED MODULE: ./src/plan/schema.ts
// The step file, version 1: what should happen to the board, as data.
// Validated before anything touches the target; `schema/steps.schema.json`
// is generated from this for editors (npm run schema).


const ADDRESS_HELP = 'an address: a number such as 0x08000000';
const SIZE_HELP = 'a size: a number of bytes, or with K or M (16K, 1M)';
/** Numbers may be YAML integers (0x08000000 is one) or strings with _ separators. */
const address = schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP()], { error: ADDRESS_HELP }).transform((v, ctx) => {
    const n = typeof v === 'number' ? v : Number(v.replace(/_/g, '').trim());
    if (!Number.isSafeInteger(n) || n < 0 || n > 0xffffffff) {
        ctx.addIssue({ code: 'custom', message: `${JSON.stringify(v)} is not ${ADDRESS_HELP}` });
        return core/* NEVER */.tm;
    }
    return n;
});
const size = schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP()], { error: SIZE_HELP }).transform((v, ctx) => {
    const n = (0,units/* parseSize */.D)(v);
    if (n === undefined) {
        ctx.addIssue({ code: 'custom', message: `${JSON.stringify(v)} is not ${SIZE_HELP}` });
        return core/* NEVER */.tm;
    }
    return n;
});
const DURATION_HELP = 'a duration such as 30s, 500ms or 2m';
const duration = schemas/* union */.KCZ([schemas/* number */.aig().positive(), schemas/* string */.YjP().regex(/^\d+(\.\d+)?\s*(ms|s|m)?$/, DURATION_HELP)])
    .transform((v) => (typeof v === 'number' ? v * 1000 : (0,units/* parseDuration */.E)(v)));
const bankIndex = schemas/* number */.aig().int().nonnegative();
/** `all`, one sector, a list, or a range such as `2-7`. */
const sectors = schemas/* union */.KCZ([
    schemas/* literal */.euz('all'),
    schemas/* number */.aig().int().nonnegative(),
    schemas/* array */.YOg(schemas/* number */.aig().int().nonnegative()).min(1),
    schemas/* string */.YjP().regex(/^\d+\s*-\s*\d+$/, 'a sector range such as 2-7'),
], { error: "sectors: 'all', a number, a list of numbers, or a range such as 2-7" });
/** Either sectors of a bank, or an address range rounded out to whole sectors. */
const schema_area = schemas/* strictObject */.rej({
    bank: bankIndex.optional(),
    sectors: sectors.optional(),
    address: address.optional(),
    size: size.optional(),
});
const imageFormat = schemas/* enum */.k5n(['bin', 'ihex', 'elf']);
const stepKinds = {
    backup: schemas/* strictObject */.rej({
        /** A bank number or `all`. */
        bank: schemas/* union */.KCZ([bankIndex, schemas/* literal */.euz('all')]).default('all'),
        /** File name pattern inside the output folder; {bank} is replaced. */
        file: schemas/* string */.YjP().min(1).default('backup-bank{bank}.bin'),
    }),
    erase: schema_area,
    write: schemas/* strictObject */.rej({
        image: schemas/* string */.YjP().min(1),
        address: address.optional(),
        format: imageFormat.optional(),
        verify: schemas/* boolean */.zMY().default(true),
    }),
    verify: schemas/* strictObject */.rej({
        /** An image (.elf, .hex, .bin + address) to compare with flash. */
        image: schemas/* string */.YjP().min(1).optional(),
        address: address.optional(),
        format: imageFormat.optional(),
        /** Or a bank compared with a reference file (a golden image). */
        bank: bankIndex.optional(),
        file: schemas/* string */.YjP().min(1).optional(),
        offset: address.optional(),
    }),
    protect: schema_area,
    unprotect: schema_area,
    reset: schemas/* enum */.k5n(['halt', 'run', 'init']),
    dump: schemas/* strictObject */.rej({ address, size, file: schemas/* string */.YjP().min(1) }),
    command: schemas/* string */.YjP().min(1),
};
const STEP_KINDS = Object.keys(stepKinds);
const common = {
    name: schemas/* string */.YjP().min(1).optional(),
    timeout: duration.optional(),
    'continue-on-error': schemas/* boolean */.zMY().default(false),
};
const stepShape = {
    ...common,
    ...Object.fromEntries(STEP_KINDS.map((k) => [k, stepKinds[k].optional()])),
};
const stepSchema = schemas/* strictObject */.rej(stepShape).superRefine((step, ctx) => {
    const kinds = STEP_KINDS.filter((k) => step[k] !== undefined);
    if (kinds.length !== 1) {
        ctx.addIssue({
            code: 'custom',
            message: kinds.length === 0
                ? `a step needs one of: ${STEP_KINDS.join(', ')}`
                : `a step does one thing, but this one has ${kinds.join(' and ')}`,
        });
    }
});
const stepFileSchema = schemas/* strictObject */.rej({
    version: schemas/* literal */.euz(1, { error: 'version: this tool reads step files of version 1' }),
    /** `command` steps bypass every safety check, so a file must opt in. */
    'allow-raw-commands': schemas/* boolean */.zMY().default(false),
    /** What to do with the target before the first step. */
    prepare: schemas/* enum */.k5n(['reset-halt', 'halt', 'none']).default('reset-halt'),
    'on-failure': schemas/* strictObject */.rej({
        /** Write back the backup taken earlier in the run, and verify it. */
        'restore-backup': schemas/* boolean */.zMY().default(false),
        /** Reset the target after a failure (after any restore). */
        reset: schemas/* enum */.k5n(['halt', 'run', 'init', 'none']).default('none'),
    })
        .default({ 'restore-backup': false, reset: 'none' }),
    steps: schemas/* array */.YOg(stepSchema).min(1, 'steps: a step file needs at least one step'),
});

;// CONCATENATED MODULE: ./src/report/format.ts
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

;// CONCATENATED MODULE: ./src/plan/sectors.ts
const hex = (n) => `0x${n.toString(16).padStart(8, '0')}`;
function bankContaining(banks, address) {
    return banks.find((b) => b.size > 0 && address >= b.base && address < b.base + b.size);
}
/** Indices of the units (sectors or protection blocks) that overlap [address, address+size). */
function unitsOverlapping(bank, units, address, size) {
    const start = address - bank.base;
    const end = start + size;
    return units.filter((u) => u.offset < end && u.offset + u.size > start).map((u) => u.index);
}
/** The exact range covered by a contiguous list of units. */
function unitsSpan(bank, units, indices) {
    const first = units[indices[0]];
    const last = units[indices[indices.length - 1]];
    return { address: bank.base + first.offset, size: last.offset + last.size - first.offset };
}
/** Resolves an area (sectors of a bank, or an address range) over sectors or protection blocks. */
function resolveArea(banks, area, unitsOf, unitName) {
    if (area.address !== undefined && area.size !== undefined) {
        const bank = bankContaining(banks, area.address);
        const endBank = bankContaining(banks, area.address + area.size - 1);
        if (!bank || bank !== endBank) {
            throw new Error(`${hex(area.address)}..${hex(area.address + area.size - 1)} is not inside one flash bank (${describeBanks(banks)})`);
        }
        const units = unitsOf(bank);
        const indices = unitsOverlapping(bank, units, area.address, area.size);
        const actual = unitsSpan(bank, units, indices);
        const rounded = actual.address !== area.address || actual.size !== area.size;
        return {
            bank,
            indices,
            rounded: rounded
                ? { requested: { address: area.address, size: area.size }, actual }
                : undefined,
        };
    }
    const bank = banks[area.bank ?? 0];
    if (!bank)
        throw new Error(`there is no flash bank ${area.bank ?? 0} (${describeBanks(banks)})`);
    const count = unitsOf(bank).length;
    const indices = sectorList(area.sectors ?? 'all', count);
    const bad = indices.filter((i) => i >= count);
    if (bad.length)
        throw new Error(`${unitName} ${bad.join(', ')} of bank ${bank.index} does not exist: it has ${count} ${unitName}s (0..${count - 1})`);
    return { bank, indices };
}
function sectorList(spec, count) {
    if (spec === 'all')
        return Array.from({ length: count }, (_, i) => i);
    if (typeof spec === 'number')
        return [spec];
    if (Array.isArray(spec))
        return [...new Set(spec)].sort((a, b) => a - b);
    const [a, b] = spec.split('-').map((s) => Number(s.trim()));
    return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}
function describeBanks(banks) {
    const real = banks.filter((b) => b.size > 0);
    if (!real.length)
        return 'no flash banks';
    return real.map((b) => `bank ${b.index} ${hex(b.base)}..${hex(b.base + b.size - 1)}`).join(', ');
}
/** Groups sorted indices into runs of consecutive numbers: [1,2,3,7] → [[1,3],[7,7]]. */
function runsOf(indices) {
    const runs = [];
    for (const i of indices) {
        const last = runs.at(-1);
        if (last && i === last[1] + 1)
            last[1] = i;
        else
            runs.push([i, i]);
    }
    return runs;
}
/** Protection blocks that contain any of the given sectors. */
function blocksOfSectors(bank, sectorIndices) {
    const blocks = new Set();
    for (const i of sectorIndices) {
        const s = bank.sectors[i];
        for (const b of unitsOverlapping(bank, bank.protectionBlocks, bank.base + s.offset, s.size))
            blocks.add(b);
    }
    return [...blocks].sort((a, b) => a - b);
}

;// CONCATENATED MODULE: ./src/plan/steps.ts
// Typed steps, as the engine runs them, from the validated step file.




function stepKind(raw) {
    return STEP_KINDS.find((k) => raw[k] !== undefined);
}
function toStep(raw, index, line, baseDir) {
    const kind = stepKind(raw);
    const common = {
        index,
        name: raw.name ?? defaultName(raw, kind),
        timeoutMs: raw.timeout,
        continueOnError: raw['continue-on-error'],
        line,
    };
    const abs = (p) => external_node_path_default().resolve(baseDir, p);
    switch (kind) {
        case 'backup':
            return { ...common, kind, ...raw.backup };
        case 'erase':
        case 'protect':
        case 'unprotect':
            return { ...common, kind, area: raw[kind] };
        case 'write': {
            const w = raw.write;
            return {
                ...common,
                kind,
                image: { path: abs(w.image), address: w.address, format: w.format },
                verify: w.verify,
            };
        }
        case 'verify': {
            const v = raw.verify;
            if (v.image !== undefined) {
                return {
                    ...common,
                    kind,
                    image: { path: abs(v.image), address: v.address, format: v.format },
                };
            }
            return {
                ...common,
                kind: 'verify-bank',
                bank: v.bank ?? 0,
                // a missing file is reported by the loader, with its line
                file: v.file === undefined ? '' : abs(v.file),
                offset: v.offset ?? 0,
            };
        }
        case 'reset':
            return { ...common, kind, mode: raw.reset };
        case 'dump':
            return { ...common, kind, ...raw.dump };
        case 'command':
            return { ...common, kind, tcl: raw.command };
    }
}
function defaultName(raw, kind) {
    switch (kind) {
        case 'backup':
            return `backup bank ${raw.backup.bank}`;
        case 'write':
            return `write ${external_node_path_default().basename(raw.write.image)}`;
        case 'verify':
            return raw.verify.image !== undefined
                ? `verify ${external_node_path_default().basename(raw.verify.image)}`
                : `verify bank ${raw.verify.bank ?? 0} against ${external_node_path_default().basename(raw.verify.file ?? '')}`;
        case 'reset':
            return `reset ${raw.reset}`;
        case 'dump':
            return `dump ${external_node_path_default().basename(raw.dump.file)}`;
        case 'command':
            return `command ${raw.command.split('\n')[0].slice(0, 40)}`;
        default: {
            const a = raw[kind];
            const what = a.address !== undefined
                ? `${hex(a.address)}+${a.size === undefined ? '?' : formatBytes(a.size)}`
                : `bank ${a.bank ?? 0} sectors ${Array.isArray(a.sectors) ? a.sectors.join(',') : (a.sectors ?? 'all')}`;
            return `${kind} ${what}`;
        }
    }
}

;// CONCATENATED MODULE: ./src/plan/load.ts
// Loads a step file and checks everything that can be checked without a
// target: schema, image files, addresses, opt-ins. Every problem names the
// file, line and column, and the step.






/** Reads `file` (or `text`, named `file` in messages) and validates it. Throws SourceError. */
function loadStepFile(file, text, baseDir = external_node_path_default().dirname(external_node_path_default().resolve(file))) {
    let source = text;
    if (source === undefined) {
        try {
            source = (0,external_node_fs_.readFileSync)(file, 'utf8');
        }
        catch (err) {
            throw new yaml_schema/* SourceError */.c8([
                {
                    file,
                    line: 1,
                    column: 1,
                    path: '',
                    message: `cannot read the step file: ${err.message}`,
                },
            ]);
        }
    }
    const { value, locate } = (0,yaml_schema/* parseYaml */.hN)(source, file, stepFileSchema);
    const problems = [];
    const problem = (at, message) => problems.push({ file, ...locate(at), path: (0,yaml_schema/* formatPath */.jV)(at), message });
    const steps = value.steps.map((raw, i) => toStep(raw, i, locate(['steps', i]).line, baseDir));
    for (const step of steps) {
        const at = (...rest) => ['steps', step.index, ...rest];
        const named = (msg) => `step ${step.index + 1} (${step.name}): ${msg}`;
        switch (step.kind) {
            case 'write':
            case 'verify': {
                const key = step.kind;
                checkReadable(step.image.path, (m) => problem(at(key, 'image'), named(m)));
                const format = (0,src_image/* imageFormat */.Jm)(step.image.path, step.image.format);
                if (!format)
                    problem(at(key, 'image'), named(`cannot tell the image format from the extension: use .bin, .hex or .elf, or set 'format'`));
                if (format === 'bin' && step.image.address === undefined) {
                    problem(at(key), named(`'${external_node_path_default().basename(step.image.path)}' is a raw binary: give its 'address' (e.g. 0x08000000)`));
                }
                break;
            }
            case 'verify-bank': {
                const raw = value.steps[step.index].verify;
                if (raw.file === undefined)
                    problem(at('verify'), named("give either 'image', or 'file' (a golden image) with an optional 'bank'"));
                else
                    checkReadable(step.file, (m) => problem(at('verify', 'file'), named(m)));
                break;
            }
            case 'erase':
            case 'protect':
            case 'unprotect':
                checkArea(step.area, (m) => problem(at(step.kind), named(m)));
                break;
            case 'backup':
            case 'dump':
                checkOutputName(step.file, (m) => problem(at(step.kind, 'file'), named(m)));
                break;
            case 'command':
                if (!value['allow-raw-commands']) {
                    problem(at('command'), named("raw OpenOCD commands bypass every safety check: set 'allow-raw-commands: true' at the top of the file to allow them"));
                }
                break;
        }
    }
    if (problems.length)
        throw new yaml_schema/* SourceError */.c8(problems);
    const { steps: _, ...settings } = value;
    return { file, settings, steps };
}
function checkReadable(file, report) {
    try {
        (0,external_node_fs_.accessSync)(file, external_node_fs_.constants.R_OK);
    }
    catch {
        report(`file not found or not readable: ${file}`);
    }
}
function checkArea(area, report) {
    const byAddress = area.address !== undefined || area.size !== undefined;
    if (byAddress && area.sectors !== undefined)
        report("give either 'sectors' or 'address' and 'size', not both");
    else if (byAddress && (area.address === undefined || area.size === undefined))
        report("an address range needs both 'address' and 'size'");
    else if (!byAddress && area.sectors === undefined)
        report("say which part of flash: 'sectors' (e.g. 2-7 or all) or 'address' and 'size'");
    if (typeof area.sectors === 'string' && area.sectors !== 'all') {
        const [a, b] = area.sectors.split('-').map((s) => Number(s.trim()));
        if (a > b)
            report(`sector range ${area.sectors} is empty: the first sector must not be after the last`);
    }
}
function checkOutputName(name, report) {
    if (external_node_path_default().isAbsolute(name) || name.split(/[\\/]/).includes('..')) {
        report(`'${name}' must be a relative path inside the output folder`);
    }
}

;// CONCATENATED MODULE: ./src/plan/plan.ts
// The plan: before any erase, which sectors each step touches, checked
// against the target's real layout and protection (as probe-rs plans sectors
// before it erases). A plan with refusals is never started.



class PlanError extends Error {
    refusals;
    constructor(refusals) {
        super(refusals.map((r) => `step ${r.step.index + 1} (${r.step.name}): ${r.message}`).join('\n'));
        this.refusals = refusals;
        this.name = 'PlanError';
    }
}
async function buildPlan(steps, banks) {
    // Protection as it will be when each step runs: protect/unprotect steps
    // change it for the steps after them.
    const protectedBlocks = new Map(banks.map((b) => [
        b.index,
        new Set(b.protectionBlocks.filter((p) => p.protected).map((p) => p.index)),
    ]));
    const refusals = [];
    const planned = [];
    for (const step of steps) {
        try {
            const p = await planStep(step, banks);
            for (const t of p.touches) {
                const bank = banks[t.bank];
                const state = protectedBlocks.get(t.bank);
                if (step.kind === 'protect' || step.kind === 'unprotect') {
                    for (const b of t.blocks) {
                        if (step.kind === 'protect')
                            state.add(b);
                        else
                            state.delete(b);
                    }
                }
                else if (step.kind === 'erase' || step.kind === 'write') {
                    const blocked = blocksOfSectors(bank, t.sectors).filter((b) => state.has(b));
                    if (blocked.length) {
                        const hit = t.sectors.filter((s) => blocksOfSectors(bank, [s]).some((b) => state.has(b)));
                        throw new Error(`would ${step.kind === 'erase' ? 'erase' : 'write'} write-protected sector${hit.length > 1 ? 's' : ''} ${hit.join(', ')} of bank ${t.bank} (${hex(bank.base + bank.sectors[hit[0]].offset)}): add an 'unprotect' step before it if that is intended`);
                    }
                }
            }
            planned.push(p);
        }
        catch (err) {
            refusals.push({ step, message: err.message });
        }
    }
    if (refusals.length)
        throw new PlanError(refusals);
    return planned;
}
async function planStep(step, banks) {
    switch (step.kind) {
        case 'backup': {
            const list = step.bank === 'all' ? banks.filter((b) => b.size > 0) : [bankOrThrow(banks, step.bank)];
            return {
                step,
                touches: list.map((b) => ({
                    bank: b.index,
                    sectors: b.sectors.map((s) => s.index),
                    blocks: [],
                })),
                bytes: list.reduce((n, b) => n + b.size, 0),
            };
        }
        case 'erase': {
            const r = resolveArea(banks, step.area, (b) => b.sectors, 'sector');
            return {
                step,
                touches: [{ bank: r.bank.index, sectors: r.indices, blocks: [] }],
                bytes: sumSizes(r.bank.sectors, r.indices),
                rounded: r.rounded,
            };
        }
        case 'protect':
        case 'unprotect': {
            const r = resolveArea(banks, step.area, (b) => b.protectionBlocks, 'protection block');
            return {
                step,
                touches: [{ bank: r.bank.index, sectors: [], blocks: r.indices }],
                bytes: 0,
                rounded: r.rounded,
            };
        }
        case 'write':
        case 'verify': {
            const image = await (0,src_image/* readImage */.AM)(step.image.path, step.image);
            return {
                step,
                touches: imageTouches(image, banks),
                bytes: image.segments.reduce((n, s) => n + s.data.length, 0),
                image,
            };
        }
        case 'verify-bank': {
            const bank = bankOrThrow(banks, step.bank);
            const size = (await (0,promises_.stat)(step.file)).size;
            if (step.offset + size > bank.size) {
                throw new Error(`the reference file is ${size} bytes: from offset ${hex(step.offset)} it runs past the end of bank ${bank.index} (${bank.size} bytes)`);
            }
            return {
                step,
                touches: [
                    {
                        bank: bank.index,
                        sectors: unitsOverlapping(bank, bank.sectors, bank.base + step.offset, size),
                        blocks: [],
                    },
                ],
                bytes: size,
            };
        }
        case 'dump':
            return { step, touches: [], bytes: step.size };
        case 'reset':
        case 'command':
            return { step, touches: [], bytes: 0 };
    }
}
function imageTouches(image, banks) {
    const touches = new Map();
    for (const seg of image.segments) {
        const end = seg.address + seg.data.length - 1;
        const bank = bankContaining(banks, seg.address);
        if (!bank || bankContaining(banks, end) !== bank) {
            throw new Error(`the image has data at ${hex(seg.address)}..${hex(end)}, outside every flash bank (${describeBanks(banks)}): is the address right?`);
        }
        const set = touches.get(bank.index) ?? new Set();
        for (const s of unitsOverlapping(bank, bank.sectors, seg.address, seg.data.length))
            set.add(s);
        touches.set(bank.index, set);
    }
    return [...touches].map(([bank, set]) => ({
        bank,
        sectors: [...set].sort((a, b) => a - b),
        blocks: [],
    }));
}
function bankOrThrow(banks, index) {
    const b = banks[index];
    if (!b || b.size === 0)
        throw new Error(`there is no flash bank ${index} (${describeBanks(banks)})`);
    return b;
}
function sumSizes(units, indices) {
    return indices.reduce((n, i) => n + units[i].size, 0);
}

;// CONCATENATED MODULE: ./src/report/model.ts
// report.json, version 1: everything a run did, for machines (the action's
// outputs, dashboards) and as the source of report.md and junit.xml.
const REPORT_SCHEMA = 'openocd-flash/report/v1';

;// CONCATENATED MODULE: ./src/report/junit.ts
const xml = (s) => s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // eslint-disable-next-line no-control-regex
    .replace(/[\x00-\x08\x0b\x0c\x0e-\x1f]/g, '');
function renderJunit(r) {
    const failures = r.steps.filter((s) => s.status === 'failed' || s.status === 'timeout').length;
    const skipped = r.steps.filter((s) => s.status === 'skipped' || s.status === 'planned').length;
    const suiteName = `openocd-flash ${r.stepFile} on ${r.board.name}`;
    const cases = r.steps.map((s) => {
        const attrs = `name="${xml(`${s.index + 1}. ${s.name}`)}" classname="${xml(`openocd-flash.${s.kind}`)}" file="${xml(r.stepFile)}" line="${s.line}" time="${((s.durationMs ?? 0) / 1000).toFixed(3)}"`;
        if (s.status === 'failed' || s.status === 'timeout') {
            const detail = [s.error?.message ?? s.status, s.error?.openocd ?? ''].join('\n\n').trim();
            return `    <testcase ${attrs}>\n      <failure message="${xml(s.error?.message ?? s.status)}" type="${s.status}">${xml(detail)}</failure>\n    </testcase>`;
        }
        if (s.status === 'skipped' || s.status === 'planned') {
            return `    <testcase ${attrs}>\n      <skipped message="${s.status === 'planned' ? 'dry run' : 'not run after an earlier failure'}"/>\n    </testcase>`;
        }
        return `    <testcase ${attrs}/>`;
    });
    // A run that failed before any step (bad input, no probe) is one failing case.
    if (r.steps.length === 0 && r.result !== 'success') {
        cases.push(`    <testcase name="run" classname="openocd-flash" time="0">\n      <failure message="${xml(r.result)}">${xml([r.message ?? '', ...r.problems].join('\n'))}</failure>\n    </testcase>`);
    }
    const total = Math.max(r.steps.length, cases.length);
    const failed = r.steps.length ? failures : cases.length;
    return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="openocd-flash" tests="${total}" failures="${failed}" skipped="${skipped}" time="${(r.durationMs / 1000).toFixed(3)}">`,
        `  <testsuite name="${xml(suiteName)}" tests="${total}" failures="${failed}" skipped="${skipped}" timestamp="${r.startedAt}" time="${(r.durationMs / 1000).toFixed(3)}">`,
        ...cases,
        '  </testsuite>',
        '</testsuites>',
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/report/markdown.ts
// report.md: what a person reads (and the GitHub job summary): the outcome,
// a table of steps, the first mismatches, and a per-sector map.

const ICON = {
    passed: '✅',
    failed: '❌',
    skipped: '⏭️',
    timeout: '⏱️',
    planned: '📝',
};
const esc = (s) => s.replace(/\|/g, '\\|').replace(/\n/g, '<br>');
function renderMarkdown(r) {
    const out = [];
    const verdict = r.result === 'success'
        ? r.dryRun
            ? '📝 dry run: nothing was changed'
            : '✅ success'
        : `❌ ${r.result}`;
    out.push(`## openocd-flash: ${verdict}`, '');
    out.push(`Board **${r.board.name}**${r.board.virtual ? ` (virtual ${r.board.virtual})` : ''} · step file \`${r.stepFile}\` · ${formatDuration(r.durationMs)} · exit code ${r.exitCode}`);
    if (r.openocd.version)
        out.push('', `OpenOCD: ${r.openocd.version}`);
    if (r.message)
        out.push('', '> ' + r.message.split('\n').join('\n> '));
    if (r.problems.length)
        out.push('', '### Problems in the step file', '', ...r.problems.map((p) => `- \`${p}\``));
    if (r.steps.length) {
        out.push('', '### Steps', '', '| # | step | status | time | bytes | throughput | sectors |', '|---|---|---|---|---|---|---|');
        for (const s of r.steps) {
            const sectors = s.plan
                .map((t) => t.blocks.length
                ? `bank ${t.bank} blocks ${formatIndices(t.blocks)}`
                : t.sectors.length
                    ? `bank ${t.bank}: ${formatIndices(t.sectors)}`
                    : '')
                .filter(Boolean)
                .join('; ');
            out.push(`| ${s.index + 1} | ${esc(s.name)} | ${ICON[s.status]} ${s.status} | ${s.durationMs !== undefined ? formatDuration(s.durationMs) : ''} | ${s.bytes ? formatBytes(s.bytes) : ''} | ${formatRate(s.bytesPerSecond)} | ${sectors} |`);
        }
        for (const s of r.steps) {
            const lines = [
                ...(s.error ? [`**Error:** ${s.error.message}`] : []),
                ...s.notes.map((n) => `- ${n}`),
            ];
            if (s.rounded) {
                lines.push(`- address range ${hex32(s.rounded.requested.address)}+${formatBytes(s.rounded.requested.size)} rounded out to ${hex32(s.rounded.actual.address)}+${formatBytes(s.rounded.actual.size)}`);
            }
            if (s.error?.openocd)
                lines.push('', '```', s.error.openocd.trim(), '```');
            if (s.verification && !s.verification.match)
                lines.push('', ...renderMismatches(s));
            if (lines.length)
                out.push('', `#### ${s.index + 1}. ${esc(s.name)}`, '', ...lines);
        }
    }
    if (r.restore) {
        out.push('', `### Restore from backup: ${r.restore.status === 'passed' ? '✅ restored and verified' : '❌ failed'}`, '');
        for (const b of r.restore.banks) {
            out.push(`- bank ${b.bank}: ${b.sectors.length ? `rewrote sectors ${formatIndices(b.sectors)}` : 'already matched the backup'}, ${b.verified ? 'verified' : 'NOT verified'} against \`${b.backup}\``);
        }
        if (r.restore.error)
            out.push('', `**Error:** ${r.restore.error}`);
    }
    for (const bank of r.banksAfter.length ? r.banksAfter : r.banksBefore) {
        const activity = r.activity.find((a) => a.bank === bank.index);
        const before = r.banksBefore.find((b) => b.index === bank.index);
        if (bank.sectors.length)
            out.push('', ...renderSectorMap(bank, before, activity));
    }
    if (r.log)
        out.push('', `OpenOCD log: \`${r.log}\``);
    return out.join('\n') + '\n';
}
function renderMismatches(s) {
    const v = s.verification;
    const lines = [
        `${v.mismatchedBytes} byte(s) differ in ${v.ranges.length}${v.truncated ? '+' : ''} range(s) of ${formatBytes(v.length)} compared:`,
        '',
        '| address | bytes | bank/sector | expected | actual |',
        '|---|---|---|---|---|',
    ];
    for (const m of v.ranges.slice(0, 16)) {
        const where = m.sector !== undefined ? `${m.bank}/${m.sector}` : '';
        lines.push(`| ${hex32(m.address)} | ${m.length} | ${where} | \`${m.expected.slice(0, 32)}\` | \`${m.actual.slice(0, 32)}\` |`);
    }
    if (v.ranges.length > 16)
        lines.push('', `(${v.ranges.length - 16} more ranges in report.json)`);
    return lines;
}
// Consecutive sectors with the same story are folded into one row, so a
// 128-page bank stays readable.
function renderSectorMap(bank, before, a) {
    const has = (list, i) => list?.includes(i) ?? false;
    const rows = [];
    for (const s of bank.sectors) {
        const flags = {
            protBefore: before?.sectors[s.index]?.protected ?? false,
            protAfter: s.protected,
            b: has(a?.backedUp, s.index),
            e: has(a?.erased, s.index),
            w: has(a?.written, s.index),
            v: has(a?.verified, s.index),
        };
        const last = rows.at(-1);
        if (last && JSON.stringify(last.flags) === JSON.stringify(flags))
            last.last = s.index;
        else
            rows.push({ first: s.index, last: s.index, flags });
    }
    const mark = (on, sym) => (on ? sym : '·');
    const lines = [
        `### Bank ${bank.index}: ${bank.name} at ${hex32(bank.base)}, ${formatBytes(bank.size)}`,
        '',
        '| sectors | address | size | backed up | erased | written | verified | protected before → after |',
        '|---|---|---|---|---|---|---|---|',
    ];
    for (const row of rows) {
        const first = bank.sectors[row.first];
        const last = bank.sectors[row.last];
        const size = last.offset + last.size - first.offset;
        const f = row.flags;
        lines.push(`| ${row.first === row.last ? row.first : `${row.first}-${row.last}`} | ${hex32(bank.base + first.offset)} | ${formatBytes(size)} | ${mark(f.b, 'B')} | ${mark(f.e, 'E')} | ${mark(f.w, 'W')} | ${mark(f.v, 'V')} | ${f.protBefore ? '🔒' : '·'} → ${f.protAfter ? '🔒' : '·'} |`);
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/report/write.ts
// Writes report.json, report.md and junit.xml into the report folder.




async function writeReport(dir, report) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    const files = {
        json: external_node_path_default().join(dir, 'report.json'),
        markdown: external_node_path_default().join(dir, 'report.md'),
        junit: external_node_path_default().join(dir, 'junit.xml'),
    };
    await (0,promises_.writeFile)(files.json, JSON.stringify(report, null, 2) + '\n');
    await (0,promises_.writeFile)(files.markdown, renderMarkdown(report));
    await (0,promises_.writeFile)(files.junit, renderJunit(report));
    return files;
}

// EXTERNAL MODULE: ./src/sim/index.ts + 36 modules
var sim = __webpack_require__(6865);
;// CONCATENATED MODULE: ./src/steps/context.ts
/** A step that failed after doing part of its work; `result` says what it did. */
class StepFailure extends Error {
    result;
    constructor(message, result, options) {
        super(message, options);
        this.result = result;
        this.name = 'StepFailure';
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/util/hash.ts
// SHA-256 of a file, streamed, and of a whole folder tree.




async function sha256File(file) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(file))
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

;// CONCATENATED MODULE: ./src/steps/files.ts
// File records (size and SHA-256) for the report.



async function fileRecord(file, role, relativeTo) {
    const [info, sha256] = await Promise.all([(0,promises_.stat)(file), sha256File(file)]);
    return {
        path: relativeTo ? external_node_path_default().relative(relativeTo, file) : file,
        role,
        bytes: info.size,
        sha256,
    };
}

;// CONCATENATED MODULE: ./src/steps/backup.ts
// backup: reads whole banks to files in the report folder, hashed before any
// later step may change the flash. The files are kept whatever happens next.



const backup = async (ctx, planned) => {
    if (planned.step.kind !== 'backup')
        throw new Error('not a backup step');
    const pattern = planned.step.file;
    const result = {
        bytes: 0,
        files: [],
        activity: [],
    };
    for (const touch of planned.touches) {
        const bank = ctx.banks[touch.bank];
        const file = external_node_path_default().join(ctx.outDir, pattern.replace(/\{bank\}/g, String(bank.index)));
        await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
        await ctx.session.flash.readToFile(bank.index, file);
        const record = await fileRecord(file, 'backup', ctx.outDir);
        if (record.bytes !== bank.size) {
            throw new Error(`backup of bank ${bank.index} is ${record.bytes} bytes, but the bank has ${bank.size}`);
        }
        ctx.backups.set(bank.index, {
            bank: bank.index,
            file,
            relative: record.path,
            sha256: record.sha256,
        });
        ctx.log(`  bank ${bank.index} → ${record.path} sha256 ${record.sha256}`);
        result.bytes += record.bytes;
        result.files.push(record);
        result.activity.push({ bank: bank.index, backedUp: touch.sectors });
    }
    return result;
};

;// CONCATENATED MODULE: ./src/steps/command.ts
const command = async (ctx, planned) => {
    if (planned.step.kind !== 'command')
        throw new Error('not a command step');
    const out = await ctx.session.execute(planned.step.tcl);
    const text = [out.result, ...out.log].filter((s) => s.trim()).join('\n');
    return { notes: text ? [`output: ${text}`] : [] };
};

;// CONCATENATED MODULE: ./src/steps/dump.ts
// dump: a memory range (RAM, flash, registers) to a file in the report folder.



const dump = async (ctx, planned) => {
    if (planned.step.kind !== 'dump')
        throw new Error('not a dump step');
    const { address, size, file } = planned.step;
    const out = external_node_path_default().join(ctx.outDir, file);
    await (0,promises_.mkdir)(external_node_path_default().dirname(out), { recursive: true });
    await ctx.session.target.dumpToFile(out, address, size);
    return { bytes: size, files: [await fileRecord(out, 'dump', ctx.outDir)] };
};

;// CONCATENATED MODULE: ./src/steps/erase.ts
// erase: sectors of a bank, in runs of consecutive sectors.

const erase = async (ctx, planned) => {
    const { bank, sectors } = planned.touches[0];
    for (const [first, last] of runsOf(sectors)) {
        await ctx.session.flash.eraseSector(bank, first, last);
    }
    return { bytes: planned.bytes, activity: [{ bank, erased: sectors }] };
};

;// CONCATENATED MODULE: ./src/steps/protect.ts
// protect / unprotect: write protection of protection blocks. Some chips
// (STM32F1) load protection from option bytes only at reset, so when OpenOCD
// does not yet show the change, the target is reset (halted) to apply it.

const protect = async (ctx, planned) => {
    const on = planned.step.kind === 'protect';
    const { bank, blocks } = planned.touches[0];
    for (const [first, last] of runsOf(blocks))
        await ctx.session.flash.protect(bank, first, last, on);
    const notes = [];
    const applied = async () => {
        const info = await ctx.session.flash.info(bank);
        return blocks.every((b) => info.protectionBlocks[b]?.protected === on);
    };
    if (!(await applied())) {
        await ctx.session.target.reset('halt');
        notes.push('the chip applies protection changes at reset: reset and halted the target');
        if (!(await applied())) {
            throw new Error(`protection of blocks ${blocks.join(', ')} of bank ${bank} did not change to '${on ? 'on' : 'off'}', even after a reset`);
        }
    }
    return { notes, activity: [{ bank, [on ? 'protected' : 'unprotected']: blocks }] };
};

;// CONCATENATED MODULE: ./src/steps/reset.ts
const reset_reset = async (ctx, planned) => {
    if (planned.step.kind !== 'reset')
        throw new Error('not a reset step');
    await ctx.session.target.reset(planned.step.mode);
    return {};
};

;// CONCATENATED MODULE: ./src/steps/verification.ts
// Turns a comparison into the report's form, pinning each mismatch to its
// bank and sector, and fails the step when anything differs.


function verificationRecord(v, banks) {
    return {
        match: v.match,
        address: v.address,
        length: v.length,
        mismatchedBytes: v.mismatchedBytes,
        truncated: v.truncated,
        ranges: v.ranges.map((r) => {
            const bank = bankContaining(banks, r.address);
            const sector = bank?.sectors.find((s) => r.address - bank.base >= s.offset && r.address - bank.base < s.offset + s.size);
            return {
                address: r.address,
                length: r.length,
                bank: bank?.index,
                sector: sector?.index,
                expected: Buffer.from(r.expected).toString('hex'),
                actual: Buffer.from(r.actual).toString('hex'),
            };
        }),
    };
}
/** The step result for a comparison; throws StepFailure (carrying it) on a mismatch. */
function checkVerification(v, result, banks, what) {
    const done = { ...result, verification: v };
    if (v.match)
        return done;
    const rec = verificationRecord(v, banks);
    const first = rec.ranges[0];
    const where = first
        ? ` first at ${hex(first.address)}${first.sector !== undefined ? ` (bank ${first.bank} sector ${first.sector})` : ''}: expected ${first.expected.slice(0, 16)} read ${first.actual.slice(0, 16)}`
        : '';
    throw new StepFailure(`${what} does not match: ${v.mismatchedBytes} byte(s) differ in ${v.ranges.length}${v.truncated ? '+' : ''} range(s),${where}`, done);
}
function verifiedActivity(touches) {
    return touches.map((t) => ({ bank: t.bank, verified: t.sectors }));
}

;// CONCATENATED MODULE: ./src/steps/verify.ts


const verify = async (ctx, planned) => {
    const step = planned.step;
    if (step.kind === 'verify') {
        const result = {
            bytes: planned.bytes,
            files: [await fileRecord(step.image.path, 'image')],
            activity: verifiedActivity(planned.touches),
        };
        const v = await ctx.session.flash.verifyImage(step.image.path, step.image);
        return checkVerification(v, result, ctx.banks, `flash compared with ${step.image.path}`);
    }
    if (step.kind !== 'verify-bank')
        throw new Error('not a verify step');
    const result = {
        bytes: planned.bytes,
        files: [await fileRecord(step.file, 'reference')],
        activity: verifiedActivity(planned.touches),
    };
    const v = await ctx.session.flash.verify(step.bank, step.file, step.offset);
    return checkVerification(v, result, ctx.banks, `bank ${step.bank} compared with ${step.file}`);
};

// EXTERNAL MODULE: ./src/openocd/flash.ts + 1 modules
var flash = __webpack_require__(4095);
;// CONCATENATED MODULE: ./src/steps/write.ts
// write: programs an image with OpenOCD's write_image, which erases only the
// sectors the image touches, then compares flash with the image.



const write = async (ctx, planned) => {
    if (planned.step.kind !== 'write')
        throw new Error('not a write step');
    const { image, verify } = planned.step;
    const result = {
        bytes: planned.bytes,
        files: [await fileRecord(image.path, 'image')],
        activity: planned.touches.map((t) => ({ bank: t.bank, erased: t.sectors, written: t.sectors })),
    };
    try {
        const v = await ctx.session.flash.writeImage(image.path, {
            erase: true,
            verify,
            address: image.address,
            format: image.format,
        });
        if (!v)
            return result;
        result.activity.push(...verifiedActivity(planned.touches));
        return checkVerification(v, result, ctx.banks, 'flash after writing');
    }
    catch (err) {
        if (err instanceof flash/* VerifyMismatchError */._X)
            return checkVerification(err.result, result, ctx.banks, 'flash after writing');
        throw err;
    }
};

;// CONCATENATED MODULE: ./src/steps/index.ts








const executors = {
    backup: backup,
    erase: erase,
    write: write,
    verify: verify,
    'verify-bank': verify,
    protect: protect,
    unprotect: protect,
    reset: reset_reset,
    dump: dump,
    command: command,
};

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/engine/deadline.ts
// Races work against a time limit and a cancel signal. When either wins, the
// caller's `stop` runs (it kills OpenOCD, so the work in flight ends too).
class DeadlineError extends Error {
    reason;
    constructor(reason, message) {
        super(message);
        this.reason = reason;
        this.name = 'DeadlineError';
    }
}
async function withDeadline(work, opts) {
    if (opts.signal?.aborted)
        throw new DeadlineError('cancelled', `${opts.what} was cancelled`);
    let timer;
    let onAbort;
    const limit = new Promise((_, reject) => {
        // Reject first: stopping OpenOCD makes the work fail too, and the
        // deadline must be what the race sees.
        const fail = (err) => {
            reject(err);
            void opts.stop();
        };
        const ms = opts.timeoutMs;
        if (ms !== undefined) {
            const err = new DeadlineError('timeout', `${opts.what} did not finish within ${ms / 1000} s`);
            timer = setTimeout(() => fail(err), ms);
        }
        onAbort = () => fail(new DeadlineError('cancelled', `${opts.what} was cancelled`));
        opts.signal?.addEventListener('abort', onAbort, { once: true });
    });
    const running = work();
    try {
        return await Promise.race([running, limit]);
    }
    catch (err) {
        // If the limit won, the work fails too once OpenOCD is gone: ignore that.
        running.catch(() => undefined);
        throw err;
    }
    finally {
        clearTimeout(timer);
        if (onAbort)
            opts.signal?.removeEventListener('abort', onAbort);
    }
}

;// CONCATENATED MODULE: ./src/engine/records.ts
function bankRecord(b) {
    return {
        index: b.index,
        name: b.name,
        driver: b.driver,
        base: b.base,
        size: b.size,
        target: b.target,
        description: b.description,
        sectors: b.sectors,
        protectionBlocks: b.protectionBlocks,
    };
}
function stepRecord(step, planned) {
    return {
        index: step.index,
        name: step.name,
        kind: step.kind,
        line: step.line,
        status: 'skipped',
        plan: planned?.touches.map((t) => ({ bank: t.bank, sectors: t.sectors, blocks: t.blocks })) ?? [],
        rounded: planned?.rounded,
        files: [],
        notes: [],
    };
}
const ACTIVITY_KEYS = [
    'backedUp',
    'erased',
    'written',
    'verified',
    'protected',
    'unprotected',
];
/** Adds a step's activity to the run's per-bank sector activity. */
function addActivity(all, activity) {
    for (const a of activity) {
        let entry = all.find((e) => e.bank === a.bank);
        if (!entry) {
            entry = {
                bank: a.bank,
                backedUp: [],
                erased: [],
                written: [],
                verified: [],
                protected: [],
                unprotected: [],
            };
            all.push(entry);
        }
        for (const key of ACTIVITY_KEYS) {
            const add = a[key];
            if (add)
                entry[key] = [...new Set([...entry[key], ...add])].sort((x, y) => x - y);
        }
    }
}

;// CONCATENATED MODULE: ./src/engine/restore.ts
// Restore after a failure: puts back the backup taken earlier in the run,
// rewriting only the sectors that differ from it, then verifies the bank.


// Runs of erased bytes this long are skipped rather than programmed: they
// are already 0xFF after the erase, and programming costs time per byte.
const SKIP_ERASED = 256;
async function restoreBackups(ctx) {
    const record = { status: 'passed', banks: [] };
    try {
        for (const backup of ctx.backups.values()) {
            record.banks.push(await restoreBank(ctx, backup));
        }
    }
    catch (err) {
        record.status = 'failed';
        record.error = err.message;
    }
    if (record.banks.some((b) => !b.verified))
        record.status = 'failed';
    return record;
}
async function restoreBank(ctx, backup) {
    const { flash } = ctx.session;
    const bank = ctx.banks[backup.bank];
    const wanted = new Uint8Array(await (0,promises_.readFile)(backup.file));
    const current = await flash.read(bank.index, 0, bank.size);
    const differ = bank.sectors
        .filter((s) => !equalRange(wanted, current, s.offset, s.size))
        .map((s) => s.index);
    ctx.log(`  restoring bank ${bank.index}: ${differ.length} sector(s) differ from ${backup.relative}`);
    for (const [first, last] of runsOf(differ)) {
        await flash.eraseSector(bank.index, first, last);
        const start = bank.sectors[first].offset;
        const end = bank.sectors[last].offset + bank.sectors[last].size;
        for (const [offset, length] of programmedRanges(wanted, start, end)) {
            await flash.write(bank.index, offset, wanted.subarray(offset, offset + length));
        }
    }
    const v = await flash.verify(bank.index, backup.file);
    return { bank: bank.index, sectors: differ, verified: v.match, backup: backup.relative };
}
function equalRange(a, b, offset, size) {
    return Buffer.compare(a.subarray(offset, offset + size), b.subarray(offset, offset + size)) === 0;
}
/** [offset, length] ranges in [start, end) that are not long runs of 0xFF; 8-byte aligned. */
function programmedRanges(data, start, end) {
    const ranges = [];
    let i = start;
    while (i < end) {
        while (i < end && data[i] === 0xff)
            i++;
        if (i >= end)
            break;
        let j = i;
        let erasedRun = 0;
        while (j < end && erasedRun < SKIP_ERASED) {
            erasedRun = data[j] === 0xff ? erasedRun + 1 : 0;
            j++;
        }
        const from = i & ~7;
        const to = Math.min(end, (j - erasedRun + 7) & ~7);
        ranges.push([from, to - from]);
        i = j;
    }
    return ranges;
}

;// CONCATENATED MODULE: ./src/engine/run.ts
// Runs a step file against a board: validate, lock the probe, start OpenOCD,
// plan, execute, restore on failure, and always write the report.






















const EXIT = {
    success: exit_codes/* ExitCode */.y.Success,
    'step-failed': exit_codes/* ExitCode */.y.StepFailed,
    'invalid-input': exit_codes/* ExitCode */.y.InvalidInput,
    infrastructure: exit_codes/* ExitCode */.y.Infrastructure,
    'lock-timeout': exit_codes/* ExitCode */.y.LockTimeout,
    timeout: exit_codes/* ExitCode */.y.Timeout,
    cancelled: exit_codes/* ExitCode */.y.Timeout,
};
async function runStepFile(options) {
    const log = options.log ?? (() => { });
    const started = Date.now();
    const outDir = external_node_path_default().resolve(options.outDir);
    await (0,promises_.mkdir)(outDir, { recursive: true });
    const report = {
        schema: REPORT_SCHEMA,
        tool: { name: 'openocd-flash', version: version/* VERSION */.x },
        openocd: { binary: options.openocd?.binary ?? 'openocd' },
        board: {
            name: options.board.name,
            virtual: options.board.virtual?.chip,
            serial: options.board.serial,
        },
        stepFile: options.stepFile,
        startedAt: new Date(started).toISOString(),
        finishedAt: '',
        durationMs: 0,
        dryRun: options.dryRun ?? false,
        result: 'success',
        exitCode: 0,
        banksBefore: [],
        banksAfter: [],
        steps: [],
        activity: [],
        problems: [],
    };
    const run = new Run(options, report, outDir, log);
    try {
        await run.execute();
    }
    finally {
        await run.cleanup();
        report.finishedAt = new Date().toISOString();
        report.durationMs = Date.now() - started;
        report.exitCode = EXIT[report.result];
    }
    const files = await writeReport(outDir, report);
    log(summaryLine(report));
    return { exitCode: report.exitCode, report, files };
}
class Run {
    options;
    report;
    outDir;
    log;
    lock;
    sim;
    session;
    banks = [];
    constructor(options, report, outDir, log) {
        this.options = options;
        this.report = report;
        this.outDir = outDir;
        this.log = log;
    }
    fail(result, message) {
        if (this.report.result === 'success') {
            this.report.result = result;
            this.report.message = message;
        }
    }
    async execute() {
        const plan = this.load();
        if (!plan)
            return;
        this.report.steps = plan.steps.map((s) => stepRecord(s));
        const stop = () => this.stopOpenOcd();
        try {
            await withDeadline(() => this.connectAndRun(plan), {
                timeoutMs: this.options.timeoutMs,
                signal: this.options.signal,
                what: 'the run',
                stop,
            });
        }
        catch (err) {
            this.failFrom(err);
            // The step in flight when the run was stopped may not have recorded
            // its end: say it was interrupted rather than leave it 'skipped'.
            for (const rec of this.report.steps) {
                if (rec.startedAt && rec.status === 'skipped') {
                    rec.status =
                        err instanceof DeadlineError && err.reason === 'timeout' ? 'timeout' : 'failed';
                    rec.error ??= { message: `interrupted: ${err.message}` };
                }
            }
        }
    }
    load() {
        try {
            return loadStepFile(this.options.stepFile, this.options.stepText);
        }
        catch (err) {
            if (!(err instanceof yaml_schema/* SourceError */.c8))
                throw err;
            this.report.problems = err.message.split('\n');
            this.fail('invalid-input', `the step file is invalid (${err.problems.length} problem(s)); nothing was done to the target`);
            for (const p of this.report.problems)
                this.log(`error: ${p}`);
            return undefined;
        }
    }
    async connectAndRun(file) {
        await this.takeLock();
        const session = await this.startOpenOcd();
        this.report.openocd.version = (await session.command('version')).trim();
        const prepare = file.settings.prepare;
        if (prepare !== 'none') {
            this.log(prepare === 'halt' ? 'halting the target' : 'resetting and halting the target');
            await (prepare === 'halt' ? session.target.halt() : session.target.reset('halt'));
        }
        const banks = await this.readBanks(session);
        this.banks = banks;
        this.report.banksBefore = banks.map(bankRecord);
        const planned = await this.plan(file, banks);
        if (!planned)
            return;
        if (this.options.dryRun) {
            for (const r of this.report.steps)
                r.status = 'planned';
            this.log('dry run: the plan above was checked against the target; nothing was changed');
            return;
        }
        const ctx = {
            session,
            outDir: this.outDir,
            banks,
            backups: new Map(),
            log: this.log,
        };
        const failed = await this.runSteps(planned, ctx);
        if (failed)
            await this.onFailure(file, ctx);
        this.report.banksAfter = (await this.readBanks(session)).map(bankRecord);
    }
    async takeLock() {
        const opts = this.options.lock;
        // A virtual board without a state file is private to this run: nothing to share.
        if (!opts || (this.options.board.virtual && !this.options.board.virtual.state))
            return;
        const key = (0,lock/* probeLockKey */.Zk)(this.options.board);
        this.lock = await (0,lock/* acquireProbeLock */.Ks)(key, {
            ...opts,
            signal: this.options.signal,
            onWait: (holder, ahead) => this.log(`waiting for probe ${key}: held by pid ${holder.pid} (${holder.description}) since ${holder.since.toISOString()}, ${ahead} ahead`),
        });
        this.options.onResource?.({ lockTicket: this.lock.ticket });
    }
    async startOpenOcd() {
        const board = this.options.board;
        let config;
        if (board.virtual) {
            // With no socket path given, the target makes (and removes) its own.
            this.sim = await (0,sim/* startVirtualTarget */.zC)({
                chip: board.virtual.chip,
                flashSize: board.virtual.flashSize,
                state: board.virtual.state,
                faults: board.virtual.faults,
            });
            config = [...this.sim.openocdConfig(), ...board.commands.map((command) => ({ command }))];
            this.log(`virtual ${board.virtual.chip} started${board.virtual.state ? ` (state ${board.virtual.state})` : ''}`);
        }
        else {
            config = (0,openocd_config/* boardConfig */.X)(board);
        }
        this.session = await session/* Session */.N.start({
            binary: this.options.openocd?.binary,
            searchDirs: [...(this.options.openocd?.searchDirs ?? []), ...board.searchDirs],
            config,
            logFile: external_node_path_default().join(this.outDir, 'openocd.log'),
        });
        this.report.log = 'openocd.log';
        const pid = this.session.process?.pid;
        if (pid !== undefined)
            this.lock?.addChild(pid);
        this.options.onResource?.({ openocdPid: pid });
        this.log(`OpenOCD started (pid ${this.session.process?.pid}, TCL port ${this.session.process?.tclPort})`);
        return this.session;
    }
    async readBanks(session) {
        const list = await session.flash.banks();
        return Promise.all(list.map((b) => (b.size > 0 ? session.flash.info(b.index) : b)));
    }
    async plan(file, banks) {
        try {
            const planned = await buildPlan(file.steps, banks);
            this.report.steps = planned.map((p) => stepRecord(p.step, p));
            for (const p of planned) {
                const where = p.touches
                    .map((t) => t.blocks.length
                    ? `bank ${t.bank} blocks ${formatIndices(t.blocks)}`
                    : t.sectors.length
                        ? `bank ${t.bank} sectors ${formatIndices(t.sectors)}`
                        : '')
                    .filter(Boolean);
                this.log(`plan ${p.step.index + 1}. ${p.step.name}${where.length ? `: ${where.join('; ')}` : ''}${p.rounded ? ' (address range rounded out to whole sectors)' : ''}`);
            }
            return planned;
        }
        catch (err) {
            if (!(err instanceof PlanError || err instanceof src_image/* ImageError */.C8))
                throw err;
            const refusals = err instanceof PlanError ? err.refusals : [];
            for (const r of refusals) {
                const rec = this.report.steps[r.step.index];
                rec.status = 'failed';
                rec.error = { message: `refused before anything was changed: ${r.message}` };
                this.log(`refused: step ${r.step.index + 1} (${r.step.name}): ${r.message}`);
            }
            this.fail('step-failed', `the plan was refused before anything was changed: ${err.message}`);
            return undefined;
        }
    }
    /** Runs the steps in order; returns true when a step failed and the run stops. */
    async runSteps(planned, ctx) {
        const total = planned.length;
        for (const p of planned) {
            const rec = this.report.steps[p.step.index];
            const label = `[${p.step.index + 1}/${total}] ${p.step.name}`;
            this.log(`▶ ${label}`);
            this.options.onStep?.({ phase: 'start', label, bytes: p.bytes });
            const t0 = Date.now();
            rec.startedAt = new Date(t0).toISOString();
            try {
                const result = await withDeadline(() => executors[p.step.kind](ctx, p), {
                    timeoutMs: p.step.timeoutMs,
                    what: `step ${p.step.index + 1} (${p.step.name})`,
                    stop: () => this.stopOpenOcd(),
                });
                this.record(rec, result, t0);
                rec.status = 'passed';
                this.options.onStep?.({ phase: 'end', label, bytes: p.bytes });
                this.log(`✔ ${label} (${formatDuration(rec.durationMs)}${rec.bytes ? `, ${formatBytes(rec.bytes)}, ${formatRate(rec.bytesPerSecond)}` : ''})`);
                for (const note of rec.notes)
                    this.log(`  ${note}`);
            }
            catch (err) {
                if (err instanceof StepFailure)
                    this.record(rec, err.result, t0);
                else
                    rec.durationMs = Date.now() - t0;
                const timeout = err instanceof DeadlineError;
                rec.status = timeout && err.reason === 'timeout' ? 'timeout' : 'failed';
                rec.error = {
                    message: err.message,
                    openocd: err instanceof errors/* OpenOcdError */.fL ? err.response : undefined,
                };
                this.options.onStep?.({ phase: 'end', label, bytes: p.bytes });
                this.log(`✘ ${label}: ${err.message}`);
                if (timeout)
                    throw err;
                if (!p.step.continueOnError) {
                    this.fail('step-failed', `step ${p.step.index + 1} (${p.step.name}) failed: ${err.message}`);
                    return true;
                }
                this.log(`  continuing: the step has continue-on-error`);
                this.fail('step-failed', `step ${p.step.index + 1} (${p.step.name}) failed (continue-on-error): ${err.message}`);
            }
        }
        return false;
    }
    record(rec, result, t0) {
        rec.durationMs = Date.now() - t0;
        rec.bytes = result.bytes;
        rec.bytesPerSecond =
            result.bytes && rec.durationMs > 0
                ? Math.round((result.bytes * 1000) / rec.durationMs)
                : undefined;
        rec.files.push(...(result.files ?? []));
        rec.notes.push(...(result.notes ?? []));
        if (result.verification)
            rec.verification = verificationRecord(result.verification, this.banks);
        addActivity(this.report.activity, result.activity ?? []);
    }
    async onFailure(file, ctx) {
        const policy = file.settings['on-failure'];
        if (policy['restore-backup']) {
            if (ctx.backups.size === 0) {
                this.report.restore = {
                    status: 'failed',
                    banks: [],
                    error: 'no backup had been taken before the failure',
                };
            }
            else {
                this.log('restoring the backup taken earlier in this run');
                this.report.restore = await restoreBackups(ctx);
                this.log(this.report.restore.status === 'passed'
                    ? '✔ restored and verified'
                    : `✘ restore failed: ${this.report.restore.error ?? 'verification failed'}`);
            }
        }
        if (policy.reset !== 'none')
            await ctx.session.target
                .reset(policy.reset)
                .catch((err) => this.log(`reset after failure failed: ${err.message}`));
    }
    failFrom(err) {
        if (err instanceof DeadlineError)
            return this.fail(err.reason, err.message);
        if (err instanceof lock/* LockTimeoutError */.XB)
            return this.fail('lock-timeout', err.message);
        if (err instanceof errors/* ProcessError */.yI)
            return this.fail('infrastructure', err.message);
        if (err instanceof errors/* OpenOcdError */.fL)
            return this.fail('infrastructure', `OpenOCD: ${err.message}`);
        this.fail('infrastructure', err.message);
    }
    async stopOpenOcd() {
        await this.session?.close();
    }
    async cleanup() {
        await this.session?.close().catch(() => undefined);
        await this.sim?.close().catch(() => undefined);
        this.lock?.release();
    }
}
function summaryLine(r) {
    const count = (s) => r.steps.filter((x) => x.status === s).length;
    const parts = [`${count('passed')} passed`, `${count('failed') + count('timeout')} failed`];
    if (count('skipped'))
        parts.push(`${count('skipped')} skipped`);
    if (count('planned'))
        parts.push(`${count('planned')} planned`);
    return `${r.result === 'success' ? '✔' : '✘'} ${r.result} in ${formatDuration(r.durationMs)}: steps ${parts.join(', ')}; exit code ${r.exitCode}${r.message ? `\n  ${r.message}` : ''}`;
}

// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(7593);
;// CONCATENATED MODULE: ./src/cli/progress.ts

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
function terminalProgress(out, intervalMs = 100) {
    let current;
    let timer;
    let frame = 0;
    const clear = () => out.write('\r\x1b[K');
    const draw = () => {
        if (!current)
            return;
        const seconds = ((Date.now() - current.started) / 1000).toFixed(1);
        const size = current.event.bytes ? `, ${formatBytes(current.event.bytes)}` : '';
        out.write(`\r\x1b[K${FRAMES[frame++ % FRAMES.length]} ${current.event.label} (${seconds} s${size})`);
    };
    return {
        log(line) {
            if (current)
                clear();
            out.write(line + '\n');
            draw();
        },
        onStep(event) {
            clearInterval(timer);
            if (event.phase === 'start') {
                current = { event, started: Date.now() };
                timer = setInterval(draw, intervalMs);
                timer.unref();
            }
            else {
                current = undefined;
                clear();
            }
        },
    };
}

;// CONCATENATED MODULE: ./src/cli/commands/run.ts
// openocd-flash run STEPS.yml: runs a step file on a board and writes the report.









const HELP = `usage: openocd-flash run STEPS.yml [options]

Runs the steps of STEPS.yml on a board and writes report.json, report.md,
junit.xml, the dumps and the OpenOCD log into the report folder.

board (one of):
  --board NAME            a board from the inventory, or virtual:stm32f103[:128K] / virtual:stm32f407
  --interface CFG         interface config file (repeatable), with --target CFG (repeatable)
  --config CFG            extra config file, loaded after the target (repeatable)
  --serial SERIAL         adapter serial, when several probes of a kind are attached
  --speed KHZ             adapter speed
  --transport NAME        transport select (swd, jtag, hla_swd, ...)
  -c, --command TCL       extra OpenOCD command after the configs (repeatable)
  -s, --search-dir DIR    OpenOCD script search dir (repeatable)
  --inventory FILE        board inventory (default: $OPENOCD_FLASH_INVENTORY, /etc/openocd-flash/boards.yml)
  --state FILE            virtual boards: keep the flash in FILE across runs
  --fault SPEC            virtual boards: inject a fault (repeatable; see 'openocd-flash sim --help')

run:
  --openocd PATH          the OpenOCD binary (default: openocd on PATH)
  --out DIR               report folder (default: openocd-flash-report)
  --dry-run               connect, read the flash layout, print the plan, change nothing
  --timeout DURATION      time limit for the whole run (e.g. 10m)
  --lock-timeout DURATION how long to wait for a probe another job holds (default 10m)
  --lock-dir DIR          probe lock folder (default: $OPENOCD_FLASH_LOCK_DIR, /var/lock/openocd-flash)
  --no-lock               do not take the probe lock

exit codes: 0 success, 1 a step failed, 2 invalid input, 3 infrastructure
(OpenOCD, probe, target), 4 probe busy past --lock-timeout, 5 timeout.`;
async function run(argv) {
    try {
        const { values, positionals } = (0,args/* parseOptions */.Ac)(argv, {
            help: { type: 'boolean', short: 'h' },
            board: { type: 'string' },
            interface: { type: 'string', multiple: true, default: [] },
            target: { type: 'string', multiple: true, default: [] },
            config: { type: 'string', multiple: true, default: [] },
            serial: { type: 'string' },
            speed: { type: 'string' },
            transport: { type: 'string' },
            command: { type: 'string', short: 'c', multiple: true, default: [] },
            'search-dir': { type: 'string', short: 's', multiple: true, default: [] },
            inventory: { type: 'string' },
            state: { type: 'string' },
            fault: { type: 'string', multiple: true, default: [] },
            openocd: { type: 'string' },
            out: { type: 'string', default: 'openocd-flash-report' },
            'dry-run': { type: 'boolean', default: false },
            timeout: { type: 'string' },
            'lock-timeout': { type: 'string', default: '10m' },
            'lock-dir': { type: 'string' },
            'no-lock': { type: 'boolean', default: false },
        });
        if (values.help) {
            console.log(HELP);
            return exit_codes/* ExitCode */.y.Success;
        }
        if (positionals.length !== 1)
            throw new args/* UsageError */.eb('give exactly one step file: openocd-flash run STEPS.yml');
        const board = selectBoard({
            board: values.board,
            inventory: values.inventory,
            interface: values.interface,
            target: values.target,
            config: values.config,
            serial: values.serial,
            speed: (0,args/* parseInteger */.cG)(values.speed, 'speed'),
            transport: values.transport,
            commands: values.command,
            searchDirs: values['search-dir'],
            state: values.state,
            faults: values.fault,
        }, process.env);
        const progress = process.stdout.isTTY ? terminalProgress(process.stdout) : undefined;
        const controller = new AbortController();
        const onSignal = () => controller.abort();
        // `on`, not `once`: with no listener left, the child-process tracker
        // re-raises the signal, and the process would die before its cleanup.
        for (const signal of children/* STOP_SIGNALS */.nW)
            process.on(signal, onSignal);
        try {
            const outcome = await runStepFile({
                stepFile: positionals[0],
                board,
                openocd: { binary: values.openocd },
                outDir: values.out,
                dryRun: values['dry-run'],
                timeoutMs: values.timeout === undefined ? undefined : (0,args/* parseDuration */.E9)(values.timeout, 'timeout'),
                lock: values['no-lock']
                    ? undefined
                    : {
                        timeoutMs: (0,args/* parseDuration */.E9)(values['lock-timeout'], 'lock-timeout'),
                        dir: values['lock-dir'],
                        description: `openocd-flash run ${positionals[0]} (${process.env.USER ?? process.env.USERNAME ?? 'cli'} on ${external_node_os_default().hostname()})`,
                    },
                signal: controller.signal,
                log: progress?.log ?? ((line) => console.log(line)),
                onStep: progress?.onStep,
            });
            console.log(`report: ${outcome.files.markdown}`);
            return outcome.exitCode;
        }
        finally {
            for (const signal of children/* STOP_SIGNALS */.nW)
                process.off(signal, onSignal);
        }
    }
    catch (err) {
        if (err instanceof args/* UsageError */.eb || err instanceof virtual/* BoardError */.db || err instanceof yaml_schema/* SourceError */.c8) {
            console.error(`openocd-flash run: ${err.message}`);
            if (err instanceof args/* UsageError */.eb)
                console.error("run 'openocd-flash run --help' for the options");
            return exit_codes/* ExitCode */.y.InvalidInput;
        }
        throw err;
    }
}


/***/ })

};
