/** Whether the status register of `driver`'s controller can be read from its log. */
export declare function knowsControllerStatus(driver: string): boolean;
/**
 * The last status with an error bit among `lines`, named: `flash controller
 * status 0x00000002: OPERR (operation error)`, or without the value where the
 * driver logged only a sentence for the bit; undefined when none shows one.
 */
export declare function controllerStatus(driver: string, lines: readonly string[]): string | undefined;
