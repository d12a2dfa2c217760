import { c } from '../cases/case-c.js';

/** A lower layer (http) using the domain: allowed. */
export const deps = (): number => c();
