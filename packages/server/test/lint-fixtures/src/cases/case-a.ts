import { b } from './case-b.js';

export const a = (): number => b() + 1;
