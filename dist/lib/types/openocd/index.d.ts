export { Session, type StartOptions, type ConnectOptions, type CommandOutput } from './session.js';
export { Flash, VerifyMismatchError, type WriteImageOptions } from './flash.js';
export { Target } from './target.js';
export { launchOpenOcd, type LaunchOptions, type OpenOcdProcess } from './launcher.js';
export { boardConfig, openOcdArgs, type OpenOcdConfigItem } from './config.js';
export { tclWord, tclScript, tclCommand, UnsafeArgumentError } from './tcl.js';
export * from './errors.js';
export * from './types.js';
