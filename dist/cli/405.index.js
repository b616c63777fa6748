export const id = 405;
export const ids = [405];
export const modules = {

/***/ 3350:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ PowerCycleError),
/* harmony export */   w: () => (/* binding */ powerCycle)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _util_children_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(789);
// Power-cycles a board with the inventory's `power-cycle` commands: argv
// arrays spawned without a shell (an inventory value is never parsed as
// shell), off then on, each with a time limit, their output kept for the
// report. Then waits for the probe to come back: a USB probe with a serial
// is back when sysfs lists that serial again.





const COMMAND_TIMEOUT_MS = 60_000;
const MAX_OUTPUT = 4096;
const USB_DEVICES = '/sys/bus/usb/devices';
async function powerCycle(commands, options = {}) {
    const t0 = Date.now();
    const ran = [];
    for (const argv of [commands.off, commands.on]) {
        const record = await runCommand(argv, options.signal);
        ran.push(record);
        if (record.exitCode !== 0)
            return { commands: ran, ok: false, durationMs: Date.now() - t0 };
    }
    if (options.serial === undefined)
        return { commands: ran, ok: true, durationMs: Date.now() - t0 };
    const back = await waitForSerial(options.serial, options.enumerateTimeoutMs ?? 30_000, options.signal);
    return {
        commands: ran,
        ok: back,
        reenumerated: back,
        durationMs: Date.now() - t0,
    };
}
/** A power cycle that did not succeed, said in one line. */
class PowerCycleError extends Error {
    record;
    constructor(record, serial) {
        const failed = record.commands.find((c) => c.exitCode !== 0);
        super(failed
            ? `the power-cycle command '${failed.argv.join(' ')}' ${failed.exitCode < 0 ? 'could not be run or was killed' : `exited ${failed.exitCode}`}${failed === record.commands[0] ? '' : ": the board's power may be off"}`
            : `the probe${serial ? ` ${serial}` : ''} did not re-enumerate in time after power came back`);
        this.record = record;
        this.name = 'PowerCycleError';
    }
}
function runCommand(argv, signal) {
    return new Promise((resolve) => {
        let output = '';
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(argv[0], argv.slice(1), {
            stdio: ['ignore', 'pipe', 'pipe'],
            detached: true,
        });
        if (child.pid !== undefined)
            (0,_util_children_js__WEBPACK_IMPORTED_MODULE_4__/* .trackChild */ .yH)(child);
        const keep = (d) => {
            if (output.length < MAX_OUTPUT)
                output = (output + d.toString()).slice(0, MAX_OUTPUT);
        };
        child.stdout.on('data', keep);
        child.stderr.on('data', keep);
        const stop = () => (0,_util_children_js__WEBPACK_IMPORTED_MODULE_4__/* .killGroup */ .i0)(child, 'SIGKILL');
        const timer = setTimeout(() => {
            output += `\n(killed: no exit within ${COMMAND_TIMEOUT_MS / 1000} s)`;
            stop();
        }, COMMAND_TIMEOUT_MS);
        signal?.addEventListener('abort', stop, { once: true });
        const done = (exitCode, extra = '') => {
            clearTimeout(timer);
            signal?.removeEventListener('abort', stop);
            resolve({ argv, exitCode, output: (output + extra).trimEnd() });
        };
        child.once('error', (err) => done(-1, `cannot run ${argv[0]}: ${err.message}`));
        child.once('close', (code) => done(code ?? -1));
    });
}
/** True once a USB device with `serial` is listed, false after `timeoutMs`. */
async function waitForSerial(serial, timeoutMs, signal) {
    const until = Date.now() + timeoutMs;
    for (;;) {
        if (usbSerials().includes(serial))
            return true;
        if (Date.now() >= until)
            return false;
        await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_3__.setTimeout)(250, undefined, { signal });
    }
}
function usbSerials() {
    let entries;
    try {
        entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(USB_DEVICES);
    }
    catch {
        return [];
    }
    return entries.flatMap((e) => {
        try {
            return [(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(USB_DEVICES, e, 'serial'), 'utf8').trim()];
        }
        catch {
            return [];
        }
    });
}


/***/ }),

/***/ 2766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ selectBoard)
/* harmony export */ });
/* harmony import */ var _virtual_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8107);
/* harmony import */ var _sim_faults_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2718);


async function selectBoard(choice, env) {
    const board = await chooseBoard(choice, env);
    checkBoard(board);
    return board;
}
// What reaches OpenOCD's command line or the simulator must be well-formed
// here, as input (exit 2), not fail later as if the lab were broken.
function checkBoard(board) {
    const named = [
        ['serial', board.serial],
        ['transport', board.transport],
        ...board.interface.map((f) => ['interface', f]),
        ...board.target.map((f) => ['target', f]),
        ...board.config.map((f) => ['config', f]),
    ];
    for (const [what, value] of named) {
        const problem = value === undefined ? undefined : (0,_virtual_js__WEBPACK_IMPORTED_MODULE_0__/* .controlCharacterProblem */ .wB)(value);
        if (problem)
            throw new _virtual_js__WEBPACK_IMPORTED_MODULE_0__/* .BoardError */ .db(`${what} ${JSON.stringify(value)}: ${problem}`);
    }
    for (const spec of board.virtual?.faults ?? []) {
        try {
            (0,_sim_faults_js__WEBPACK_IMPORTED_MODULE_1__/* .parseFault */ .Gm)(spec);
        }
        catch (err) {
            throw new _virtual_js__WEBPACK_IMPORTED_MODULE_0__/* .BoardError */ .db(err.message);
        }
    }
}
// The inventory module is loaded only for a name that needs it: building its
// schema costs about 20 ms of start-up, which a virtual board never needs.
async function inventoryBoard(name, file, env) {
    const { loadInventory, resolveBoard } = await Promise.all(/* import() */[__webpack_require__.e(691), __webpack_require__.e(180)]).then(__webpack_require__.bind(__webpack_require__, 4180));
    return resolveBoard(name, () => loadInventory({ path: file, env }));
}
async function chooseBoard(choice, env) {
    const explicitFiles = [...choice.interface, ...choice.target, ...choice.config];
    if (choice.board) {
        if (choice.interface.length || choice.target.length) {
            throw new _virtual_js__WEBPACK_IMPORTED_MODULE_0__/* .BoardError */ .db(`give either a board ('${choice.board}') or interface/target configs, not both`);
        }
        const base = (0,_virtual_js__WEBPACK_IMPORTED_MODULE_0__/* .parseVirtualRef */ .yC)(choice.board) ?? (await inventoryBoard(choice.board, choice.inventory, env));
        if (!base.virtual && (choice.state || choice.faults.length)) {
            throw new _virtual_js__WEBPACK_IMPORTED_MODULE_0__/* .BoardError */ .db(`state files and faults are for virtual boards; '${choice.board}' is a real one`);
        }
        return {
            ...base,
            config: [...base.config, ...choice.config],
            commands: [...base.commands, ...choice.commands],
            searchDirs: [...base.searchDirs, ...choice.searchDirs],
            serial: choice.serial ?? base.serial,
            speed: choice.speed ?? base.speed,
            transport: choice.transport ?? base.transport,
            connectUnderReset: choice.connectUnderReset || base.connectUnderReset,
            virtual: base.virtual && {
                ...base.virtual,
                state: choice.state ?? base.virtual.state,
                faults: [...base.virtual.faults, ...choice.faults],
            },
        };
    }
    if (explicitFiles.length === 0) {
        throw new _virtual_js__WEBPACK_IMPORTED_MODULE_0__/* .BoardError */ .db('say which board: a board name from the inventory, virtual:stm32f103 / virtual:stm32f407 / virtual:stm32g431 / virtual:stm32h7a3, or interface and target config files');
    }
    if (choice.state || choice.faults.length) {
        throw new _virtual_js__WEBPACK_IMPORTED_MODULE_0__/* .BoardError */ .db('state files and faults are for virtual boards (virtual:<chip>)');
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
        connectUnderReset: choice.connectUnderReset,
        commands: choice.commands,
        searchDirs: choice.searchDirs,
        labels: [],
    };
}


/***/ }),

/***/ 9475:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $1: () => (/* binding */ consoleLines),
/* harmony export */   KN: () => (/* binding */ percent),
/* harmony export */   LU: () => (/* binding */ powerCycleLines),
/* harmony export */   aO: () => (/* binding */ consoleLog)
/* harmony export */ });
/* unused harmony export transferText */
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2011);
/* harmony import */ var _flash_map_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3915);
/* harmony import */ var _util_yaml_schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6709);



/** The lines of one event; `color` paints the flash strip (a terminal without NO_COLOR). */
function consoleLines(e, color = false) {
    switch (e.type) {
        case 'invalid':
            return e.problems.map((p) => `error: ${(0,_util_yaml_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .formatProblem */ .Vw)(p)}`);
        case 'note':
            return [e.text];
        case 'plan':
            return e.steps.map((s) => {
                const where = (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .describeTouches */ .nm)(s.plan);
                return `plan ${s.index + 1}. ${s.name}${where.length ? `: ${where.join('; ')}` : ''}${s.rounded ? ` (${s.kind === 'protect' || s.kind === 'unprotect' ? 'widened to whole protection blocks' : 'rounded out to whole sectors'}: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .hex32 */ .Fd)(s.rounded.actual.address)}+${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z3)(s.rounded.actual.size)})` : ''}`;
            });
        case 'refused':
            return e.refusals.map((r) => `refused: step ${r.index + 1} (${e.steps[r.index].name}): ${r.message}`);
        case 'attempt-failed': {
            const a = e.record;
            const next = a.retryAfterMs === undefined
                ? 'no retries left'
                : `retrying in ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(a.retryAfterMs)}`;
            return [
                `✘ connect attempt ${a.attempt} failed (${a.cause}): ${a.message}; ${next}`,
                ...(a.powerCycle ? powerCycleLines(a.powerCycle) : []),
                ...(a.powerCycle?.ok === false ? ['  power-cycle failed: retrying anyway'] : []),
            ];
        }
        case 'dry-run':
            return ['dry run: the plan above was checked against the target; nothing was changed'];
        case 'step-start':
            return [`▶ ${e.label}`];
        case 'step-progress':
            return [`  ${e.text}`];
        case 'step-transfer':
        case 'restore-transfer':
            // Too many for a log one by one: consoleLog() picks some.
            return [];
        case 'step-end': {
            const rec = e.record;
            if (rec.status === 'passed') {
                const size = rec.bytes
                    ? `, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z3)(rec.bytes)}, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatRate */ .CE)(rec.bytesPerSecond)}`
                    : '';
                return [
                    `✔ ${e.label} (${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(rec.durationMs ?? 0)}${size})`,
                    ...(rec.powerCycle ? powerCycleLines(rec.powerCycle) : []),
                    ...rec.notes.map((n) => `  ${n}`),
                ];
            }
            return [
                `✘ ${e.label}: ${rec.error?.message ?? rec.status}`,
                ...(rec.powerCycle ? powerCycleLines(rec.powerCycle) : []),
                ...(e.continued ? ['  continuing: the step has continue-on-error'] : []),
            ];
        }
        case 'restore-start':
            return ['restoring the backup taken earlier in this run'];
        case 'restore-end':
            if (e.record.status === 'skipped')
                return [`nothing to restore: ${e.record.reason}`];
            return [
                e.record.status === 'passed'
                    ? '✔ restored and verified'
                    : `✘ restore failed: ${e.record.error ?? 'verification failed'}`,
            ];
        case 'finished':
            return [...(0,_flash_map_js__WEBPACK_IMPORTED_MODULE_0__/* .flashStrip */ .Vi)((0,_flash_map_js__WEBPACK_IMPORTED_MODULE_0__/* .flashMap */ .Pz)(e.report), color), summaryLine(e.report)];
        case 'connected':
            return e.attempt > 1 ? [`connected at attempt ${e.attempt}: the board is flaky`] : [];
        case 'loaded':
        case 'banks':
        case 'failed':
            return [];
    }
}
/**
 * Console lines for a log that is not a terminal (a CI log): every event's
 * lines, and of a step's or the restore's transfer progress one line per
 * tenth done, or after `everyMs` without one, so a long transfer shows it is
 * moving without flooding the log.
 */
function consoleLog(everyMs = 5000) {
    // The restore comes after every step: index -1 is its own.
    let last = { index: -2, operation: '', tenth: -1, at: 0 };
    return (e) => {
        if (e.type !== 'step-transfer' && e.type !== 'restore-transfer')
            return consoleLines(e);
        const t = e.transfer;
        const index = e.type === 'step-transfer' ? e.index : -1;
        const tenth = Math.floor((10 * t.done) / Math.max(t.total, 1));
        const now = Date.now();
        const same = last.index === index && last.operation === t.operation;
        if (same && tenth <= last.tenth && now - last.at < everyMs)
            return [];
        last = { index, operation: t.operation, tenth, at: now };
        return [`  ${transferText(t)}`];
    };
}
/** `read 512 KiB of 1 MiB (50 %), 42.7 KiB/s` */
function transferText(t) {
    const rate = t.elapsedMs > 0 ? `, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatRate */ .CE)((t.done * 1000) / t.elapsedMs)}` : '';
    return `${t.operation} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z3)(t.done)} of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z3)(t.total)} (${percent(t)} %)${rate}`;
}
function percent(t) {
    return t.total > 0 ? Math.min(100, Math.floor((100 * t.done) / t.total)) : 100;
}
function powerCycleLines(p) {
    return [
        ...p.commands.flatMap((c) => [
            `  power-cycle: ${c.argv.join(' ')} → exit ${c.exitCode}`,
            ...(c.output ? c.output.split('\n').map((l) => `    ${l}`) : []),
        ]),
        ...(p.reenumerated === false ? ['  power-cycle: the probe did not come back in time'] : []),
    ];
}
function summaryLine(r) {
    const count = (s) => r.steps.filter((x) => x.status === s).length;
    const parts = [`${count('passed')} passed`, `${count('failed') + count('timeout')} failed`];
    if (count('skipped'))
        parts.push(`${count('skipped')} skipped`);
    if (count('planned'))
        parts.push(`${count('planned')} planned`);
    const flaky = r.result === 'success' && r.failedAttempts?.length
        ? ` (flaky: ${r.failedAttempts.length} failed connect attempt(s))`
        : '';
    return `${r.result === 'success' ? '✔' : '✘'} ${r.result} in ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(r.durationMs)}${flaky}: steps ${parts.join(', ')}; exit code ${r.exitCode}${r.message ? `\n  ${r.message}` : ''}`;
}


/***/ }),

/***/ 3915:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ff: () => (/* binding */ FLASH_MAP_FILE),
/* harmony export */   Pz: () => (/* binding */ flashMap),
/* harmony export */   Vi: () => (/* binding */ flashStrip),
/* harmony export */   hk: () => (/* binding */ flashMapSvg)
/* harmony export */ });
/* unused harmony export shownMark */
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2011);
// A picture of the flash, per bank: what the run did to each sector (or, for
// a dry run, what the plan will do), as an SVG with sectors to scale (like
// probe-rs --flash-layout) for the report folder, and as a compact strip of
// one character per sector (or per few sectors) for a console. Pure: both are
// drawn from the report model, the same per-sector activity report.md's
// sector table shows.

const FLASH_MAP_FILE = 'flash-map.svg';
/** What a sector shows first when several things happened to it, strongest first. */
const SHOWN = ['failed', 'verified', 'written', 'erased', 'skipped', 'backed-up'];
const MARK_OF_STEP = {
    backup: 'backed-up',
    erase: 'erased',
    write: 'written',
    verify: 'verified',
    'verify-bank': 'verified',
    protect: 'protected',
};
/** The banks of a report with each sector's marks. */
function flashMap(r) {
    const banks = r.banksAfter.length ? r.banksAfter : r.banksBefore;
    return banks
        .filter((b) => b.sectors.length)
        .map((bank) => {
        const marks = new Map(bank.sectors.map((s) => [s.index, new Set()]));
        const add = (mark, sectors) => {
            for (const i of sectors)
                marks.get(i)?.add(mark);
        };
        for (const s of bank.sectors)
            if (s.protected)
                add('protected', [s.index]);
        if (r.dryRun) {
            for (const step of r.steps) {
                const mark = MARK_OF_STEP[step.kind];
                for (const t of step.plan.filter((p) => p.bank === bank.index))
                    if (mark)
                        add(mark, t.blocks.length ? sectorsOfBlocks(bank, t.blocks) : t.sectors);
            }
        }
        else {
            const a = r.activity.find((x) => x.bank === bank.index);
            if (a) {
                add('backed-up', a.backedUp);
                add('erased', a.erased);
                add('written', a.written);
                add('skipped', a.skipped);
                add('verified', a.verified);
                add('failed', a.verifyFailed);
            }
            // A step that failed while changing sectors leaves those it did not
            // prove (verified) or leave alone (skipped, already equal) unproven.
            const settled = new Set([...(a?.verified ?? []), ...(a?.skipped ?? [])]);
            for (const step of r.steps) {
                if ((step.status !== 'failed' && step.status !== 'timeout') || !changes(step.kind))
                    continue;
                for (const t of step.plan.filter((p) => p.bank === bank.index))
                    add('failed', t.sectors.filter((i) => !settled.has(i)));
            }
        }
        return {
            bank,
            planned: r.dryRun,
            sectors: bank.sectors.map((s) => ({ ...s, marks: [...marks.get(s.index)] })),
        };
    });
}
const changes = (kind) => kind === 'erase' || kind === 'write';
function sectorsOfBlocks(bank, blocks) {
    const ranges = blocks.map((i) => bank.protectionBlocks[i]).filter(Boolean);
    return bank.sectors
        .filter((s) => ranges.some((b) => s.offset < b.offset + b.size && b.offset < s.offset + s.size))
        .map((s) => s.index);
}
/** The mark a sector is drawn with; protection is drawn over it. */
function shownMark(s) {
    return SHOWN.find((m) => s.marks.includes(m));
}
const LABEL = {
    'backed-up': 'backed up',
    skipped: 'skipped (already equal)',
    erased: 'erased',
    written: 'written',
    verified: 'verified',
    failed: 'failed',
    protected: 'protected',
};
// ---- the console strip ----
const CHAR = {
    'backed-up': 'B',
    skipped: 'S',
    erased: 'E',
    written: 'W',
    verified: 'V',
    failed: 'X',
    protected: '#',
};
const ANSI = {
    'backed-up': '34',
    skipped: '36',
    erased: '33',
    written: '35',
    verified: '32',
    failed: '31',
    protected: '90',
};
/** Sectors per character beyond this many sectors, so a 1024-page bank stays one line. */
const STRIP_WIDTH = 64;
/**
 * One line per bank, `bank 0 stm32f1x.flash 0x08000000 128 KiB [BBWW·····]`,
 * and a legend. A character covers several sectors on a bank with many and
 * shows the strongest of their marks; `color` adds ANSI colours.
 */
function flashStrip(maps, color) {
    if (!maps.length)
        return [];
    const paint = (mark, text) => color && mark ? `\x1b[${ANSI[mark]}m${text}\x1b[0m` : text;
    const lines = maps.map((m) => {
        const per = Math.ceil(m.sectors.length / STRIP_WIDTH);
        let strip = '';
        for (let i = 0; i < m.sectors.length; i += per) {
            const group = m.sectors.slice(i, i + per);
            const marks = group.flatMap((s) => s.marks);
            const mark = SHOWN.find((x) => marks.includes(x));
            const shown = mark ?? (marks.includes('protected') ? 'protected' : undefined);
            strip += paint(shown, shown ? CHAR[shown] : '·');
        }
        const b = m.bank;
        const scale = per > 1 ? ` (${per} sectors a character)` : '';
        return `${m.planned ? 'planned ' : ''}bank ${b.index} ${b.name} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .hex32 */ .Fd)(b.base)} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(b.size)} [${strip}]${scale}`;
    });
    const legend = Object.keys(CHAR).map((k) => `${paint(k, CHAR[k])} ${LABEL[k]}`);
    return [...lines, `  ${legend.join(' · ')} · · untouched`];
}
// ---- the SVG ----
const FILL = {
    'backed-up': '#4c78a8',
    skipped: '#9ecae9',
    erased: '#f2cf5b',
    written: '#f58518',
    verified: '#54a24b',
    failed: '#e45756',
    protected: '#555555',
};
const UNTOUCHED = '#e6e6e6';
const WIDTH = 960;
const MARGIN = 16;
const BAR = 36;
const ROW = 96;
const xml = (s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/**
 * flash-map.svg: one bar per bank, each sector a rectangle as wide as its
 * share of the bank. Every sector is a `<g>` with `data-bank`, `data-sector`
 * and `data-marks` (space-separated), and a `<title>` a browser shows on hover.
 */
function flashMapSvg(maps) {
    const inner = WIDTH - 2 * MARGIN;
    const out = [];
    const legendY = MARGIN + maps.length * ROW;
    const height = legendY + 40;
    out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="sans-serif" font-size="12">`, '<defs><pattern id="protected" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="6" stroke="#222" stroke-width="2"/></pattern></defs>', `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`);
    maps.forEach((m, row) => {
        const b = m.bank;
        const y = MARGIN + row * ROW;
        const title = `${m.planned ? 'Plan for bank' : 'Bank'} ${b.index}: ${b.name} at ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .hex32 */ .Fd)(b.base)}, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(b.size)}, ${b.sectors.length} sectors`;
        out.push(`<text x="${MARGIN}" y="${y + 14}" font-weight="bold">${xml(title)}</text>`);
        const barY = y + 22;
        for (const s of m.sectors) {
            const x = MARGIN + (inner * s.offset) / b.size;
            const w = Math.max((inner * s.size) / b.size, 0.5);
            const mark = shownMark(s);
            const fill = mark ? FILL[mark] : UNTOUCHED;
            const words = s.marks.map((k) => LABEL[k]);
            const what = `${m.planned ? 'planned: ' : ''}${words.join(', ') || 'untouched'}`;
            const attrs = `data-bank="${b.index}" data-sector="${s.index}" data-marks="${s.marks.join(' ')}"`;
            const rect = (extra) => `<rect x="${x.toFixed(2)}" width="${w.toFixed(2)}" ${extra} stroke="#ffffff" stroke-width="${w > 2 ? 1 : 0}"/>`;
            out.push(`<g class="sector" ${attrs}>`, `<title>${xml(`sector ${s.index} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .hex32 */ .Fd)(b.base + s.offset)} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(s.size)}: ${what}`)}</title>`, rect(`y="${barY}" height="${BAR}" fill="${fill}"${m.planned && mark ? ' fill-opacity="0.55"' : ''}`));
            // Backed up and then changed: a band on top keeps the backup visible.
            if (s.marks.includes('backed-up') && mark !== 'backed-up')
                out.push(rect(`y="${barY}" height="6" fill="${FILL['backed-up']}"`));
            if (s.marks.includes('protected'))
                out.push(rect(`y="${barY}" height="${BAR}" fill="url(#protected)" fill-opacity="0.6"`));
            out.push('</g>');
        }
        const labelY = barY + BAR + 14;
        out.push(`<text x="${MARGIN}" y="${labelY}">${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .hex32 */ .Fd)(b.base)}</text>`, `<text x="${WIDTH - MARGIN}" y="${labelY}" text-anchor="end">${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .hex32 */ .Fd)(b.base + b.size)}</text>`);
    });
    let x = MARGIN;
    const legend = [
        ...Object.keys(FILL).map((k) => [
            k === 'protected' ? 'url(#protected)' : FILL[k],
            LABEL[k],
        ]),
        [UNTOUCHED, 'untouched'],
    ];
    for (const [fill, label] of legend) {
        out.push(`<rect x="${x}" y="${legendY}" width="14" height="14" fill="${fill}" stroke="#888"/>`, `<text x="${x + 18}" y="${legendY + 12}">${xml(label)}</text>`);
        x += 26 + label.length * 7;
    }
    out.push('</svg>');
    return out.join('\n') + '\n';
}


/***/ })

};
