import { type BusDevice } from '../bus/bus.js';
import type { AddressRange } from '../chips/description.js';
export declare function readoutProtected(bus: BusDevice, flash: readonly AddressRange[], applies: () => boolean): BusDevice;
