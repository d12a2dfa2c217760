import type { Running } from '../types.js';

/**
 * The running ladder of PROTOCOL.md section 7: volume first, then frequency, then intensity; hills and
 * sprints last. R1-R6 need the start stage (2); R7 needs stage 3; R8 needs stage 4.
 */
export const running: Running = {
  startStage: 2,
  startTest: 'single-leg-bridge',
  minimumDaysAtLevel: 7,
  gaitCues: ['gait-cadence', 'gait-run-tall', 'gait-pelvic-tilt'],
  gaitCueFromLevel: 4,
  ambersPerGaitCue: 2,
  levelForCompletion: 8,
  levels: [
    {
      level: 1,
      session: 'walk 2 min / run 1 min, × 6',
      perWeek: 3,
      kindsAllowed: ['easy'],
      minimumStage: 2,
      noConsecutiveDays: true,
      intervals: { walkMinutes: 2, runMinutes: 1, repeats: 6 },
    },
    {
      level: 2,
      session: 'walk 2 min / run 2 min, × 5',
      perWeek: 3,
      kindsAllowed: ['easy'],
      minimumStage: 2,
      noConsecutiveDays: true,
      intervals: { walkMinutes: 2, runMinutes: 2, repeats: 5 },
    },
    {
      level: 3,
      session: 'walk 1 min / run 4 min, × 4',
      perWeek: 3,
      kindsAllowed: ['easy'],
      minimumStage: 2,
      noConsecutiveDays: true,
      intervals: { walkMinutes: 1, runMinutes: 4, repeats: 4 },
    },
    {
      level: 4,
      session: '20 min continuous',
      perWeek: 3,
      kindsAllowed: ['easy'],
      minimumStage: 2,
      noConsecutiveDays: true,
      continuousMinutes: 20,
    },
    {
      level: 5,
      session: '30 min continuous (volume)',
      perWeek: 3,
      kindsAllowed: ['easy'],
      minimumStage: 2,
      noConsecutiveDays: false,
      continuousMinutes: 30,
    },
    {
      level: 6,
      session: '30 min continuous (frequency)',
      perWeek: 4,
      kindsAllowed: ['easy'],
      minimumStage: 2,
      noConsecutiveDays: false,
      continuousMinutes: 30,
    },
    {
      level: 7,
      session: 'as R6, one run with tempo or strides (intensity)',
      perWeek: 4,
      kindsAllowed: ['easy', 'tempo'],
      minimumStage: 3,
      noConsecutiveDays: false,
      continuousMinutes: 30,
    },
    {
      level: 8,
      session: 'as R7, one run with intervals, hills or sprints',
      perWeek: 4,
      kindsAllowed: ['easy', 'tempo', 'intervals', 'hills', 'sprints'],
      minimumStage: 4,
      noConsecutiveDays: false,
      continuousMinutes: 30,
    },
  ],
};
