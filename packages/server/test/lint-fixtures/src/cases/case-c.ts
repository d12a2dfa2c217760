import { a } from './case-a.js';

/** Imports from a cycle without being part of it: allowed. */
export const c = (): number => a() * 2;
