import type { Protocol } from '../types.js';
import { advice } from './advice.js';
import { exercises } from './exercises.js';
import { loadTests, morningCheck } from './load-tests.js';
import { running } from './running.js';
import { screening } from './screening.js';
import { maintenance, stages } from './stages.js';

/** Protocol `pht-v1`: proximal hamstring tendinopathy, drawn from protocol/PROTOCOL-pht-v1.md. */
export const phtV1: Protocol = {
  id: 'pht-v1',
  name: 'Proximal hamstring tendinopathy',
  expectedWeeks: [12, 16],
  pain: { defaultCeiling: 5, amberFrom: 4, settleMargin: 2, gatePassMax: 3, windowDays: 7 },
  flags: {
    repeatedFlareCount: 2,
    worseningDelta: 1,
    worseningMinChecks: 3,
    stalledDays: 21,
    missingCheckInDays: 3,
  },
  flagOrder: ['red-flag', 'repeated-flare', 'flare', 'worsening-trend', 'missing-check-ins', 'stalled'],
  screening,
  exercises,
  stages,
  maintenance,
  loadTests: [morningCheck, ...loadTests],
  advice,
  running,
  sitting: { fraction: 0.8, roundTo: 5, min: 10, max: 30, default: 30 },
};
