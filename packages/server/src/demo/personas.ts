import type { AffectedSide } from '../store/store.js';

/** How a demo patient's history ends, to show the caseload's flags. */
export type Ending = 'steady' | 'flare' | 'red-flag' | 'missing-check-ins';

/** A demo patient: who they are and how their rehab goes, drawn by a seeded random generator. */
export interface Persona {
  key: string;
  email: string;
  birthYear: number;
  side: AffectedSide;
  runner: boolean;
  timeZone: string;
  /** Weeks of history up to today (6 to 10). */
  weeks: number;
  /** Typical pain (0-10) when they start; it eases as they progress. */
  startPain: number;
  /** Chance that a session is uncomfortable (amber). */
  amberChance: number;
  ending: Ending;
  seed: number;
  notes: {
    week: number;
    kind: 'soft-tissue' | 'taping' | 'dry-needling' | 'education' | 'other';
    text: string;
  }[];
}

export const DEMO_CLINIC = 'Demo Clinic (sample data)';
export const DEMO_DOMAIN = 'demo-clinic.example';
export const DEMO_CLINICIAN = `clinician@${DEMO_DOMAIN}`;
export const DEMO_PASSWORD = 'demo password 2026';

/** Five patients at different points: steady progress, a flare, a runner, a red flag, an early stall. */
export const PERSONAS: readonly Persona[] = [
  {
    key: 'sam',
    email: `sam.steady@${DEMO_DOMAIN}`,
    birthYear: 1979,
    side: 'left',
    runner: false,
    timeZone: 'Europe/London',
    weeks: 10,
    startPain: 3,
    amberChance: 0.2,
    ending: 'steady',
    seed: 11,
    notes: [
      {
        week: 0,
        kind: 'education',
        text: 'Explained load management, sitting on a cushion, and why stretching waits.',
      },
      { week: 5, kind: 'soft-tissue', text: 'Soft tissue work to the hamstring belly; tolerated well.' },
    ],
  },
  {
    key: 'jo',
    email: `jo.flare@${DEMO_DOMAIN}`,
    birthYear: 1986,
    side: 'right',
    runner: false,
    timeZone: 'Europe/London',
    weeks: 8,
    startPain: 4,
    amberChance: 0.25,
    ending: 'flare',
    seed: 23,
    notes: [
      { week: 1, kind: 'taping', text: 'Offloading tape over the proximal hamstring for sitting at work.' },
    ],
  },
  {
    key: 'alex',
    email: `alex.runner@${DEMO_DOMAIN}`,
    birthYear: 1991,
    side: 'left',
    runner: true,
    timeZone: 'Europe/London',
    weeks: 9,
    startPain: 3,
    amberChance: 0.3,
    ending: 'steady',
    seed: 37,
    notes: [
      {
        week: 3,
        kind: 'education',
        text: 'Return-to-running plan: walk/run intervals, flat ground, no hills yet.',
      },
    ],
  },
  {
    key: 'kim',
    email: `kim.redflag@${DEMO_DOMAIN}`,
    birthYear: 1968,
    side: 'both',
    runner: false,
    timeZone: 'Europe/London',
    weeks: 6,
    startPain: 4,
    amberChance: 0.1,
    ending: 'red-flag',
    seed: 41,
    notes: [
      { week: 2, kind: 'dry-needling', text: 'Dry needling to the gluteals; mild soreness for a day.' },
    ],
  },
  {
    key: 'pat',
    email: `pat.early@${DEMO_DOMAIN}`,
    birthYear: 1975,
    side: 'right',
    runner: false,
    timeZone: 'Europe/London',
    weeks: 7,
    startPain: 5,
    amberChance: 0.7,
    ending: 'missing-check-ins',
    seed: 53,
    notes: [{ week: 1, kind: 'other', text: 'Irritable presentation: pain ceiling lowered to 4 for now.' }],
  },
];
