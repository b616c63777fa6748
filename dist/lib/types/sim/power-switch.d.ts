export type PowerState = 'off' | 'on';
export interface PowerSwitch {
    close(): Promise<void>;
}
export declare function listenPowerSwitch(path: string, onSwitch: (state: PowerState) => void): Promise<PowerSwitch>;
