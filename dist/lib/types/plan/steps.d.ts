import type { ImageFormat } from '../image/index.js';
import type { LayoutOptions } from './layout.js';
import type { Area, FileStepKind, RawRunStep, RawStep } from './schema.js';
interface Common {
    /** Position in the file, from 0. */
    index: number;
    name: string;
    timeoutMs?: number;
    continueOnError: boolean;
    /** Line of the step in the step file. */
    line: number;
}
export interface ImageRef {
    /** Absolute path (relative paths are resolved against the step file's folder). */
    path: string;
    address?: number;
    format?: ImageFormat;
}
export type StepSpec = {
    kind: 'backup';
    bank: number | 'all';
    file: string;
} | {
    kind: 'erase';
    area: Area;
} | {
    kind: 'write';
    image: ImageRef;
    verify: boolean;
    layout: LayoutOptions;
} | {
    kind: 'verify';
    image: ImageRef;
} | {
    kind: 'verify-bank';
    bank: number;
    file: string;
    offset: number;
} | {
    kind: 'protect';
    area: Area;
} | {
    kind: 'unprotect';
    area: Area;
} | {
    kind: 'reset';
    mode: 'halt' | 'run' | 'init';
} | {
    kind: 'dump';
    address: number;
    size: number;
    file: string;
} | {
    kind: 'command';
    tcl: string;
} | {
    kind: 'run';
    run: RunSpec;
} | {
    kind: 'unlock';
} | {
    kind: 'power-cycle';
};
export type CaptureSource = RawRunStep['capture'][number];
export type TestFormat = NonNullable<RawRunStep['tests']>;
export interface RunSpec {
    reset: boolean;
    capture: CaptureSource[];
    pass?: string;
    fail?: string;
    timeoutMs: number;
    tests?: TestFormat;
    send: string[];
    /** Absolute path of the ELF that names _SEGGER_RTT, when known. */
    elf?: string;
    rtt?: {
        address: number;
        size: number;
    };
}
export type Step = Common & StepSpec;
export type StepKind = Step['kind'];
export type StepOf<K extends StepKind> = Extract<Step, {
    kind: K;
}>;
export declare function stepKind(raw: RawStep): FileStepKind;
export declare function toStep(raw: RawStep, index: number, line: number, baseDir: string): Step;
export {};
