import type { Dose, Level, Stage } from '../types.js';

const SLOW = 'lower over 3 s';
const hold = (exercise: string, sets: number, holdSeconds: number, effortPercent: number): Dose => ({
  exercise,
  sets,
  holdSeconds,
  effortPercent,
  restSeconds: 120,
  timesPerDay: 2,
});
/** A loadable exercise: `repMax` is the heaviest load that could be lifted that many times, no more. */
const loaded = (exercise: string, sets: number, reps: number, repMax: number, restSeconds: number): Dose => ({
  exercise,
  sets,
  reps,
  repMax,
  restSeconds,
  tempo: SLOW,
});
const bodyweight = (
  exercise: string,
  sets: number,
  reps: number,
  restSeconds: number,
  tempo = SLOW,
): Dose => ({
  exercise,
  sets,
  reps,
  restSeconds,
  tempo,
});
const nordic = (sets: number, reps: number, assisted: boolean, restSeconds: number): Dose => ({
  exercise: 'nordic-curl',
  sets,
  reps,
  restSeconds,
  tempo: assisted ? 'band or partner assisted, short range, lower over 3 s' : SLOW,
  ...(assisted ? { assisted: true } : {}),
});

const STAGE_2_LOADED = ['prone-leg-curl', 'glute-bridge', 'side-lying-hip-abduction'];
const stage2 = (sets: number, reps: number, repMax: number, slider: Dose, extra: Dose[] = []): Dose[] => [
  ...STAGE_2_LOADED.map((e) => loaded(e, sets, reps, repMax, 90)),
  slider,
  ...extra,
];

/** Stage 3: an exercise's repMax is its reps + 3 at the level where it first appears. */
const stage3 = (level: number): Dose[] => {
  const [sets, reps, repMax] = (
    [
      [3, 12, 15],
      [3, 10, 10],
      [4, 8, 8],
      [4, 6, 6],
    ] as const
  )[level - 1] ?? [3, 12, 15];
  const doses: Dose[] = [
    loaded('hip-thrust', sets, reps, repMax, 120),
    loaded('kettlebell-deadlift', sets, reps, repMax, 120),
    { exercise: 'side-plank', sets: 3, holdSeconds: 30, restSeconds: 60 },
  ];
  if (level >= 2) doses.push(loaded('single-leg-rdl', sets, reps, level === 2 ? reps + 3 : repMax, 120));
  if (level >= 3) doses.push(loaded('lunge', sets, reps, level === 3 ? reps + 3 : repMax, 120));
  doses.push(nordic(level === 1 ? 2 : 3, 6, level <= 3, 120));
  doses.push(TREADMILL);
  return doses;
};

export const TREADMILL: Dose = {
  exercise: 'treadmill-eccentric',
  sets: 3,
  reps: 15,
  restSeconds: 60,
  timesPerDay: 2,
  optional: true,
};

/** Stage 4 keeps strength at stage 3 level 4 doses, twice a week. */
const KEEP_STRONG: Dose[] = [
  { ...loaded('single-leg-rdl', 4, 6, 6, 120), timesPerWeek: 2 },
  { ...nordic(3, 6, false, 120), timesPerWeek: 2 },
  { ...loaded('hip-thrust', 4, 6, 6, 120), timesPerWeek: 2 },
];
const plyo = (exercise: string, sets: number, reps: number, tempo: string): Dose => ({
  exercise,
  sets,
  reps,
  restSeconds: 90,
  tempo,
});

/**
 * The four stages of PROTOCOL.md (pht-v2) section 4. Stage-4 doses are the project's choice within
 * "one new element a level": each level adds one exercise and raises the volume or speed of the others.
 */
export const stages: Stage[] = [
  {
    stage: 1,
    name: 'Isometric',
    aim: 'Calm the pain and load the tendon without movement, with the hip near straight.',
    frequency: 'Daily; up to two sessions a day. Rest 2 minutes between holds.',
    daily: true,
    minimumDays: 7,
    gateTests: [{ kind: 'morning-check' }],
    levels: [
      {
        level: 1,
        summary: 'leg-curl holds 5 × 30 s and bridge holds 3 × 30 s at 50% effort',
        doses: [hold('isometric-leg-curl', 5, 30, 50), hold('bridge-hold', 3, 30, 50)],
      },
      {
        level: 2,
        summary: 'leg-curl holds 5 × 45 s and pull-downs 3 × 45 s at 60% effort',
        doses: [hold('isometric-leg-curl', 5, 45, 60), hold('straight-leg-pull-down', 3, 45, 60)],
      },
      {
        level: 3,
        summary: 'leg-curl holds and pull-downs 5 × 45 s at 70% effort',
        doses: [hold('isometric-leg-curl', 5, 45, 70), hold('straight-leg-pull-down', 5, 45, 70)],
      },
    ],
  },
  {
    stage: 2,
    name: 'Isotonic, knee only',
    aim: 'Build strength with knee movement while the hip stays extended.',
    frequency: 'Every other day. Lower over 3 seconds; rest 90 s.',
    daily: false,
    minimumDays: 14,
    gateTests: [{ kind: 'load-test', test: 'single-leg-bridge' }],
    levels: [
      {
        level: 1,
        summary: '3 sets of 15 at an 18-repetition maximum',
        doses: stage2(3, 15, 18, bodyweight('supine-slider-curl', 3, 8, 90)),
      },
      {
        level: 2,
        summary: '3 sets of 12 at a 12-repetition maximum',
        doses: stage2(3, 12, 12, bodyweight('supine-slider-curl', 3, 10, 90)),
      },
      {
        level: 3,
        summary: '4 sets of 10 at a 10-repetition maximum',
        doses: stage2(4, 10, 10, bodyweight('supine-slider-curl', 3, 12, 90)),
      },
      {
        level: 4,
        summary: '4 sets of 8 at an 8-repetition maximum, single-leg sliders and assisted Nordic curls',
        doses: stage2(4, 8, 8, bodyweight('supine-slider-curl', 3, 8, 90, 'single-leg, lower over 3 s'), [
          nordic(2, 5, true, 120),
        ]),
      },
    ],
  },
  {
    stage: 3,
    name: 'Hip and knee',
    aim: 'Load the tendon into hip flexion, step by step.',
    frequency:
      'Every other day; rest 120 s. The treadmill eccentric is optional, twice a day, rest days too.',
    daily: false,
    minimumDays: 21,
    gateTests: [
      { kind: 'load-test', test: 'platform-bridge' },
      { kind: 'load-test', test: 'arabesque' },
    ],
    levels: [
      {
        level: 1,
        summary: '3 sets of 12 at a 15-repetition maximum, side planks, assisted Nordic curls',
        doses: stage3(1),
      },
      {
        level: 2,
        summary: '3 sets of 10 at a 10-repetition maximum; single-leg deadlifts added',
        doses: stage3(2),
      },
      { level: 3, summary: '4 sets of 8 at an 8-repetition maximum; lunges added', doses: stage3(3) },
      {
        level: 4,
        summary: '4 sets of 6 at a 6-repetition maximum; unassisted Nordic curls',
        doses: stage3(4),
      },
    ],
  },
  {
    stage: 4,
    name: 'Return to sport',
    aim: 'Speed, spring and sport-specific work, while keeping the strength gained.',
    frequency: 'Every other day; strength twice a week.',
    daily: false,
    minimumDays: 14,
    gateTests: [{ kind: 'load-test', test: 'hop-test' }],
    levels: [
      {
        level: 1,
        summary: 'skipping and pogo jumps at an easy pace; strength kept',
        doses: [
          plyo('skipping', 3, 20, 'easy, soft landings'),
          plyo('pogo-jumps', 3, 10, 'easy, soft landings'),
          ...KEEP_STRONG,
        ],
      },
      {
        level: 2,
        summary: 'more contacts; bounding added',
        doses: [
          plyo('skipping', 3, 30, 'moderate'),
          plyo('pogo-jumps', 3, 15, 'moderate'),
          plyo('bounding', 3, 6, 'moderate, short bounds'),
          ...KEEP_STRONG,
        ],
      },
      {
        level: 3,
        summary: "more volume; sprinter's curls added",
        doses: [
          plyo('skipping', 4, 30, 'moderate'),
          plyo('pogo-jumps', 4, 15, 'brisk'),
          plyo('bounding', 4, 6, 'moderate'),
          plyo('sprinters-curl', 3, 8, 'controlled'),
          ...KEEP_STRONG,
        ],
      },
      {
        level: 4,
        summary: 'faster; cutting drills added',
        doses: [
          plyo('skipping', 4, 30, 'fast'),
          plyo('pogo-jumps', 4, 20, 'fast'),
          plyo('bounding', 4, 8, 'fast, long bounds'),
          plyo('sprinters-curl', 4, 10, 'brisk'),
          plyo('cutting-drills', 3, 6, 'three-quarter speed'),
          ...KEEP_STRONG,
        ],
      },
    ],
  },
];

/** After the program (section 9): twice a week. */
export const maintenance: Level = {
  level: 0,
  summary: 'Maintenance, twice a week',
  doses: [
    { ...nordic(3, 6, false, 120), timesPerWeek: 2 },
    { ...loaded('single-leg-rdl', 3, 8, 8, 120), timesPerWeek: 2 },
    { ...loaded('hip-thrust', 3, 8, 8, 120), timesPerWeek: 2 },
  ],
};

/** The pain-relief plan (section 9): one gentle hold, twice a day. */
export const painRelief: Level = {
  level: 0,
  summary: 'Pain relief: gentle leg-curl holds only',
  doses: [hold('isometric-leg-curl', 5, 30, 50)],
};
