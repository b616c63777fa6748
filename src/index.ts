// The openocd-flash library: `import { Session } from 'openocd-flash'`.
export * from './openocd/index.js'
export { readImage, ImageError, type Image, type ImageFormat, type Segment } from './image/index.js'
export {
  startVirtualTarget,
  parseFault,
  type VirtualTarget,
  type VirtualTargetOptions,
  type Fault,
} from './sim/index.js'
export {
  runStepFile,
  type RunOptions,
  type RunOutcome,
  type RunEvent,
  type RunEventListener,
} from './engine/run.js'
export { consoleLines } from './report/console.js'
export { runFirmware, type RunFirmwareOptions, type FirmwareRun } from './run/run-firmware.js'
export type { Verdict, VerdictReason } from './run/judge.js'
export type { TestResult } from './run/tests.js'
export type { CoreFault, Registers } from './openocd/core-state.js'
export type { Report } from './report/model.js'
export type { BoardSpec, VirtualChip } from './board/spec.js'
export { ExitCode } from './exit-codes.js'
export { VERSION } from './version.js'
