import { timeline } from '../routes/timeline.js';

export const report = (): string => `report of ${timeline}`;
