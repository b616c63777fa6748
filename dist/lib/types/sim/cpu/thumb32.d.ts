import { type Cpu } from './core.js';
export declare function execute32(cpu: Cpu, hw1: number, hw2: number): void;
