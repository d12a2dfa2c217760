import type { Running } from '../types.js';
import { running as v1 } from '../pht-v1/running.js';

/**
 * The running ladder of pht-v2 (PROTOCOL.md section 7): the same eight levels as pht-v1; the rules
 * around it (off-plan and short runs, pauses, restart after stage 1, gait cadence at the start) live in
 * the engine's pht-v2 running module. `minutes` is each level's session length.
 */
export const running: Running = {
  ...v1,
  gaitCueAtStart: true,
  offPlanFactor: 1.5,
  shortRunFactor: 0.75,
};
