import type { Protocol } from '../types.js';
import { loadTests, morningCheck } from '../pht-v1/load-tests.js';
import { advice } from './advice.js';
import { exercises } from './exercises.js';
import { running } from './running.js';
import { screening } from './screening.js';
import { maintenance, painRelief, stages } from './stages.js';

/**
 * Protocol `pht-v2`: proximal hamstring tendinopathy, drawn from protocol/PROTOCOL.md. Its data lives
 * here; the rules that differ from pht-v1 are switched by `ruleSet` and the thresholds below.
 */
export const phtV2: Protocol = {
  id: 'pht-v2',
  ruleSet: 'pht-v2',
  name: 'Proximal hamstring tendinopathy',
  expectedWeeks: [12, 16],
  pain: { defaultCeiling: 5, amberFrom: 4, settleMargin: 3, gatePassMax: 3, windowDays: 7, severeFrom: 8 },
  flags: {
    repeatedFlareCount: 2,
    worseningDelta: 1,
    worseningMinChecks: 3,
    worseningMinMean: 2,
    stalledDays: 21,
    missingCheckInDays: 3,
  },
  flagOrder: [
    'red-flag',
    'severe-pain',
    'repeated-flare',
    'nerve-signs',
    'flare',
    'persistent-amber',
    'off-plan-running',
    'worsening-trend',
    'missing-check-ins',
    'stalled',
  ],
  screening,
  exercises,
  stages,
  maintenance,
  painRelief,
  loadTests: [morningCheck, ...loadTests],
  advice,
  running,
  sitting: { fraction: 0.8, roundTo: 5, min: 2, max: 30, default: 30, smallBelow: 10 },
};
