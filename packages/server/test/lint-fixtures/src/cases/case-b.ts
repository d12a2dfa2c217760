import { a } from './case-a.js';

export const b = (): number => (a.name === '' ? 0 : 1);
