export declare const STEP_SCHEMA_FILE = "schema/steps.v1.schema.json";
export declare function stepFileJsonSchema(): Record<string, unknown>;
