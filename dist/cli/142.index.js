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
const VIRTUAL_CHIPS = ['stm32f103', 'stm32f407'];


/***/ }),

/***/ 142:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (/* binding */ sim)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _board_spec_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4673);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1084);
/* harmony import */ var _sim_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6865);
/* harmony import */ var _sim_faults_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2718);
// `openocd-flash sim`: runs a virtual target in the foreground until SIGINT
// or SIGTERM, and prints the OpenOCD arguments that connect to it.





const USAGE = `usage: openocd-flash sim --chip stm32f103|stm32f407 [--flash-size 64K|128K]
                         (--socket PATH | --port N) [--state FILE] [--fault SPEC]...

Runs a simulated STM32 that OpenOCD drives over its remote_bitbang JTAG
adapter, until Ctrl-C or SIGTERM, and prints the OpenOCD arguments for it.

options:
  --chip CHIP         stm32f103 (64 or 128 KiB flash) or stm32f407 (1 MiB)
  --flash-size SIZE   flash size, e.g. 64K or 128K (default: the smallest)
  --socket PATH       listen on a unix socket (faster)
  --port N            listen on TCP 127.0.0.1:N (0 picks a free port)
  --state FILE        keep flash and option bytes in FILE across runs
  --fault SPEC        inject a fault; may be repeated:
${_sim_faults_js__WEBPACK_IMPORTED_MODULE_3__/* .FAULT_SYNTAX */ .n_.map((line) => `                        ${line}`).join('\n')}
  --help              show this help`;
async function sim(argv) {
    let options;
    try {
        options = parseOptions(argv);
    }
    catch (error) {
        console.error(`openocd-flash sim: ${error.message} (see openocd-flash sim --help)`);
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .y.InvalidInput;
    }
    if (options === 'help') {
        console.log(USAGE);
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .y.Success;
    }
    let target;
    try {
        target = await (0,_sim_index_js__WEBPACK_IMPORTED_MODULE_2__/* .startVirtualTarget */ .zC)(options);
    }
    catch (error) {
        console.error(`openocd-flash sim: ${error.message}`);
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .y.InvalidInput;
    }
    const where = 'socket' in target.endpoint
        ? `unix socket ${target.endpoint.socket}`
        : `127.0.0.1:${target.endpoint.port}`;
    console.log(`virtual ${target.part} (${target.flashSize / 1024} KiB flash) listening on ${where}`);
    console.log('connect with:');
    console.log(`  openocd ${(0,_sim_index_js__WEBPACK_IMPORTED_MODULE_2__/* .openocdArgs */ .m0)(target.openocdConfig()).map(shellWord).join(' ')}`);
    console.log('stop with Ctrl-C');
    const signal = await stopSignal();
    try {
        await target.close();
    }
    catch (error) {
        console.error(`openocd-flash sim: ${error.message}`);
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .y.Infrastructure;
    }
    console.log(`stopped (${signal})${options.state ? `, state saved to ${options.state}` : ''}`);
    return _exit_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .y.Success;
}
function parseOptions(argv) {
    const { values } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
        args: argv,
        strict: true,
        allowPositionals: false,
        options: {
            chip: { type: 'string' },
            'flash-size': { type: 'string' },
            socket: { type: 'string' },
            port: { type: 'string' },
            state: { type: 'string' },
            fault: { type: 'string', multiple: true },
            help: { type: 'boolean', short: 'h' },
        },
    });
    if (values.help)
        return 'help';
    const chip = values.chip;
    if (chip === undefined)
        throw new Error(`--chip is required (${_board_spec_js__WEBPACK_IMPORTED_MODULE_4__/* .VIRTUAL_CHIPS */ .u.join(' or ')})`);
    if ((values.socket === undefined) === (values.port === undefined)) {
        throw new Error('give exactly one of --socket PATH and --port N');
    }
    // The chip name, flash size and fault specs are checked by startVirtualTarget.
    return {
        chip: chip,
        flashSize: values['flash-size'] === undefined ? undefined : flashSize(values['flash-size']),
        socket: values.socket,
        port: values.port === undefined ? undefined : port(values.port),
        state: values.state,
        faults: values.fault ?? [],
    };
}
function flashSize(text) {
    const bytes = (0,_sim_faults_js__WEBPACK_IMPORTED_MODULE_3__/* .parseByteCount */ .nR)(text);
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


/***/ })

};
