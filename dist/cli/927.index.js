export const id = 927;
export const ids = [927];
export const modules = {

/***/ 6927:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ run_run)
});

// EXTERNAL MODULE: ./src/util/children.ts
var children = __webpack_require__(789);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/board/select.ts
var board_select = __webpack_require__(2766);
// EXTERNAL MODULE: ./src/board/virtual.ts
var virtual = __webpack_require__(8107);
// EXTERNAL MODULE: ./src/util/yaml-schema.ts
var yaml_schema = __webpack_require__(6709);
;// CONCATENATED MODULE: ./src/ci/annotations.ts
// What went wrong in the step file, as annotations any CI can place: each
// problem found while validating it (carried from validation as data), and
// each failed step, at its line. Inline steps have no file in the repository
// to point at, so their line goes in the message.


/** The path a CI needs to place an annotation: relative to the workspace, with `/`. */
function repoPath(file, workspace) {
    const rel = external_node_path_default().relative(workspace, external_node_path_default().resolve(workspace, file));
    if (rel === '' || rel.startsWith('..') || external_node_path_default().isAbsolute(rel))
        return undefined;
    return rel.split((external_node_path_default()).sep).join('/');
}
function annotations(report, source) {
    const out = [];
    const title = 'Invalid step file';
    for (const p of report.problems) {
        if (p.file !== source.file)
            out.push({ title, message: (0,yaml_schema/* formatProblem */.Vw)(p) });
        else
            out.push(placed(`${p.message}${p.path ? ` (${p.path})` : ''}`, title, source, p.line, p.column));
    }
    // A step a cancelled job interrupted did not fail of itself: the job's own message says enough.
    if (report.result === 'cancelled')
        return out;
    for (const step of report.steps) {
        if (step.status !== 'failed' && step.status !== 'timeout')
            continue;
        const what = `Step ${step.index + 1} (${step.name}) ${step.status === 'timeout' ? 'timed out' : 'failed'}`;
        out.push(placed(`${what}: ${step.error?.message ?? 'no error message'}`, what, source, step.line));
    }
    return out;
}
function placed(message, title, source, line, column) {
    if (source.repoPath === undefined)
        return { title, message: `${source.file} line ${line}: ${message}` };
    return { title, message, file: source.repoPath, line, column };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/ci/gitlab.ts
// GitLab's readings of a run: a Code Quality report (its merge-request
// widget places each annotation at its line) and a dotenv report (later jobs
// get the outputs as variables). Both go in `artifacts:reports:` of the job.

/** Code Quality entries need a file; annotations without one are in report.md. */
function codeQuality(annotations) {
    return annotations.flatMap((a) => a.file === undefined
        ? []
        : [
            {
                description: `${a.title}: ${a.message}`,
                check_name: 'openocd-flash',
                fingerprint: (0,external_node_crypto_.createHash)('sha256')
                    .update(`${a.file}\0${a.line ?? 1}\0${a.message}`)
                    .digest('hex'),
                severity: 'major',
                location: { path: a.file, lines: { begin: a.line ?? 1 } },
            },
        ]);
}
/**
 * `OPENOCD_FLASH_RESULT=success` and so on, one variable per output. GitLab's
 * dotenv reports hold one line per variable, so several digests are joined
 * with spaces.
 */
function dotenv(outputs) {
    return Object.entries(outputs)
        .map(([name, value]) => {
        const key = `OPENOCD_FLASH_${name.toUpperCase().replace(/-/g, '_')}`;
        return `${key}=${value.split('\n').join(' ')}\n`;
    })
        .join('');
}

;// CONCATENATED MODULE: ./src/ci/jenkins.ts
function warningsNg(annotations) {
    return {
        _class: 'io.jenkins.plugins.analysis.core.restapi.ReportApi',
        issues: annotations.map((a) => ({
            fileName: a.file ?? '-',
            lineStart: a.line ?? 0,
            columnStart: a.column ?? 0,
            category: a.title,
            type: 'openocd-flash',
            severity: 'ERROR',
            message: a.message,
        })),
    };
}

;// CONCATENATED MODULE: ./src/ci/outputs.ts
function runOutputs(report, reportJson) {
    const verifications = report.steps.flatMap((s) => (s.verification ? [s.verification] : []));
    return {
        result: report.result,
        report: reportJson,
        'backup-sha256': digests(report, (f) => f.role === 'backup'),
        'image-sha256': digests(report, (f, kind) => f.role === 'image' && kind === 'write'),
        verified: String(verifications.length > 0 && verifications.every((v) => v.match)),
    };
}
/** One line per distinct file digest, in step order. */
function digests(report, pick) {
    const hashes = report.steps.flatMap((s) => s.files.filter((f) => pick(f, s.kind)));
    return [...new Set(hashes.map((f) => f.sha256))].join('\n');
}

;// CONCATENATED MODULE: ./src/ci/write.ts
// The files a CI other than GitHub reads from the report folder: GitLab's
// Code Quality and dotenv reports and Jenkins' Warnings NG issues.






const CI_FILES = {
    codeQuality: 'code-quality.json',
    dotenv: 'outputs.env',
    warningsNg: 'issues.json',
};
async function writeCiFiles(dir, report, reportJson, source) {
    const found = annotations(report, source);
    const json = (value) => JSON.stringify(value, null, 2) + '\n';
    await (0,promises_.writeFile)(external_node_path_default().join(dir, CI_FILES.codeQuality), json(codeQuality(found)));
    await (0,promises_.writeFile)(external_node_path_default().join(dir, CI_FILES.dotenv), dotenv(runOutputs(report, reportJson)));
    await (0,promises_.writeFile)(external_node_path_default().join(dir, CI_FILES.warningsNg), json(warningsNg(found)));
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./src/openocd/config.ts
var config = __webpack_require__(6838);
// EXTERNAL MODULE: ./src/sim/index.ts + 53 modules
var src_sim = __webpack_require__(9909);
;// CONCATENATED MODULE: ./src/board/connect.ts
// A board as OpenOCD sees it: the config items to start OpenOCD with, and for
// a virtual board the simulator behind them. The one place where a BoardSpec
// becomes something OpenOCD can connect to.


async function openBoardTarget(board) {
    if (!board.virtual) {
        return { config: (0,config/* boardConfig */.XN)(board), searchDirs: board.searchDirs, close: async () => { } };
    }
    const { chip, flashSize, state, faults, powerSwitch } = board.virtual;
    // With no socket path given, the target makes (and removes) its own.
    const sim = await (0,src_sim/* startVirtualTarget */.zC)({
        chip,
        flashSize,
        state,
        faults,
        powerSwitch,
        transport: board.transport,
    });
    return {
        config: [
            ...sim.openocdConfig(),
            ...(board.connectUnderReset ? [{ command: config/* CONNECT_UNDER_RESET */.a_ }] : []),
            ...board.commands.map((command) => ({ command })),
        ],
        searchDirs: board.searchDirs,
        started: `virtual ${chip} started${state ? ` (state ${state})` : ''}`,
        close: () => sim.close(),
    };
}

// EXTERNAL MODULE: ./src/board/lock.ts
var lock = __webpack_require__(5009);
// EXTERNAL MODULE: ./src/board/power-cycle.ts
var power_cycle = __webpack_require__(3350);
// EXTERNAL MODULE: ./src/exit-codes.ts
var exit_codes = __webpack_require__(1084);
// EXTERNAL MODULE: ./src/image/index.ts + 1 modules
var src_image = __webpack_require__(1870);
// EXTERNAL MODULE: ./src/openocd/errors.ts
var errors = __webpack_require__(2695);
// EXTERNAL MODULE: ./src/openocd/classify.ts
var classify = __webpack_require__(1070);
// EXTERNAL MODULE: ./src/openocd/tcl.ts
var tcl = __webpack_require__(2605);
;// CONCATENATED MODULE: ./src/openocd/readout-protection.ts


/** An RDP byte at `shift`: 0xAA is level 0, 0xCC level 2 (permanent), anything else level 1. */
function rdpByte(shift) {
    return (value) => {
        const rdp = (value >>> shift) & 0xff;
        if (rdp === 0xaa)
            return undefined;
        return rdp === 0xcc ? 'RDP level 2 (permanent)' : 'RDP level 1';
    };
}
const at = (address) => () => Promise.resolve(address);
// The stm32l4x driver serves families whose flash registers sit apart
// (OpenOCD 0.12 stm32l4x.c, stm32l4_parts), so FLASH_OPTR is found by DEV_ID.
// L5 and U5 (TrustZone, RDP level 0.5, OPTR at +0x40) are left out.
const L4_FAMILIES = [
    // L4, L4+ (RM0351, RM0432)
    { optr: 0x40022020, devIds: [0x415, 0x435, 0x461, 0x462, 0x464, 0x470, 0x471] },
    // G0 (RM0444)
    { optr: 0x40022020, devIds: [0x456, 0x460, 0x466, 0x467] },
    // G4 (RM0440)
    { optr: 0x40022020, devIds: [0x468, 0x469, 0x479] },
    // WB, WL (RM0434, RM0453)
    { optr: 0x58004020, devIds: [0x494, 0x495, 0x496, 0x497] },
];
// Where the driver looks for DBGMCU_IDCODE, in its order: L4/G4/WB/WL, then G0.
const L4_IDCODES = [0xe0042000, 0x40015800];
/** FLASH_OPTR of the stm32l4x part at hand, from its DEV_ID. */
async function l4Optr(session) {
    for (const address of L4_IDCODES) {
        // An address that is not there on this family is a bus error, as for the driver.
        const id = await session.target.readMemory(address, 32, 1).then(([value]) => Number(value) & 0xfff, (err) => {
            if (err instanceof errors/* TargetError */.I0)
                return undefined;
            throw err;
        });
        const family = L4_FAMILIES.find((f) => id !== undefined && f.devIds.includes(id));
        if (family)
            return family.optr;
    }
    return undefined;
}
const DRIVERS = {
    // RM0008 §3.7: FLASH_OBR bit 1, RDPRT.
    stm32f1x: {
        register: at(0x4002201c),
        decode: (v) => (v & 0b10 ? 'RDPRT set in FLASH_OBR' : undefined),
    },
    // RM0090 §3.9.10: FLASH_OPTCR bits 15:8.
    stm32f2x: { register: at(0x40023c14), decode: rdpByte(8) },
    // FLASH_OPTR bits 7:0, in force from the next OBL_LAUNCH or power-on (RM0440 §3.4.2;
    // Flash.loadOptionBytes launches it).
    stm32l4x: { register: l4Optr, decode: rdpByte(0) },
    // FLASH_OPTSR_CUR bits 15:8 (RM0455, RM0433, RM0468), in force once OPTSTART completes.
    stm32h7x: { register: at(0x5200201c), decode: rdpByte(8) },
};
// Main flash, which RDP protects and the unlock erases (OTP and option bytes lie elsewhere).
const MAIN_FLASH = { base: 0x08000000, end: 0x10000000 };
/** Whether the unlock's mass erase erases bank `bank`. */
function massErased(bank) {
    return bank.base >= MAIN_FLASH.base && bank.base < MAIN_FLASH.end;
}
/** The drivers whose readout protection this tool can read and clear. */
const READOUT_PROTECTION_DRIVERS = Object.keys(DRIVERS);
/** The readout protection of flash bank `bank` (driver `driver`); undefined when none applies. */
async function readoutProtection(session, bank) {
    const rdp = Object.hasOwn(DRIVERS, bank.driver) ? DRIVERS[bank.driver] : undefined;
    if (!rdp)
        return undefined;
    const register = await rdp.register(session);
    if (register === undefined)
        return undefined;
    const [value] = await session.target.readMemory(register, 32, 1);
    const level = rdp.decode(Number(value));
    if (level === undefined)
        return undefined;
    return {
        driver: bank.driver,
        level,
        permanent: level.includes('permanent'),
        unlock: (0,tcl/* tclCommand */.rX)(`${bank.driver} unlock`, bank.index),
    };
}
/** What a locked chip means and how to recover, for the refusal of a plan. */
function describeLocked(rdp) {
    if (rdp.permanent)
        return `the chip is permanently read-protected (${rdp.driver}: ${rdp.level}): the debug port is disabled for good; no tool can read, erase or reprogram it`;
    return (`the chip is read-protected (${rdp.driver}: ${rdp.level}): the debugger cannot read its flash, ` +
        'so no backup is possible and every read, verify and incremental write would fail. ' +
        "Recovering clears the protection by mass-erasing the whole chip (its firmware is lost): add an 'unlock' step " +
        "as the first step and set 'allow-mass-erase: true' at the top of the step file");
}

// EXTERNAL MODULE: ./src/openocd/session.ts + 9 modules
var session = __webpack_require__(8051);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(8532);
// EXTERNAL MODULE: ./src/util/units.ts
var units = __webpack_require__(6127);
;// CONCATENATED MODULE: ./src/plan/schema.ts
// The step file, version 1: what should happen to the board, as data.
// Validated before anything touches the target; `schema/steps.v1.schema.json`
// and the README's step-file reference are generated from this (npm run
// schema): every field carries its .describe(), and rules the loader checks
// (one action per step, sectors or an address range) are in the JSON Schema too.


const ADDRESS_HELP = 'an address: a number such as 0x08000000';
const SIZE_HELP = 'a size: a number of bytes, or with K or M (16K, 1M)';
const DURATION_HELP = 'a duration such as 30s, 500ms or 2m';
// The string forms, as patterns, so that the JSON Schema refuses what the
// loader refuses (`16Q`, `banana`); the transforms below still check ranges.
const ADDRESS_PATTERN = /^\s*(0[xX][0-9a-fA-F_]+|[0-9_]+)\s*$/;
const SIZE_PATTERN = /^\s*(0[xX][0-9a-fA-F]+|[0-9]+)\s*([KMkm]([iI]?[bB])?)?\s*$/;
const DURATION_PATTERN = /^\s*[0-9]+(\.[0-9]+)?\s*(ms|s|m)?\s*$/;
/**
 * JSON Schema for "these keys are present". The keys are named in
 * `properties` too, which `ajv --strict` needs (strictRequired) and which
 * constrains nothing: the object's own `properties` say what each may hold.
 */
const has = (...keys) => ({
    properties: Object.fromEntries(keys.map((k) => [k, true])),
    required: keys,
});
const notA = (help) => (issue) => `${JSON.stringify(issue.input)} is not ${help}`;
/** Numbers may be YAML integers (0x08000000 is one) or strings with _ separators. */
const address = schemas/* union */.KCZ([
    schemas/* number */.aig().int().min(0).max(0xffffffff),
    schemas/* string */.YjP().regex(ADDRESS_PATTERN, { error: notA(ADDRESS_HELP) }),
], { error: ADDRESS_HELP })
    .transform((v, ctx) => {
    const n = typeof v === 'number' ? v : Number(v.replace(/_/g, '').trim());
    if (!Number.isSafeInteger(n) || n < 0 || n > 0xffffffff) {
        ctx.addIssue({ code: 'custom', message: `${JSON.stringify(v)} is not ${ADDRESS_HELP}` });
        return core/* NEVER */.tm;
    }
    return n;
});
const size = schemas/* union */.KCZ([schemas/* number */.aig().int().min(1), schemas/* string */.YjP().regex(SIZE_PATTERN, { error: notA(SIZE_HELP) })], {
    error: SIZE_HELP,
})
    .transform((v, ctx) => {
    const n = (0,units/* parseSize */.DB)(v);
    if (n === undefined) {
        ctx.addIssue({ code: 'custom', message: `${JSON.stringify(v)} is not ${SIZE_HELP}` });
        return core/* NEVER */.tm;
    }
    return n;
});
const duration = schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP().regex(DURATION_PATTERN, DURATION_HELP)], {
    error: DURATION_HELP,
})
    .transform((v, ctx) => {
    const ms = typeof v === 'number' ? v * 1000 : (0,units/* parseDuration */.E9)(v);
    // `0s` as well as `0`: an instant timeout fails every step it is on.
    const problem = (0,units/* durationProblem */.YV)(ms);
    if (problem) {
        ctx.addIssue({ code: 'custom', message: `${JSON.stringify(v)} ${problem}` });
        return core/* NEVER */.tm;
    }
    return ms;
});
const bankIndex = schemas/* number */.aig().int().min(0);
/** No flash bank has more sectors; larger numbers are refused before anything is expanded. */
const MAX_SECTOR = 0xffff;
const sectorIndex = schemas/* number */.aig()
    .int()
    .nonnegative()
    .max(MAX_SECTOR, `no flash bank has a sector above ${MAX_SECTOR}`);
/** `all`, one sector, a list, or a range such as `2-7`. */
const sectors = schemas/* union */.KCZ([
    schemas/* literal */.euz('all'),
    sectorIndex,
    schemas/* array */.YOg(sectorIndex)
        .min(1)
        .max(MAX_SECTOR + 1),
    schemas/* string */.YjP().regex(/^\s*[0-9]+\s*-\s*[0-9]+\s*$/, 'a sector range such as 2-7'),
], { error: "sectors: 'all', a number, a list of numbers, or a range such as 2-7" });
const imageFormat = schemas/* enum */.k5n(['bin', 'ihex', 'elf'])
    .describe('The image format, when the file name does not tell it: bin, ihex or elf.');
/** Either sectors of a bank, or an address range rounded out to whole sectors. */
const schema_area = (what) => schemas/* strictObject */.rej({
    bank: bankIndex.optional().describe('The bank the sectors are in (default 0).'),
    sectors: sectors
        .optional()
        .describe("Which sectors of the bank: 'all', one (3), a list ([2, 3, 5]) or a range (2-7)."),
    address: address
        .optional()
        .describe(`Start of an address range to ${what}, rounded out to whole sectors (with size).`),
    size: size
        .optional()
        .describe('Length of the address range: bytes, or 16K, 1M (with address).'),
})
    // Sectors, or an address range; the loader words the same rules for people.
    .meta({
    not: has('sectors', 'address'),
    dependentRequired: { address: ['size'], size: ['address'] },
    anyOf: [has('sectors'), has('address')],
});
const regex = schemas/* string */.YjP()
    .min(1)
    .superRefine((v, ctx) => {
    try {
        new RegExp(v);
    }
    catch (err) {
        ctx.addIssue({
            code: 'custom',
            message: `not a regular expression: ${err.message}`,
        });
    }
});
const CAPTURE_SOURCES = ['rtt', 'semihosting', 'uart'];
const TEST_FORMATS = ['unity', 'ztest', 'tap'];
/** Run the firmware and judge it by what it prints, how it exits, or how it faults. */
const runStep = schemas/* strictObject */.rej({
    reset: schemas/* boolean */.zMY()
        .default(true)
        .describe('true: reset the target and run it (default); false: resume where it is.'),
    capture: schemas/* array */.YOg(schemas/* enum */.k5n(CAPTURE_SOURCES))
        .min(1, 'capture: name at least one of rtt, semihosting, uart')
        .default(['rtt', 'semihosting'])
        .describe('Where the console comes from: rtt, semihosting, uart (default rtt and semihosting).'),
    pass: regex
        .optional()
        .describe('A regular expression: the step passes when it appears in the console.'),
    fail: regex
        .optional()
        .describe('A regular expression: the step fails when it appears in the console.'),
    timeout: duration
        .default(60_000)
        .describe('No verdict by then: the step fails, the target is halted and its state recorded (default 60s).'),
    tests: schemas/* enum */.k5n(TEST_FORMATS)
        .optional()
        .describe('Per-test results in the console (unity, ztest or tap), as test cases in junit.xml.'),
    send: schemas/* array */.YOg(schemas/* string */.YjP())
        .default([])
        .describe('Lines sent to RTT down-channel 0 once RTT is up.'),
    elf: schemas/* string */.YjP()
        .min(1)
        .optional()
        .describe('The ELF whose _SEGGER_RTT symbol locates the RTT control block (default: the last ELF written).'),
    'rtt-address': address
        .optional()
        .describe('Where to search for the RTT control block (default: the part’s SRAM).'),
    'rtt-size': size
        .optional()
        .describe('How far to search for the RTT control block, from rtt-address.'),
})
    .describe('Run the firmware and judge it by what it prints, how it exits, or how it faults.');
const stepKinds = {
    backup: schemas/* strictObject */.rej({
        bank: schemas/* union */.KCZ([bankIndex, schemas/* literal */.euz('all')])
            .default('all')
            .describe('The bank to read, or all (default).'),
        file: schemas/* string */.YjP()
            .min(1)
            .default('backup-bank{bank}.bin')
            .describe('File name inside the report folder; {bank} is replaced by the bank number (default backup-bank{bank}.bin).'),
    })
        .describe('Read whole banks into files and hash them, before anything is changed.'),
    erase: schema_area('erase').describe('Erase sectors, by number or by address range.'),
    write: schemas/* strictObject */.rej({
        image: schemas/* string */.YjP()
            .min(1)
            .describe('The image to program (.elf, .hex or .bin), relative to the step file.'),
        address: address
            .optional()
            .describe('Where a raw .bin goes (e.g. 0x08000000); .elf and .hex carry their addresses.'),
        format: imageFormat.optional(),
        verify: schemas/* boolean */.zMY()
            .default(true)
            .describe('Read back and compare after programming (default true).'),
        mode: schemas/* enum */.k5n(['incremental', 'full'])
            .default('incremental')
            .describe('incremental (default) skips sectors that already hold the image; full erases and programs every touched sector.'),
        unwritten: schemas/* enum */.k5n(['keep', 'erase'])
            .default('keep')
            .describe('Bytes of touched sectors outside the image: keep their current value (default), or leave them erased.'),
    })
        .describe('Program an image: erases only the sectors it touches, then verifies.'),
    verify: schemas/* strictObject */.rej({
        image: schemas/* string */.YjP()
            .min(1)
            .optional()
            .describe('An image (.elf, .hex, or .bin with address) to compare with flash.'),
        address: address.optional().describe('Where a raw .bin image belongs.'),
        format: imageFormat.optional(),
        bank: bankIndex
            .optional()
            .describe('With file: the bank to compare with the reference file (default 0).'),
        file: schemas/* string */.YjP()
            .min(1)
            .optional()
            .describe('A reference file (a golden image) to compare a bank with.'),
        offset: address
            .optional()
            .describe('With file: where in the bank the reference starts (default 0).'),
    })
        .meta({
        not: has('image', 'file'),
        anyOf: [has('image'), has('file')],
    })
        .describe('Compare flash with an image or a golden file, read-only.'),
    protect: schema_area('protect').describe('Write-protect sectors (mapped to the chip’s protection blocks).'),
    unprotect: schema_area('unprotect').describe('Remove write protection from sectors.'),
    reset: schemas/* enum */.k5n(['halt', 'run', 'init'])
        .describe('Reset the target and halt it, let it run, or run its init script.'),
    dump: schemas/* strictObject */.rej({
        address: address.describe('Start of the memory to read.'),
        size: size.describe('How much to read: bytes, or 16K, 1M.'),
        file: schemas/* string */.YjP().min(1).describe('File name inside the report folder.'),
    })
        .describe('Read any memory (flash, RAM, registers) into a file in the report folder.'),
    command: schemas/* string */.YjP()
        .min(1)
        .describe('A raw OpenOCD command; bypasses every safety check (needs allow-raw-commands).'),
    run: runStep,
    unlock: schemas/* literal */.euz(true, { error: 'unlock: true (the step takes no options)' })
        .describe('Clear readout protection by mass-erasing the whole chip, then reset; a no-op on a chip that is not read-protected (needs allow-mass-erase).'),
    'power-cycle': schemas/* literal */.euz(true, { error: 'power-cycle: true (the step takes no options)' })
        .describe("Switch the board off and on with the inventory's power-cycle commands, then restart OpenOCD and prepare the target again as before the first step (needs the board's power-cycle entry)."),
};
const STEP_KINDS = Object.keys(stepKinds);
const common = {
    name: schemas/* string */.YjP().min(1).optional().describe('What the step is for, in the log and the report.'),
    timeout: duration
        .optional()
        .describe('Time limit for the step: 30s, 500ms, 2m, or a number of seconds.'),
    'continue-on-error': schemas/* boolean */.zMY()
        .default(false)
        .describe('Go on with the next step when this one fails; the run still fails.'),
};
const stepShape = {
    ...common,
    ...Object.fromEntries(STEP_KINDS.map((k) => [k, stepKinds[k].optional()])),
};
const stepSchema = schemas/* strictObject */.rej(stepShape)
    .superRefine((step, ctx) => {
    const kinds = STEP_KINDS.filter((k) => step[k] !== undefined);
    if (kinds.length !== 1) {
        ctx.addIssue({
            code: 'custom',
            message: kinds.length === 0
                ? `a step needs one of: ${STEP_KINDS.join(', ')}`
                : `a step does one thing, but this one has ${kinds.join(' and ')}`,
        });
    }
})
    // Exactly one action per step, for editors too.
    .meta({ oneOf: STEP_KINDS.map((k) => has(k)) })
    .describe(`One action (${STEP_KINDS.join(', ')}), with an optional name, timeout and continue-on-error.`);
const MAX_STEPS = 1000;
const stepFileSchema = schemas/* strictObject */.rej({
    version: schemas/* literal */.euz(1, { error: 'version: this tool reads step files of version 1' })
        .describe('The step file format: 1.'),
    'allow-raw-commands': schemas/* boolean */.zMY()
        .default(false)
        .describe('Allow command steps, which bypass every safety check (default false).'),
    'allow-mass-erase': schemas/* boolean */.zMY()
        .default(false)
        .describe('Allow unlock steps, which erase the whole chip to clear readout protection, with no backup possible (default false).'),
    prepare: schemas/* enum */.k5n(['reset-halt', 'halt', 'none'])
        .default('reset-halt')
        .describe('What to do with the target before the first step (default reset-halt).'),
    'on-failure': schemas/* strictObject */.rej({
        'restore-backup': schemas/* boolean */.zMY()
            .default(false)
            .describe('Write back the backup taken earlier in the run, only the sectors that differ, and verify it.'),
        reset: schemas/* enum */.k5n(['halt', 'run', 'init', 'none'])
            .default('none')
            .describe('Reset the target after a failure, after any restore (default none).'),
    })
        .default({ 'restore-backup': false, reset: 'none' })
        .describe('What to do when a step fails (and has no continue-on-error).'),
    steps: schemas/* array */.YOg(stepSchema)
        .min(1, 'steps: a step file needs at least one step')
        .max(MAX_STEPS, `steps: a step file may have at most ${MAX_STEPS} steps`)
        .describe('The steps, run in order; the run stops at the first that fails.'),
})
    .describe('What should happen to the board, in order: an openocd-flash step file.');

// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
;// CONCATENATED MODULE: ./src/plan/sectors.ts
const hex = (n) => `0x${n.toString(16).padStart(8, '0')}`;
function bankContaining(banks, address) {
    return banks.find((b) => b.size > 0 && address >= b.base && address < b.base + b.size);
}
/** The bank and sector holding an address, where there is one. */
function sectorAt(banks, address) {
    const bank = bankContaining(banks, address);
    const offset = bank ? address - bank.base : 0;
    const sector = bank?.sectors.find((s) => offset >= s.offset && offset < s.offset + s.size);
    return { bank, sector };
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
    const indices = sectorList(area.sectors ?? 'all', count, (bad) => {
        throw new Error(`${unitName} ${bad} of bank ${bank.index} does not exist: it has ${count} ${unitName}s (0..${count - 1})`);
    });
    return { bank, indices };
}
/** The indices `spec` means; a range is checked against `count` before it is expanded. */
function sectorList(spec, count, outside) {
    if (spec === 'all')
        return Array.from({ length: count }, (_, i) => i);
    const [first, last] = typeof spec === 'number'
        ? [spec, spec]
        : Array.isArray(spec)
            ? [spec.reduce((a, b) => Math.min(a, b)), spec.reduce((a, b) => Math.max(a, b))]
            : spec.split('-').map((s) => Number(s.trim()));
    if (last >= count) {
        const bad = Array.isArray(spec) ? spec.filter((i) => i >= count).join(', ') : String(spec);
        outside(bad);
    }
    if (Array.isArray(spec))
        return [...new Set(spec)].sort((a, b) => a - b);
    return Array.from({ length: last - first + 1 }, (_, i) => first + i);
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
                layout: { mode: w.mode, unwritten: w.unwritten },
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
        case 'unlock':
        case 'power-cycle':
            return { ...common, kind };
        case 'run': {
            const r = raw.run;
            return {
                ...common,
                kind,
                run: {
                    reset: r.reset,
                    capture: [...new Set(r.capture)],
                    pass: r.pass,
                    fail: r.fail,
                    timeoutMs: r.timeout,
                    tests: r.tests,
                    send: r.send,
                    elf: r.elf === undefined ? undefined : abs(r.elf),
                    rtt: r['rtt-address'] === undefined
                        ? undefined
                        : { address: r['rtt-address'], size: r['rtt-size'] ?? 1024 },
                },
            };
        }
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
        case 'run':
            return `run (${raw.run.capture.join(', ')})`;
        case 'unlock':
            return 'unlock (mass erase)';
        case 'power-cycle':
            return 'power-cycle the board';
        default: {
            const a = raw[kind];
            const what = a.address !== undefined
                ? `${hex(a.address)}+${a.size === undefined ? '?' : (0,format/* formatBytes */.z3)(a.size)}`
                : `bank ${a.bank ?? 0} sectors ${Array.isArray(a.sectors) ? a.sectors.join(',') : (a.sectors ?? 'all')}`;
            return `${kind} ${what}`;
        }
    }
}

;// CONCATENATED MODULE: ./src/plan/load.ts
// Loads a step file and checks everything that can be checked without a
// target: schema, image files, addresses, opt-ins. Every problem names the
// file, line and column, and the step.







/** The step file is not there: a mistyped path, said in so many words. */
class StepFileNotFoundError extends yaml_schema/* SourceError */.c8 {
    constructor(file) {
        super([{ file, line: 1, column: 1, path: '', message: 'step file not found' }]);
        this.name = 'StepFileNotFoundError';
        this.message = `step file not found: ${file}`;
    }
}
/** Reads `file` (or `text`, named `file` in messages) and validates it. Throws SourceError. */
function loadStepFile(file, text, baseDir = external_node_path_default().dirname(external_node_path_default().resolve(file))) {
    let source = text;
    if (source === undefined) {
        try {
            source = (0,yaml_schema/* readYamlFile */.kv)(file);
        }
        catch (err) {
            if (err instanceof yaml_schema/* SourceError */.c8)
                throw err;
            if (err.code === 'ENOENT')
                throw new StepFileNotFoundError(file);
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
    let lastElf;
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
                if (step.kind === 'write' && format === 'elf')
                    lastElf = step.image.path;
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
                    checkReadable(step.file, (m) => problem(at('verify', 'file'), named(m)), true);
                break;
            }
            case 'erase':
            case 'protect':
            case 'unprotect':
                checkArea(step.area, (m) => problem(at(step.kind), named(m)));
                break;
            case 'dump':
                if (step.address + step.size > 2 ** 32)
                    problem(at('dump', 'size'), named(`${step.size} bytes from ${hex(step.address)} run past the end of the address space`));
                checkOutputName(step.file, (m) => problem(at(step.kind, 'file'), named(m)));
                break;
            case 'backup':
                checkOutputName(step.file, (m) => problem(at(step.kind, 'file'), named(m)));
                break;
            case 'run': {
                const run = step.run;
                if (run.elf !== undefined)
                    checkReadable(run.elf, (m) => problem(at('run', 'elf'), named(m)));
                else if (run.rtt === undefined)
                    run.elf = lastElf;
                if (run.send.length && !run.capture.includes('rtt'))
                    problem(at('run', 'send'), named("'send' writes to RTT: add rtt to 'capture'"));
                if (run.pass === undefined &&
                    run.tests === undefined &&
                    !run.capture.includes('semihosting'))
                    problem(at('run'), named("nothing decides the verdict: give 'pass' (and/or 'fail'), 'tests', or capture semihosting (the firmware's exit code)"));
                break;
            }
            case 'unlock':
                if (!value['allow-mass-erase'])
                    problem(at('unlock'), named("unlock erases the whole chip, and no backup of a read-protected chip is possible: set 'allow-mass-erase: true' at the top of the file to allow it"));
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
function checkReadable(file, report, regular = false) {
    try {
        (0,external_node_fs_.accessSync)(file, external_node_fs_.constants.R_OK);
    }
    catch {
        return report(`file not found or not readable: ${file}`);
    }
    // A reference compared with a bank is read whole: a FIFO, device or
    // folder would hang, fail late, or be quoted in the report.
    if (regular && !(0,external_node_fs_.statSync)(file).isFile())
        report(`${file} is not a regular file`);
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
        else if (b > MAX_SECTOR)
            report(`sector range ${area.sectors}: no flash bank has a sector above ${MAX_SECTOR}`);
    }
}
function checkOutputName(name, report) {
    if (external_node_path_default().isAbsolute(name) || name.split(/[\\/]/).includes('..')) {
        report(`'${name}' must be a relative path inside the output folder`);
    }
}

;// CONCATENATED MODULE: ./src/plan/layout.ts

// Programming granularity by flash driver. The STM32H7 programs whole flash
// words (32 bytes on H74x/75x, 16 on H7A3/B3): OpenOCD pads a shorter write
// with 0xFF, and a word once programmed cannot be programmed again without an
// ECC error, so two runs must never share one; 32 serves both. The other
// chips (F1 half-words, F4 bytes to double-words) program 8-byte runs correctly.
const PROGRAM_ALIGN = { stm32h7x: 32 };
const DEFAULT_PROGRAM_ALIGN = 8;
/** The alignment of the runs a write to `bank` programs (a power of two). */
function programAlign(bank) {
    return PROGRAM_ALIGN[bank.driver] ?? DEFAULT_PROGRAM_ALIGN;
}
// Runs of erased bytes this long are not programmed after an erase: they
// are already 0xFF, and programming costs time per byte.
const SKIP_ERASED = 256;
const ERASED = 0xff;
/** The image's segments, split by bank; data outside every bank is refused. */
function segmentsByBank(segments, banks) {
    const out = new Map();
    const sorted = segments.filter((s) => s.data.length > 0).sort((a, b) => a.address - b.address);
    for (const [i, seg] of sorted.entries()) {
        const prev = sorted[i - 1];
        if (prev && prev.address + prev.data.length > seg.address)
            throw new Error(`image segments overlap at ${hex(seg.address)}`);
        const end = seg.address + seg.data.length - 1;
        const bank = bankContaining(banks, seg.address);
        if (!bank || bankContaining(banks, end) !== bank) {
            throw new Error(`the image has data at ${hex(seg.address)}..${hex(end)}, outside every flash bank (${describeBanks(banks)}): is the address right?`);
        }
        out.set(bank.index, [...(out.get(bank.index) ?? []), seg]);
    }
    return out;
}
/** Sectors of `bank` that the segments touch, ascending. */
function touchedSectors(bank, segments) {
    const set = new Set();
    for (const s of segments)
        for (const i of unitsOverlapping(bank, bank.sectors, s.address, s.data.length))
            set.add(i);
    return [...set].sort((a, b) => a - b);
}
/**
 * Sectors whose current bytes the layout needs: all touched sectors for an
 * incremental write; for a full write only sectors the image covers in part,
 * when their other bytes are kept.
 */
function sectorsNeedingContents(bank, segments, options) {
    const touched = touchedSectors(bank, segments);
    if (options.mode === 'incremental')
        return touched;
    if (options.unwritten === 'erase')
        return [];
    return touched.filter((i) => coverage(bank.sectors[i], bank, segments) < bank.sectors[i].size);
}
function planBankLayout(bank, segments, evidence, options) {
    const layout = { bank: bank.index, sectors: [], erase: [], program: [], expected: [] };
    const runs = [];
    const needed = new Set(sectorsNeedingContents(bank, segments, options));
    const equal = options.mode === 'incremental' && options.unwritten === 'keep' ? evidence.equal : undefined;
    for (const index of touchedSectors(bank, segments)) {
        const sector = bank.sectors[index];
        if (equal?.has(index)) {
            const imageBytes = coverage(sector, bank, segments);
            layout.sectors.push({
                index,
                action: 'skip',
                imageBytes,
                keptBytes: sector.size - imageBytes,
            });
            continue;
        }
        const current = evidence.contents.get(index);
        if (needed.has(index) && (!current || current.length !== sector.size)) {
            throw new Error(`the layout of bank ${bank.index} needs the ${sector.size} bytes sector ${index} holds now`);
        }
        const { wanted, imageBytes } = wantedBytes(sector, bank, segments, options.unwritten, current);
        const align = programAlign(bank);
        const keptBytes = options.unwritten === 'keep' ? sector.size - imageBytes : 0;
        layout.expected.push({ offset: sector.offset, data: wanted });
        let action = 'erase+program';
        let program = [];
        if (options.mode === 'incremental' && current) {
            const differ = differingRuns(wanted, current, align);
            if (differ.length === 0)
                action = 'skip';
            else if (differ.every(([from, to]) => isErased(current, from, to))) {
                action = 'program';
                program = differ;
            }
        }
        if (action === 'erase+program') {
            layout.erase.push(index);
            program = nonErasedRuns(wanted, align);
        }
        layout.sectors.push({ index, action, imageBytes, keptBytes });
        for (const [from, to] of program)
            runs.push([sector.offset + from, sector.offset + to]);
        // A sector that is skipped is not compared again: the evidence says it matches.
        if (action === 'skip')
            layout.expected.pop();
    }
    layout.program = mergeRuns(runs).map(([from, to]) => ({
        offset: from,
        data: slice(layout.expected, from, to),
    }));
    layout.expected = mergeBuffers(layout.expected);
    return layout;
}
/** One layout per bank the image touches. */
function planLayout(banks, segments, evidence, options) {
    return [...segmentsByBank(segments, banks)].map(([index, segs]) => planBankLayout(banks[index], segs, evidence.get(index) ?? { contents: new Map() }, options));
}
/** The image's bytes inside the sector, as [bank offset, bytes] pieces. */
function imagePieces(sector, bank, segments) {
    const pieces = [];
    for (const s of segments) {
        const start = s.address - bank.base;
        const from = Math.max(start, sector.offset);
        const to = Math.min(start + s.data.length, sector.offset + sector.size);
        if (to > from)
            pieces.push({ offset: from, data: s.data.subarray(from - start, to - start) });
    }
    return pieces;
}
/** Bytes of the sector the image covers. */
function coverage(sector, bank, segments) {
    return imagePieces(sector, bank, segments).reduce((n, p) => n + p.data.length, 0);
}
/** What the sector should hold after the write. */
function wantedBytes(sector, bank, segments, unwritten, current) {
    const wanted = unwritten === 'keep' && current
        ? new Uint8Array(current)
        : new Uint8Array(sector.size).fill(ERASED);
    let imageBytes = 0;
    for (const p of imagePieces(sector, bank, segments)) {
        wanted.set(p.data, p.offset - sector.offset);
        imageBytes += p.data.length;
    }
    return { wanted, imageBytes };
}
/** Aligned [from, to) runs where `a` and `b` differ; close runs are joined. */
function differingRuns(a, b, align) {
    const runs = [];
    for (let i = 0; i < a.length; i++) {
        if (a[i] === b[i])
            continue;
        const from = i & ~(align - 1);
        let j = i;
        while (j < a.length && (a[j] !== b[j] || j < i + align))
            j++;
        runs.push([from, Math.min(a.length, alignUp(j, align))]);
        i = j;
    }
    return mergeRuns(runs);
}
/** [from, to) runs of `data`, aligned to `align`, that are not long runs of 0xFF. */
function nonErasedRuns(data, align, start = 0, end = data.length) {
    const runs = [];
    let i = start;
    while (i < end) {
        while (i < end && data[i] === ERASED)
            i++;
        if (i >= end)
            break;
        let j = i;
        let erasedRun = 0;
        while (j < end && erasedRun < SKIP_ERASED) {
            erasedRun = data[j] === ERASED ? erasedRun + 1 : 0;
            j++;
        }
        runs.push([i & ~(align - 1), Math.min(end, alignUp(j - erasedRun, align))]);
        i = j;
    }
    return runs;
}
function isErased(data, from, to) {
    for (let i = from; i < to; i++)
        if (data[i] !== ERASED)
            return false;
    return true;
}
const alignUp = (n, align) => (n + align - 1) & ~(align - 1);
function mergeRuns(runs) {
    const out = [];
    for (const [from, to] of [...runs].sort((x, y) => x[0] - y[0])) {
        const last = out.at(-1);
        if (last && from <= last[1])
            last[1] = Math.max(last[1], to);
        else
            out.push([from, to]);
    }
    return out;
}
function mergeBuffers(parts) {
    const out = [];
    for (const p of parts) {
        const last = out.at(-1);
        if (last && last.offset + last.data.length === p.offset) {
            const data = new Uint8Array(last.data.length + p.data.length);
            data.set(last.data);
            data.set(p.data, last.data.length);
            last.data = data;
        }
        else
            out.push({ offset: p.offset, data: p.data });
    }
    return out;
}
/** Bytes [from, to) of the bank, from per-sector buffers that cover them. */
function slice(parts, from, to) {
    const out = new Uint8Array(to - from);
    for (const p of parts) {
        const a = Math.max(from, p.offset);
        const b = Math.min(to, p.offset + p.data.length);
        if (b > a)
            out.set(p.data.subarray(a - p.offset, b - p.offset), a - from);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/plan/plan.ts



class PlanError extends Error {
    refusals;
    constructor(refusals) {
        super(refusals.map((r) => `step ${r.step.index + 1} (${r.step.name}): ${r.message}`).join('\n'));
        this.refusals = refusals;
        this.name = 'PlanError';
    }
}
function buildPlan(steps, banks, inputs, 
/** The chip's readout protection, as read before planning; undefined when none applies. */
locked) {
    // A locked chip is refused before anything else: no backup can be taken,
    // and only an explicit unlock, first, may erase it (never silently).
    if (locked && (locked.permanent || steps[0].kind !== 'unlock'))
        throw new PlanError([{ step: steps[0], message: describeLocked(locked) }]);
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
            const p = planStep(step, banks, inputs, locked);
            // The unlock's mass erase resets the option bytes: nothing is write-protected after it.
            if (step.kind === 'unlock' && p.touches.length)
                for (const state of protectedBlocks.values())
                    state.clear();
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
function planStep(step, banks, inputs, locked) {
    switch (step.kind) {
        case 'backup': {
            const list = step.bank === 'all' ? banks.filter((b) => b.size > 0) : [bankOrThrow(banks, step.bank)];
            return { step, ...wholeBanks(list) };
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
            // `sectors:` are sector indices here too; protection works on blocks
            // (4 sectors each on the F103), so the range widens to the blocks
            // that cover those sectors, and the plan says so.
            const r = resolveArea(banks, step.area, (b) => b.sectors, 'sector');
            const blocks = blocksOfSectors(r.bank, r.indices);
            const requested = r.rounded?.requested ?? unitsSpan(r.bank, r.bank.sectors, r.indices);
            const actual = unitsSpan(r.bank, r.bank.protectionBlocks, blocks);
            const widened = actual.address !== requested.address || actual.size !== requested.size;
            return {
                step,
                touches: [{ bank: r.bank.index, sectors: [], blocks }],
                bytes: 0,
                rounded: widened ? { requested, actual } : undefined,
            };
        }
        case 'write':
        case 'verify': {
            const image = inputs.images.get(step.index);
            if (!image)
                throw new Error(`the image of step ${step.index + 1} was not read before planning`);
            return {
                step,
                touches: imageTouches(image, banks),
                bytes: image.segments.reduce((n, s) => n + s.data.length, 0),
                image,
            };
        }
        case 'verify-bank': {
            const bank = bankOrThrow(banks, step.bank);
            const reference = inputs.references.get(step.index);
            if (!reference)
                throw new Error(`the reference file of step ${step.index + 1} was not read before planning`);
            const size = reference.data.length;
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
                reference,
            };
        }
        case 'dump':
            return { step, touches: [], bytes: step.size };
        case 'unlock': {
            const present = banks.filter((b) => b.size > 0);
            const unknown = present.find((b) => !READOUT_PROTECTION_DRIVERS.includes(b.driver));
            if (unknown)
                throw new Error(`unlock knows the readout protection of ${READOUT_PROTECTION_DRIVERS.join(', ')} flash, not of bank ${unknown.index}'s driver ${unknown.driver}`);
            // Only a locked chip is erased: on an unlocked one the step does nothing.
            if (!locked)
                return { step, touches: [], bytes: 0 };
            return { step, ...wholeBanks(present.filter(massErased)) };
        }
        case 'reset':
        case 'command':
        case 'run':
        case 'power-cycle':
            return { step, touches: [], bytes: 0 };
    }
}
function imageTouches(image, banks) {
    return [...segmentsByBank(image.segments, banks)].map(([bank, segments]) => ({
        bank,
        sectors: touchedSectors(banks[bank], segments),
        blocks: [],
    }));
}
/** Every sector of each bank: what a backup reads and a mass erase erases. */
function wholeBanks(list) {
    return {
        touches: list.map((b) => ({
            bank: b.index,
            sectors: b.sectors.map((s) => s.index),
            blocks: [],
        })),
        bytes: list.reduce((n, b) => n + b.size, 0),
    };
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

// EXTERNAL MODULE: ./src/util/hash.ts
var hash = __webpack_require__(5138);
;// CONCATENATED MODULE: ./src/plan/snapshot.ts
// The run's inputs, read once before OpenOCD starts: every image is parsed
// into the bytes the plan and the write step use (so what is planned is what
// is programmed, even if the file changes during the run), and every
// reference file is read into the bytes its verify step compares (so the
// report's hash is of what was compared). A bad input is invalid input
// (exit 2), named with its step file line, before anything is touched.




async function snapshotInputs(plan) {
    const images = new Map();
    const references = new Map();
    const problems = [];
    for (const step of plan.steps) {
        const problem = (key, file, message) => problems.push({
            file: plan.file,
            line: step.line,
            column: 1,
            path: `steps[${step.index}].${key}`,
            message: `step ${step.index + 1} (${step.name}): '${file}': ${message}`,
        });
        try {
            if (step.kind === 'write' || step.kind === 'verify') {
                const key = `${step.kind}.image`;
                if (!(await (0,promises_.stat)(step.image.path)).isFile())
                    problem(key, step.image.path, 'not a regular file');
                else
                    images.set(step.index, await (0,src_image/* readImage */.AM)(step.image.path, step.image));
            }
            else if (step.kind === 'verify-bank') {
                const info = await (0,promises_.stat)(step.file);
                if (!info.isFile())
                    problem('verify.file', step.file, 'not a regular file');
                else if (info.size === 0)
                    problem('verify.file', step.file, 'the file is empty');
                else {
                    const data = new Uint8Array(await (0,promises_.readFile)(step.file));
                    references.set(step.index, { data, file: (0,hash/* digest */.br)(data) });
                }
            }
        }
        catch (err) {
            const file = step.kind === 'verify-bank' ? step.file : 'image' in step ? step.image.path : '';
            problem(step.kind === 'verify-bank' ? 'verify.file' : `${step.kind}.image`, file, err.message);
        }
    }
    if (problems.length)
        throw new yaml_schema/* SourceError */.c8(problems);
    return { images, references };
}

// EXTERNAL MODULE: ./src/report/flash-map.ts
var flash_map = __webpack_require__(3915);
;// CONCATENATED MODULE: ./src/report/junit.ts
// junit.xml: one test case per step, so any CI shows the run in its test view;
// a run step adds one case per test the firmware reported, and its console
// as the step's system-out.


const xml = (s) => s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // eslint-disable-next-line no-control-regex
    .replace(/[\x00-\x08\x0b\x0c\x0e-\x1f]/g, '');
// A failed verification names every differing range it has, with its sector.
function mismatches(s) {
    const v = s.verification;
    if (!v || v.match)
        return '';
    const lines = v.ranges.map((m) => `differs at ${(0,format/* hex32 */.Fd)(m.address)} (${m.length} byte(s))${m.sector !== undefined ? `: bank ${m.bank} sector ${m.sector}` : ''}`);
    if (v.truncated)
        lines.push('… more ranges differ (see report.json)');
    return lines.join('\n');
}
/** `consoles`: the console text of run steps, by step index. */
function renderJunit(r, consoles = new Map()) {
    const firmwareTests = r.steps.flatMap((s) => s.run?.tests ?? []);
    const failures = r.steps.filter((s) => s.status === 'failed' || s.status === 'timeout').length +
        firmwareTests.filter((t) => t.status === 'failed').length;
    const skipped = r.steps.filter((s) => s.status === 'skipped' || s.status === 'planned').length +
        firmwareTests.filter((t) => t.status === 'skipped').length;
    const suiteName = `openocd-flash ${r.stepFile} on ${r.board.name}`;
    const cases = r.steps.flatMap((s) => [stepCase(r, s, consoles.get(s.index)), ...testCases(s)]);
    // A run that failed before any step (bad input, no probe) is one failing case.
    if (r.steps.length === 0 && r.result !== 'success') {
        cases.push(`    <testcase name="run" classname="openocd-flash" time="0">\n      <failure message="${xml(r.result)}">${xml([r.message ?? '', ...r.problems.map(yaml_schema/* formatProblem */.Vw)].join('\n'))}</failure>\n    </testcase>`);
    }
    const total = Math.max(r.steps.length + firmwareTests.length, cases.length);
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
function stepCase(r, s, console) {
    const attrs = `name="${xml(`${s.index + 1}. ${s.name}`)}" classname="${xml(`openocd-flash.${s.kind}`)}" file="${xml(r.stepFile)}" line="${s.line}" time="${((s.durationMs ?? 0) / 1000).toFixed(3)}"`;
    const out = console === undefined ? '' : `\n      <system-out>${xml(console)}</system-out>`;
    if (s.status === 'failed' || s.status === 'timeout') {
        const detail = [s.error?.message ?? s.status, mismatches(s), s.error?.openocd ?? '']
            .join('\n\n')
            .trim();
        return `    <testcase ${attrs}>\n      <failure message="${xml(s.error?.message ?? s.status)}" type="${s.status}">${xml(detail)}</failure>${out}\n    </testcase>`;
    }
    if (s.status === 'skipped' || s.status === 'planned') {
        return `    <testcase ${attrs}>\n      <skipped message="${s.status === 'planned' ? 'dry run' : 'not run after an earlier failure'}"/>\n    </testcase>`;
    }
    return out ? `    <testcase ${attrs}>${out}\n    </testcase>` : `    <testcase ${attrs}/>`;
}
/** The tests the firmware reported in a run step, as their own cases. */
function testCases(s) {
    return (s.run?.tests ?? []).map((t) => {
        const where = t.file === undefined
            ? ''
            : ` file="${xml(t.file)}"${t.line === undefined ? '' : ` line="${t.line}"`}`;
        const attrs = `name="${xml(t.name)}" classname="${xml(`firmware.${s.index + 1}. ${s.name}`)}"${where}`;
        if (t.status === 'failed')
            return `    <testcase ${attrs}>\n      <failure message="${xml(t.message ?? 'failed')}" type="failed">${xml(t.message ?? '')}</failure>\n    </testcase>`;
        if (t.status === 'skipped')
            return `    <testcase ${attrs}>\n      <skipped/>\n    </testcase>`;
        return `    <testcase ${attrs}/>`;
    });
}

;// CONCATENATED MODULE: ./src/report/markdown.ts
// report.md: what a person reads (and the GitHub job summary): the outcome,
// a table of steps, the first mismatches, the files with their hashes, and a
// per-sector map.




const ICON = {
    passed: '✅',
    failed: '❌',
    skipped: '⏭️',
    timeout: '⏱️',
    planned: '📝',
};
const RESTORE_VERDICT = {
    passed: '✅ restored and verified',
    failed: '❌ failed',
    skipped: '⏭️ nothing restored',
};
const esc = (s) => s.replace(/\|/g, '\\|').replace(/\n/g, '<br>');
function renderAttempts(attempts, result) {
    const connected = result === 'success' || attempts[attempts.length - 1].retryAfterMs !== undefined;
    return [
        connected
            ? `⚠️ **Flaky board:** connected only at attempt ${attempts.length + 1}.`
            : `Connecting failed ${attempts.length} time(s).`,
        '',
        '| attempt | started | cause | message | then |',
        '|---|---|---|---|---|',
        ...attempts.map((a) => `| ${a.attempt} | ${a.startedAt} | ${a.cause} | ${esc(a.message)} | ${a.retryAfterMs === undefined ? 'gave up' : `${a.powerCycle ? `power-cycled (${a.powerCycle.ok ? 'ok' : 'failed'}), ` : ''}retried after ${(0,format/* formatDuration */.a3)(a.retryAfterMs)}`} |`),
        ...attempts.flatMap((a) => a.powerCycle
            ? ['', `Power cycle after attempt ${a.attempt}:`, '', ...renderPowerCycle(a.powerCycle)]
            : []),
    ];
}
/** The power-cycle commands with their exit codes and output. */
function renderPowerCycle(p) {
    return [
        '```',
        ...p.commands.flatMap((c) => [
            `$ ${c.argv.join(' ')}  (exit ${c.exitCode})`,
            ...(c.output ? [c.output] : []),
        ]),
        ...(p.reenumerated === false ? ['(the probe did not come back in time)'] : []),
        '```',
    ];
}
function renderMarkdown(r) {
    const out = [];
    const verdict = r.result === 'success'
        ? r.dryRun
            ? '📝 dry run: nothing was changed'
            : '✅ success'
        : `❌ ${r.result}`;
    out.push(`## openocd-flash: ${verdict}`, '');
    out.push(`Board **${r.board.name}**${r.board.virtual ? ` (virtual ${r.board.virtual})` : ''} · step file \`${r.stepFile}\` · ${(0,format/* formatDuration */.a3)(r.durationMs)} · exit code ${r.exitCode}`);
    if (r.openocd.version)
        out.push('', `OpenOCD: ${r.openocd.version}${r.openocd.build ? ` (${r.openocd.build})` : ''}`);
    if (r.message)
        out.push('', '> ' + r.message.split('\n').join('\n> '));
    if (r.failedAttempts?.length)
        out.push('', ...renderAttempts(r.failedAttempts, r.result));
    if (r.problems.length)
        out.push('', '### Problems in the step file', '', ...r.problems.map((p) => `- \`${(0,yaml_schema/* formatProblem */.Vw)(p)}\``));
    if (r.steps.length) {
        out.push('', '### Steps', '', '| # | step | status | time | bytes | throughput | sectors |', '|---|---|---|---|---|---|---|');
        for (const s of r.steps) {
            const sectors = (0,format/* describeTouches */.nm)(s.plan).join('; ');
            out.push(`| ${s.index + 1} | ${esc(s.name)} | ${ICON[s.status]} ${s.status} | ${s.durationMs !== undefined ? (0,format/* formatDuration */.a3)(s.durationMs) : ''} | ${s.bytes ? (0,format/* formatBytes */.z3)(s.bytes) : ''} | ${(0,format/* formatRate */.CE)(s.bytesPerSecond)} | ${sectors} |`);
        }
        for (const s of r.steps) {
            const lines = [
                ...(s.error ? [`**Error:** ${s.error.message}`] : []),
                ...s.notes.map((n) => `- ${n}`),
            ];
            if (s.rounded) {
                lines.push(`- address range ${(0,format/* hex32 */.Fd)(s.rounded.requested.address)}+${(0,format/* formatBytes */.z3)(s.rounded.requested.size)} rounded out to ${(0,format/* hex32 */.Fd)(s.rounded.actual.address)}+${(0,format/* formatBytes */.z3)(s.rounded.actual.size)}`);
            }
            if (s.error?.openocd)
                lines.push('', '```', s.error.openocd.trim(), '```');
            if (s.verification && !s.verification.match)
                lines.push('', ...renderMismatches(s));
            if (s.run)
                lines.push('', ...renderFirmwareRun(s.run));
            if (s.powerCycle)
                lines.push('', ...renderPowerCycle(s.powerCycle));
            if (lines.length)
                out.push('', `#### ${s.index + 1}. ${esc(s.name)}`, '', ...lines);
        }
    }
    if (r.restore) {
        out.push('', `### Restore from backup: ${RESTORE_VERDICT[r.restore.status]}`, '');
        if (r.restore.reason)
            out.push(r.restore.reason);
        for (const b of r.restore.banks) {
            out.push(`- bank ${b.bank}: ${b.sectors.length ? `rewrote sectors ${(0,format/* formatIndices */.HM)(b.sectors)}` : 'already matched the backup'}, ${b.verified ? 'verified' : 'NOT verified'} against \`${b.backup}\``);
        }
        if (r.restore.error)
            out.push('', `**Error:** ${r.restore.error}`);
    }
    out.push(...renderFiles(r));
    if ((0,flash_map/* flashMap */.Pz)(r).length)
        out.push('', `Flash map: ${markdown_link(flash_map/* FLASH_MAP_FILE */.Ff)}${r.dryRun ? ' (the plan)' : ''}`);
    for (const bank of r.banksAfter.length ? r.banksAfter : r.banksBefore) {
        const activity = r.activity.find((a) => a.bank === bank.index);
        const before = r.banksBefore.find((b) => b.index === bank.index);
        if (bank.sectors.length)
            out.push('', ...renderSectorMap(bank, before, activity));
    }
    if (r.log)
        out.push('', `OpenOCD log: ${markdown_link(r.log)}`);
    return out.join('\n') + '\n';
}
function renderMismatches(s) {
    const v = s.verification;
    const lines = [
        `${v.mismatchedBytes} byte(s) differ in ${v.ranges.length}${v.truncated ? '+' : ''} range(s) of ${(0,format/* formatBytes */.z3)(v.length)} compared:`,
        '',
        '| address | bytes | bank/sector | expected | actual |',
        '|---|---|---|---|---|',
    ];
    for (const m of v.ranges.slice(0, 16)) {
        const where = m.sector !== undefined ? `${m.bank}/${m.sector}` : '';
        lines.push(`| ${(0,format/* hex32 */.Fd)(m.address)} | ${m.length} | ${where} | ${m.expected === undefined ? 'see the reference file' : `\`${cut(m.expected, m.length)}\``} | \`${cut(m.actual, m.length)}\` |`);
    }
    if (v.ranges.length > 16)
        lines.push('', `(${v.ranges.length - 16} more ranges in report.json)`);
    return lines;
}
function renderFirmwareRun(run) {
    const lines = [`**Verdict:** ${run.passed ? '✅ passed' : '❌ failed'}: ${run.message}`];
    if (run.exitCode !== undefined)
        lines.push(`- exit code ${run.exitCode}`);
    if (run.tests.length) {
        const count = (s) => run.tests.filter((t) => t.status === s).length;
        lines.push(`- tests: ${count('passed')} passed, ${count('failed')} failed, ${count('skipped')} skipped`);
        for (const t of run.tests.filter((t) => t.status === 'failed'))
            lines.push(`  - ❌ \`${t.name}\`${t.file ? ` (${t.file}${t.line ? `:${t.line}` : ''})` : ''}${t.message ? `: ${esc(t.message)}` : ''}`);
    }
    if (run.fault) {
        const f = run.fault;
        lines.push('', 'Registers stacked on fault entry:', '', '| r0 | r1 | r2 | r3 | r12 | lr | pc | xpsr |', '|---|---|---|---|---|---|---|---|', `| ${['r0', 'r1', 'r2', 'r3', 'r12', 'lr', 'pc', 'xpsr'].map((r) => (0,format/* hex32 */.Fd)(f.stacked[r])).join(' | ')} |`);
        if (f.bfar !== undefined)
            lines.push('', `BFAR ${(0,format/* hex32 */.Fd)(f.bfar)}`);
        if (f.mmfar !== undefined)
            lines.push('', `MMFAR ${(0,format/* hex32 */.Fd)(f.mmfar)}`);
    }
    else if (run.registers && !run.passed) {
        const r = run.registers;
        lines.push('', `Core when stopped: ${['pc', 'lr', 'sp', 'xPSR'].map((n) => `${n} ${(0,format/* hex32 */.Fd)(r[n])}`).join(', ')}`);
    }
    lines.push('', `Console (${run.lines} line(s), last ${run.tail.length}; all of it in \`${run.log}\`):`, '', '```', ...run.tail.map((l) => l.replace(/```/g, "'''")), '```');
    return lines;
}
const SHOWN_BYTES = 16;
/** Hex of the first bytes of a range, with … when the range has more. */
function cut(hex, length) {
    const shown = hex.slice(0, SHOWN_BYTES * 2);
    return length > shown.length / 2 ? `${shown}…` : shown;
}
// Files in the report folder are recorded relative to it: those are links.
const markdown_link = (file) => external_node_path_default().isAbsolute(file) ? `\`${file}\`` : `[${file}](${encodeURI(file)})`;
/** Every file the run read or wrote, with its SHA-256: what was programmed, and what the backups hold. */
function renderFiles(r) {
    const seen = new Set();
    const rows = [];
    for (const s of r.steps) {
        for (const f of s.files) {
            const key = `${f.role} ${f.path} ${f.sha256}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            rows.push(`| ${f.role} | ${esc(markdown_link(f.path))} | ${(0,format/* formatBytes */.z3)(f.bytes)} | \`${f.sha256}\` |`);
        }
    }
    if (!rows.length)
        return [];
    return ['', '### Files', '', '| role | file | size | SHA-256 |', '|---|---|---|---|', ...rows];
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
            s: has(a?.skipped, s.index),
            v: has(a?.verified, s.index),
            x: has(a?.verifyFailed, s.index),
        };
        const last = rows.at(-1);
        if (last && JSON.stringify(last.flags) === JSON.stringify(flags))
            last.last = s.index;
        else
            rows.push({ first: s.index, last: s.index, flags });
    }
    const mark = (on, sym) => (on ? sym : '·');
    const lines = [
        `### Bank ${bank.index}: ${bank.name} at ${(0,format/* hex32 */.Fd)(bank.base)}, ${(0,format/* formatBytes */.z3)(bank.size)}`,
        '',
        '| sectors | address | size | backed up | erased | written (S: skipped, already equal) | verified | protected before → after |',
        '|---|---|---|---|---|---|---|---|',
    ];
    for (const row of rows) {
        const first = bank.sectors[row.first];
        const last = bank.sectors[row.last];
        const size = last.offset + last.size - first.offset;
        const f = row.flags;
        lines.push(`| ${row.first === row.last ? row.first : `${row.first}-${row.last}`} | ${(0,format/* hex32 */.Fd)(bank.base + first.offset)} | ${(0,format/* formatBytes */.z3)(size)} | ${mark(f.b, 'B')} | ${mark(f.e, 'E')} | ${f.s ? 'S' : mark(f.w, 'W')} | ${f.x ? '✘ differs' : mark(f.v, 'V')} | ${f.protBefore ? '🔒' : '·'} → ${f.protAfter ? '🔒' : '·'} |`);
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/report/write.ts
// Writes report.json, report.md, junit.xml and (when there are banks to draw)
// flash-map.svg into the report folder.





async function writeReport(dir, report) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    const files = {
        json: external_node_path_default().join(dir, 'report.json'),
        markdown: external_node_path_default().join(dir, 'report.md'),
        junit: external_node_path_default().join(dir, 'junit.xml'),
    };
    const maps = (0,flash_map/* flashMap */.Pz)(report);
    if (maps.length) {
        files.flashMap = external_node_path_default().join(dir, flash_map/* FLASH_MAP_FILE */.Ff);
        await (0,promises_.writeFile)(files.flashMap, (0,flash_map/* flashMapSvg */.hk)(maps));
    }
    await (0,promises_.writeFile)(files.json, JSON.stringify(report, null, 2) + '\n');
    await (0,promises_.writeFile)(files.markdown, renderMarkdown(report));
    await (0,promises_.writeFile)(files.junit, renderJunit(report, await consoles(dir, report)));
    return files;
}
// junit.xml carries each run step's console; a runaway console is cut, the
// whole of it stays in its log file.
const CONSOLE_LIMIT = 1024 * 1024;
async function consoles(dir, report) {
    const texts = new Map();
    for (const step of report.steps) {
        if (!step.run)
            continue;
        const text = await (0,promises_.readFile)(external_node_path_default().join(dir, step.run.log), 'utf8').catch(() => '');
        texts.set(step.index, text.length > CONSOLE_LIMIT
            ? `${text.slice(0, CONSOLE_LIMIT)}\n[cut: the whole console is ${step.run.log}]\n`
            : text);
    }
    return texts;
}

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

;// CONCATENATED MODULE: ./src/steps/files.ts
// File records (size and SHA-256) for the report.



async function fileRecord(file, role, relativeTo) {
    const [info, sha256] = await Promise.all([(0,promises_.stat)(file), (0,hash/* sha256File */.Q3)(file)]);
    return {
        path: relativeTo ? external_node_path_default().relative(relativeTo, file) : file,
        role,
        bytes: info.size,
        sha256,
    };
}
/** An image's record from its snapshot: the bytes that were planned and programmed. */
function imageRecord(file, image) {
    return { path: file, role: 'image', bytes: image.file.bytes, sha256: image.file.sha256 };
}

// EXTERNAL MODULE: ./src/util/real-path.ts
var real_path = __webpack_require__(3516);
;// CONCATENATED MODULE: ./src/plan/outputs.ts
// Every file a run writes, by its real path: backups (after {bank}
// expansion), dumps and the run's own files. Two outputs on one path, an
// output on one of the run's inputs, or an output that a symlink leads out of
// the report folder would destroy data the run depends on (a backup
// overwritten by a dump, then "restored" over the chip), so such a plan is
// refused before OpenOCD starts. The check runs twice: before connecting,
// with what the step file alone says, and after `flash list`, when
// `bank: all` is known to mean a list of banks.


/** Files the run itself writes into the report folder. */
const RUN_FILES = [
    'report.json',
    'report.md',
    'junit.xml',
    'openocd.log',
    'flash-map.svg',
];
const BANK = '{bank}';
/** The log of connection attempt `attempt`: the first is openocd.log, as without retries. */
function attemptLog(attempt) {
    return attempt === 1 ? 'openocd.log' : `openocd-attempt-${attempt}.log`;
}
/** The log of the OpenOCD a power-cycle step starts. */
function powerCycleLog(step) {
    return `openocd-power-cycle-${step.index + 1}.log`;
}
/** A backup's file name for one bank. */
function backupFileName(pattern, bank) {
    return pattern.split(BANK).join(String(bank));
}
/**
 * Problems with the run's outputs. `banks` are the indices `bank: all` means;
 * before connecting they are unknown, and such a backup is only checked for
 * a {bank} in its name.
 */
function checkOutputs(steps, opts) {
    const outDir = (0,real_path/* realPath */.Y)(external_node_path_default().resolve(opts.outDir));
    const problems = [];
    // real path → who writes or reads it
    const owners = new Map();
    for (const name of RUN_FILES)
        owners.set(external_node_path_default().join(outDir, name), `the run's own ${name}`);
    for (let attempt = 2; attempt <= (opts.retries ?? 0) + 1; attempt++)
        owners.set(external_node_path_default().join(outDir, attemptLog(attempt)), `the OpenOCD log of connection attempt ${attempt}`);
    const inputs = new Map();
    for (const input of opts.inputs ?? [])
        inputs.set((0,real_path/* realPath */.Y)(external_node_path_default().resolve(input)), 'the step file');
    for (const step of steps) {
        if (step.kind === 'write' || step.kind === 'verify')
            inputs.set((0,real_path/* realPath */.Y)(step.image.path), `the image of step ${step.index + 1} (${step.name})`);
        if (step.kind === 'verify-bank' && step.file)
            inputs.set((0,real_path/* realPath */.Y)(step.file), `the reference file of step ${step.index + 1} (${step.name})`);
    }
    for (const step of steps) {
        for (const { name, what } of outputsOf(step, opts.banks, problems)) {
            const file = (0,real_path/* realPath */.Y)(external_node_path_default().resolve(outDir, name));
            if (file !== outDir && !file.startsWith(outDir + (external_node_path_default()).sep)) {
                problems.push({
                    step,
                    message: `${what} '${name}' leads outside the report folder (to ${file}), through a symbolic link`,
                });
                continue;
            }
            const input = inputs.get(file);
            if (input) {
                problems.push({
                    step,
                    message: `${what} '${name}' would overwrite ${input}: choose another file name or report folder`,
                });
                continue;
            }
            const owner = owners.get(file);
            if (owner) {
                problems.push({
                    step,
                    message: `${what} '${name}' would overwrite ${owner}: every file a run writes needs its own name`,
                });
                continue;
            }
            owners.set(file, `${what} of step ${step.index + 1} (${step.name})`);
        }
    }
    return problems;
}
function outputsOf(step, banks, problems) {
    if (step.kind === 'dump')
        return [{ name: step.file, what: 'the dump' }];
    if (step.kind === 'power-cycle')
        return [{ name: powerCycleLog(step), what: 'the OpenOCD log after the power cycle' }];
    if (step.kind !== 'backup')
        return [];
    if (step.bank !== 'all')
        return [{ name: backupFileName(step.file, step.bank), what: `the backup of bank ${step.bank}` }];
    if (!step.file.includes(BANK)) {
        problems.push({
            step,
            message: `'bank: all' writes one file per bank, but '${step.file}' has no {bank} in it: the banks would overwrite each other's backup (e.g. backup-bank{bank}.bin)`,
        });
        return [];
    }
    // Before connecting, the pattern itself stands for its files: two equal
    // patterns collide whatever the banks are.
    if (!banks)
        return [{ name: step.file, what: 'the backups' }];
    return banks.map((b) => ({ name: backupFileName(step.file, b), what: `the backup of bank ${b}` }));
}

;// CONCATENATED MODULE: ./src/steps/backup.ts
// backup: reads whole banks to files in the report folder, hashed before any
// later step may change the flash. The files are kept whatever happens next.




const backup = async (ctx, planned) => {
    const pattern = planned.step.file;
    const result = {
        bytes: 0,
        files: [],
        activity: [],
    };
    for (const touch of planned.touches) {
        const bank = ctx.banks[touch.bank];
        const file = external_node_path_default().join(ctx.outDir, backupFileName(pattern, bank.index));
        await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
        await ctx.session.flash.readToFile(bank.index, file, { offset: 0, size: bank.size }, ctx.transfer('read', bank.size));
        const record = await fileRecord(file, 'backup', ctx.outDir);
        if (record.bytes !== bank.size) {
            throw new Error(`backup of bank ${bank.index} is ${record.bytes} bytes, but the bank has ${bank.size}`);
        }
        // What this run knows the flash holds: the latest read, whatever came before.
        ctx.known.set(bank.index, new Uint8Array(await (0,promises_.readFile)(file)));
        // Restore puts back the first backup of a bank: the state before the run changed it.
        if (!ctx.backups.has(bank.index))
            ctx.backups.set(bank.index, {
                bank: bank.index,
                file,
                relative: record.path,
                sha256: record.sha256,
            });
        ctx.progress(`bank ${bank.index} → ${record.path} sha256 ${record.sha256}`);
        result.bytes += record.bytes;
        result.files.push(record);
        result.activity.push({ bank: bank.index, backedUp: touch.sectors });
    }
    return result;
};

;// CONCATENATED MODULE: ./src/steps/command.ts
const command = async (ctx, planned) => {
    const out = await ctx.session.execute(planned.step.tcl);
    const text = [out.result, ...out.log].filter((s) => s.trim()).join('\n');
    return { notes: text ? [`output: ${text}`] : [] };
};

;// CONCATENATED MODULE: ./src/steps/dump.ts
// dump: a memory range (RAM, flash, registers) to a file in the report folder.



const dump = async (ctx, planned) => {
    const { address, size, file } = planned.step;
    const out = external_node_path_default().join(ctx.outDir, file);
    await (0,promises_.mkdir)(external_node_path_default().dirname(out), { recursive: true });
    await ctx.session.target.dumpToFile(out, address, size, ctx.transfer('read', size));
    return { bytes: size, files: [await fileRecord(out, 'dump', ctx.outDir)] };
};

;// CONCATENATED MODULE: ./src/steps/readback.ts
// After a failed erase or program: read back the sectors the failed phase
// was changing and name the first address that is not as planned, so the
// report points at the sector that failed rather than the whole range.

/** `first address not as planned: 0x08001010 (bank 0 sector 4)`, or why it could not be read. */
async function firstDeparture(ctx, bank, planned) {
    try {
        for (const p of planned) {
            const actual = await ctx.session.flash.read(bank.index, p.offset, p.data.length);
            const i = p.data.findIndex((b, k) => actual[k] !== b);
            if (i < 0)
                continue;
            const address = bank.base + p.offset + i;
            const { sector } = sectorAt([bank], address);
            return `first address not as planned: ${hex(address)} (bank ${bank.index} sector ${sector?.index})`;
        }
        return 'read back, the sectors are as planned';
    }
    catch (err) {
        return `the sectors could not be read back: ${err.message}`;
    }
}
/** The erased state of whole sectors, for comparison after an erase. */
function erasedSectors(bank, sectors) {
    return sectors.map((i) => ({
        offset: bank.sectors[i].offset,
        data: new Uint8Array(bank.sectors[i].size).fill(0xff),
    }));
}

;// CONCATENATED MODULE: ./src/steps/erase.ts
// erase: sectors of a bank, in runs of consecutive sectors. When an erase
// fails, the sectors are read back to name the first one not erased.



const erase = async (ctx, planned) => {
    const { bank, sectors } = planned.touches[0];
    const info = ctx.banks[bank];
    const done = [];
    for (const [first, last] of runsOf(sectors)) {
        try {
            await ctx.session.flash.eraseSector(bank, first, last);
        }
        catch (err) {
            const where = await firstDeparture(ctx, info, erasedSectors(info, sectors));
            throw new StepFailure(`erasing sectors ${first}-${last} of bank ${bank} failed, ${where}: ${err.message}`, { activity: [{ bank, erased: done }] }, { cause: err });
        }
        for (let i = first; i <= last; i++)
            done.push(i);
    }
    return { bytes: planned.bytes, activity: [{ bank, erased: sectors }] };
};

;// CONCATENATED MODULE: ./src/steps/power-cycle.ts
// power-cycle: switches the board off and on with the inventory's commands
// and connects again. Nothing in flash changes, but everything else does: the
// chip starts from a power-on reset (its firmware runs until OpenOCD halts it
// again), RAM, breakpoints and a halted core are gone, so the target is
// prepared again as before the first step.


const powerCycle = async (ctx, planned) => {
    const record = await ctx.power.cycle();
    const result = { powerCycle: record };
    // OpenOCD is started again even after a failed command: a restore, and
    // reading the flash after the run, need it if the board is still powered.
    try {
        await ctx.power.reconnect(planned.step);
    }
    catch (err) {
        throw new StepFailure(`OpenOCD could not connect again after the power cycle: ${err.message}`, result, { cause: err });
    }
    if (!record.ok) {
        const error = new power_cycle/* PowerCycleError */.O(record);
        throw new StepFailure(error.message, result, { cause: error });
    }
    return {
        ...result,
        notes: ['power came back; OpenOCD reconnected and the target was prepared again'],
    };
};

;// CONCATENATED MODULE: ./src/steps/protect.ts
// protect / unprotect: write protection of protection blocks. Some chips
// (STM32F1) load protection from option bytes only at reset, so when OpenOCD
// does not yet show the change, the target is reset (halted) to apply it.
// Others (STM32G4) show it at once but load it only at an option-byte
// launch, so that is launched, and the target halted after the reset it causes.

const protect = (ctx, planned) => setProtection(ctx, planned.touches[0], true);
const unprotect = (ctx, planned) => setProtection(ctx, planned.touches[0], false);
async function setProtection(ctx, { bank, blocks }, on) {
    for (const [first, last] of runsOf(blocks))
        await ctx.session.flash.protect(bank, first, last, on);
    const notes = [];
    if (await ctx.session.flash.loadOptionBytes(bank)) {
        await ctx.session.target.reset('halt');
        notes.push('the chip applies protection changes at an option-byte load: launched it (OBL_LAUNCH, which resets the chip) and halted the target');
    }
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
}

;// CONCATENATED MODULE: ./src/steps/reset.ts
const reset_reset = async (ctx, planned) => {
    await ctx.session.target.reset(planned.step.mode);
    return {};
};

// EXTERNAL MODULE: ./src/image/elf.ts
var elf = __webpack_require__(5564);
;// CONCATENATED MODULE: ./src/openocd/core-state.ts



const CORE_REGISTERS = [
    'r0',
    'r1',
    'r2',
    'r3',
    'r4',
    'r5',
    'r6',
    'r7',
    'r8',
    'r9',
    'r10',
    'r11',
    'r12',
    'sp',
    'lr',
    'pc',
    'xPSR',
    'msp',
    'psp',
];
const REG_LINE = /^(\w+) \(\/\d+\): (0x[0-9a-f]+)/i;
// OpenOCD 0.12.0 calls the program status register `xPSR`; later builds
// `xpsr`, GDB's name (11ee500bf), and match names case-sensitively. 0.12.0
// answers an unknown name with a "not found" text and success, later builds
// fail: so the old spelling goes first. Tcl that runs `reg` (reading, or
// writing `value`) with whichever spelling the binary has.
function regScript(name, value) {
    const args = value === undefined ? '' : ` ${value}`;
    if (name !== 'xPSR')
        return `reg ${name}${args}`;
    return `if {[catch {reg xPSR${args}} __ofl_v]} {reg xpsr${args}} else {set __ofl_v}`;
}
/** Reads the core registers of the halted target (one command). */
async function readRegisters(session) {
    const reads = CORE_REGISTERS.map((r) => `lappend __ofl_regs [${regScript(r)}]`).join('; ');
    const script = `set __ofl_regs {}; ${reads}; join $__ofl_regs "\\n"`;
    const text = await session.commandAs(errors/* TargetError */.I0, script);
    const values = new Map();
    for (const line of text.split('\n')) {
        const m = REG_LINE.exec(line.trim());
        if (m)
            values.set(m[1].toLowerCase(), Number(m[2]));
    }
    const valueOf = (r) => values.get(r.toLowerCase());
    const missing = CORE_REGISTERS.filter((r) => valueOf(r) === undefined);
    if (missing.length)
        throw new errors/* TargetError */.I0(`could not read register(s) ${missing.join(', ')}: ${text}`);
    return Object.fromEntries(CORE_REGISTERS.map((r) => [r, valueOf(r)]));
}
async function writeRegister(session, name, value) {
    await session.commandAs(errors/* TargetError */.I0, regScript(name, (0,tcl/* tclHex */.d4)(value >>> 0)));
}
async function readWords(session, address, count) {
    return (await session.target.readMemory(address, 32, count)).map(Number);
}
/** IPSR: the exception being handled, 0 in thread mode. */
const exceptionNumber = (regs) => regs.xPSR & 0x1ff;
const SCB_CFSR = 0xe000ed28;
const CFSR_BITS = [
    [0, 'IACCVIOL'],
    [1, 'DACCVIOL'],
    [3, 'MUNSTKERR'],
    [4, 'MSTKERR'],
    [5, 'MLSPERR'],
    [8, 'IBUSERR'],
    [9, 'PRECISERR'],
    [10, 'IMPRECISERR'],
    [11, 'UNSTKERR'],
    [12, 'STKERR'],
    [13, 'LSPERR'],
    [16, 'UNDEFINSTR'],
    [17, 'INVSTATE'],
    [18, 'INVPC'],
    [19, 'NOCP'],
    [24, 'UNALIGNED'],
    [25, 'DIVBYZERO'],
];
const HFSR_BITS = [
    [1, 'VECTTBL'],
    [30, 'FORCED'],
    [31, 'DEBUGEVT'],
];
/** Reads the fault registers and the exception frame of a core halted in a fault handler. */
async function readFault(session, regs) {
    const [cfsr, hfsr, , mmfar, bfar] = await readWords(session, SCB_CFSR, 5);
    // EXC_RETURN bit 2: the frame is on the process stack.
    const sp = regs.lr & 4 ? regs.psp : regs.msp;
    const [r0, r1, r2, r3, r12, lr, pc, xpsr] = await readWords(session, sp, 8);
    const bits = (value, table) => table.filter(([b]) => value & (1 << b)).map(([, n]) => n);
    return {
        exception: exceptionNumber(regs),
        pc,
        cfsr,
        hfsr,
        mmfar: cfsr & (1 << 7) ? mmfar : undefined,
        bfar: cfsr & (1 << 15) ? bfar : undefined,
        causes: [...bits(cfsr, CFSR_BITS), ...bits(hfsr, HFSR_BITS)],
        stacked: { r0, r1, r2, r3, r12, lr, pc, xpsr },
    };
}
function describeFault(f) {
    const name = f.exception === 3 ? 'HardFault' : `fault (exception ${f.exception})`;
    return `${name} at PC ${(0,format/* hex32 */.Fd)(f.pc)} (CFSR ${(0,format/* hex32 */.Fd)(f.cfsr)}, HFSR ${(0,format/* hex32 */.Fd)(f.hfsr)}${f.causes.length ? `: ${f.causes.join(', ')}` : ''})`;
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
var external_node_net_default = /*#__PURE__*/__webpack_require__.n(external_node_net_);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
;// CONCATENATED MODULE: ./src/openocd/rtt.ts
// RTT through OpenOCD: `rtt setup` over a memory range, `rtt start` until the
// firmware has written its control block, `rtt server start` on a port
// OpenOCD picks (it binds per `bindto`, 127.0.0.1 by default), and a TCP
// reader. OpenOCD only reads a channel while a connection is open, so what
// the firmware wrote before we connected waits in its buffer, not lost.




const ID = 'SEGGER RTT';
const FOUND = /rtt: Control block found at (0x[0-9a-f]+)/i;
const LISTENING = /Listening on port (\d+) for rtt connections/;
// Control block: id[16], MaxNumUpBuffers, MaxNumDownBuffers, then 24-byte
// buffer descriptors {name, buffer, size, WrOff, RdOff, flags}.
const UP0_WROFF = 16 + 8 + 12;
class Rtt {
    session;
    controlBlock;
    port;
    socket;
    constructor(session, controlBlock, port, socket) {
        this.session = session;
        this.controlBlock = controlBlock;
        this.port = port;
        this.socket = socket;
    }
    /** Configures the search; `start` then finds the control block. */
    static async setup(session, region) {
        await session.commandAs(errors/* TargetError */.I0, (0,tcl/* tclCommand */.rX)('rtt setup', (0,tcl/* tclHex */.d4)(region.address), region.size, ID));
    }
    /**
     * One attempt to find the control block and serve up-channel 0; undefined
     * while the firmware has not written it yet.
     */
    static async start(session, onData) {
        const out = await session.execute('rtt start');
        const found = out.log.map((l) => FOUND.exec(l)).find((m) => m);
        if (!found)
            return undefined;
        const server = await session.execute('rtt server start 0 0');
        const listening = server.log.map((l) => LISTENING.exec(l)).find((m) => m);
        if (!listening) {
            await session.command('rtt stop').catch(() => undefined);
            throw new errors/* TargetError */.I0(`OpenOCD did not say which port its RTT server listens on: ${[server.result, ...server.log].join(' ')}`);
        }
        const port = Number(listening[1]);
        const socket = await connect(port);
        const decoder = new external_node_string_decoder_.StringDecoder('utf8');
        socket.on('data', (data) => onData(decoder.write(data)));
        return new Rtt(session, Number(found[1]), port, socket);
    }
    /** A line for the firmware on down-channel 0. */
    send(line) {
        this.socket.write(line.endsWith('\n') ? line : line + '\n');
    }
    /**
     * Waits until OpenOCD has read all the firmware wrote to up-channel 0 (its
     * read pointer caught up with the write pointer), so nothing printed just
     * before a halt is missing from the console.
     */
    async drain(timeoutMs) {
        const until = Date.now() + timeoutMs;
        while (Date.now() < until) {
            const [wr, rd] = await this.session.target.readMemory(this.controlBlock + UP0_WROFF, 32, 2);
            if (wr === rd)
                break;
            await delay(50);
        }
        // OpenOCD writes to the socket before it moves the read pointer.
        await delay(100);
    }
    async close() {
        this.socket.destroy();
        await this.session.command((0,tcl/* tclCommand */.rX)('rtt server stop', this.port)).catch(() => undefined);
        await this.session.command('rtt stop').catch(() => undefined);
    }
}
function connect(port) {
    return new Promise((resolve, reject) => {
        const socket = external_node_net_default().connect({ host: '127.0.0.1', port });
        socket.once('connect', () => resolve(socket));
        socket.once('error', (err) => reject(new errors/* TargetError */.I0(`cannot connect to OpenOCD's RTT server on port ${port}: ${err.message}`)));
    });
}
function delay(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}

;// CONCATENATED MODULE: ./src/openocd/semihosting.ts
// Semihosting, serviced by us rather than by OpenOCD: OpenOCD 0.12 calls
// exit() on SYS_EXIT when no GDB is attached (semihosting_common.c), which
// would end the session under us and lose the report; `semihosting_resexit`
// only matters with GDB attached. So OpenOCD's handler stays disabled, the
// core halts on `BKPT 0xAB` like on any breakpoint, and we do the call: the
// console calls (SYS_WRITEC, SYS_WRITE0, SYS_WRITE) go to the run's console,
// SYS_EXIT and SYS_EXIT_EXTENDED become the verdict, anything else returns -1.

const BKPT_SEMIHOSTING = 0xbeab;
const SYS_WRITEC = 0x03;
const SYS_WRITE0 = 0x04;
const SYS_WRITE = 0x05;
const SYS_EXIT = 0x18;
const SYS_EXIT_EXTENDED = 0x20;
const ADP_STOPPED_APPLICATION_EXIT = 0x20026;
const MAX_TEXT = 64 * 1024;
/** True when the halted core stopped at a semihosting breakpoint. */
async function atSemihostingCall(session, regs) {
    const [half] = await session.target.readMemory(regs.pc & ~1, 16, 1);
    return Number(half) === BKPT_SEMIHOSTING;
}
/**
 * Performs the call the core is halted at and, unless it is an exit, returns
 * its result in r0 and steps the PC past the BKPT. The caller resumes.
 */
async function serviceSemihosting(session, regs) {
    const op = regs.r0;
    const param = regs.r1;
    let call;
    let result = 0;
    switch (op) {
        case SYS_WRITEC:
            call = { kind: 'output', text: await readText(session, param, 1) };
            break;
        case SYS_WRITE0:
            call = { kind: 'output', text: await readString(session, param) };
            break;
        case SYS_WRITE: {
            const [, buffer, length] = await readWords(session, param, 3);
            call = { kind: 'output', text: await readText(session, buffer, Math.min(length, MAX_TEXT)) };
            break; // r0 = 0: all bytes written
        }
        case SYS_EXIT:
            return param === ADP_STOPPED_APPLICATION_EXIT
                ? { kind: 'exit', code: 0 }
                : { kind: 'exit', code: 1, detail: `SYS_EXIT reason 0x${param.toString(16)}` };
        case SYS_EXIT_EXTENDED: {
            const [reason, code] = await readWords(session, param, 2);
            return reason === ADP_STOPPED_APPLICATION_EXIT
                ? { kind: 'exit', code: code | 0 }
                : { kind: 'exit', code: 1, detail: `SYS_EXIT_EXTENDED reason 0x${reason.toString(16)}` };
        }
        default:
            call = { kind: 'unsupported', operation: op };
            result = -1;
    }
    await writeRegister(session, 'r0', result);
    await writeRegister(session, 'pc', (regs.pc & ~1) + 2);
    return call;
}
async function readText(session, address, length) {
    if (length === 0)
        return '';
    const bytes = await session.target.readMemory(address, 8, length);
    return Buffer.from(bytes.map(Number)).toString('utf8');
}
async function readString(session, address) {
    const parts = [];
    let at = address;
    while (parts.length < MAX_TEXT) {
        // Stay inside a 64-byte block: the string may end just before unmapped memory.
        const n = 64 - (at % 64);
        const chunk = (await session.target.readMemory(at, 8, n)).map(Number);
        const end = chunk.indexOf(0);
        parts.push(...(end < 0 ? chunk : chunk.slice(0, end)));
        if (end >= 0)
            break;
        at += n;
    }
    return Buffer.from(parts).toString('utf8');
}

;// CONCATENATED MODULE: ./src/run/console.ts
// The run's console: bytes from each source (RTT, semihosting, UART) cut into
// lines per source, so two sources never splice into one line; every line is
// appended to the log file and handed on (to the judge).

class Console {
    onLine;
    lines = [];
    partial = new Map();
    file;
    constructor(onLine, logFile) {
        this.onLine = onLine;
        this.file = logFile === undefined ? undefined : (0,external_node_fs_.createWriteStream)(logFile);
    }
    write(source, data) {
        const text = (this.partial.get(source) ?? '') + data;
        const parts = text.split('\n');
        this.partial.set(source, parts.pop());
        for (const part of parts)
            this.emit(source, part);
    }
    /** Ends every unfinished line (the firmware stopped mid-line). */
    flush() {
        for (const [source, rest] of this.partial)
            if (rest !== '')
                this.emit(source, rest);
        this.partial.clear();
    }
    /** The last `n` lines. */
    tail(n) {
        return this.lines.slice(-n).map((l) => l.text);
    }
    async close() {
        this.flush();
        const file = this.file;
        if (file)
            await new Promise((resolve, reject) => file.end((err) => (err ? reject(err) : resolve())));
    }
    emit(source, raw) {
        const line = { source, text: raw.replace(/\r$/, '') };
        this.lines.push(line);
        this.file?.write(line.text + '\n');
        this.onLine(line);
    }
}

;// CONCATENATED MODULE: ./src/run/tests.ts
// Unity: `test/main.c:12:test_adds:PASS`, `…:FAIL: Expected 4 Was 5`,
// `…:IGNORE`; the run ends with `N Tests M Failures K Ignored` and OK or FAIL.
const UNITY_RESULT = /^(.+?):(\d+):([^:\s]+):(PASS|FAIL|IGNORE)(?::\s?(.*))?$/;
const UNITY_SUMMARY = /^(\d+) Tests (\d+) Failures (\d+) Ignored\s*$/;
function unity() {
    let failures;
    return (line) => {
        const m = UNITY_RESULT.exec(line);
        if (m) {
            const status = m[4] === 'PASS' ? 'passed' : m[4] === 'FAIL' ? 'failed' : 'skipped';
            return [
                {
                    kind: 'test',
                    test: { name: m[3], status, file: m[1], line: Number(m[2]), message: m[5] || undefined },
                },
            ];
        }
        const s = UNITY_SUMMARY.exec(line);
        if (s)
            failures = Number(s[2]);
        else if (failures !== undefined && (line === 'OK' || line === 'FAIL'))
            return [{ kind: 'done', passed: line === 'OK' && failures === 0 }];
        return [];
    };
}
// ztest: ` PASS - test_x in 0.001 seconds`, ` FAIL - test_x …`, ` SKIP - …`;
// the run ends with PROJECT EXECUTION SUCCESSFUL or FAILED.
const ZTEST_RESULT = /^\s*(PASS|FAIL|SKIP) - (\S+?)(?: in [\d.]+ seconds)?\s*$/;
const ZTEST_DONE = /PROJECT EXECUTION (SUCCESSFUL|FAILED)/;
function ztest() {
    return (line) => {
        const m = ZTEST_RESULT.exec(line);
        if (m) {
            const status = m[1] === 'PASS' ? 'passed' : m[1] === 'FAIL' ? 'failed' : 'skipped';
            return [{ kind: 'test', test: { name: m[2], status } }];
        }
        const d = ZTEST_DONE.exec(line);
        return d ? [{ kind: 'done', passed: d[1] === 'SUCCESSFUL' }] : [];
    };
}
// TAP: `1..N` plans N tests; `ok 3 - name`, `not ok 4 - name`, `# SKIP` and
// `# TODO` directives; the run is over when N results are in (or `Bail out!`).
const TAP_PLAN = /^1\.\.(\d+)/;
const TAP_RESULT = /^(not )?ok\b\s*(\d+)?\s*(?:-\s*)?([^#]*?)\s*(?:#\s*(SKIP|TODO)\b.*)?$/i;
function tap() {
    let planned;
    let seen = 0;
    let failed = 0;
    const done = () => planned !== undefined && seen >= planned
        ? [{ kind: 'done', passed: failed === 0 && seen === planned }]
        : [];
    return (line) => {
        if (/^Bail out!/.test(line))
            return [{ kind: 'done', passed: false }];
        const p = TAP_PLAN.exec(line);
        if (p) {
            planned = Number(p[1]);
            return done();
        }
        const m = TAP_RESULT.exec(line);
        if (!m)
            return [];
        seen++;
        const directive = m[4]?.toUpperCase();
        const status = directive === 'SKIP' ? 'skipped' : m[1] && directive !== 'TODO' ? 'failed' : 'passed';
        if (status === 'failed')
            failed++;
        return [{ kind: 'test', test: { name: m[3] || `test ${m[2] ?? seen}`, status } }, ...done()];
    };
}
const PARSERS = { unity, ztest, tap };
/** A fresh parser (parsers keep per-run state) for one format. */
function testParser(format) {
    return PARSERS[format]();
}

;// CONCATENATED MODULE: ./src/run/judge.ts

class Judge {
    tests = [];
    first;
    failure;
    pass;
    fail;
    parse;
    constructor(criteria) {
        this.pass = criteria.pass === undefined ? undefined : new RegExp(criteria.pass);
        this.fail = criteria.fail === undefined ? undefined : new RegExp(criteria.fail);
        this.parse = criteria.tests === undefined ? undefined : testParser(criteria.tests);
    }
    /** True once something decided the run. */
    get decided() {
        return this.first !== undefined;
    }
    /** The verdict so far: a failure seen at any point, else the first pass. */
    get verdict() {
        return this.failure ?? this.first;
    }
    /** One complete console line. */
    line(text) {
        if (this.fail?.test(text))
            this.decide({
                passed: false,
                reason: 'fail-pattern',
                message: `the console printed '${text.trim()}' (fail pattern /${this.fail.source}/)`,
            });
        for (const event of this.parse?.(text) ?? []) {
            if (event.kind === 'test') {
                this.tests.push(event.test);
                if (event.test.status === 'failed')
                    this.decide({
                        passed: false,
                        reason: 'tests',
                        message: `test ${event.test.name} failed${event.test.message ? `: ${event.test.message}` : ''}`,
                    }, false);
            }
            else
                this.decide(this.testsDone(event.passed));
        }
        if (this.pass?.test(text))
            this.decide({
                passed: true,
                reason: 'pass-pattern',
                message: `the console printed '${text.trim()}' (pass pattern /${this.pass.source}/)`,
            });
    }
    /** The firmware exited through semihosting. */
    exit(code, detail) {
        this.decide(code === 0
            ? { passed: true, reason: 'exit', message: 'the firmware exited with code 0' }
            : {
                passed: false,
                reason: 'exit',
                message: `the firmware exited with code ${code}${detail ? ` (${detail})` : ''}`,
            });
    }
    /** A fault, an unexpected halt, or the time limit: always a failure. */
    stopped(reason, message) {
        this.decide({ passed: false, reason, message });
    }
    testsDone(passed) {
        const failed = this.tests.filter((t) => t.status === 'failed');
        const count = `${this.tests.length} test(s)`;
        return passed && failed.length === 0
            ? { passed: true, reason: 'tests', message: `${count} passed` }
            : {
                passed: false,
                reason: 'tests',
                message: `${failed.length} of ${count} failed${failed.length ? `: ${failed.map((t) => t.name).join(', ')}` : ''}`,
            };
    }
    /**
     * Records a verdict; `decisive` false records a failure without ending the
     * wait (a failed Unity test: the run goes on to its summary).
     */
    decide(v, decisive = true) {
        if (!v.passed)
            this.failure ??= v;
        if (decisive)
            this.first ??= v;
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:tty"
var external_node_tty_ = __webpack_require__(7066);
var external_node_tty_default = /*#__PURE__*/__webpack_require__.n(external_node_tty_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/run/uart.ts
// A board's serial console: the device opened without becoming our
// controlling terminal, its line discipline set to raw at the board's baud
// rate with `stty` (argv, no shell), read through Node's non-blocking tty
// stream so that closing it never waits on a blocked read.





class UartError extends Error {
    name = 'UartError';
}
class Uart {
    stream;
    constructor(stream) {
        this.stream = stream;
    }
    static async open(port, onData) {
        try {
            await (0,external_node_util_.promisify)(external_node_child_process_.execFile)('stty', ['-F', port.device, String(port.baud), 'raw', '-echo']);
        }
        catch (err) {
            throw new UartError(`cannot set ${port.device} to ${port.baud} baud: ${err.stderr?.trim() || err.message}`);
        }
        let fd;
        try {
            fd = (0,external_node_fs_.openSync)(port.device, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOCTTY | external_node_fs_.constants.O_NONBLOCK);
        }
        catch (err) {
            throw new UartError(`cannot open serial device ${port.device}: ${err.message}`);
        }
        if (!external_node_tty_default().isatty(fd))
            throw new UartError(`${port.device} is not a serial device (not a terminal)`);
        const stream = new (external_node_tty_default()).ReadStream(fd);
        const decoder = new external_node_string_decoder_.StringDecoder('utf8');
        stream.on('data', (data) => onData(decoder.write(data)));
        // A device unplugged mid-run ends the stream; the run goes on without it.
        stream.on('error', () => undefined);
        return new Uart(stream);
    }
    close() {
        this.stream.destroy();
    }
}

;// CONCATENATED MODULE: ./src/run/run-firmware.ts
// Runs the firmware and judges it: reset (or resume), capture its consoles,
// service semihosting, catch HardFault, and stop at the first verdict or at
// the time limit (then halt and record where the core was).







// How often the core's state is asked for; OpenOCD itself polls every 100 ms.
const POLL_MS = 25;
const LOCKUP = /clearing lockup after double fault/;
async function runFirmware(session, options) {
    const judge = new Judge(options);
    const notes = [];
    const console = new Console((line) => {
        judge.line(line.text);
        options.onLine?.(line);
    }, options.logFile);
    const wants = (s) => options.capture.includes(s);
    let rtt;
    let uart;
    let lockup = false;
    const unsubscribe = session.process?.onLogLine((line) => {
        if (LOCKUP.test(line))
            lockup = true;
    });
    const run = { notes };
    try {
        if (wants('rtt') && !options.rtt)
            throw new Error('capture rtt needs the region to search for the control block');
        if (wants('uart')) {
            if (!options.uart)
                throw new Error('capture uart needs a serial device: give the board a uart in the inventory');
            uart = await Uart.open(options.uart, (text) => console.write('uart', text));
        }
        // Our semihosting handler, not OpenOCD's (see semihosting.ts); the vector
        // catch halts the core on HardFault entry, with the frame still stacked.
        await session.command('arm semihosting disable').catch(() => undefined);
        await session.command('cortex_m vector_catch hard_err');
        if (options.rtt && wants('rtt'))
            await Rtt.setup(session, options.rtt);
        if (options.reset ?? true)
            await session.target.reset('run');
        // Resume a halted target; one that runs already is watched as it is.
        else if ((await session.target.state()) === 'halted')
            await session.target.resume();
        const deadline = Date.now() + options.timeoutMs;
        let halted = false;
        while (!judge.decided) {
            if (Date.now() >= deadline) {
                await session.target.halt().catch(() => undefined);
                run.registers = await readRegisters(session).catch(() => undefined);
                halted = run.registers !== undefined;
                const where = run.registers ? `: halted at PC ${(0,format/* hex32 */.Fd)(run.registers.pc)}` : '';
                judge.stopped('timeout', `no verdict within ${(0,format/* formatDuration */.a3)(options.timeoutMs)}${where}`);
                break;
            }
            if (wants('rtt') && !rtt) {
                rtt = await Rtt.start(session, (text) => console.write('rtt', text));
                if (rtt) {
                    run.rttControlBlock = rtt.controlBlock;
                    for (const line of options.send ?? [])
                        rtt.send(line);
                }
            }
            if ((await session.target.state()) === 'halted') {
                halted = await onHalt();
                if (halted)
                    break;
                continue;
            }
            await run_firmware_delay(POLL_MS);
        }
        if (rtt && halted)
            await rtt.drain(5000);
        console.flush();
    }
    finally {
        unsubscribe?.();
        uart?.close();
        await rtt?.close();
        await console.close();
    }
    return { ...run, verdict: judge.verdict, tests: judge.tests, console: console.lines };
    /** Handles a halt; true when the run is over. */
    async function onHalt() {
        const regs = await readRegisters(session);
        if (wants('semihosting') && (await atSemihostingCall(session, regs))) {
            const call = await serviceSemihosting(session, regs);
            if (call.kind === 'exit') {
                run.exitCode = call.code;
                run.registers = regs;
                judge.exit(call.code, call.detail);
                return true;
            }
            if (call.kind === 'output')
                console.write('semihosting', call.text);
            else
                notes.push(`semihosting operation 0x${call.operation.toString(16)} is not supported: returned -1`);
            await session.target.resume();
            return false;
        }
        run.registers = regs;
        if (exceptionNumber(regs) === 3) {
            run.fault = await readFault(session, regs);
            judge.stopped('fault', describeFault(run.fault));
        }
        else if (lockup) {
            judge.stopped('fault', `lock-up (a fault the core could not take, e.g. inside the HardFault handler): halted at PC ${(0,format/* hex32 */.Fd)(regs.pc)}`);
        }
        else {
            judge.stopped('halted', `the target halted at PC ${(0,format/* hex32 */.Fd)(regs.pc)} (a breakpoint, or halted from outside)`);
        }
        return true;
    }
}
function run_firmware_delay(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}

;// CONCATENATED MODULE: ./src/steps/run.ts
// run: start the firmware and judge it by its console, its semihosting exit
// or its fault; the console is kept as run-<step>.log in the report folder.






const TAIL_LINES = 20;
// The control block is 24 bytes of header and 24 per buffer descriptor.
const CONTROL_BLOCK_SEARCH = 256;
const run = async (ctx, planned) => {
    const spec = planned.step.run;
    // Named by the step's position: two run steps never share a log.
    const logName = `run-${planned.step.index + 1}.log`;
    const logFile = external_node_path_default().join(ctx.outDir, logName);
    const outcome = await runFirmware(ctx.session, {
        ...spec,
        rtt: spec.capture.includes('rtt') ? await rttRegion(ctx.session, spec) : undefined,
        uart: ctx.uart,
        logFile,
        onLine: (line) => ctx.progress(`${line.source}> ${line.text}`),
    });
    const result = {
        files: [await fileRecord(logFile, 'log', ctx.outDir)],
        run: runRecord(outcome, logName),
        notes: outcome.verdict.passed ? [outcome.verdict.message, ...outcome.notes] : outcome.notes,
    };
    if (!outcome.verdict.passed)
        throw new StepFailure(outcome.verdict.message, result);
    return result;
};
/** The ELF's _SEGGER_RTT, else the address given, else the target's work area (in SRAM). */
async function rttRegion(session, spec) {
    if (spec.rtt)
        return spec.rtt;
    if (spec.elf) {
        const address = (0,elf/* elfSymbol */.M)(await (0,promises_.readFile)(spec.elf), '_SEGGER_RTT');
        if (address !== undefined)
            return { address, size: CONTROL_BLOCK_SEARCH };
    }
    const [phys, size] = await Promise.all(['-work-area-phys', '-work-area-size'].map((o) => session.command(`[target current] cget ${o}`).then(Number)));
    if (size > 0)
        return { address: phys, size };
    throw new Error("cannot tell where to look for the RTT control block: the image has no _SEGGER_RTT symbol and the target has no work area; give 'rtt-address' and 'rtt-size'");
}
function runRecord(r, log) {
    return {
        passed: r.verdict.passed,
        reason: r.verdict.reason,
        message: r.verdict.message,
        exitCode: r.exitCode,
        fault: r.fault,
        registers: r.registers,
        tests: r.tests,
        log,
        lines: r.console.length,
        tail: r.console.slice(-TAIL_LINES).map((l) => l.text),
        rttControlBlock: r.rttControlBlock,
    };
}

;// CONCATENATED MODULE: ./src/steps/unlock.ts
// unlock: clears readout protection with the driver's unlock command, which
// mass-erases the chip; the chip loads the new option bytes at a reset (or,
// on the stm32l4x families, at the option load the driver launches). The
// step file allows it explicitly (allow-mass-erase), and the plan let it
// through only as the first step; on a chip that is not locked it does nothing.

const unlock = async (ctx, planned) => {
    const bank = ctx.banks.find((b) => b.size > 0);
    const before = await readoutProtection(ctx.session, bank);
    if (!before)
        return { notes: ['the chip is not read-protected: nothing was erased'] };
    await ctx.session.command(before.unlock, { timeoutMs: 120_000 });
    const load = await ctx.session.flash.loadOptionBytes(bank.index);
    await ctx.session.target.reset('halt');
    const after = await readoutProtection(ctx.session, bank);
    if (after)
        throw new Error(`the chip is still read-protected after unlock and reset (${after.level})`);
    const loaded = load ? `; '${load}' loaded the option bytes` : '';
    return {
        bytes: planned.bytes,
        notes: [
            `mass erase: '${before.unlock}' cleared readout protection (${before.level}) and erased all flash${loaded}; reset and halted the target`,
        ],
        activity: planned.touches.map((t) => ({ bank: t.bank, erased: t.sectors })),
    };
};

;// CONCATENATED MODULE: ./src/steps/verification.ts
// The step result of a comparison: fails the step when anything differs,
// naming the first differing address with its bank and sector, and marks the
// sectors that differ as failed rather than verified.


/** The step result for a comparison; throws StepFailure (carrying it) on a mismatch. */
function checkVerification(v, result, banks, what) {
    const done = { ...result, verification: v };
    if (v.match)
        return done;
    done.activity = failedActivity(result.activity ?? [], v, banks);
    const first = v.ranges[0];
    let where = '';
    if (first) {
        const { bank, sector } = sectorAt(banks, first.address);
        const hexOf = (b) => Buffer.from(b.subarray(0, 8)).toString('hex') + (first.length > 8 ? '…' : '');
        const expected = first.expected ? `expected ${hexOf(first.expected)} ` : '';
        where = ` first at ${hex(first.address)}${bank && sector ? ` (bank ${bank.index} sector ${sector.index})` : ''}: ${expected}read ${hexOf(first.actual)}`;
    }
    throw new StepFailure(`${what} does not match: ${v.mismatchedBytes} byte(s) differ in ${v.ranges.length}${v.truncated ? '+' : ''} range(s),${where}`, done);
}
/**
 * A failed comparison's sectors: those with a listed mismatch failed; the
 * rest passed, unless the list was cut short (then they are not known).
 */
function failedActivity(activity, v, banks) {
    return activity.map((a) => {
        const bank = banks.find((b) => b.index === a.bank);
        if (!a.verified || !bank)
            return a;
        const differs = (index) => {
            const s = bank.sectors.find((x) => x.index === index);
            const [start, end] = s ? [bank.base + s.offset, bank.base + s.offset + s.size] : [0, 0];
            return v.ranges.some((r) => r.address < end && r.address + r.length > start);
        };
        const failed = a.verified.filter(differs);
        return {
            ...a,
            verified: v.truncated ? [] : a.verified.filter((s) => !failed.includes(s)),
            verifyFailed: failed,
        };
    });
}
function verifiedActivity(touches) {
    return touches.map((t) => ({ bank: t.bank, verified: t.sectors }));
}

;// CONCATENATED MODULE: ./src/steps/verify.ts


const verifyImage = async (ctx, planned) => {
    const { path } = planned.step.image;
    const result = {
        bytes: planned.bytes,
        files: [imageRecord(path, planned.image)],
        activity: verifiedActivity(planned.touches),
    };
    // The image as read before connecting, as the plan saw it.
    const v = await ctx.session.flash.verifySegments(planned.image.segments, ctx.transfer('verify', planned.bytes));
    return checkVerification(v, result, ctx.banks, `flash compared with ${path}`);
};
const verifyBank = async (ctx, planned) => {
    const { step, reference } = planned;
    const result = {
        bytes: planned.bytes,
        files: [{ path: step.file, role: 'reference', ...reference.file }],
        activity: verifiedActivity(planned.touches),
    };
    // The file as read before connecting, as the plan saw it.
    const v = await ctx.session.flash.verifyBytes(step.bank, step.offset, reference.data, ctx.transfer('verify', planned.bytes));
    // The file is named by the step file, and may be any file the runner can
    // read: its bytes stay out of the report, which pins where flash differs.
    const ranges = v.ranges.map(({ expected: _, ...r }) => r);
    return checkVerification({ ...v, ranges }, result, ctx.banks, `bank ${step.bank} compared with ${step.file}`);
};

// EXTERNAL MODULE: ./src/openocd/compare.ts
var compare = __webpack_require__(6653);
;// CONCATENATED MODULE: ./src/steps/write.ts
// write: carries out the flash layout (plan/layout.ts) of an image that was
// read before connecting: erases exactly the sectors the layout says, programs
// exactly its runs with `flash write_bank`, and compares the sectors it changed
// with what they should now hold. OpenOCD decides nothing about erasing.







const write = async (ctx, planned) => {
    const { image, step } = planned;
    const flash = { banks: [], phases: [] };
    const timed = async (phase, bytes, run) => {
        const t0 = Date.now();
        const out = await run();
        flash.phases.push({ phase, bytes, ms: Date.now() - t0 });
        return out;
    };
    const files = [imageRecord(step.image.path, image)];
    const layouts = [];
    const evidence = await timed('evidence', 0, async () => {
        const banks = new Map();
        const sources = new Map();
        let bytes = 0;
        for (const [index, segments] of segmentsByBank(image.segments, ctx.banks)) {
            const bank = ctx.banks[index];
            const need = sectorsNeedingContents(bank, segments, step.layout);
            const known = ctx.known.get(index);
            const proven = known
                ? { equal: new Set(), erased: new Set() }
                : await checksumEvidence(ctx, bank, segments, need, step.layout);
            const checked = need.filter((i) => proven.equal.has(i) || proven.erased.has(i));
            const rest = need.filter((i) => !checked.includes(i));
            const contents = await sectorContents(ctx, bank, rest, known);
            for (const i of proven.erased)
                contents.set(i, new Uint8Array(bank.sectors[i].size).fill(0xff));
            if (!known)
                bytes += rest.reduce((n, i) => n + bank.sectors[i].size, 0);
            banks.set(index, { contents, equal: proven.equal });
            const source = { backup: known ? rest : [], checksum: checked, read: known ? [] : rest };
            sources.set(index, source);
        }
        layouts.push(...planLayout(ctx.banks, image.segments, banks, step.layout));
        return { sources, bytes };
    });
    flash.phases[0].bytes = evidence.bytes;
    const activity = [];
    for (const l of layouts) {
        const by = (a) => l.sectors.filter((s) => s.action === a).map((s) => s.index);
        const programmed = l.sectors.filter((s) => s.action !== 'skip').map((s) => s.index);
        flash.banks.push({
            bank: l.bank,
            evidence: evidence.sources.get(l.bank),
            skipped: by('skip'),
            erased: l.erase,
            programmed,
            keptBytes: l.sectors.filter((s) => s.action !== 'skip').reduce((n, s) => n + s.keptBytes, 0),
        });
        activity.push({ bank: l.bank, erased: l.erase, written: programmed, skipped: by('skip') });
    }
    const result = { bytes: planned.bytes, files, flash, activity, notes: notesOf(flash) };
    const fail = (message, cause) => {
        throw new StepFailure(`${message}: ${cause.message}`, result, { cause });
    };
    for (const l of layouts) {
        const bank = ctx.banks[l.bank];
        const eraseBytes = l.erase.reduce((n, i) => n + bank.sectors[i].size, 0);
        await timed('erase', eraseBytes, async () => {
            for (const [first, last] of runsOf(l.erase)) {
                await ctx.session.flash.eraseSectorsOf(bank, first, last).catch(async (err) => {
                    const where = await firstDeparture(ctx, bank, erasedSectors(bank, l.erase));
                    fail(`erasing sectors ${first}-${last} of bank ${bank.index} failed, ${where}`, err);
                });
            }
        });
        const programBytes = l.program.reduce((n, p) => n + p.data.length, 0);
        await timed('program', programBytes, async () => {
            const onBytes = ctx.transfer('write', programBytes);
            for (const p of l.program) {
                await ctx.session.flash.write(bank.index, p.offset, p.data, onBytes).catch(async (err) => {
                    const where = await firstDeparture(ctx, bank, l.expected);
                    fail(`programming bank ${bank.index} failed, ${where}`, err);
                });
            }
        });
    }
    if (!step.verify)
        return result;
    const compared = layouts.reduce((n, l) => n + l.expected.reduce((m, e) => m + e.data.length, 0), 0);
    const v = await timed('verify', compared, () => verifyLayouts(ctx, layouts));
    for (const l of layouts) {
        const programmed = l.sectors.filter((s) => s.action !== 'skip').map((s) => s.index);
        activity.push({ bank: l.bank, verified: programmed });
    }
    result.notes = notesOf(flash);
    return checkVerification(v, result, ctx.banks, 'flash after writing');
};
// Below this sector size, reading a sector back costs no more than checking
// its checksum (each check is a round trip and a loader run), so small
// sectors that are neither equal nor erased are read.
const CHECKSUM_MIN_SECTOR = 8 * 1024;
/**
 * What on-target checksums prove about the touched sectors, in as few checks
 * as the common cases allow: an unchanged image (one check per segment), a
 * blank range (one check per run of sectors), then, for large sectors, each
 * sector's image bytes. `equal` sectors need not be read; `erased` ones are
 * known to hold 0xFF.
 */
async function checksumEvidence(ctx, bank, segments, sectors, options) {
    const equal = new Set();
    const erased = new Set();
    const holds = (offset, data) => ctx.session.flash.holds(bank.base + offset, data);
    // Only a write that keeps the other bytes may skip a sector on its image bytes alone.
    const skippable = options.mode === 'incremental' && options.unwritten === 'keep';
    const changed = [];
    for (const s of segments)
        if (!skippable || !(await ctx.session.flash.holds(s.address, s.data)))
            changed.push(s);
    const open = sectors.filter((i) => !skippable || imagePieces(bank.sectors[i], bank, changed).length > 0);
    for (const i of sectors)
        if (!open.includes(i))
            equal.add(i);
    // Sectors whose erased check has been made on their own: not made again.
    const checkedAlone = new Set();
    for (const [first, last] of runsOf(open)) {
        const start = bank.sectors[first].offset;
        const end = bank.sectors[last].offset + bank.sectors[last].size;
        if (await holds(start, new Uint8Array(end - start).fill(0xff)))
            for (let i = first; i <= last; i++)
                erased.add(i);
        else if (first === last)
            checkedAlone.add(first);
    }
    for (const i of open) {
        const sector = bank.sectors[i];
        if (!skippable || erased.has(i) || sector.size < CHECKSUM_MIN_SECTOR)
            continue;
        let same = true;
        for (const p of imagePieces(sector, bank, changed))
            if (!(same = await holds(p.offset, p.data)))
                break;
        if (same)
            equal.add(i);
        else if (!checkedAlone.has(i) &&
            (await holds(sector.offset, new Uint8Array(sector.size).fill(0xff))))
            erased.add(i);
    }
    return { equal, erased };
}
/** The current bytes of the sectors, from this run's backup when it still holds, else read. */
async function sectorContents(ctx, bank, sectors, known) {
    const contents = new Map();
    const total = sectors.reduce((n, i) => n + bank.sectors[i].size, 0);
    const onBytes = known ? undefined : ctx.transfer('read', total);
    for (const [first, last] of runsOf(sectors)) {
        const start = bank.sectors[first].offset;
        const end = bank.sectors[last].offset + bank.sectors[last].size;
        const data = known
            ? known.subarray(start, end)
            : await ctx.session.flash.read(bank.index, start, end - start, onBytes);
        for (let i = first; i <= last; i++) {
            const s = bank.sectors[i];
            contents.set(i, data.subarray(s.offset - start, s.offset - start + s.size));
        }
    }
    return contents;
}
async function verifyLayouts(ctx, layouts) {
    const results = [];
    for (const l of layouts) {
        const bank = ctx.banks[l.bank];
        for (const e of l.expected)
            results.push(await ctx.session.flash.compare(bank.base + e.offset, e.data));
    }
    // Everything skipped: nothing was written, and the evidence showed it equal.
    return results.length
        ? (0,compare/* mergeResults */.n0)(results)
        : { match: true, address: 0, length: 0, mismatchedBytes: 0, ranges: [], truncated: false };
}
function notesOf(flash) {
    const list = (xs) => (xs.length ? xs.join(', ') : 'none');
    const banks = flash.banks.map((b) => {
        const { backup, checksum, read } = b.evidence;
        const from = [
            backup.length && `this run's backup (sectors ${list(backup)})`,
            checksum.length && `an on-target checksum (sectors ${list(checksum)})`,
            read.length && `reading sectors ${list(read)}`,
        ].filter(Boolean);
        return `bank ${b.bank}: sectors skipped ${list(b.skipped)}; erased ${list(b.erased)}; programmed ${list(b.programmed)}; ${b.keptBytes} byte(s) kept; current contents from ${from.join(' and ') || 'nowhere (not needed)'}`;
    });
    const phases = flash.phases
        .filter((p) => p.bytes > 0)
        .map((p) => `${p.phase} ${p.bytes} B in ${p.ms} ms${p.ms > 0 ? ` (${((p.bytes * 1000) / p.ms / 1024).toFixed(1)} KiB/s)` : ''}`);
    return [...banks, ...(phases.length ? [phases.join('; ')] : [])];
}

;// CONCATENATED MODULE: ./src/steps/index.ts











const executors = {
    backup: backup,
    erase: erase,
    write: write,
    verify: verifyImage,
    'verify-bank': verifyBank,
    protect: protect,
    unprotect: unprotect,
    reset: reset_reset,
    dump: dump,
    command: command,
    run: run,
    unlock: unlock,
    'power-cycle': powerCycle,
};
function executeStep(ctx, planned) {
    // The table is keyed by kind, so the executor found is the one for this
    // step's kind; TypeScript cannot correlate the two through the lookup.
    const run = executors[planned.step.kind];
    return run(ctx, planned);
}

// EXTERNAL MODULE: ./src/sim/state-file.ts
var state_file = __webpack_require__(1241);
// EXTERNAL MODULE: ./src/util/make-dir.ts
var make_dir = __webpack_require__(9898);
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
            // Beyond a timer's reach, the limit is as far as a timer reaches (24.8 days).
            timer = setTimeout(() => fail(err), Math.min(ms, units/* MAX_TIMER_MS */._o));
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

// EXTERNAL MODULE: ./src/openocd/build.ts
var build = __webpack_require__(6274);
;// CONCATENATED MODULE: ./src/report/model.ts
// report.json, version 1: everything a run did, for machines (the action's
// outputs, dashboards) and as the source of report.md and junit.xml.
const REPORT_SCHEMA = 'openocd-flash/report/v1';

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
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
/** The record of a step that ran, from its planned record and what happened. */
function ranStepRecord(planned, outcome, banks) {
    const r = outcome.result;
    const bytes = r?.bytes;
    return {
        ...planned,
        status: outcome.status,
        startedAt: outcome.startedAt,
        durationMs: outcome.durationMs,
        bytes,
        bytesPerSecond: r && bytes && outcome.durationMs > 0
            ? Math.round((bytes * 1000) / outcome.durationMs)
            : undefined,
        files: [...planned.files, ...(r?.files ?? [])],
        notes: [...planned.notes, ...(r?.notes ?? [])],
        verification: r?.verification ? verificationRecord(r.verification, banks) : undefined,
        flash: r?.flash,
        run: r?.run,
        powerCycle: r?.powerCycle,
        error: outcome.error,
    };
}
/** A comparison in the report's form, each mismatch pinned to its bank and sector. */
function verificationRecord(v, banks) {
    return {
        match: v.match,
        address: v.address,
        length: v.length,
        mismatchedBytes: v.mismatchedBytes,
        truncated: v.truncated,
        ranges: v.ranges.map((r) => {
            const { bank, sector } = sectorAt(banks, r.address);
            return {
                address: r.address,
                length: r.length,
                bank: bank?.index,
                sector: sector?.index,
                expected: r.expected && Buffer.from(r.expected).toString('hex'),
                actual: Buffer.from(r.actual).toString('hex'),
            };
        }),
    };
}
const ACTIVITY_KEYS = [
    'backedUp',
    'erased',
    'written',
    'skipped',
    'verified',
    'verifyFailed',
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
                skipped: [],
                verified: [],
                verifyFailed: [],
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

;// CONCATENATED MODULE: ./src/engine/recorder.ts




class ReportRecorder {
    report;
    constructor(opts) {
        this.report = {
            schema: REPORT_SCHEMA,
            tool: { name: 'openocd-flash', version: version/* VERSION */.x },
            openocd: { binary: opts.binary ?? 'openocd' },
            board: {
                name: opts.board.name,
                virtual: opts.board.virtual?.chip,
                serial: opts.board.serial,
            },
            stepFile: opts.stepFile,
            startedAt: new Date().toISOString(),
            finishedAt: '',
            durationMs: 0,
            dryRun: opts.dryRun,
            result: 'success',
            exitCode: 0,
            banksBefore: [],
            banksAfter: [],
            steps: [],
            activity: [],
            problems: [],
        };
    }
    onEvent(e) {
        const r = this.report;
        switch (e.type) {
            case 'loaded':
            case 'plan':
            case 'refused':
                r.steps = e.steps;
                break;
            case 'invalid':
                r.problems = e.problems;
                break;
            case 'connected':
                r.openocd.version = e.openocdVersion;
                r.openocd.build = (0,build/* describeBanner */.oE)(e.openocdVersion);
                r.log = e.log;
                break;
            case 'attempt-failed':
                ;
                (r.failedAttempts ??= []).push(e.record);
                break;
            case 'banks':
                if (e.when === 'before')
                    r.banksBefore = e.banks;
                else
                    r.banksAfter = e.banks;
                break;
            case 'dry-run':
                for (const s of r.steps)
                    s.status = 'planned';
                break;
            case 'step-end':
                r.steps[e.record.index] = e.record;
                addActivity(r.activity, e.activity);
                break;
            case 'restore-end':
                r.restore = e.record;
                break;
            case 'failed':
                if (r.result === 'success') {
                    r.result = e.result;
                    r.message = e.message;
                }
                break;
            case 'note':
            case 'step-start':
            case 'step-progress':
            case 'restore-start':
            case 'finished':
                break;
        }
    }
}

;// CONCATENATED MODULE: ./src/engine/restore.ts
// Restore after a failure: puts back the first backup of each bank taken in
// the run, rewriting only the sectors that differ from it, then verifies the
// bank. A backup file whose bytes no longer hash to what was recorded when it
// was taken is never written: nothing is restored then, and the record says why.




async function restoreBackups(ctx, transfer) {
    const record = { status: 'passed', banks: [] };
    try {
        const contents = new Map();
        for (const backup of ctx.backups.values())
            contents.set(backup, await checkedBackup(backup));
        for (const [backup, wanted] of contents) {
            record.banks.push(await restoreBank(ctx, transfer, backup, wanted));
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
async function restoreBank(ctx, transfer, backup, wanted) {
    const { flash } = ctx.session;
    const bank = ctx.banks[backup.bank];
    const current = await flash.read(bank.index, 0, bank.size, transfer('read', bank.size));
    const differ = bank.sectors
        .filter((s) => !equalRange(wanted, current, s.offset, s.size))
        .map((s) => s.index);
    ctx.progress(`restoring bank ${bank.index}: ${differ.length} sector(s) differ from ${backup.relative}`);
    const writes = runsOf(differ).map(([first, last]) => {
        const start = bank.sectors[first].offset;
        const end = bank.sectors[last].offset + bank.sectors[last].size;
        return { first, last, runs: nonErasedRuns(wanted, programAlign(bank), start, end) };
    });
    const total = writes.reduce((n, w) => w.runs.reduce((m, [from, to]) => m + to - from, n), 0);
    const onBytes = transfer('write', total);
    for (const { first, last, runs } of writes) {
        await flash.eraseSectorsOf(bank, first, last);
        for (const [from, to] of runs)
            await flash.write(bank.index, from, wanted.subarray(from, to), onBytes);
    }
    // The bytes whose hash was just checked, not the file read again.
    const v = await flash.verifyBytes(bank.index, 0, wanted, transfer('verify', wanted.length));
    return { bank: bank.index, sectors: differ, verified: v.match, backup: backup.relative };
}
async function checkedBackup(backup) {
    const wanted = new Uint8Array(await (0,promises_.readFile)(backup.file));
    const { sha256 } = (0,hash/* digest */.br)(wanted);
    if (sha256 !== backup.sha256) {
        throw new Error(`the backup ${backup.relative} of bank ${backup.bank} changed after it was taken (sha256 ${backup.sha256} then, ${sha256} now): nothing was restored`);
    }
    return wanted;
}
function equalRange(a, b, offset, size) {
    return Buffer.compare(a.subarray(offset, offset + size), b.subarray(offset, offset + size)) === 0;
}

;// CONCATENATED MODULE: ./src/engine/run.ts
// Runs a step file against a board: validate, lock the probe, start OpenOCD,
// plan, execute, restore on failure, and always write the report. What
// happens is told as one stream of typed events (events.ts); the report is
// built from that stream like any other consumer's view.


























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
    const started = Date.now();
    // A mistyped step file path is refused before anything is created, not even the report folder.
    if (options.stepText === undefined && !(0,external_node_fs_.existsSync)(options.stepFile))
        throw new StepFileNotFoundError(options.stepFile);
    const outDir = external_node_path_default().resolve(options.outDir);
    // Thrown (no report can be written without the folder): the caller says so.
    (0,make_dir/* makeDirectory */.O)(outDir, 'the report folder');
    const recorder = new ReportRecorder({
        stepFile: options.stepFile,
        board: options.board,
        binary: options.openocd?.binary,
        dryRun: options.dryRun ?? false,
    });
    const emit = (e) => {
        recorder.onEvent(e);
        options.onEvent?.(e);
    };
    const run = new Run(options, outDir, emit);
    const report = recorder.report;
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
    emit({ type: 'finished', report });
    return { exitCode: report.exitCode, report, files };
}
/** OpenOCD's own words, from the error or the error a step failure wraps. */
function openOcdResponse(err) {
    const cause = err instanceof StepFailure ? err.cause : err;
    return cause instanceof errors/* OpenOcdError */.fL ? cause.response : undefined;
}
// Steps that cannot change flash: what a backup read stays true across them.
// (A reset or a run step runs the firmware, which may write its own flash.)
const READ_ONLY = new Set(['backup', 'verify', 'verify-bank', 'dump']);
/** Connection retries when neither the run nor the board says (retries: in the inventory). */
const DEFAULT_RETRIES = 2;
/** Waits 0.5 s before the second attempt, doubling up to 8 s: a replugged probe takes a moment. */
function backoffMs(failedAttempt) {
    return Math.min(500 * 2 ** (failedAttempt - 1), 8000);
}
class Run {
    options;
    outDir;
    emit;
    lock;
    target;
    session;
    banks = [];
    records = [];
    inFlight;
    /** Aborted when the run's time limit or a cancel stops the run. */
    stopping = new AbortController();
    /** The work the time limit races; cleanup waits until it has wound down. */
    work;
    constructor(options, outDir, emit) {
        this.options = options;
        this.outDir = outDir;
        this.emit = emit;
    }
    fail(result, message) {
        this.emit({ type: 'failed', result, message });
    }
    note(text) {
        this.emit({ type: 'note', text });
    }
    async execute() {
        const plan = this.load();
        if (!plan || this.refuseOutputs(plan) || this.refuseUnpowered(plan))
            return;
        const inputs = await this.snapshot(plan);
        if (!inputs)
            return;
        this.records = plan.steps.map((s) => stepRecord(s));
        this.emit({ type: 'loaded', steps: this.records });
        const stop = () => {
            // From here on, what the work in flight sees (a closed connection) is
            // the consequence of the stop, not a failure of its own to report; and
            // work still starting (the lock, OpenOCD) takes nothing more.
            this.stopping.abort(new Error('the run was stopped'));
            return this.stopOpenOcd();
        };
        try {
            await withDeadline(() => (this.work = this.connectAndRun(plan, inputs)), {
                timeoutMs: this.options.timeoutMs,
                signal: this.options.signal,
                what: 'the run',
                stop,
            });
        }
        catch (err) {
            this.failFrom(err);
            // The step in flight when the run was stopped has not recorded its
            // end: say it was interrupted rather than leave it 'skipped'.
            const flight = this.inFlight;
            if (flight) {
                this.inFlight = undefined;
                const timeout = err instanceof DeadlineError && err.reason === 'timeout';
                this.endStep(flight, {
                    status: timeout ? 'timeout' : 'failed',
                    startedAt: flight.record.startedAt ?? new Date(flight.t0).toISOString(),
                    durationMs: Date.now() - flight.t0,
                    error: { message: `interrupted: ${err.message}` },
                });
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
            this.invalid(err.problems, 'the step file is invalid');
            return undefined;
        }
    }
    /** Images and reference files, read and checked before anything is started. */
    async snapshot(plan) {
        try {
            return await snapshotInputs(plan);
        }
        catch (err) {
            if (!(err instanceof yaml_schema/* SourceError */.c8))
                throw err;
            this.invalid(err.problems, 'an image or reference file is invalid');
            return undefined;
        }
    }
    invalid(problems, what) {
        this.emit({ type: 'invalid', problems });
        this.fail('invalid-input', `${what} (${problems.length} problem(s)); nothing was done to the target`);
    }
    /** Refuses the run for problems of its steps, each named by its step file line; true when refused. */
    refuseSteps(file, problems, what) {
        if (!problems.length)
            return false;
        this.invalid(problems.map(({ step, message }) => ({
            file: file.file,
            line: step.line,
            column: 1,
            path: `steps[${step.index}]`,
            message: `step ${step.index + 1} (${step.name}): ${message}`,
        })), what);
        return true;
    }
    retries() {
        return this.options.retries ?? this.options.board.retries ?? DEFAULT_RETRIES;
    }
    /** Refuses a run whose output files collide (see plan/outputs.ts); true when refused. */
    refuseOutputs(file, banks) {
        const problems = checkOutputs(file.steps, {
            outDir: this.outDir,
            inputs: [this.options.stepFile],
            banks,
            retries: this.retries(),
        });
        return this.refuseSteps(file, problems, "the run's output files are unsafe");
    }
    /** Refuses power-cycle steps on a board without power-cycle commands; true when refused. */
    refuseUnpowered(file) {
        if (this.options.board.powerCycle)
            return false;
        const message = `board '${this.options.board.name}' has no power-cycle commands: give it 'power-cycle: { off: [...], on: [...] }' in the inventory`;
        const problems = file.steps
            .filter((step) => step.kind === 'power-cycle')
            .map((step) => ({ step, message }));
        return this.refuseSteps(file, problems, 'the step file power-cycles a board that cannot be power-cycled');
    }
    async connectAndRun(file, inputs) {
        await this.takeLock();
        this.stopping.signal.throwIfAborted();
        const connection = await this.connect();
        if (!connection)
            return;
        const { session, banks, locked } = connection;
        this.banks = banks;
        this.emit({ type: 'banks', when: 'before', banks: banks.map(bankRecord) });
        const present = banks.filter((b) => b.size > 0).map((b) => b.index);
        if (this.refuseOutputs(file, present))
            return;
        if (locked)
            this.note(`the chip is read-protected (${locked.driver}: ${locked.level})`);
        const planned = await this.plan(file, banks, inputs, locked);
        if (!planned)
            return;
        if (this.options.dryRun) {
            this.emit({ type: 'dry-run' });
            return;
        }
        await this.prepare(session, file);
        const ctx = {
            session,
            outDir: this.outDir,
            banks,
            backups: new Map(),
            known: new Map(),
            progress: (text) => this.progress(text),
            transfer: (operation, total) => this.transfer(operation, total, (transfer) => {
                const flight = this.inFlight;
                if (flight)
                    this.emit({
                        type: 'step-transfer',
                        index: flight.record.index,
                        label: flight.label,
                        transfer,
                    });
            }),
            uart: this.options.board.uart,
            power: {
                cycle: () => this.cyclePower(),
                reconnect: async (step) => {
                    ctx.session = await this.startOpenOcd(powerCycleLog(step));
                    await this.prepare(ctx.session, file);
                },
            },
        };
        const failed = await this.runSteps(planned, ctx);
        if (failed)
            await this.onFailure(file, ctx);
        this.emit({
            type: 'banks',
            when: 'after',
            // A power-cycle step replaced the session it started with.
            banks: (await ctx.session.flash.infoAll()).map(bankRecord),
        });
    }
    /** The target as the step file's `prepare` wants it before the first step. */
    async prepare(session, file) {
        const prepare = file.settings.prepare;
        if (prepare === 'none')
            return;
        this.note(prepare === 'halt' ? 'halting the target' : 'resetting and halting the target');
        await (prepare === 'halt' ? session.target.halt() : session.target.reset('halt'));
    }
    /** A power-cycle step's first half: OpenOCD lets go of the probe, then the power goes off and on. */
    async cyclePower() {
        await this.session?.close();
        this.session = undefined;
        // The plan was refused unless the board has power-cycle commands (refuseUnpowered).
        return (await this.powerCycle());
    }
    progress(text) {
        const flight = this.inFlight;
        if (flight)
            this.emit({ type: 'step-progress', index: flight.record.index, text });
        else
            this.note(`  ${text}`);
    }
    /** Counts a transfer's bytes and hands `emit` how far it has come after each chunk. */
    transfer(operation, total, emit) {
        const started = Date.now();
        let done = 0;
        return (bytes) => {
            done += bytes;
            emit({ operation, done, total, elapsedMs: Date.now() - started });
        };
    }
    async takeLock() {
        const opts = this.options.lock;
        // A virtual board without a state file or a power switch is private to this run: nothing to share.
        const virtual = this.options.board.virtual;
        if (!opts || (virtual && !virtual.state && !virtual.powerSwitch))
            return;
        const key = (0,lock/* probeLockKey */.Zk)(this.options.board);
        this.lock = await (0,lock/* acquireProbeLock */.Ks)(key, {
            ...opts,
            signal: AbortSignal.any([this.stopping.signal, this.options.signal ?? this.stopping.signal]),
            onWait: (holder, ahead) => this.note(`waiting for probe ${key}: held by pid ${holder.pid} (${holder.description}) since ${holder.since.toISOString()}, ${ahead} ahead`),
        });
        this.options.onResource?.({ lockTicket: this.lock.ticket });
    }
    /**
     * Starts OpenOCD and reads the layout and readout protection — the target
     * as it was found: a dry run or a refused plan leaves it running, or
     * halted, exactly as it was — retrying failures that are transient by
     * class (classify.ts) with backoff. Nothing has been changed yet, so a
     * retry is always safe; no step is ever retried. Undefined when it gave up
     * after retries (the failure is reported).
     */
    async connect() {
        this.target = await openBoardTarget(this.options.board);
        if (this.target.started)
            this.note(this.target.started);
        const retries = this.retries();
        const failed = [];
        for (let attempt = 1;; attempt++) {
            const startedAt = new Date().toISOString();
            // Each attempt's log is kept.
            const log = attemptLog(attempt);
            try {
                this.stopping.signal.throwIfAborted();
                const session = await this.startOpenOcd(log);
                const openocdVersion = (await session.command('version')).trim();
                const banks = await session.flash.infoAll();
                const main = banks.find((b) => b.size > 0);
                const locked = main && (await readoutProtection(session, main));
                this.emit({ type: 'connected', openocdVersion, log, attempt });
                return { session, banks, locked };
            }
            catch (err) {
                const cause = (0,classify/* transientCause */.YX)(err);
                if (this.stopping.signal.aborted || !cause || (retries === 0 && attempt === 1))
                    throw err;
                const retry = attempt <= retries;
                const retryAfterMs = retry ? backoffMs(attempt) : undefined;
                const message = err.message.split('\n')[0];
                failed.push(`${attempt}: ${cause}`);
                await this.session?.close().catch(() => undefined);
                this.session = undefined;
                const cycle = retryAfterMs === undefined ? undefined : await this.powerCycle();
                this.emit({
                    type: 'attempt-failed',
                    record: { attempt, startedAt, cause, message, log, retryAfterMs, powerCycle: cycle },
                });
                if (retryAfterMs === undefined) {
                    this.fail('infrastructure', `connecting failed ${attempt} times (attempt ${failed.join(', attempt ')}); no retries left (retries: ${retries}): ${err.message}`);
                    return undefined;
                }
                await (0,external_node_timers_promises_.setTimeout)(retryAfterMs, undefined, { signal: this.stopping.signal });
            }
        }
    }
    /** The board's power-cycle commands, when it has them, with OpenOCD stopped. */
    async powerCycle() {
        const { powerCycle: commands, serial } = this.options.board;
        if (!commands)
            return undefined;
        this.note(`power-cycling the board: ${commands.off.join(' ')}; ${commands.on.join(' ')}`);
        return (0,power_cycle/* powerCycle */.w)(commands, { serial, signal: this.stopping.signal });
    }
    async startOpenOcd(log) {
        const target = this.target;
        this.session = await session/* Session */.N.start({
            binary: this.options.openocd?.binary,
            searchDirs: [...(this.options.openocd?.searchDirs ?? []), ...target.searchDirs],
            config: target.config,
            logFile: external_node_path_default().join(this.outDir, log),
        });
        const pid = this.session.process?.pid;
        if (pid !== undefined)
            this.lock?.addChild(pid);
        this.options.onResource?.({ openocdPid: pid });
        this.note(`OpenOCD started (pid ${pid}, TCL port ${this.session.process?.tclPort})`);
        this.stopping.signal.throwIfAborted();
        return this.session;
    }
    async plan(file, banks, inputs, locked) {
        try {
            const planned = buildPlan(file.steps, banks, inputs, locked);
            this.records = planned.map((p) => stepRecord(p.step, p));
            this.emit({ type: 'plan', steps: this.records });
            return planned;
        }
        catch (err) {
            if (!(err instanceof PlanError || err instanceof src_image/* ImageError */.C8))
                throw err;
            const refusals = (err instanceof PlanError ? err.refusals : []).map((r) => ({
                index: r.step.index,
                message: r.message,
            }));
            this.records = this.records.map((rec) => {
                const refusal = refusals.find((r) => r.index === rec.index);
                return refusal
                    ? {
                        ...rec,
                        status: 'failed',
                        error: { message: `refused before anything was changed: ${refusal.message}` },
                    }
                    : rec;
            });
            this.emit({ type: 'refused', steps: this.records, refusals });
            this.fail('step-failed', `the plan was refused before anything was changed: ${err.message}`);
            return undefined;
        }
    }
    /** Runs the steps in order; returns true when a step failed and the run stops. */
    async runSteps(planned, ctx) {
        const total = planned.length;
        for (const p of planned) {
            const label = `[${p.step.index + 1}/${total}] ${p.step.name}`;
            const t0 = Date.now();
            const startedAt = new Date(t0).toISOString();
            const flight = { record: { ...this.records[p.step.index], startedAt }, label, t0 };
            this.inFlight = flight;
            this.emit({ type: 'step-start', index: p.step.index, label, bytes: p.bytes, startedAt });
            try {
                const result = await withDeadline(() => executeStep(ctx, p), {
                    timeoutMs: p.step.timeoutMs,
                    what: `step ${p.step.index + 1} (${p.step.name})`,
                    stop: () => this.stopOpenOcd(),
                });
                this.inFlight = undefined;
                if (!READ_ONLY.has(p.step.kind))
                    ctx.known.clear();
                this.endStep(flight, { status: 'passed', startedAt, durationMs: Date.now() - t0, result });
            }
            catch (err) {
                if (this.stopping.signal.aborted)
                    throw err;
                this.inFlight = undefined;
                ctx.known.clear();
                const timeout = err instanceof DeadlineError;
                const message = err.message;
                const continued = !timeout && p.step.continueOnError;
                this.endStep(flight, {
                    status: timeout && err.reason === 'timeout' ? 'timeout' : 'failed',
                    startedAt,
                    durationMs: Date.now() - t0,
                    result: err instanceof StepFailure ? err.result : undefined,
                    error: {
                        message,
                        openocd: openOcdResponse(err),
                    },
                }, continued);
                if (timeout)
                    throw err;
                const which = `step ${p.step.index + 1} (${p.step.name})`;
                if ((0,classify/* lostTarget */.yB)(err)) {
                    this.fail('infrastructure', `${which}: OpenOCD or the target stopped responding: ${message}`);
                    return true;
                }
                // The lab's own hardware failed (a hub that did not switch): not the step's fault.
                if (err.cause instanceof power_cycle/* PowerCycleError */.O) {
                    this.fail('infrastructure', `${which}: ${message}`);
                    return true;
                }
                // Nothing may change the flash without the backup it depends on:
                // a failed backup ends the run, whatever continue-on-error says.
                if (p.step.kind === 'backup' && continued)
                    this.note('  stopping: a failed backup ends the run, even with continue-on-error');
                if (!continued || p.step.kind === 'backup') {
                    this.fail('step-failed', `${which} failed: ${message}`);
                    return true;
                }
                this.fail('step-failed', `${which} failed (continue-on-error): ${message}`);
            }
        }
        return false;
    }
    endStep(flight, outcome, continued = false) {
        const record = ranStepRecord(flight.record, outcome, this.banks);
        this.records[record.index] = record;
        this.emit({
            type: 'step-end',
            label: flight.label,
            record,
            activity: outcome.result?.activity ?? [],
            continued,
        });
    }
    async onFailure(file, ctx) {
        const policy = file.settings['on-failure'];
        if (policy['restore-backup']) {
            if (ctx.backups.size === 0) {
                const reason = 'no backup had been taken before the failure, so the board was not restored';
                this.emit({ type: 'restore-end', record: { status: 'skipped', banks: [], reason } });
            }
            else {
                this.emit({ type: 'restore-start' });
                const record = await restoreBackups(ctx, (operation, total) => this.transfer(operation, total, (transfer) => this.emit({ type: 'restore-transfer', transfer })));
                this.emit({ type: 'restore-end', record });
                // Restore rewrote flash (or failed part-way): nothing read before it still holds.
                ctx.known.clear();
            }
        }
        if (policy.reset !== 'none')
            await ctx.session.target
                .reset(policy.reset)
                .catch((err) => this.note(`reset after failure failed: ${err.message}`));
    }
    failFrom(err) {
        if (err instanceof DeadlineError)
            return this.fail(err.reason, err.message);
        if (err instanceof lock/* LockTimeoutError */.XB)
            return this.fail('lock-timeout', err.message);
        if (err instanceof state_file/* StateFileError */.ci)
            return this.fail('invalid-input', err.message);
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
        await this.work?.catch(() => undefined);
        await this.session?.close().catch(() => undefined);
        await this.target?.close().catch(() => undefined);
        this.lock?.release();
    }
}

// EXTERNAL MODULE: ./src/report/console.ts
var report_console = __webpack_require__(9475);
// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/lock-holder.ts
var lock_holder = __webpack_require__(9074);
;// CONCATENATED MODULE: ./src/cli/progress.ts


const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
const BAR_WIDTH = 24;
/** The live line: `⠋ [1/2] backup [██████░░░…] 50 % 512 KiB/1 MiB 42.7 KiB/s (12.0 s)`. */
function liveLine(step, now, frame = 0) {
    const seconds = ((now - step.started) / 1000).toFixed(1);
    const spin = FRAMES[frame % FRAMES.length];
    const t = step.transfer;
    if (!t) {
        const size = step.bytes ? `, ${(0,format/* formatBytes */.z3)(step.bytes)}` : '';
        return `${spin} ${step.label} (${seconds} s${size})`;
    }
    const filled = Math.round(((0,report_console/* percent */.KN)(t) / 100) * BAR_WIDTH);
    const bar = '█'.repeat(filled) + '░'.repeat(BAR_WIDTH - filled);
    const rate = t.elapsedMs > 0 ? ` ${(0,format/* formatRate */.CE)((t.done * 1000) / t.elapsedMs)}` : '';
    return `${spin} ${step.label} ${t.operation} [${bar}] ${String((0,report_console/* percent */.KN)(t)).padStart(3)} % ${(0,format/* formatBytes */.z3)(t.done)}/${(0,format/* formatBytes */.z3)(t.total)}${rate} (${seconds} s)`;
}
function terminalProgress(out, intervalMs = 100, color = !process.env.NO_COLOR) {
    let current;
    let timer;
    let frame = 0;
    const clear = () => out.write('\r\x1b[K');
    const draw = () => {
        if (current)
            out.write(`\r\x1b[K${liveLine(current, Date.now(), frame++)}`);
    };
    return (event) => {
        if (event.type === 'step-end' || event.type === 'restore-end') {
            clearInterval(timer);
            current = undefined;
            clear();
        }
        if ((event.type === 'step-transfer' || event.type === 'restore-transfer') && current) {
            current.transfer = event.transfer;
            draw();
        }
        const lines = (0,report_console/* consoleLines */.$1)(event, color);
        if (lines.length) {
            if (current)
                clear();
            for (const line of lines)
                out.write(line + '\n');
            draw();
        }
        const live = event.type === 'step-start'
            ? { label: event.label, bytes: event.bytes }
            : event.type === 'restore-start'
                ? { label: 'restore', bytes: 0 }
                : undefined;
        if (live) {
            current = { ...live, started: Date.now() };
            timer = setInterval(draw, intervalMs);
            timer.unref();
        }
    };
}

;// CONCATENATED MODULE: ./src/cli/commands/run.ts
// openocd-flash run STEPS.yml: runs a step file on a board and writes the report.














const HELP = `usage: openocd-flash run STEPS.yml [options]

Runs the steps of STEPS.yml on a board and writes report.json, report.md,
junit.xml, the dumps and the OpenOCD log into the report folder, and for CI
code-quality.json (GitLab Code Quality), outputs.env (GitLab dotenv) and
issues.json (Jenkins Warnings NG).

board (one of):
  --board NAME            a board from the inventory, or virtual:stm32f103[:128K] /
                          virtual:stm32f407 / virtual:stm32g431 / virtual:stm32h7a3
  --interface CFG         interface config file (repeatable), with --target CFG (repeatable)
  --config CFG            extra config file, loaded after the target (repeatable)
  --serial SERIAL         adapter serial, when several probes of a kind are attached
  --speed KHZ             adapter speed
  --transport NAME        transport select (swd, jtag, hla_swd, ...)
  --connect-under-reset   hold SRST while connecting (reset_config srst_only srst_nogate connect_assert_srst)
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
  --retries N             connect retries when the probe or target fails transiently
                          (default: the board's 'retries', else 2); steps are never retried
  --lock-timeout DURATION how long to wait for a probe another job holds (default 10m)
  --lock-dir DIR          probe lock folder (default: $OPENOCD_FLASH_LOCK_DIR, /var/lock/openocd-flash)
  --no-lock               do not take the probe lock

exit codes: 0 success, 1 a step failed, 2 invalid input, 3 infrastructure
(OpenOCD, probe, target), 4 probe busy past --lock-timeout, 5 timeout.`;
async function run_run(argv) {
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
            'connect-under-reset': { type: 'boolean', default: false },
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
            retries: { type: 'string' },
            'lock-dir': { type: 'string' },
            'no-lock': { type: 'boolean', default: false },
        });
        if (values.help) {
            console.log(HELP);
            return exit_codes/* ExitCode */.y.Success;
        }
        if (positionals.length !== 1)
            throw new args/* UsageError */.eb('give exactly one step file: openocd-flash run STEPS.yml');
        const board = await (0,board_select/* selectBoard */.p)({
            board: values.board,
            inventory: values.inventory,
            interface: values.interface,
            target: values.target,
            config: values.config,
            serial: values.serial,
            speed: (0,args/* parseInteger */.cG)(values.speed, 'speed'),
            transport: values.transport,
            connectUnderReset: values['connect-under-reset'],
            commands: values.command,
            searchDirs: values['search-dir'],
            state: values.state,
            faults: values.fault,
        }, process.env);
        const progress = process.stdout.isTTY ? terminalProgress(process.stdout) : undefined;
        const log = (0,report_console/* consoleLog */.aO)();
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
                retries: (0,args/* parseInteger */.cG)(values.retries, 'retries'),
                timeoutMs: values.timeout === undefined ? undefined : (0,args/* parseDuration */.E9)(values.timeout, 'timeout'),
                lock: values['no-lock']
                    ? undefined
                    : {
                        timeoutMs: (0,args/* parseDuration */.E9)(values['lock-timeout'], 'lock-timeout'),
                        dir: values['lock-dir'],
                        description: (0,lock_holder/* lockHolder */.m)(`run ${positionals[0]}`),
                    },
                signal: controller.signal,
                onEvent: progress ?? ((e) => log(e).forEach((line) => console.log(line))),
            });
            // GitLab and Jenkins name the checkout; annotations are placed relative to it.
            const workspace = process.env.CI_PROJECT_DIR || process.env.WORKSPACE || process.cwd();
            await writeCiFiles(external_node_path_default().dirname(outcome.files.json), outcome.report, outcome.files.json, {
                file: positionals[0],
                repoPath: repoPath(positionals[0], workspace),
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
        if (err instanceof args/* UsageError */.eb ||
            err instanceof virtual/* BoardError */.db ||
            err instanceof yaml_schema/* SourceError */.c8 ||
            err instanceof make_dir/* DirectoryError */.u) {
            console.error(`openocd-flash run: ${err.message}`);
            if (err instanceof args/* UsageError */.eb)
                console.error(`${(0,args/* usageLine */.U0)(HELP)}\nrun 'openocd-flash run --help' for the options`);
            return exit_codes/* ExitCode */.y.InvalidInput;
        }
        throw err;
    }
}


/***/ })

};
