import { z } from 'zod';
export declare const inventorySchema: z.ZodObject<{
    version: z.ZodLiteral<1>;
    boards: z.ZodRecord<z.ZodString, z.ZodObject<{
        interface: z.ZodOptional<z.ZodUnion<readonly [z.ZodPipe<z.ZodString, z.ZodTransform<string[], string>>, z.ZodArray<z.ZodString>]>>;
        target: z.ZodOptional<z.ZodUnion<readonly [z.ZodPipe<z.ZodString, z.ZodTransform<string[], string>>, z.ZodArray<z.ZodString>]>>;
        config: z.ZodOptional<z.ZodUnion<readonly [z.ZodPipe<z.ZodString, z.ZodTransform<string[], string>>, z.ZodArray<z.ZodString>]>>;
        serial: z.ZodOptional<z.ZodString>;
        transport: z.ZodOptional<z.ZodString>;
        speed: z.ZodOptional<z.ZodNumber>;
        commands: z.ZodOptional<z.ZodArray<z.ZodString>>;
        'search-dirs': z.ZodOptional<z.ZodUnion<readonly [z.ZodPipe<z.ZodString, z.ZodTransform<string[], string>>, z.ZodArray<z.ZodString>]>>;
        labels: z.ZodOptional<z.ZodArray<z.ZodString>>;
        'power-cycle': z.ZodOptional<z.ZodObject<{
            off: z.ZodArray<z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>, z.ZodTransform<string, string | number>>>;
            on: z.ZodArray<z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>, z.ZodTransform<string, string | number>>>;
        }, z.core.$strict>>;
        virtual: z.ZodOptional<z.ZodObject<{
            chip: z.ZodEnum<{
                stm32f103: "stm32f103";
                stm32f407: "stm32f407";
            }>;
            'flash-size': z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>, z.ZodTransform<number, string | number>>>;
            state: z.ZodOptional<z.ZodString>;
            faults: z.ZodOptional<z.ZodArray<z.ZodString>>;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
}, z.core.$strict>;
export type InventoryFile = z.output<typeof inventorySchema>;
export type InventoryEntry = InventoryFile['boards'][string];
