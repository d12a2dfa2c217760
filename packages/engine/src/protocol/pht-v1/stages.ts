import type { Dose, Level, Stage } from '../types.js';

const ISOMETRICS = ['isometric-leg-curl', 'straight-leg-pull-down', 'bridge-hold'];
const holds = (holdSeconds: number, effortPercent: number): Dose[] =>
  ISOMETRICS.map((exercise) => ({
    exercise,
    sets: 5,
    holdSeconds,
    effortPercent,
    restSeconds: 120,
    timesPerDay: 2,
  }));

const SLOW = 'lower over 3 s';
const reps = (exercises: string[], sets: number, n: number, extra: Partial<Dose> = {}): Dose[] =>
  exercises.map((exercise) => ({ exercise, sets, reps: n, restSeconds: 90, tempo: SLOW, ...extra }));

const STAGE_2 = ['prone-leg-curl', 'supine-slider-curl', 'glute-bridge'];
const stage3 = (level: number): string[] => [
  'hip-thrust',
  'kettlebell-deadlift',
  'nordic-curl',
  ...(level >= 2 ? ['single-leg-rdl'] : []),
  ...(level >= 3 ? ['lunge'] : []),
];
const TREADMILL: Dose = {
  exercise: 'treadmill-eccentric',
  sets: 3,
  reps: 15,
  restSeconds: 60,
  timesPerDay: 2,
  optional: true,
};
const KEEP_STRONG = (sets: number, n: number, tempo: string): Dose[] =>
  ['single-leg-rdl', 'nordic-curl', 'hip-thrust'].map((exercise) => ({
    exercise,
    sets,
    reps: n,
    restSeconds: 120,
    tempo,
  }));

const stage4Level = (level: number, summary: string, plyo: Dose[], strength: Dose[]): Level => ({
  level,
  summary,
  doses: [...plyo, ...strength],
});
const plyo = (exercise: string, sets: number, n: number, tempo: string): Dose => ({
  exercise,
  sets,
  reps: n,
  restSeconds: 90,
  tempo,
});

/** The four stages of PROTOCOL.md section 4, with their ladders, doses and gates. */
export const stages: Stage[] = [
  {
    stage: 1,
    name: 'Isometric',
    aim: 'Calm the pain and load the tendon without movement, with the hip near straight.',
    frequency: 'Daily, twice a day. Rest 2 minutes between holds.',
    daily: true,
    minimumDays: 7,
    gateTests: [{ kind: 'morning-check' }],
    levels: [
      { level: 1, summary: '5 holds of 30 s at 50% effort', doses: holds(30, 50) },
      { level: 2, summary: '5 holds of 45 s at 60% effort', doses: holds(45, 60) },
      { level: 3, summary: '5 holds of 45 s at 70% effort', doses: holds(45, 70) },
    ],
  },
  {
    stage: 2,
    name: 'Isotonic, knee only',
    aim: 'Build strength with knee movement while the hip stays extended.',
    frequency: 'Every other day. Lower over 3 seconds.',
    daily: false,
    minimumDays: 14,
    gateTests: [{ kind: 'load-test', test: 'single-leg-bridge' }],
    levels: [
      { level: 1, summary: '3 sets of 15', doses: reps(STAGE_2, 3, 15) },
      { level: 2, summary: '3 sets of 12', doses: reps(STAGE_2, 3, 12) },
      { level: 3, summary: '4 sets of 10', doses: reps(STAGE_2, 4, 10) },
      {
        level: 4,
        summary: '4 sets of 8, plus assisted Nordic curls 2 sets of 5',
        doses: [
          ...reps(STAGE_2, 4, 8),
          { exercise: 'nordic-curl', sets: 2, reps: 5, restSeconds: 120, tempo: 'assisted, lower over 3 s' },
        ],
      },
    ],
  },
  {
    stage: 3,
    name: 'Hip and knee',
    aim: 'Load the tendon into hip flexion, step by step.',
    frequency: 'Every other day. The treadmill eccentric is optional, twice a day.',
    daily: false,
    minimumDays: 21,
    gateTests: [
      { kind: 'load-test', test: 'platform-bridge' },
      { kind: 'load-test', test: 'arabesque' },
    ],
    levels: [
      { level: 1, summary: '3 sets of 12', doses: [...reps(stage3(1), 3, 12), TREADMILL] },
      { level: 2, summary: '3 sets of 10', doses: [...reps(stage3(2), 3, 10), TREADMILL] },
      { level: 3, summary: '4 sets of 8', doses: [...reps(stage3(3), 4, 8), TREADMILL] },
      {
        level: 4,
        summary: '4 sets of 6, heavier',
        doses: [...reps(stage3(4), 4, 6, { tempo: 'heavier, lower over 3 s' }), TREADMILL],
      },
    ],
  },
  {
    stage: 4,
    name: 'Return to sport',
    aim: 'Speed, spring and sport-specific work, while keeping the strength gained.',
    frequency: 'Every other day.',
    daily: false,
    minimumDays: 14,
    gateTests: [{ kind: 'load-test', test: 'hop-test' }],
    levels: [
      stage4Level(
        1,
        'Skipping and pogo jumps at an easy pace; strength kept',
        [plyo('skipping', 3, 20, 'easy, soft landings'), plyo('pogo-jumps', 3, 10, 'easy, soft landings')],
        KEEP_STRONG(3, 8, SLOW),
      ),
      stage4Level(
        2,
        'More contacts; bounding and sprinter’s curls added',
        [
          plyo('skipping', 3, 30, 'moderate'),
          plyo('pogo-jumps', 3, 15, 'moderate'),
          plyo('bounding', 3, 6, 'moderate, short bounds'),
          plyo('sprinters-curl', 3, 8, 'controlled'),
        ],
        KEEP_STRONG(3, 8, SLOW),
      ),
      stage4Level(
        3,
        'More volume; cutting drills added',
        [
          plyo('skipping', 4, 30, 'moderate'),
          plyo('pogo-jumps', 4, 15, 'moderate'),
          plyo('bounding', 4, 6, 'moderate'),
          plyo('sprinters-curl', 3, 10, 'brisk'),
          plyo('cutting-drills', 3, 6, 'three-quarter speed'),
        ],
        KEEP_STRONG(3, 6, 'heavier, lower over 3 s'),
      ),
      stage4Level(
        4,
        'Full speed',
        [
          plyo('skipping', 4, 30, 'fast'),
          plyo('pogo-jumps', 4, 20, 'fast'),
          plyo('bounding', 4, 8, 'fast, long bounds'),
          plyo('sprinters-curl', 4, 10, 'fast'),
          plyo('cutting-drills', 4, 6, 'full speed'),
        ],
        KEEP_STRONG(3, 6, 'heavier, lower over 3 s'),
      ),
    ],
  },
];

/** After the program: keep the tendon strong, twice a week. */
export const maintenance: Level = {
  level: 0,
  summary: 'Maintenance, twice a week',
  doses: ['nordic-curl', 'single-leg-rdl', 'hip-thrust'].map((exercise) => ({
    exercise,
    sets: 3,
    reps: 8,
    restSeconds: 120,
    timesPerWeek: 2,
    tempo: SLOW,
  })),
};
