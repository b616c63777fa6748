export const id = 696;
export const ids = [696];
export const modules = {

/***/ 4363:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DK: () => (/* binding */ currentProcess),
/* harmony export */   X0: () => (/* binding */ processStartTime),
/* harmony export */   jW: () => (/* binding */ isProcessAlive)
/* harmony export */ });
/* unused harmony export readProcStat */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
// Is the process that wrote a lock file still running? Used to take over
// locks of holders that died without releasing (kill -9, runner crash).


// Fields after the command name, which is in parentheses and may itself
// contain spaces and parentheses: state is field 3, starttime field 22.
function readProcStat(pid) {
    let stat;
    try {
        stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(`/proc/${pid}/stat`, 'utf8');
    }
    catch {
        return undefined;
    }
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const startTime = Number(fields[22 - 3]);
    return Number.isSafeInteger(startTime) ? { state: fields[0] ?? '', startTime } : undefined;
}
/** Undefined where /proc is not available. */
function processStartTime(pid) {
    return readProcStat(pid)?.startTime;
}
function currentProcess() {
    return { pid: process.pid, hostname: (0,node_os__WEBPACK_IMPORTED_MODULE_1__.hostname)(), processStart: processStartTime(process.pid) };
}
/**
 * False only when sure the process is gone: same host, and its pid is free,
 * a zombie, or now belongs to a process that started at another time.
 */
function isProcessAlive(owner) {
    // Another host (or container) has its own pids; we cannot judge them.
    if (owner.hostname !== (0,node_os__WEBPACK_IMPORTED_MODULE_1__.hostname)())
        return true;
    try {
        process.kill(owner.pid, 0);
    }
    catch (err) {
        // EPERM: it exists but belongs to another user.
        if (err.code === 'ESRCH')
            return false;
    }
    const stat = readProcStat(owner.pid);
    if (!stat)
        return true;
    if (stat.state === 'Z')
        return false;
    return owner.processStart === undefined || stat.startTime === owner.processStart;
}


/***/ }),

/***/ 2991:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JF: () => (/* binding */ keyToDirName),
/* harmony export */   Jq: () => (/* binding */ dirNameToKey),
/* harmony export */   OJ: () => (/* binding */ LOCK_DIR_ENV),
/* harmony export */   Uq: () => (/* binding */ SYSTEM_LOCK_DIR),
/* harmony export */   VO: () => (/* binding */ ensureSharedDir),
/* harmony export */   ZE: () => (/* binding */ LockDirError),
/* harmony export */   lT: () => (/* binding */ resolveLockDir)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _util_make_dir_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9898);
// Where probe locks live, and how a lock key maps to its folder there.




const LOCK_DIR_ENV = 'OPENOCD_FLASH_LOCK_DIR';
const SYSTEM_LOCK_DIR = '/var/lock/openocd-flash';
/**
 * Option > $OPENOCD_FLASH_LOCK_DIR > /var/lock/openocd-flash when writable >
 * a folder in the temp dir. Every runner on a host must end up with the same
 * folder, or their locks do not see each other.
 */
function resolveLockDir(opts) {
    if (opts.dir)
        return opts.dir;
    const fromEnv = opts.env[LOCK_DIR_ENV];
    if (fromEnv)
        return fromEnv;
    return canWrite(SYSTEM_LOCK_DIR) ? SYSTEM_LOCK_DIR : node_path__WEBPACK_IMPORTED_MODULE_2___default().join((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'openocd-flash-locks');
}
// Without creating anything: the folder, or where it would be created.
function canWrite(dir) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir) ? dir : node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(dir), node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK);
        return true;
    }
    catch {
        return false;
    }
}
// Keys are serials or names; anything but letters, digits, _ and - is
// escaped so that no key can be '.', '..' or contain a slash.
function keyToDirName(key) {
    if (key === '')
        throw new Error('a probe lock key must not be empty');
    return encodeURIComponent(key).replace(/[.!~*'()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
function dirNameToKey(name) {
    try {
        return decodeURIComponent(name);
    }
    catch {
        return undefined;
    }
}
/** The lock directory cannot be used; the message says what to do. */
class LockDirError extends Error {
    constructor(dir, cause) {
        super(`cannot use the probe lock directory ${dir}: ${cause.message} ` +
            `(set ${LOCK_DIR_ENV} to a folder every runner on this host can write)`, { cause });
        this.name = 'LockDirError';
    }
}
/** Creates `dir` if needed, open to every user: runners on one host may run as different users. */
function ensureSharedDir(dir) {
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir))
        return;
    (0,_util_make_dir_js__WEBPACK_IMPORTED_MODULE_3__/* .makeDirectory */ .O)(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(dir), 'the probe lock folder');
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir);
    }
    catch (err) {
        if (err.code === 'EEXIST')
            return;
        throw err;
    }
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.chmodSync)(dir, 0o777);
    }
    catch {
        // Not ours to open up; the owner's umask stands.
    }
}


/***/ }),

/***/ 6039:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qf: () => (/* binding */ readQueue),
/* harmony export */   YU: () => (/* binding */ takeTicket),
/* harmony export */   nM: () => (/* binding */ removeFile),
/* harmony export */   oS: () => (/* binding */ addChild)
/* harmony export */ });
/* unused harmony export TICKET_NAME */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _util_children_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(789);
/* harmony import */ var _liveness_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4363);
// The files of one probe's queue, in the key's folder:
//   c-<id>              "choosing": written before a ticket number is picked
//   t-<seq>-<id>        a ticket, a hard link of the choosing file
// Both hold the writer's record (JSON). The holder is the lowest live ticket;
// see lock.ts for why the choosing files make this safe.





const SEQ_DIGITS = 10;
// Any number of digits: a ticket past 10 digits (or planted by hand) must
// still count, and order by its number, not by its name.
const TICKET_NAME = /^t-(\d+)-[\w-]+$/;
const CHOOSING_NAME = /^c-[\w-]+$/;
// A file we cannot parse (e.g. its writer died while writing) stops
// counting after this long.
const UNREADABLE_GRACE_MS = 10_000;
/** Takes a ticket numbered after every existing one in `keyDir`; returns its path. */
function takeTicket(keyDir, record) {
    const id = `${record.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}`;
    const choosing = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(keyDir, `c-${id}`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(choosing, JSON.stringify(record), { flag: 'wx' });
    try {
        const seq = 1n +
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(keyDir)
                .map(ticketSeq)
                .reduce((a, b) => (b > a ? b : a), 0n);
        const ticket = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(keyDir, `t-${String(seq).padStart(SEQ_DIGITS, '0')}-${id}`);
        // A link, so that the ticket appears with its whole record at once.
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.linkSync)(choosing, ticket);
        return ticket;
    }
    finally {
        removeFile(choosing);
    }
}
/** A ticket's number; a bigint, so that no number of digits overflows. */
function ticketSeq(name) {
    const m = TICKET_NAME.exec(name);
    return m ? BigInt(m[1]) : 0n;
}
function byTicketNumber(a, b) {
    const d = ticketSeq(node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(a.ticket)) - ticketSeq(node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(b.ticket));
    return d < 0n ? -1 : d > 0n ? 1 : a.ticket < b.ticket ? -1 : 1;
}
/** The live queue; files of dead writers are removed on the way. */
function readQueue(keyDir) {
    const state = { tickets: [], choosing: new Set() };
    let names;
    try {
        names = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(keyDir).sort();
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return state;
        throw err;
    }
    for (const name of names) {
        const isTicket = TICKET_NAME.test(name);
        if (!isTicket && !CHOOSING_NAME.test(name))
            continue;
        const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(keyDir, name);
        const entry = readEntry(file);
        if (typeof entry === 'object' && 'stale' in entry) {
            stopOrphans(entry.stale);
            removeFile(file);
        }
        // A choosing file may be read before its writer wrote the record; it counts.
        else if (!isTicket && entry !== 'gone')
            state.choosing.add(name);
        else if (isTicket && typeof entry === 'object')
            state.tickets.push(toHolder(entry, file));
    }
    state.tickets.sort(byTicketNumber);
    return state;
}
function toHolder({ record, mtime }, ticket) {
    return { ...record, queuedAt: new Date(record.queuedAt), since: mtime, ticket };
}
function readEntry(file) {
    let text;
    let mtime;
    try {
        mtime = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(file).mtime;
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file, 'utf8');
    }
    catch {
        return 'gone';
    }
    const record = parseRecord(text);
    if (!record) {
        return Date.now() - mtime.getTime() > UNREADABLE_GRACE_MS ? { stale: undefined } : 'unreadable';
    }
    return (0,_liveness_js__WEBPACK_IMPORTED_MODULE_4__/* .isProcessAlive */ .jW)(record) ? { record, mtime } : { stale: record };
}
function parseRecord(text) {
    try {
        const r = JSON.parse(text);
        const valid = Number.isSafeInteger(r.pid) &&
            typeof r.hostname === 'string' &&
            typeof r.description === 'string' &&
            typeof r.queuedAt === 'string';
        return valid ? r : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * Records a child process in a ticket. The file is replaced by rename so a
 * reader never sees half a record, and keeps its mtime ("since").
 */
function addChild(ticket, pid) {
    const { mtime } = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(ticket);
    const record = parseRecord((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(ticket, 'utf8'));
    if (!record)
        return;
    const child = { pid, hostname: record.hostname, processStart: (0,_liveness_js__WEBPACK_IMPORTED_MODULE_4__/* .processStartTime */ .X0)(pid) };
    const next = { ...record, children: [...(record.children ?? []), child] };
    const temp = `${node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(ticket)}/.${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(ticket)}.tmp`;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(temp, JSON.stringify(next));
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.utimesSync)(temp, mtime, mtime);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(temp, ticket);
}
// The children of a dead holder, if still running (same pid and start time):
// their whole process group is killed, freeing the probe for the next job.
function stopOrphans(record) {
    for (const child of record?.children ?? []) {
        if (child.processStart !== undefined && (0,_liveness_js__WEBPACK_IMPORTED_MODULE_4__/* .isProcessAlive */ .jW)(child))
            (0,_util_children_js__WEBPACK_IMPORTED_MODULE_3__/* .signalGroup */ .i8)(child.pid, 'SIGKILL');
    }
}
/** Removes a queue file; true if it was there. Other failures are left to the stale check. */
function removeFile(file) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.unlinkSync)(file);
        return true;
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 5009:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ks: () => (/* binding */ acquireProbeLock),
/* harmony export */   XB: () => (/* binding */ LockTimeoutError),
/* harmony export */   Zk: () => (/* binding */ probeLockKey),
/* harmony export */   aS: () => (/* binding */ formatHolder)
/* harmony export */ });
/* unused harmony export releaseProbeLockTicket */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1084);
/* harmony import */ var _liveness_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4363);
/* harmony import */ var _lock_dir_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2991);
/* harmony import */ var _lock_queue_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6039);
/* harmony import */ var _virtual_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8107);
/* harmony import */ var _util_real_path_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3516);
// Exclusive, first-come-first-served locks on debug probes, shared by every
// process and runner on the host through files in the lock directory.
//
// The queue is Lamport's bakery algorithm on files: a newcomer writes a
// "choosing" file, takes a ticket numbered after the highest it sees, then
// removes the choosing file. It holds the lock when its ticket is the lowest
// live one and every choosing file that was there when it got its ticket is
// gone: a process still choosing then may have read the folder before our
// ticket existed and picked the same or a lower number; anyone who starts
// choosing later sees our ticket and queues behind it. Ticket names are
// unique per process, so removing a dead process's files never removes
// someone else's.









const POLL_MS = 100;
const REPORT_EVERY_MS = 10_000;
class LockTimeoutError extends Error {
    key;
    holder;
    exitCode = _exit_codes_js__WEBPACK_IMPORTED_MODULE_3__/* .ExitCode */ .y.LockTimeout;
    constructor(key, holder, waitedMs) {
        const by = holder ? `held by ${formatHolder(holder)}` : 'busy';
        super(`probe ${key} is still ${by} after waiting ${formatSeconds(waitedMs)}`);
        this.key = key;
        this.holder = holder;
        this.name = 'LockTimeoutError';
    }
}
/** `pid 123 on host (owner/repo/1 job flash) since 2024-05-01T10:00:00.000Z` */
function formatHolder(h) {
    const what = h.description ? ` (${h.description})` : '';
    return `pid ${h.pid} on ${h.hostname}${what} since ${h.since.toISOString()}`;
}
const formatSeconds = (ms) => `${Math.round(ms / 100) / 10} s`;
/**
 * Which lock guards the board's probe: its serial; for a virtual board the
 * real path of its state file (two names for one state file are one board:
 * unserialized, one run's write would be lost), else its name; for a probe
 * without serial its interface, since OpenOCD then opens whichever probe of
 * that kind it finds first.
 */
function probeLockKey(board) {
    if (board.virtual) {
        if (board.virtual.state)
            return _virtual_js__WEBPACK_IMPORTED_MODULE_7__/* .VIRTUAL_PREFIX */ .PD + (0,_util_real_path_js__WEBPACK_IMPORTED_MODULE_8__/* .realPath */ .Y)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(board.virtual.state));
        return board.name.startsWith(_virtual_js__WEBPACK_IMPORTED_MODULE_7__/* .VIRTUAL_PREFIX */ .PD) ? board.name : _virtual_js__WEBPACK_IMPORTED_MODULE_7__/* .VIRTUAL_PREFIX */ .PD + board.name;
    }
    // Lower case: some drivers match serials without case, so these are one probe.
    if (board.serial)
        return board.serial.toLowerCase();
    return `interface:${board.interface.join('+')}`;
}
// Our tickets, removed if the process exits without releasing them. (A
// process killed by a signal leaves them; others then find them stale.)
const ownTickets = new Set();
let exitHookInstalled = false;
function track(ticket) {
    if (!exitHookInstalled) {
        process.on('exit', () => ownTickets.forEach(_lock_queue_js__WEBPACK_IMPORTED_MODULE_6__/* .removeFile */ .nM));
        exitHookInstalled = true;
    }
    ownTickets.add(ticket);
}
function untrack(ticket) {
    ownTickets.delete(ticket);
    (0,_lock_queue_js__WEBPACK_IMPORTED_MODULE_6__/* .removeFile */ .nM)(ticket);
}
async function acquireProbeLock(key, opts) {
    const base = (0,_lock_dir_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveLockDir */ .lT)({ dir: opts.dir, env: process.env });
    const keyDir = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(base, (0,_lock_dir_js__WEBPACK_IMPORTED_MODULE_5__/* .keyToDirName */ .JF)(key));
    const queuedAt = new Date();
    let ticket;
    try {
        (0,_lock_dir_js__WEBPACK_IMPORTED_MODULE_5__/* .ensureSharedDir */ .VO)(base);
        (0,_lock_dir_js__WEBPACK_IMPORTED_MODULE_5__/* .ensureSharedDir */ .VO)(keyDir);
        ticket = (0,_lock_queue_js__WEBPACK_IMPORTED_MODULE_6__/* .takeTicket */ .YU)(keyDir, {
            ...(0,_liveness_js__WEBPACK_IMPORTED_MODULE_4__/* .currentProcess */ .DK)(),
            description: opts.description,
            queuedAt: queuedAt.toISOString(),
        });
    }
    catch (err) {
        throw new _lock_dir_js__WEBPACK_IMPORTED_MODULE_5__/* .LockDirError */ .ZE(base, err);
    }
    track(ticket);
    try {
        await waitForTurn(key, keyDir, ticket, queuedAt.getTime(), opts);
    }
    catch (err) {
        untrack(ticket);
        throw err;
    }
    // The ticket's mtime tells others since when we hold the lock.
    const now = new Date();
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.utimesSync)(ticket, now, now);
    return { key, ticket, release: () => untrack(ticket), addChild: (pid) => (0,_lock_queue_js__WEBPACK_IMPORTED_MODULE_6__/* .addChild */ .oS)(ticket, pid) };
}
async function waitForTurn(key, keyDir, ticket, start, opts) {
    const deadline = start + opts.timeoutMs;
    const reportEvery = opts.reportEveryMs ?? REPORT_EVERY_MS;
    let choosing;
    let reported;
    for (;;) {
        opts.signal?.throwIfAborted();
        const queue = (0,_lock_queue_js__WEBPACK_IMPORTED_MODULE_6__/* .readQueue */ .Qf)(keyDir);
        // Only those choosing when we got our ticket can come before us.
        const before = choosing;
        choosing = before
            ? new Set([...queue.choosing].filter((name) => before.has(name)))
            : queue.choosing;
        const ahead = queue.tickets.findIndex((t) => t.ticket === ticket);
        if (ahead < 0)
            throw new Error(`the lock ticket ${ticket} was removed by another process while waiting`);
        if (ahead === 0 && choosing.size === 0)
            return;
        const holder = ahead > 0 ? queue.tickets[0] : undefined;
        const now = Date.now();
        if (holder &&
            opts.onWait &&
            (reported?.ticket !== holder.ticket || now - reported.at >= reportEvery)) {
            opts.onWait(holder, ahead);
            reported = { ticket: holder.ticket, at: now };
        }
        if (now >= deadline)
            throw new LockTimeoutError(key, holder, now - start);
        await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_2__.setTimeout)(Math.min(POLL_MS, deadline - now), undefined, { signal: opts.signal }).catch((err) => {
            // Reject with the signal's reason, as throwIfAborted does.
            opts.signal?.throwIfAborted();
            throw err;
        });
    }
}
/**
 * Releases a lock another process took, by its ticket path: for the
 * action's post step, after a main step that may not have got to it.
 * Returns whether the ticket was still there.
 */
function releaseProbeLockTicket(ticket) {
    if (!TICKET_NAME.test(path.basename(ticket)))
        throw new Error(`${ticket} is not a probe lock ticket`);
    return removeFile(ticket);
}


/***/ }),

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

/***/ 8107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JF: () => (/* binding */ flashSizeProblem),
/* harmony export */   PD: () => (/* binding */ VIRTUAL_PREFIX),
/* harmony export */   Xq: () => (/* binding */ formatSize),
/* harmony export */   db: () => (/* binding */ BoardError),
/* harmony export */   wB: () => (/* binding */ controlCharacterProblem),
/* harmony export */   yC: () => (/* binding */ parseVirtualRef)
/* harmony export */ });
/* harmony import */ var _util_units_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6127);
/* harmony import */ var _spec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4673);
// Virtual boards: the `virtual:<chip>[:<size>]` reference and the flash sizes
// each simulated chip comes in. Shared by the inventory schema and refs so
// both accept and reject the same things.


const KiB = 1024;
/** Flash sizes the simulator models per chip; the first is the default. */
const VIRTUAL_FLASH_SIZES = {
    stm32f103: [64 * KiB, 128 * KiB],
    stm32f407: [1024 * KiB],
    stm32g431: [128 * KiB],
    stm32h7a3: [2048 * KiB],
};
const VIRTUAL_PREFIX = 'virtual:';
/** Thrown for a board reference that cannot be resolved; the message is for the user. */
class BoardError extends Error {
    constructor(message) {
        super(message);
        this.name = 'BoardError';
    }
}
/** Why `text` cannot name a probe, file or transport: control characters. */
function controlCharacterProblem(text) {
    // eslint-disable-next-line no-control-regex
    return /[\u0000-\u001f\u007f]/.test(text) ? 'must not contain control characters' : undefined;
}
function isVirtualChip(chip) {
    return _spec_js__WEBPACK_IMPORTED_MODULE_0__/* .VIRTUAL_CHIPS */ .u.includes(chip);
}
function formatSize(bytes) {
    if (bytes % (KiB * KiB) === 0)
        return `${bytes / (KiB * KiB)}M`;
    return bytes % KiB === 0 ? `${bytes / KiB}K` : String(bytes);
}
/** Why `bytes` is not a flash size of `chip`, or undefined when it is one. */
function flashSizeProblem(chip, bytes) {
    const sizes = VIRTUAL_FLASH_SIZES[chip];
    if (sizes.includes(bytes))
        return undefined;
    return `${chip} has ${sizes.map(formatSize).join(' or ')} of flash, not ${formatSize(bytes)}`;
}
/**
 * `virtual:stm32f103` or `virtual:stm32f103:128K` → a virtual BoardSpec, no
 * inventory needed. Undefined when `ref` is not a virtual reference.
 */
function parseVirtualRef(ref) {
    if (!ref.startsWith(VIRTUAL_PREFIX))
        return undefined;
    const [chip = '', size, ...rest] = ref.slice(VIRTUAL_PREFIX.length).split(':');
    const usage = `use virtual:<chip>[:<flash size>] with chip ${_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .VIRTUAL_CHIPS */ .u.join(' or ')}`;
    if (!isVirtualChip(chip))
        throw new BoardError(`unknown virtual chip '${chip}' in '${ref}': ${usage}`);
    if (rest.length > 0)
        throw new BoardError(`invalid virtual board '${ref}': ${usage}`);
    let flashSize;
    if (size !== undefined) {
        flashSize = (0,_util_units_js__WEBPACK_IMPORTED_MODULE_1__/* .parseSize */ .DB)(size);
        const problem = flashSize === undefined
            ? `'${size}' is not a size such as 64K`
            : flashSizeProblem(chip, flashSize);
        if (problem)
            throw new BoardError(`invalid virtual board '${ref}': ${problem}`);
    }
    return {
        name: ref,
        interface: [],
        target: [],
        config: [],
        commands: [],
        searchDirs: [],
        labels: [],
        virtual: { chip, flashSize, faults: [] },
    };
}


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

/***/ 789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i0: () => (/* binding */ killGroup),
/* harmony export */   i8: () => (/* binding */ signalGroup),
/* harmony export */   nW: () => (/* binding */ STOP_SIGNALS),
/* harmony export */   yH: () => (/* binding */ trackChild)
/* harmony export */ });
/** The signals that end us and so must end our children. */
const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const live = new Set();
let handlersInstalled = false;
function killAll(signal) {
    for (const child of live)
        killGroup(child, signal);
}
/**
 * Signals a process group (our long-running children are started detached, as
 * group leaders), or the process alone if it leads none. False if it is gone.
 */
function signalGroup(pid, signal) {
    try {
        process.kill(-pid, signal);
        return true;
    }
    catch {
        try {
            process.kill(pid, signal);
            return true;
        }
        catch {
            return false;
        }
    }
}
/** Signals the child's whole process group, unless it has exited. */
function killGroup(child, signal) {
    if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null)
        return;
    signalGroup(child.pid, signal);
}
function onSignal(signal) {
    // Someone else handles the signal (the CLI and the action stop the run and
    // shut OpenOCD down cleanly, then exit): leave it to them; the exit hook
    // remains the backstop.
    if (process.listenerCount(signal) > 1)
        return;
    killAll('SIGKILL');
    removeHandlers();
    // Let the signal do what it would have done had we not been listening.
    process.kill(process.pid, signal);
}
const onExit = () => killAll('SIGKILL');
function installHandlers() {
    if (handlersInstalled)
        return;
    handlersInstalled = true;
    process.on('exit', onExit);
    for (const signal of STOP_SIGNALS)
        process.on(signal, onSignal);
}
function removeHandlers() {
    if (!handlersInstalled)
        return;
    handlersInstalled = false;
    process.off('exit', onExit);
    for (const signal of STOP_SIGNALS)
        process.off(signal, onSignal);
}
/** Registers a child to be killed if this process exits or is signalled. */
function trackChild(child) {
    live.add(child);
    installHandlers();
    child.once('exit', () => {
        live.delete(child);
        if (live.size === 0)
            removeHandlers();
    });
}


/***/ }),

/***/ 9898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ makeDirectory),
/* harmony export */   u: () => (/* binding */ DirectoryError)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// Creates a folder and the folders on its way, one level at a time. Node's
// recursive mkdir spins forever where a parent refuses new entries with
// ENOENT (e.g. under /proc), and says EEXIST when the path is a file; here
// every such case is one clear error at once.


class DirectoryError extends Error {
    constructor(message) {
        super(message);
        this.name = 'DirectoryError';
    }
}
/** Makes `dir` (absolute or relative) a folder; `what` names it in messages. */
function makeDirectory(dir, what) {
    const missing = [];
    let at = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(dir);
    for (;;) {
        const kind = entryKind(at);
        if (kind === 'dir')
            break;
        if (kind === 'other')
            throw new DirectoryError(`${what} ${dir}: ${at} exists and is not a folder`);
        const parent = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(at);
        if (parent === at)
            break;
        missing.unshift(at);
        at = parent;
    }
    for (const folder of missing) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(folder);
        }
        catch (err) {
            const code = err.code;
            if (code === 'EEXIST' && entryKind(folder) === 'dir')
                continue;
            throw new DirectoryError(`${what} ${dir}: cannot create ${folder} (${code ?? err.message})`);
        }
    }
}
function entryKind(file) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file).isDirectory() ? 'dir' : 'other';
    }
    catch {
        return 'none';
    }
}


/***/ }),

/***/ 3516:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ realPath)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// Real paths of files that may not exist yet: where a write would land.


/**
 * The real path of `file`, also when it does not exist yet: the deepest
 * existing folder on the way is resolved and the rest appended, and a
 * dangling symbolic link is followed to where a write would go.
 */
function realPath(file, depth = 0) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(file);
    }
    catch {
        // missing, or a dangling or looping link
    }
    const parent = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file);
    if (parent === file || depth > 40)
        return file;
    const link = isSymlink(file) ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(file) : undefined;
    if (link !== undefined)
        return realPath(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(parent, link), depth + 1);
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(realPath(parent, depth + 1), node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(file));
}
function isSymlink(file) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(file).isSymbolicLink();
    }
    catch {
        return false;
    }
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


/***/ }),

/***/ 6709:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vw: () => (/* binding */ formatProblem),
/* harmony export */   c8: () => (/* binding */ SourceError),
/* harmony export */   hN: () => (/* binding */ parseYaml),
/* harmony export */   jV: () => (/* binding */ formatPath),
/* harmony export */   kv: () => (/* binding */ readYamlFile)
/* harmony export */ });
/* unused harmony export MAX_YAML_BYTES */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
// Parses a YAML file and validates it against a zod schema, reporting every
// problem with the file, line and column it comes from.


class SourceError extends Error {
    problems;
    constructor(problems) {
        super(problems.map(formatProblem).join('\n'));
        this.name = 'SourceError';
        this.problems = problems;
    }
}
function formatProblem(p) {
    const where = p.path ? ` (${p.path})` : '';
    return `${p.file}:${p.line}:${p.column}: ${p.message}${where}`;
}
function formatPath(path) {
    let out = '';
    for (const seg of path) {
        if (typeof seg === 'number')
            out += `[${seg}]`;
        else
            out += out ? `.${String(seg)}` : String(seg);
    }
    return out;
}
/** Step files and inventories are small; beyond this, parsing alone could exhaust memory. */
const MAX_YAML_BYTES = 1024 * 1024;
const MAX_ALIAS_COUNT = 100;
const tooLarge = (bytes) => `the file is ${bytes} bytes: step files and inventories may be at most ${MAX_YAML_BYTES} bytes`;
/**
 * Reads a YAML file for parseYaml: refused before reading when too large,
 * and when it is not UTF-8 (its text would be silently altered).
 */
function readYamlFile(file) {
    const size = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(file).size;
    if (size > MAX_YAML_BYTES)
        throw new SourceError([{ file, line: 1, column: 1, path: '', message: tooLarge(size) }]);
    const bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file);
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        const lossy = bytes.toString('utf8');
        const before = lossy.slice(0, lossy.indexOf('\uFFFD'));
        const line = before.split('\n').length;
        const column = before.length - before.lastIndexOf('\n');
        throw new SourceError([
            { file, line, column, path: '', message: 'the file is not UTF-8 text (save it as UTF-8)' },
        ]);
    }
}
/**
 * Parses `text` (named `file` in messages) and validates it with `schema`.
 * Throws SourceError listing every syntax and schema problem.
 */
function parseYaml(text, file, schema) {
    const whole = (message) => new SourceError([{ file, line: 1, column: 1, path: '', message }]);
    if (text.length > MAX_YAML_BYTES)
        throw whole(tooLarge(text.length));
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const locateOffset = (offset) => {
        const { line, col } = lineCounter.linePos(offset);
        return { line, column: col };
    };
    const locate = (path) => locateOffset(nodeOffset(doc, path));
    if (doc.errors.length > 0) {
        throw new SourceError(doc.errors.map((e) => ({
            file,
            ...locateOffset(e.pos[0]),
            path: '',
            message: `invalid YAML: ${e.message.split('\n')[0]}`,
        })));
    }
    let data;
    try {
        // An alias bomb (aliases of aliases) would expand to gigabytes.
        data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (err) {
        if (!(err instanceof ReferenceError))
            throw err;
        throw whole(`YAML aliases expand too far (more than ${MAX_ALIAS_COUNT} per alias): write the values out`);
    }
    const result = schema.safeParse(data);
    if (!result.success) {
        throw new SourceError(result.error.issues.map((issue) => {
            const path = issue.path;
            const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
            const at = keys.length > 0 ? [...path, keys[0]] : path;
            return {
                file,
                ...locate(at),
                path: formatPath(at),
                message: keys.length > 0
                    ? `unknown key${keys.length > 1 ? 's' : ''} ${keys.map((k) => `'${k}'`).join(', ')}`
                    : issue.message,
            };
        }));
    }
    return { value: result.data, locate };
}
// Offset of the deepest node that exists along `path`: for a map entry, the
// key (so "unknown key" points at the key), otherwise the value.
function nodeOffset(doc, path) {
    let node = doc.contents;
    let offset = node?.range?.[0] ?? 0;
    for (const seg of path) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            const pair = node.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && String(p.key.value) === String(seg));
            if (!pair)
                break;
            offset = pair.key.range?.[0] ?? offset;
            node = pair.value;
            if (node?.range && !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) && !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node))
                offset = node.range[0];
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) && typeof seg === 'number') {
            node = node.items[seg];
            if (!node)
                break;
            offset = node.range?.[0] ?? offset;
        }
        else {
            break;
        }
    }
    return offset;
}


/***/ })

};
