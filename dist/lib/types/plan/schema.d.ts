import { z } from 'zod';
/** No flash bank has more sectors; larger numbers are refused before anything is expanded. */
export declare const MAX_SECTOR = 65535;
/** Either sectors of a bank, or an address range rounded out to whole sectors. */
declare const area: (what: string) => z.ZodObject<{
    bank: z.ZodOptional<z.ZodNumber>;
    sectors: z.ZodOptional<z.ZodUnion<readonly [z.ZodLiteral<"all">, z.ZodNumber, z.ZodArray<z.ZodNumber>, z.ZodString]>>;
    address: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
    size: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
}, z.core.$strict>;
export declare const CAPTURE_SOURCES: readonly ["rtt", "semihosting", "uart"];
export declare const TEST_FORMATS: readonly ["unity", "ztest", "tap"];
/** Run the firmware and judge it by what it prints, how it exits, or how it faults. */
declare const runStep: z.ZodObject<{
    reset: z.ZodDefault<z.ZodBoolean>;
    capture: z.ZodDefault<z.ZodArray<z.ZodEnum<{
        rtt: "rtt";
        semihosting: "semihosting";
        uart: "uart";
    }>>>;
    pass: z.ZodOptional<z.ZodString>;
    fail: z.ZodOptional<z.ZodString>;
    timeout: z.ZodDefault<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
    tests: z.ZodOptional<z.ZodEnum<{
        unity: "unity";
        ztest: "ztest";
        tap: "tap";
    }>>;
    send: z.ZodDefault<z.ZodArray<z.ZodString>>;
    elf: z.ZodOptional<z.ZodString>;
    'rtt-address': z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
    'rtt-size': z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
}, z.core.$strict>;
export declare const stepKinds: {
    readonly backup: z.ZodObject<{
        bank: z.ZodDefault<z.ZodUnion<readonly [z.ZodNumber, z.ZodLiteral<"all">]>>;
        file: z.ZodDefault<z.ZodString>;
    }, z.core.$strict>;
    readonly erase: z.ZodObject<{
        bank: z.ZodOptional<z.ZodNumber>;
        sectors: z.ZodOptional<z.ZodUnion<readonly [z.ZodLiteral<"all">, z.ZodNumber, z.ZodArray<z.ZodNumber>, z.ZodString]>>;
        address: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        size: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
    }, z.core.$strict>;
    readonly write: z.ZodObject<{
        image: z.ZodString;
        address: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        format: z.ZodOptional<z.ZodEnum<{
            bin: "bin";
            ihex: "ihex";
            elf: "elf";
        }>>;
        verify: z.ZodDefault<z.ZodBoolean>;
        mode: z.ZodDefault<z.ZodEnum<{
            incremental: "incremental";
            full: "full";
        }>>;
        unwritten: z.ZodDefault<z.ZodEnum<{
            erase: "erase";
            keep: "keep";
        }>>;
    }, z.core.$strict>;
    readonly verify: z.ZodObject<{
        image: z.ZodOptional<z.ZodString>;
        address: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        format: z.ZodOptional<z.ZodEnum<{
            bin: "bin";
            ihex: "ihex";
            elf: "elf";
        }>>;
        bank: z.ZodOptional<z.ZodNumber>;
        file: z.ZodOptional<z.ZodString>;
        offset: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
    }, z.core.$strict>;
    readonly protect: z.ZodObject<{
        bank: z.ZodOptional<z.ZodNumber>;
        sectors: z.ZodOptional<z.ZodUnion<readonly [z.ZodLiteral<"all">, z.ZodNumber, z.ZodArray<z.ZodNumber>, z.ZodString]>>;
        address: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        size: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
    }, z.core.$strict>;
    readonly unprotect: z.ZodObject<{
        bank: z.ZodOptional<z.ZodNumber>;
        sectors: z.ZodOptional<z.ZodUnion<readonly [z.ZodLiteral<"all">, z.ZodNumber, z.ZodArray<z.ZodNumber>, z.ZodString]>>;
        address: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        size: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
    }, z.core.$strict>;
    readonly reset: z.ZodEnum<{
        halt: "halt";
        run: "run";
        init: "init";
    }>;
    readonly dump: z.ZodObject<{
        address: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
        size: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
        file: z.ZodString;
    }, z.core.$strict>;
    readonly command: z.ZodString;
    readonly run: z.ZodObject<{
        reset: z.ZodDefault<z.ZodBoolean>;
        capture: z.ZodDefault<z.ZodArray<z.ZodEnum<{
            rtt: "rtt";
            semihosting: "semihosting";
            uart: "uart";
        }>>>;
        pass: z.ZodOptional<z.ZodString>;
        fail: z.ZodOptional<z.ZodString>;
        timeout: z.ZodDefault<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        tests: z.ZodOptional<z.ZodEnum<{
            unity: "unity";
            ztest: "ztest";
            tap: "tap";
        }>>;
        send: z.ZodDefault<z.ZodArray<z.ZodString>>;
        elf: z.ZodOptional<z.ZodString>;
        'rtt-address': z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        'rtt-size': z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
    }, z.core.$strict>;
    readonly unlock: z.ZodLiteral<true>;
    readonly 'power-cycle': z.ZodLiteral<true>;
};
/** A key of a step in the file (`verify` becomes `verify` or `verify-bank` as a Step). */
export type FileStepKind = keyof typeof stepKinds;
export declare const STEP_KINDS: FileStepKind[];
export declare const stepSchema: z.ZodObject<{
    write: z.ZodOptional<z.ZodObject<{
        image: z.ZodString;
        address: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        format: z.ZodOptional<z.ZodEnum<{
            bin: "bin";
            ihex: "ihex";
            elf: "elf";
        }>>;
        verify: z.ZodDefault<z.ZodBoolean>;
        mode: z.ZodDefault<z.ZodEnum<{
            incremental: "incremental";
            full: "full";
        }>>;
        unwritten: z.ZodDefault<z.ZodEnum<{
            erase: "erase";
            keep: "keep";
        }>>;
    }, z.core.$strict>>;
    reset: z.ZodOptional<z.ZodEnum<{
        halt: "halt";
        run: "run";
        init: "init";
    }>>;
    run: z.ZodOptional<z.ZodObject<{
        reset: z.ZodDefault<z.ZodBoolean>;
        capture: z.ZodDefault<z.ZodArray<z.ZodEnum<{
            rtt: "rtt";
            semihosting: "semihosting";
            uart: "uart";
        }>>>;
        pass: z.ZodOptional<z.ZodString>;
        fail: z.ZodOptional<z.ZodString>;
        timeout: z.ZodDefault<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        tests: z.ZodOptional<z.ZodEnum<{
            unity: "unity";
            ztest: "ztest";
            tap: "tap";
        }>>;
        send: z.ZodDefault<z.ZodArray<z.ZodString>>;
        elf: z.ZodOptional<z.ZodString>;
        'rtt-address': z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        'rtt-size': z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
    }, z.core.$strict>>;
    erase: z.ZodOptional<z.ZodObject<{
        bank: z.ZodOptional<z.ZodNumber>;
        sectors: z.ZodOptional<z.ZodUnion<readonly [z.ZodLiteral<"all">, z.ZodNumber, z.ZodArray<z.ZodNumber>, z.ZodString]>>;
        address: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        size: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
    }, z.core.$strict>>;
    verify: z.ZodOptional<z.ZodObject<{
        image: z.ZodOptional<z.ZodString>;
        address: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        format: z.ZodOptional<z.ZodEnum<{
            bin: "bin";
            ihex: "ihex";
            elf: "elf";
        }>>;
        bank: z.ZodOptional<z.ZodNumber>;
        file: z.ZodOptional<z.ZodString>;
        offset: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
    }, z.core.$strict>>;
    dump: z.ZodOptional<z.ZodObject<{
        address: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
        size: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
        file: z.ZodString;
    }, z.core.$strict>>;
    command: z.ZodOptional<z.ZodString>;
    backup: z.ZodOptional<z.ZodObject<{
        bank: z.ZodDefault<z.ZodUnion<readonly [z.ZodNumber, z.ZodLiteral<"all">]>>;
        file: z.ZodDefault<z.ZodString>;
    }, z.core.$strict>>;
    unlock: z.ZodOptional<z.ZodLiteral<true>>;
    protect: z.ZodOptional<z.ZodObject<{
        bank: z.ZodOptional<z.ZodNumber>;
        sectors: z.ZodOptional<z.ZodUnion<readonly [z.ZodLiteral<"all">, z.ZodNumber, z.ZodArray<z.ZodNumber>, z.ZodString]>>;
        address: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        size: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
    }, z.core.$strict>>;
    unprotect: z.ZodOptional<z.ZodObject<{
        bank: z.ZodOptional<z.ZodNumber>;
        sectors: z.ZodOptional<z.ZodUnion<readonly [z.ZodLiteral<"all">, z.ZodNumber, z.ZodArray<z.ZodNumber>, z.ZodString]>>;
        address: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        size: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
    }, z.core.$strict>>;
    "power-cycle": z.ZodOptional<z.ZodLiteral<true>>;
    name: z.ZodOptional<z.ZodString>;
    timeout: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
    'continue-on-error': z.ZodDefault<z.ZodBoolean>;
}, z.core.$strict>;
export declare const MAX_STEPS = 1000;
export declare const stepFileSchema: z.ZodObject<{
    version: z.ZodLiteral<1>;
    'allow-raw-commands': z.ZodDefault<z.ZodBoolean>;
    'allow-mass-erase': z.ZodDefault<z.ZodBoolean>;
    prepare: z.ZodDefault<z.ZodEnum<{
        halt: "halt";
        none: "none";
        "reset-halt": "reset-halt";
    }>>;
    'on-failure': z.ZodDefault<z.ZodObject<{
        'restore-backup': z.ZodDefault<z.ZodBoolean>;
        reset: z.ZodDefault<z.ZodEnum<{
            halt: "halt";
            run: "run";
            init: "init";
            none: "none";
        }>>;
    }, z.core.$strict>>;
    steps: z.ZodArray<z.ZodObject<{
        write: z.ZodOptional<z.ZodObject<{
            image: z.ZodString;
            address: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
            format: z.ZodOptional<z.ZodEnum<{
                bin: "bin";
                ihex: "ihex";
                elf: "elf";
            }>>;
            verify: z.ZodDefault<z.ZodBoolean>;
            mode: z.ZodDefault<z.ZodEnum<{
                incremental: "incremental";
                full: "full";
            }>>;
            unwritten: z.ZodDefault<z.ZodEnum<{
                erase: "erase";
                keep: "keep";
            }>>;
        }, z.core.$strict>>;
        reset: z.ZodOptional<z.ZodEnum<{
            halt: "halt";
            run: "run";
            init: "init";
        }>>;
        run: z.ZodOptional<z.ZodObject<{
            reset: z.ZodDefault<z.ZodBoolean>;
            capture: z.ZodDefault<z.ZodArray<z.ZodEnum<{
                rtt: "rtt";
                semihosting: "semihosting";
                uart: "uart";
            }>>>;
            pass: z.ZodOptional<z.ZodString>;
            fail: z.ZodOptional<z.ZodString>;
            timeout: z.ZodDefault<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
            tests: z.ZodOptional<z.ZodEnum<{
                unity: "unity";
                ztest: "ztest";
                tap: "tap";
            }>>;
            send: z.ZodDefault<z.ZodArray<z.ZodString>>;
            elf: z.ZodOptional<z.ZodString>;
            'rtt-address': z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
            'rtt-size': z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        }, z.core.$strict>>;
        erase: z.ZodOptional<z.ZodObject<{
            bank: z.ZodOptional<z.ZodNumber>;
            sectors: z.ZodOptional<z.ZodUnion<readonly [z.ZodLiteral<"all">, z.ZodNumber, z.ZodArray<z.ZodNumber>, z.ZodString]>>;
            address: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
            size: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        }, z.core.$strict>>;
        verify: z.ZodOptional<z.ZodObject<{
            image: z.ZodOptional<z.ZodString>;
            address: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
            format: z.ZodOptional<z.ZodEnum<{
                bin: "bin";
                ihex: "ihex";
                elf: "elf";
            }>>;
            bank: z.ZodOptional<z.ZodNumber>;
            file: z.ZodOptional<z.ZodString>;
            offset: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        }, z.core.$strict>>;
        dump: z.ZodOptional<z.ZodObject<{
            address: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            size: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
            file: z.ZodString;
        }, z.core.$strict>>;
        command: z.ZodOptional<z.ZodString>;
        backup: z.ZodOptional<z.ZodObject<{
            bank: z.ZodDefault<z.ZodUnion<readonly [z.ZodNumber, z.ZodLiteral<"all">]>>;
            file: z.ZodDefault<z.ZodString>;
        }, z.core.$strict>>;
        unlock: z.ZodOptional<z.ZodLiteral<true>>;
        protect: z.ZodOptional<z.ZodObject<{
            bank: z.ZodOptional<z.ZodNumber>;
            sectors: z.ZodOptional<z.ZodUnion<readonly [z.ZodLiteral<"all">, z.ZodNumber, z.ZodArray<z.ZodNumber>, z.ZodString]>>;
            address: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
            size: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        }, z.core.$strict>>;
        unprotect: z.ZodOptional<z.ZodObject<{
            bank: z.ZodOptional<z.ZodNumber>;
            sectors: z.ZodOptional<z.ZodUnion<readonly [z.ZodLiteral<"all">, z.ZodNumber, z.ZodArray<z.ZodNumber>, z.ZodString]>>;
            address: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
            size: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        }, z.core.$strict>>;
        "power-cycle": z.ZodOptional<z.ZodLiteral<true>>;
        name: z.ZodOptional<z.ZodString>;
        timeout: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        'continue-on-error': z.ZodDefault<z.ZodBoolean>;
    }, z.core.$strict>>;
}, z.core.$strict>;
export type StepFile = z.output<typeof stepFileSchema>;
export type RawStep = z.output<typeof stepSchema>;
export type Area = z.output<ReturnType<typeof area>>;
export type RawRunStep = z.output<typeof runStep>;
export {};
