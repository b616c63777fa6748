import { type BusDevice } from '../bus/bus.js';
export declare class MemAp {
    private readonly bus;
    private readonly idr;
    private csw;
    private tar;
    constructor(bus: BusDevice, idr: number);
    read(register: number): number;
    write(register: number, value: number): void;
    private size;
    private advance;
    private bankedAddress;
}
