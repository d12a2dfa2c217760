import { randomUUID } from 'node:crypto';

/** Four of the six features of proximal hamstring tendinopathy, no red flags: the program starts. */
export const typicalAnswers = {
  'pain-at-sitting-bone': true,
  'worse-when-sitting': true,
  'worse-with-stretch-or-bending': true,
  'morning-stiffness-eases': true,
};

export const typicalScreening = { date: '2026-03-02', answers: typicalAnswers };

export const typicalProfile = {
  birthYear: 1985,
  affectedSide: 'left',
  runner: false,
  painCeiling: 5,
  timeZone: 'UTC',
} as const;

export const morningCheck = (date: string, score: number, id: string = randomUUID()) => ({
  id,
  type: 'morning-check',
  date,
  score,
});

export const session = (date: string, painDuring: number, id: string = randomUUID()) => ({
  id,
  type: 'session',
  date,
  painDuring,
  painAfter: painDuring,
  exercises: [{ id: 'bridge-hold', sets: 5, holdSeconds: 30 }],
});

/** Two green sessions with settled next mornings: the patient moves from level 1 to level 2. */
export function twoGreenDays(): Record<string, unknown>[] {
  return [
    morningCheck('2026-03-02', 2),
    session('2026-03-02', 2),
    morningCheck('2026-03-03', 2),
    session('2026-03-03', 2),
    morningCheck('2026-03-04', 2),
  ];
}

/** A small JSON export (version 2's required fields), as a restore takes it. */
export const importBody = () => ({
  format: 'hamstring-rehab-export',
  version: 2,
  exportedAt: '2026-03-10T12:00:00.000Z',
  patientId: randomUUID(),
  profile: { ...typicalProfile, sport: false },
  screening: typicalScreening,
  events: [morningCheck('2026-03-09', 3)],
});
