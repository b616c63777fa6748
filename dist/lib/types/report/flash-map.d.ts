import type { BankRecord, Report, SectorRecord } from './model.js';
export declare const FLASH_MAP_FILE = "flash-map.svg";
export type Mark = 'backed-up' | 'skipped' | 'erased' | 'written' | 'verified' | 'failed' | 'protected';
export interface MapSector extends SectorRecord {
    marks: Mark[];
}
export interface BankMap {
    bank: BankRecord;
    /** A dry run: the marks say what the plan will do, nothing was done. */
    planned: boolean;
    sectors: MapSector[];
}
/** The banks of a report with each sector's marks. */
export declare function flashMap(r: Report): BankMap[];
/** The mark a sector is drawn with; protection is drawn over it. */
export declare function shownMark(s: MapSector): Mark | undefined;
/**
 * One line per bank, `bank 0 stm32f1x.flash 0x08000000 128 KiB [BBWW·····]`,
 * and a legend. A character covers several sectors on a bank with many and
 * shows the strongest of their marks; `color` adds ANSI colours.
 */
export declare function flashStrip(maps: readonly BankMap[], color: boolean): string[];
/**
 * flash-map.svg: one bar per bank, each sector a rectangle as wide as its
 * share of the bank. Every sector is a `<g>` with `data-bank`, `data-sector`
 * and `data-marks` (space-separated), and a `<title>` a browser shows on hover.
 */
export declare function flashMapSvg(maps: readonly BankMap[]): string;
